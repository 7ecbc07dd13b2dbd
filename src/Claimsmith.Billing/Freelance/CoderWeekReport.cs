namespace Claimsmith.Billing;

/// <summary>A coder's week: per day and in total, over every client (counts and rates only).</summary>
public sealed record CoderWeekReport(string Coder, DateOnly WeekStart, IReadOnlyList<CoderDay> Days, ProductivityReport Productivity);
