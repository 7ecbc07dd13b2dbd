namespace Claimsmith.Billing;

/// <summary>
/// What a client pays, from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (inclusive):
/// any combination of an hourly rate, rates per chart (a default and per chart type), a percentage
/// of collections, and a minimum monthly fee that tops the invoice up. Rates that are null do not apply.
/// </summary>
public sealed class FreelanceContract : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClientId { get; set; }
    /// <summary>The client organization (copied from the client, for access control).</summary>
    public Guid OrganizationId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Last day the contract applies; null when open-ended.</summary>
    public DateOnly? EffectiveTo { get; set; }
    public Money? HourlyRate { get; set; }
    /// <summary>Rate per chart for chart types without a rate of their own.</summary>
    public Money? PerChartRate { get; set; }
    public Money? OutpatientChartRate { get; set; }
    public Money? EmergencyChartRate { get; set; }
    public Money? InpatientChartRate { get; set; }
    public Money? SurgeryChartRate { get; set; }
    /// <summary>Percent of the period's collections (6.5 means 6.5%).</summary>
    public decimal? CollectionsPercent { get; set; }
    public Money? MinimumMonthlyFee { get; set; }
    /// <summary>Days from issue to due date (net 30 is 30).</summary>
    public int PaymentTermsDays { get; set; } = 30;
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>True when the contract applies on <paramref name="day"/>.</summary>
    public bool CoversDay(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo.Value);

    /// <summary>The rate of one chart of <paramref name="type"/>, or null when charts of that type are not billed.</summary>
    public Money? ChartRate(ChartType type) => type switch
    {
        ChartType.Outpatient => OutpatientChartRate,
        ChartType.EmergencyDepartment => EmergencyChartRate,
        ChartType.Inpatient => InpatientChartRate,
        ChartType.Surgery => SurgeryChartRate,
        _ => null,
    } ?? PerChartRate;

    /// <summary>Problems with the terms (stable codes), empty when valid.</summary>
    public IReadOnlyList<BillingIssue> Validate()
    {
        var issues = new List<BillingIssue>();
        if (EffectiveTo is { } to && to < EffectiveFrom)
        {
            issues.Add(new("contract.dates", "effectiveTo", "The contract ends before it starts."));
        }

        foreach (var (name, rate) in new[] { ("hourlyRate", HourlyRate), ("perChartRate", PerChartRate), ("outpatientChartRate", OutpatientChartRate), ("emergencyChartRate", EmergencyChartRate), ("inpatientChartRate", InpatientChartRate), ("surgeryChartRate", SurgeryChartRate), ("minimumMonthlyFee", MinimumMonthlyFee) })
        {
            if (rate is { IsNegative: true })
            {
                issues.Add(new("contract.rate", name, "A rate cannot be negative."));
            }
        }

        if (CollectionsPercent is < 0m or > 100m)
        {
            issues.Add(new("contract.percent", "collectionsPercent", "The percentage of collections is between 0 and 100."));
        }

        if (PaymentTermsDays is < 0 or > 365)
        {
            issues.Add(new("contract.terms", "paymentTermsDays", "Payment terms are 0 to 365 days."));
        }

        if (HourlyRate is null && PerChartRate is null && OutpatientChartRate is null && EmergencyChartRate is null
            && InpatientChartRate is null && SurgeryChartRate is null && CollectionsPercent is null && MinimumMonthlyFee is null)
        {
            issues.Add(new("contract.empty", "", "A contract needs at least one rate, a percentage or a minimum fee."));
        }

        return issues;
    }
}
