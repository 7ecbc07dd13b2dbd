namespace Claimsmith.Data;

/// <summary>
/// Decisions on computer-assisted coding suggestions in one month (or the whole period): the
/// latest decision per document and suggested code (added codes left out), and how many of them
/// accepted the suggestion as it was (<see cref="Billing.Productivity"/> counts the same way).
/// </summary>
/// <param name="Coder">User name, or null for everyone.</param>
/// <param name="Month">The first day of the month, or null for the whole period.</param>
/// <param name="Decided">Suggestions decided.</param>
/// <param name="Accepted">Of those, accepted.</param>
public sealed record SuggestionAcceptance(string? Coder, DateOnly? Month, int Decided, int Accepted)
{
    /// <summary>Accepted / Decided, four places; null when nothing was decided.</summary>
    public decimal? Rate => Billing.RevenueCycleMeasures.Rate(Accepted, Decided);
}
