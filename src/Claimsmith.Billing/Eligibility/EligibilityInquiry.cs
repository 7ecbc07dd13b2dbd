using Claimsmith.Billing.Claims.Export;

namespace Claimsmith.Billing;

/// <summary>What a 270 is built from: the patient's coverage, its payer, the provider asking and the date of service.</summary>
public sealed record EligibilityInquiry
{
    public required Patient Patient { get; init; }
    public required Coverage Coverage { get; init; }
    public required Payer Payer { get; init; }
    /// <summary>The information receiver (2100B): the organization asking, by its NPI.</summary>
    public required Organization Organization { get; init; }
    public required DateOnly DateOfService { get; init; }
    /// <summary>270 2100C TRN02: the reference that comes back in the 271.</summary>
    public required string TraceNumber { get; init; }
    /// <summary>Service types asked about (EQ01); 30 (health benefit plan coverage) when empty.</summary>
    public IReadOnlyList<string> ServiceTypes { get; init; } = ["30"];
    /// <summary>Sender and receiver ids for the envelope (the same enrolment as for 837s).</summary>
    public Claim837ExportSettings Settings { get; init; } = Claim837ExportSettings.Demo;
}
