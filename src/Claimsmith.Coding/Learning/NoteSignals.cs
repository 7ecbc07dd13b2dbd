using Claimsmith.Coding.Knowledge;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// Per-code scratch arrays for one note's learned signals (<see cref="CorpusStatistics.Collect"/>),
/// indexed by code number; <see cref="Touched"/> lists the codes with any signal so clearing
/// costs only what the note used.
/// </summary>
internal sealed class NoteSignals
{
    public NoteSignals(int codes, int documents, int grams = 0, int terms = 0)
    {
        _gramStamp = new int[grams];
        TermCounts = new int[terms];
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

    /// <summary>Term counts of the note for the neighbour search, by term number (cleared through <see cref="TermOrder"/>).</summary>
    public int[] TermCounts { get; }

    /// <summary>The terms of <see cref="TermCounts"/> in order of first occurrence.</summary>
    public List<int> TermOrder { get; } = new(512);

    public List<int> Touched { get; } = new(1024);

    /// <summary>Scratch lists and heap for the caller (cleared with the rest).</summary>
    public List<int> Numbered { get; } = new(512);

    public List<int> WithAssociation { get; } = new(1024);

    public List<int> WithConditional { get; } = new(256);

    public int[] Heap { get; } = new int[Math.Max(LearnedRanker.MaxAssociationCandidates, LearnedRanker.MaxConditionalCandidates)];

    /// <summary>The knowledge pass's candidate for a code, by code number (for the caller; cleared with the rest).</summary>
    public Candidate?[] Knowledge { get; }

    /// <summary>Scratch category counts for the caller (keyed by <see cref="CorpusStatistics.CategoryKey"/>; cleared with the rest).</summary>
    public Dictionary<long, int> DictCategories { get; } = new(64);

    /// <summary>Second scratch category count for the caller.</summary>
    public Dictionary<long, int> RowCategories { get; } = new(256);

    // Grams of the note already counted: gram number -> generation of the note that counted it,
    // so nothing is cleared between notes.
    private readonly int[] _gramStamp;
    private int _generation = 1;

    /// <summary>Records gram <paramref name="gram"/> as counted for this note; false when it already was.</summary>
    public bool SeeGram(int gram)
    {
        if (_gramStamp[gram] == _generation)
        {
            return false;
        }

        _gramStamp[gram] = _generation;
        return true;
    }

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
        Numbered.Clear();
        WithAssociation.Clear();
        WithConditional.Clear();
        DictCategories.Clear();
        RowCategories.Clear();
        foreach (var t in TermOrder)
        {
            TermCounts[t] = 0;
        }

        TermOrder.Clear();
        if (_generation == int.MaxValue)
        {
            Array.Clear(_gramStamp);
            _generation = 0;
        }

        _generation++;
    }
}
