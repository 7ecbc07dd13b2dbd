namespace Claimsmith.Billing;

/// <summary>The decision on an appeal.</summary>
public enum AppealOutcome
{
    Pending = 0,
    Won = 1,
    PartiallyWon = 2,
    Lost = 3,
    Withdrawn = 4,
}
