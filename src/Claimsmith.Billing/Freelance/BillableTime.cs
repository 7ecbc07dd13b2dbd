namespace Claimsmith.Billing;

/// <summary>Time to bill: a day, seconds and what it was (captured coding time, or a manual entry's category).</summary>
public sealed record BillableTime(DateOnly Date, long Seconds, string Label);
