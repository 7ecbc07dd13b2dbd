namespace Claimsmith.Billing;

/// <summary>
/// One eligibility inquiry for a patient's coverage on a date of service: the 270 sent, and,
/// once the 271 arrives, a plain summary of it. The trace number (270 2100C TRN02) is how the
/// 271 is matched back to the check.
/// </summary>
public sealed class EligibilityCheck
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid PatientId { get; set; }
    public Guid CoverageId { get; set; }
    public DateOnly DateOfService { get; set; }
    /// <summary>270 2100C TRN02, echoed by the payer in the 271.</summary>
    public required string TraceNumber { get; set; }
    public EligibilityCheckStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string RequestedBy { get; set; }
    /// <summary>The 270 interchange as built (names, birth date and member id: encrypted at rest).</summary>
    public required byte[] Request { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>From the 271: true active, false inactive, null unknown or not yet answered.</summary>
    public bool? Active { get; set; }
    /// <summary>The plan named in the 271.</summary>
    public string? Plan { get; set; }
    /// <summary>The 271 summary (<see cref="EligibilityBenefits"/>) as JSON.</summary>
    public string? ResponseSummary { get; set; }
}
