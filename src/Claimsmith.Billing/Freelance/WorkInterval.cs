namespace Claimsmith.Billing;

/// <summary>Time between two consecutive activity events of a session, on the earlier event's client, encounter, claim and screen.</summary>
public sealed record WorkInterval(Guid OrganizationId, Guid? EncounterId, Guid? ClaimId, string Screen, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Length of the interval.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>The (UTC) day the interval started, which is the day it is billed on.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Start.UtcDateTime);
}
