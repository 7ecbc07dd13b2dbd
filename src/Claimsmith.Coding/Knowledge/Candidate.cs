using Claimsmith.CodeSets;

namespace Claimsmith.Coding.Knowledge;

/// <summary>A code the knowledge pass found, with the counts the ranker uses as features.</summary>
internal sealed class Candidate(string code, CodeSystem system)
{
    public string Code { get; } = code;

    public CodeSystem System { get; } = system;

    /// <summary>Best match score among mentions that count (present, or uncertain inpatient).</summary>
    public float Score { get; set; }

    /// <summary>Best match score over all mentions, whatever their assertion.</summary>
    public float AnyScore { get; set; }

    public int Present { get; set; }

    public int Negated { get; set; }

    public int Family { get; set; }

    public int Historical { get; set; }

    public int Hypothetical { get; set; }

    public int Uncertain { get; set; }

    public int TermStems { get; set; }

    public int FirstToken { get; set; } = int.MaxValue;

    /// <summary>Whether the knowledge rules report this code.</summary>
    public bool Coded { get; set; }

    /// <summary>Added by a combination or history rule.</summary>
    public bool FromRule { get; set; }

    public SuggestionSource Source { get; set; } = SuggestionSource.TabularDescription;

    public string Term { get; set; } = "";

    // The collections are created on first use: most candidates of a note are mentions that
    // never gather evidence, tokens or guidelines, and a note has hundreds of candidates.
    private List<EvidenceSpan>? _evidence;
    private HashSet<int>? _evidenceTokens;
    private List<string>? _guidelines;

    public IReadOnlyList<EvidenceSpan> Evidence => _evidence ?? (IReadOnlyList<EvidenceSpan>)[];

    /// <summary>Token indices of the words supporting the counted mentions.</summary>
    public HashSet<int> EvidenceTokens => _evidenceTokens ??= [];

    public bool HasEvidenceTokens => _evidenceTokens is { Count: > 0 };

    public IReadOnlyList<string> Guidelines => _guidelines ?? (IReadOnlyList<string>)[];

    public bool HasGuideline(string guideline) => _guidelines is not null && _guidelines.Contains(guideline);

    public void AddGuideline(string guideline) => (_guidelines ??= []).Add(guideline);

    /// <summary>Whether the words of this candidate's mentions are a proper subset of <paramref name="other"/>'s.</summary>
    public bool TokensProperSubsetOf(Candidate other) =>
        _evidenceTokens is not null && other._evidenceTokens is not null && _evidenceTokens.IsProperSubsetOf(other._evidenceTokens);

    /// <summary>Whether <see cref="AddEvidence"/> would keep a span at these offsets (asked before building its text).</summary>
    public bool WantsEvidence(int start, int length)
    {
        if (_evidence is null)
        {
            return true;
        }

        if (_evidence.Count >= 8)
        {
            return false;
        }

        foreach (var e in _evidence)
        {
            if (e.Start == start && e.Length == length)
            {
                return false;
            }
        }

        return true;
    }

    public void AddEvidence(EvidenceSpan span)
    {
        var evidence = _evidence ??= [];
        if (!evidence.Contains(span) && evidence.Count < 8)
        {
            evidence.Add(span);
        }
    }
}
