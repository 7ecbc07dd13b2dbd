using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// Boosted regression trees evaluated without ML.NET at coding time (ML.NET trains them;
/// its per-row prediction engine is too slow for hundreds of candidates per note).
/// Node i goes left when feature[Feature[i]] &lt;= Threshold[i]; a negative child ~k is leaf k.
/// </summary>
internal sealed class TreeEnsemble
{
    public TreeEnsemble(List<Tree> trees, double bias, double slope, double offset)
    {
        Trees = trees;
        Bias = bias;
        Slope = slope;
        Offset = offset;

        // Flat arrays for evaluation: one node table for all trees, leaves pre-multiplied by the tree weight.
        var nodes = trees.Sum(t => t.Left.Length);
        var feature = new int[nodes];
        var threshold = new float[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        _leaf = new double[trees.Sum(t => t.Leaf.Length)];
        _roots = new int[trees.Count];
        _nodes = new Node[nodes];
        int nodeBase = 0, leafBase = 0;
        for (var k = 0; k < trees.Count; k++)
        {
            var t = trees[k];
            for (var i = 0; i < t.Leaf.Length; i++)
            {
                _leaf[leafBase + i] = t.Weight * t.Leaf[i];
            }

            if (t.Left.Length == 0)
            {
                // A single-leaf tree: the root is that leaf.
                _roots[k] = ~leafBase;
            }
            else
            {
                _roots[k] = nodeBase;
                for (var i = 0; i < t.Left.Length; i++)
                {
                    feature[nodeBase + i] = t.Feature[i];
                    threshold[nodeBase + i] = t.Threshold[i];
                    left[nodeBase + i] = t.Left[i] >= 0 ? nodeBase + t.Left[i] : ~(leafBase + ~t.Left[i]);
                    right[nodeBase + i] = t.Right[i] >= 0 ? nodeBase + t.Right[i] : ~(leafBase + ~t.Right[i]);
                }
            }

            nodeBase += t.Left.Length;
            leafBase += t.Leaf.Length;
        }

        for (var i = 0; i < nodes; i++)
        {
            _nodes[i] = new Node(feature[i], threshold[i], left[i], right[i]);
        }

        // The stepping form used to score many rows: every leaf becomes a node whose two children
        // are itself, so a row that reached a leaf stays there while the others of its group of
        // four walk on: four rows walk side by side, without a branch per row, and the processor
        // overlaps their independent loads.
        var leaves = _leaf.Length;
        _steps = new Node[nodes + leaves];
        _stepValue = new double[nodes + leaves];
        _stepRoots = new int[trees.Count];
        _internalNodes = nodes;
        for (var i = 0; i < nodes; i++)
        {
            var n = _nodes[i];
            _steps[i] = new Node(n.Feature, n.Threshold, n.Left >= 0 ? n.Left : nodes + ~n.Left, n.Right >= 0 ? n.Right : nodes + ~n.Right);
        }

        for (var i = 0; i < leaves; i++)
        {
            _steps[nodes + i] = new Node(0, 0, nodes + i, nodes + i);
            _stepValue[nodes + i] = _leaf[i];
        }

        var visited = new bool[nodes];
        for (var k = 0; k < trees.Count; k++)
        {
            var root = _roots[k];
            _stepRoots[k] = root >= 0 ? root : nodes + ~root;
            if (root >= 0)
            {
                // Validates the structure: a cycle would walk forever.
                Depth(_nodes, root, visited);
            }
        }

        for (var i = 0; i < nodes; i++)
        {
            if (feature[i] < 0)
            {
                throw new InvalidDataException($"Tree node {i} splits on feature {feature[i]}.");
            }

            _maxFeature = Math.Max(_maxFeature, feature[i]);
        }
    }

    // Highest feature index any split reads: rows must be wider (checked before reading rows unchecked).
    private readonly int _maxFeature;

    private readonly Node[] _steps;
    private readonly double[] _stepValue;
    private readonly int[] _stepRoots;
    private readonly int _internalNodes;

    /// <summary>
    /// Longest path (in splits) from <paramref name="root"/> to a leaf. Each node may be reached
    /// once in the whole ensemble (<paramref name="visited"/>): a node reached twice, or a child
    /// out of range, is a damaged model rather than a forest of trees.
    /// </summary>
    private static int Depth(Node[] nodes, int root, bool[] visited)
    {
        var deepest = 0;
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node >= nodes.Length || visited[node])
            {
                throw new InvalidDataException("The tree ensemble has a shared node, a cycle or a child out of range.");
            }

            visited[node] = true;
            deepest = Math.Max(deepest, depth);
            var n = nodes[node];
            if (n.Left >= 0)
            {
                stack.Push((n.Left, depth + 1));
            }

            if (n.Right >= 0)
            {
                stack.Push((n.Right, depth + 1));
            }
        }

