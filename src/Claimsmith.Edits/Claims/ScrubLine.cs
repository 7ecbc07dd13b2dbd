namespace Claimsmith.Edits.Claims;

/// <summary>A service line of a claim (837P loop 2400 SV1, 837I SV2).</summary>
public sealed record ScrubLine
{
    /// <summary>1-based line number as on the claim.</summary>
    public int Number { get; init; }

    /// <summary>CPT/HCPCS code (may be empty on an institutional line that bills a revenue code only).</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>Up to four modifiers, in order.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>Units of service.</summary>
    public decimal Units { get; init; } = 1;

    /// <summary>Line charge.</summary>
    public decimal Charge { get; init; }

    /// <summary>1-based pointers into the claim's diagnoses (837P SV107, at most four).</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; init; } = [];

    /// <summary>National Drug Code (11 digits, 5-4-2) for drug lines.</summary>
    public string? Ndc { get; init; }

    /// <summary>Date of service (first date when a range).</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>Last date of service when the line covers a range.</summary>
    public DateOnly? ServiceDateTo { get; init; }

    /// <summary>Revenue code (institutional, four digits).</summary>
    public string? RevenueCode { get; init; }

    /// <summary>Line place of service when it differs from the claim's (837P SV105).</summary>
    public string? PlaceOfService { get; init; }
}
