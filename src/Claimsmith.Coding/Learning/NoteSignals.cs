using Claimsmith.Coding.Knowledge;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// Per-code scratch arrays for one note's learned signals (<see cref="CorpusStatistics.Collect"/>),
/// indexed by code number; <see cref="Touched"/> lists the codes with any signal so clearing
/// costs only what the note used.
/// </summary>
internal sealed class NoteSignals
{
    public NoteSignals(int codes, int documents)
    {
        KnnScore = new float[codes];
        KnnVotes = new int[codes];
        KnnBest = new float[codes];
        AssocSum = new float[codes];
        AssocMax = new float[codes];
        AssocToken = new int[codes];
        AssocGram = new string?[codes];
        CondMax = new float[codes];
        CondSum = new float[codes];
        CondCount = new int[codes];
        Marked = new bool[codes];
        Knowledge = new Candidate?[codes];
        _seen = new bool[codes];
        Similarity = new float[documents];
    }

    public float[] KnnScore { get; }

    public int[] KnnVotes { get; }

    public float[] KnnBest { get; }

    public float[] AssocSum { get; }

    public float[] AssocMax { get; }

    public int[] AssocToken { get; }

    public string?[] AssocGram { get; }

    public float[] CondMax { get; }

    public float[] CondSum { get; }

    public int[] CondCount { get; }

    /// <summary>Free flag per code for the caller (cleared with the rest).</summary>
    public bool[] Marked { get; }

    public float[] Similarity { get; }

    /// <summary>Term counts of the note for the neighbour search (reused).</summary>
    public Dictionary<int, int> TermCounts { get; } = new(512);

    public List<int> Touched { get; } = new(1024);

    /// <summary>The knowledge pass's candidate for a code, by code number (for the caller; cleared with the rest).</summary>
    public Candidate?[] Knowledge { get; }

    /// <summary>Scratch category counts for the caller (keyed by <see cref="CorpusStatistics.CategoryKey"/>; cleared with the rest).</summary>
    public Dictionary<long, int> DictCategories { get; } = new(64);

    /// <summary>Second scratch category count for the caller.</summary>
    public Dictionary<long, int> RowCategories { get; } = new(256);

    /// <summary>Numbers of the grams of the note already counted (reused).</summary>
    public HashSet<int> SeenGrams { get; } = new(1024);

    private readonly bool[] _seen;

    public void Touch(int code)
    {
        if (!_seen[code])
        {
            _seen[code] = true;
            Touched.Add(code);
        }
    }

    /// <summary>Sets the caller's flag on a code; false when it was already set.</summary>
    public bool Mark(int code)
    {
        Touch(code);
        if (Marked[code])
        {
            return false;
        }

        Marked[code] = true;
        return true;
    }

    public void Clear()
    {
        foreach (var c in Touched)
        {
            KnnScore[c] = 0;
            KnnVotes[c] = 0;
            KnnBest[c] = 0;
            AssocSum[c] = 0;
            AssocMax[c] = 0;
            AssocToken[c] = 0;
            AssocGram[c] = null;
            CondMax[c] = 0;
            CondSum[c] = 0;
            CondCount[c] = 0;
            Marked[c] = false;
            Knowledge[c] = null;
            _seen[c] = false;
        }

        Touched.Clear();
        DictCategories.Clear();
        RowCategories.Clear();
        SeenGrams.Clear();
    }
}