        return deepest;
    }

    /// <summary>
    /// One split with both children: a walk step reads one 16-byte record (one cache line)
    /// instead of four arrays, which matters for the hundreds of rows per note walking each tree.
    /// </summary>
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    private readonly Node[] _nodes;

    private readonly double[] _leaf;
    private readonly int[] _roots;

    internal sealed record Tree(int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf, double Weight);

    public List<Tree> Trees { get; }

    public double Bias { get; }

    /// <summary>Platt calibration: probability = 1 / (1 + exp(Slope * raw + Offset)).</summary>
    public double Slope { get; }

    public double Offset { get; }

    public double Raw(ReadOnlySpan<float> features)
    {
        var sum = Bias;
        foreach (var root in _roots)
        {
            sum += _leaf[~(root < 0 ? root : Leaf(_nodes, root, features))];
        }

        return sum;
    }

    /// <summary>
    /// Probabilities of many rows at once, tree by tree: one tree's nodes stay in cache while
    /// every row walks it, and the rows' walks are independent, so the processor overlaps them.
    /// Row r's features are <c>matrix[(r * stride)..((r + 1) * stride)]</c>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="keep"/> below the row count the evaluation is a cascade: every row
    /// walks the first <see cref="CascadeTrees"/> trees, and only the <paramref name="keep"/>
    /// rows with the highest partial sums walk the rest. Boosting fits the large effects first,
    /// so the rows a caller can still return (it wants at most a few dozen) are among those;
    /// the others get probability 0 and are reported in <paramref name="scored"/> as false.
    /// </remarks>
    public void Probabilities(ReadOnlySpan<float> matrix, int stride, Span<double> output, int keep, Span<bool> scored)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stride, _maxFeature);
        var n = output.Length;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n * stride, matrix.Length);
        scored = scored[..n];
        output.Fill(Bias);
        scored.Fill(true);
        var first = keep < n ? Math.Min(CascadeTrees, _roots.Length) : _roots.Length;
        Walk(matrix, stride, output, 0, first, null);
        if (first < _roots.Length)
        {
            // The keep-th highest partial sum: rows below it stop here.
            var partialBuffer = System.Buffers.ArrayPool<double>.Shared.Rent(n);
            var partial = partialBuffer.AsSpan(0, n);
            output[..n].CopyTo(partial);
            partial.Sort();
            var floor = partial[n - keep];
            System.Buffers.ArrayPool<double>.Shared.Return(partialBuffer);
            var active = new List<int>(keep + 8);
            for (var r = 0; r < n; r++)
            {
                if (output[r] >= floor)
                {
                    active.Add(r);
                }
                else
                {
                    scored[r] = false;
                }
            }

            Walk(matrix, stride, output, first, _roots.Length, active);
        }

        for (var r = 0; r < n; r++)
        {
            output[r] = scored[r] ? 1.0 / (1.0 + Math.Exp((Slope * output[r]) + Offset)) : 0;
        }
    }

    /// <summary>Trees walked by every row before the cascade keeps only the strongest rows.</summary>
    internal const int CascadeTrees = 40;

    /// <summary>All rows, every tree: the exact probabilities.</summary>
    public void Probabilities(ReadOnlySpan<float> matrix, int stride, Span<double> output)
    {
        var scored = new bool[output.Length];
        Probabilities(matrix, stride, output, output.Length, scored);
    }

    private void Walk(ReadOnlySpan<float> matrix, int stride, Span<double> output, int fromTree, int toTree, List<int>? only)
    {
        var steps = _steps;
        var values = _stepValue;
        var count = only?.Count ?? output.Length;
        ref var m = ref MemoryMarshal.GetReference(matrix);
        ref var o = ref MemoryMarshal.GetReference(output);
        Span<int> rows = count <= 512 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = only is null ? i : only[i];
        }

        for (var k = fromTree; k < toTree; k++)
        {
            var root = _stepRoots[k];
            var inner = _internalNodes;
            var i = 0;
            for (; i + 4 <= count; i += 4)
            {
                int r0 = rows[i], r1 = rows[i + 1], r2 = rows[i + 2], r3 = rows[i + 3];
                ref var f0 = ref Unsafe.Add(ref m, r0 * stride);
                ref var f1 = ref Unsafe.Add(ref m, r1 * stride);
                ref var f2 = ref Unsafe.Add(ref m, r2 * stride);
                ref var f3 = ref Unsafe.Add(ref m, r3 * stride);
                int n0 = root, n1 = root, n2 = root, n3 = root;
                while ((n0 < inner) | (n1 < inner) | (n2 < inner) | (n3 < inner))
                {
                    n0 = Step(steps, n0, ref f0);
                    n1 = Step(steps, n1, ref f1);
                    n2 = Step(steps, n2, ref f2);
                    n3 = Step(steps, n3, ref f3);
                }

                Unsafe.Add(ref o, r0) += values[n0];
                Unsafe.Add(ref o, r1) += values[n1];
                Unsafe.Add(ref o, r2) += values[n2];
                Unsafe.Add(ref o, r3) += values[n3];
            }

            for (; i < count; i++)
            {
                var r = rows[i];
                ref var f = ref Unsafe.Add(ref m, r * stride);
                var n = root;
                while (n < inner)
                {
                    n = Step(steps, n, ref f);
                }

                Unsafe.Add(ref o, r) += values[n];
            }
        }
    }

    /// <summary>
    /// One step down: to the left child when the row's feature is at most the threshold (a
    /// NaN goes right, as in <see cref="Leaf"/>). The callers checked the matrix covers every row
    /// and the features are the model's, so the row is read without bounds checks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(Node[] steps, int node, ref float row)
    {
        ref readonly var n = ref steps[node];
        return Unsafe.Add(ref row, n.Feature) <= n.Threshold ? n.Left : n.Right;
    }

    /// <summary>The leaf (as ~index) row <paramref name="f"/> reaches from <paramref name="root"/>.</summary>
    private static int Leaf(Node[] nodes, int root, ReadOnlySpan<float> f)
    {
        var node = root;
        while (node >= 0)
        {
            ref readonly var n = ref nodes[node];
            node = f[n.Feature] <= n.Threshold ? n.Left : n.Right;
        }

        return node;
    }

    public double Probability(ReadOnlySpan<float> features) => 1.0 / (1.0 + Math.Exp((Slope * Raw(features)) + Offset));

    public void Write(BinaryWriter w)
    {
        w.Write(Bias);
        w.Write(Slope);
        w.Write(Offset);
        w.Write(Trees.Count);
        foreach (var t in Trees)
        {
            w.Write(t.Weight);
            w.Write(t.Left.Length);
            for (var i = 0; i < t.Left.Length; i++)
            {
                w.Write(t.Left[i]);
                w.Write(t.Right[i]);
                w.Write(t.Feature[i]);
                w.Write(t.Threshold[i]);
            }

            w.Write(t.Leaf.Length);
            foreach (var v in t.Leaf)
            {
                w.Write(v);
            }
        }
    }

    public static TreeEnsemble Read(BinaryReader r)
    {
        var bias = r.ReadDouble();
        var slope = r.ReadDouble();
        var offset = r.ReadDouble();
        var n = r.ReadInt32();
        var trees = new List<Tree>(n);
        for (var k = 0; k < n; k++)
        {
            var weight = r.ReadDouble();
            var nodes = r.ReadInt32();
            var left = new int[nodes];
            var right = new int[nodes];
            var feature = new int[nodes];
            var threshold = new float[nodes];
            for (var i = 0; i < nodes; i++)
            {
                left[i] = r.ReadInt32();
                right[i] = r.ReadInt32();
                feature[i] = r.ReadInt32();
                threshold[i] = r.ReadSingle();
            }

            var leaves = new double[r.ReadInt32()];
            for (var i = 0; i < leaves.Length; i++)
            {
                leaves[i] = r.ReadDouble();
            }

            trees.Add(new Tree(left, right, feature, threshold, leaves, weight));
        }

        return new TreeEnsemble(trees, bias, slope, offset);
    }
}
