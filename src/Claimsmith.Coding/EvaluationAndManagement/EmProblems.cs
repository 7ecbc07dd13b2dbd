namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>Number and complexity of problems addressed (counts per AMA 2021 category).</summary>
public sealed record EmProblems
{
    /// <summary>Self-limited or minor problems.</summary>
    public int SelfLimitedOrMinor { get; init; }

    /// <summary>Stable chronic illnesses.</summary>
    public int StableChronic { get; init; }

    /// <summary>Acute, uncomplicated illnesses or injuries.</summary>
    public int AcuteUncomplicated { get; init; }

    /// <summary>Chronic illnesses with exacerbation, progression or side effects of treatment.</summary>
    public int ChronicWithExacerbation { get; init; }

    /// <summary>Undiagnosed new problems with uncertain prognosis.</summary>
    public int UndiagnosedNewUncertain { get; init; }

    /// <summary>Acute illnesses with systemic symptoms.</summary>
    public int AcuteWithSystemicSymptoms { get; init; }

    /// <summary>Acute complicated injuries.</summary>
    public int AcuteComplicatedInjury { get; init; }

    /// <summary>Chronic illnesses with severe exacerbation, progression or side effects.</summary>
    public int ChronicSevereExacerbation { get; init; }

    /// <summary>Acute or chronic illnesses or injuries posing a threat to life or bodily function.</summary>
    public int ThreatToLifeOrFunction { get; init; }
}
