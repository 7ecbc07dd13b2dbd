namespace Claimsmith.Billing;

/// <summary>
/// A denied or underpaid claim or line to be worked: from a stored adjudication, categorised by
/// <see cref="DenialClassifier"/>, with the amount at stake and the deadline (the payer's
/// <see cref="AppealDeadlines.WindowDays"/> from the remittance date). Assignments, notes and the resolution
/// are kept in <see cref="History"/>.
/// </summary>
public sealed class DenialWorkItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ClaimId { get; set; }
    public Guid PayerId { get; set; }
    public Guid AdjudicationId { get; set; }
    /// <summary>The adjudicated line, or null for a claim-level denial.</summary>
    public Guid? AdjudicationLineId { get; set; }
    public Guid? ClaimLineId { get; set; }
    public string ClaimNumber { get; set; } = "";
    public string? ProcedureCode { get; set; }
    public DenialCategory Category { get; set; }
    /// <summary>True when paid less than expected (contract or fee schedule) rather than denied by a reason code.</summary>
    public bool Underpayment { get; set; }
    /// <summary>The codes behind it, e.g. <c>CO-197, N54</c>.</summary>
    public string ReasonCodes { get; set; } = "";
    public string Action { get; set; } = "";
    public Money AmountAtStake { get; set; }
    public Money Paid { get; set; }
    /// <summary>The expected allowed amount (contract rate or fee schedule), when known.</summary>
    public Money? Expected { get; set; }
    public DateOnly RemittanceDate { get; set; }
    /// <summary>Last day to appeal or send a corrected claim.</summary>
    public DateOnly Deadline { get; set; }
    public DenialWorkStatus Status { get; set; }
    public string? AssignedTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? Resolution { get; set; }
    public List<DenialWorkItemEvent> History { get; set; } = [];

    /// <summary>
    /// What working it first is worth: amount at stake times the category's chance of recovery,
    /// divided by the days left (at least 1). Past the deadline it is worth 0.
    /// </summary>
    public decimal Priority(DateOnly today)
    {
        var daysLeft = Deadline.DayNumber - today.DayNumber;
        if (daysLeft < 0 || Status == DenialWorkStatus.Resolved)
        {
            return 0m;
        }

        return decimal.Round(AmountAtStake.Amount * Recoverability(Category) / Math.Max(daysLeft, 1), 4);
    }

    /// <summary>
    /// How often a category is recovered when worked (industry rule of thumb: missing information
    /// and coding are fixed by a corrected claim, timely filing rarely overturned).
    /// </summary>
    public static decimal Recoverability(DenialCategory category) => category switch
    {
        DenialCategory.MissingInformation => 0.85m,
        DenialCategory.CodingBundling => 0.7m,
        DenialCategory.EligibilityRegistration => 0.65m,
        DenialCategory.ContractualUnderpayment => 0.6m,
        DenialCategory.Authorization => 0.5m,
        DenialCategory.MedicalNecessity => 0.4m,
        DenialCategory.Duplicate => 0.3m,
        DenialCategory.TimelyFiling => 0.15m,
        _ => 0.5m,
    };

    /// <summary>Adds a history step.</summary>
    public void Record(string action, string by, DateTimeOffset at, string? text = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        History.Add(new DenialWorkItemEvent { WorkItemId = Id, Action = action, By = by, At = at, Text = text });
    }
}
