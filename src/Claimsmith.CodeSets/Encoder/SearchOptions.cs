namespace Claimsmith.CodeSets.Encoder;

/// <summary>Options of a search.</summary>
public sealed record SearchOptions
{
    /// <summary>Systems searched; null searches ICD-10-CM, ICD-10-PCS and HCPCS.</summary>
    public IReadOnlyList<CodeSystem>? Systems { get; init; }

    /// <summary>When set, codes not valid in any form on this date (deleted or not yet effective) are left out.</summary>
    public DateOnly? DateOfService { get; init; }

    /// <summary>Maximum results (1-500).</summary>
    public int Limit { get; init; } = 20;
}
