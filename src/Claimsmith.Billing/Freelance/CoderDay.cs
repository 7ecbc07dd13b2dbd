namespace Claimsmith.Billing;

/// <summary>One day of a coder's week: hours (captured and manual) and charts coded.</summary>
public sealed record CoderDay(DateOnly Date, decimal CapturedHours, decimal ManualHours, int ChartsCoded);
