namespace Claimsmith.Billing;

/// <summary>Where a claim is in its life; see <see cref="ClaimLifecycle"/> for the allowed moves.</summary>
public enum ClaimStatus
{
    Draft = 0,
    Ready = 1,
    Submitted = 2,
    Accepted = 3,
    Rejected = 4,
    Paid = 5,
    PartiallyPaid = 6,
    Denied = 7,
    Appealed = 8,
    Closed = 9,
    Voided = 10,
}
