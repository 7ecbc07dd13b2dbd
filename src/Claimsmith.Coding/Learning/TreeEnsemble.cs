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
    }

    internal sealed record Tree(int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf, double Weight);

    public List<Tree> Trees { get; }

    public double Bias { get; }

    /// <summary>Platt calibration: probability = 1 / (1 + exp(Slope * raw + Offset)).</summary>
    public double Slope { get; }

    public double Offset { get; }

    public double Raw(ReadOnlySpan<float> features)
    {
        var sum = Bias;
        foreach (var t in Trees)
        {
            if (t.Left.Length == 0)
            {
                sum += t.Weight * t.Leaf[0];
                continue;
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[t.Feature[node]] <= t.Threshold[node] ? t.Left[node] : t.Right[node];
            }

            sum += t.Weight * t.Leaf[~node];
        }

        return sum;
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
