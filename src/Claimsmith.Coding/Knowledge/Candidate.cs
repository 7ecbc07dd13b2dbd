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

    public List<EvidenceSpan> Evidence { get; } = [];

    public HashSet<int> EvidenceTokens { get; } = [];

    public List<string> Guidelines { get; } = [];

    public void AddEvidence(EvidenceSpan span)
    {
        if (!Evidence.Contains(span) && Evidence.Count < 8)
        {
            Evidence.Add(span);
        }
    }
}
