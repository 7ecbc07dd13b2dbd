namespace Claimsmith.Billing;

/// <summary>One step in an appeal's history (opened, filed, decided, note added). Append-only.</summary>
public sealed class AppealEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppealId { get; set; }
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    /// <summary>What happened: <c>opened</c>, <c>filed</c>, <c>decided</c>, <c>note</c>.</summary>
    public string Action { get; set; } = "";
    public AppealOutcome Outcome { get; set; }
    public Money AmountRecovered { get; set; }
    public string? Note { get; set; }
}
