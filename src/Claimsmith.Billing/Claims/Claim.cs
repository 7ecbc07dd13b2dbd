namespace Claimsmith.Billing;

/// <summary>
/// A claim to one payer for one encounter, holding everything an 837P/837I or a CMS-1500 needs:
/// the parties as they were when it was built, the CLM fields, the diagnoses and the lines.
/// Its status moves only through <see cref="TransitionTo"/>, which records who and when.
/// </summary>
public sealed class Claim : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Patient control number (CLM01, at most 20 characters), unique per installation.</summary>
    public required string ClaimNumber { get; set; }
    public ClaimKind Kind { get; set; }
    public ClaimStatus Status { get; set; } = ClaimStatus.Draft;
    public ClaimFrequency Frequency { get; set; } = ClaimFrequency.Original;
    /// <summary>The payer's claim control number of the claim this one replaces or voids (REF*F8).</summary>
    public string? OriginalReferenceNumber { get; set; }
    /// <summary>The payer's claim control number for this claim (835 CLP07), once adjudicated.</summary>
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>
    /// The claim this one follows: the prior payer's claim for a secondary or tertiary claim, or
    /// the claim a corrected (frequency 7) or void (frequency 8) claim replaces.
    /// </summary>
    public Guid? PredecessorClaimId { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid EncounterId { get; set; }
    public Guid PatientId { get; set; }
    public Guid CoverageId { get; set; }
    public Guid PayerId { get; set; }
    public DateOnly ServiceFrom { get; set; }
    public DateOnly ServiceTo { get; set; }
    /// <summary>Professional: place of service (CLM05-1 with qualifier B).</summary>
    public string? PlaceOfService { get; set; }
    /// <summary>Institutional: facility type and classification (CLM05-1 with qualifier A).</summary>
    public string? FacilityTypeCode { get; set; }
    public string? PriorAuthorization { get; set; }
    public DateOnly? AdmissionDate { get; set; }
    public int? AdmissionHour { get; set; }
    public string? AdmissionType { get; set; }
    public string? AdmissionSource { get; set; }
    public DateOnly? DischargeDate { get; set; }
    public int? DischargeHour { get; set; }
    public string? PatientStatus { get; set; }
    /// <summary>CLM06: provider signature on file.</summary>
    public bool ProviderSignatureOnFile { get; set; } = true;
    /// <summary>CLM07: provider accepts assignment (A).</summary>
    public bool AcceptsAssignment { get; set; } = true;
    /// <summary>CLM08: benefits assigned to the provider.</summary>
    public bool BenefitsAssigned { get; set; } = true;
    /// <summary>CLM09: release of information signed (Y).</summary>
    public bool ReleaseOfInformation { get; set; } = true;
    public ClaimParty BillingProvider { get; set; } = new();
    public ClaimParty? RenderingProvider { get; set; }
    public ClaimParty? AttendingProvider { get; set; }
    public ClaimParty? ReferringProvider { get; set; }
    public ClaimParty? ServiceFacility { get; set; }
    public ClaimPayer Payer { get; set; } = new();
    public ClaimSubscriber Subscriber { get; set; } = new();
    public ClaimPatient Patient { get; set; } = new();
    /// <summary>The patient's other coverages in effect on the date of service (COB, loop 2320).</summary>
    public List<ClaimOtherCoverage> OtherCoverages { get; set; } = [];
    public List<ClaimDiagnosis> Diagnoses { get; set; } = [];
    public List<ClaimLine> Lines { get; set; } = [];
    public List<ClaimStatusChange> History { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Total charge (CLM02): the sum of the line charges.</summary>
    public Money TotalCharge => Money.Sum(Lines.Select(l => l.Charge));

    /// <summary>
    /// <see cref="TotalCharge"/> as stored with the claim (column <c>TotalCharge</c>), so that lists
    /// filter, sort and sum amounts in SQL without reading the lines. The database context sets it
    /// to the sum of the lines whenever a claim or its lines are saved; do not set it by hand.
    /// </summary>
    public Money StoredTotalCharge { get; set; }

    /// <summary>
    /// Moves the claim to <paramref name="to"/> when <see cref="ClaimLifecycle"/> allows it and
    /// records the change with <paramref name="actor"/> and the time from <paramref name="clock"/>.
    /// Returns the refusal as an issue (code <c>claim.transition</c>) otherwise.
    /// </summary>
    public BillingIssue? TransitionTo(ClaimStatus to, string actor, TimeProvider clock, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        if (!ClaimLifecycle.IsAllowed(Status, to))
        {
            return new BillingIssue("claim.transition", "status", $"A {Status} claim cannot become {to}.");
        }

        var change = new ClaimStatusChange { ClaimId = Id, From = Status, To = to, At = clock.GetUtcNow(), By = actor, Note = note };
        History.Add(change);
        Status = to;
        return null;
    }

    /// <summary>
    /// Records an event in the claim's history without changing its status (From = To), e.g.
    /// that a corrected or secondary claim was built from it.
    /// </summary>
    public void RecordEvent(string actor, TimeProvider clock, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        History.Add(new ClaimStatusChange { ClaimId = Id, From = Status, To = Status, At = clock.GetUtcNow(), By = actor, Note = note });
    }

    /// <summary>
    /// Checks the claim with <see cref="ClaimValidator"/> and, when it is clean, moves it from
    /// Draft to Ready. Returns the issues (empty on success).
    /// </summary>
    public IReadOnlyList<BillingIssue> MarkReady(string actor, TimeProvider clock)
    {
        var issues = ClaimValidator.Validate(this).ToList();
        if (issues.Count == 0 && TransitionTo(ClaimStatus.Ready, actor, clock) is { } refused)
        {
            issues.Add(refused);
        }

        return issues;
    }
}
