namespace Claimsmith.Billing;

/// <summary>
/// The claim state machine. A move not listed here is refused. The shape follows the walk in
/// DOMAIN.md: a draft is built and checked, marked ready, submitted in an 837 batch, accepted
/// or rejected by the 277CA, adjudicated by the 835, then appealed or closed.
/// </summary>
public static class ClaimLifecycle
{
    private static readonly Dictionary<ClaimStatus, ClaimStatus[]> Allowed = new()
    {
        [ClaimStatus.Draft] = [ClaimStatus.Ready, ClaimStatus.Voided],
        [ClaimStatus.Ready] = [ClaimStatus.Draft, ClaimStatus.Submitted, ClaimStatus.Voided],
        [ClaimStatus.Submitted] = [ClaimStatus.Accepted, ClaimStatus.Rejected],
        // A 277CA rejection is fixed on the same claim (back to draft) or abandoned.
        [ClaimStatus.Rejected] = [ClaimStatus.Draft, ClaimStatus.Voided],
        [ClaimStatus.Accepted] = [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied],
        // An adjudicated claim returns to Accepted when the payer reverses its payment (835 CLP02 22)
        // and is adjudicated again by the correction that follows.
        [ClaimStatus.Paid] = [ClaimStatus.Closed, ClaimStatus.Accepted],
        [ClaimStatus.PartiallyPaid] = [ClaimStatus.Appealed, ClaimStatus.Closed, ClaimStatus.Accepted],
        [ClaimStatus.Denied] = [ClaimStatus.Appealed, ClaimStatus.Closed, ClaimStatus.Accepted],
        [ClaimStatus.Appealed] = [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied],
        [ClaimStatus.Closed] = [],
        // Voiding after adjudication is a new claim with frequency 8, not a state change.
        [ClaimStatus.Voided] = [],
    };

    /// <summary>True when a claim in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(ClaimStatus from, ClaimStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The statuses a claim in <paramref name="from"/> may move to.</summary>
    public static IReadOnlyList<ClaimStatus> Next(ClaimStatus from) => Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>True for statuses after which the claim's content may no longer be edited.</summary>
    public static bool IsLocked(ClaimStatus status) => status is not (ClaimStatus.Draft or ClaimStatus.Rejected);
}
