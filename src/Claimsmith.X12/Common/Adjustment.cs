namespace Claimsmith.X12.Common;

/// <summary>
/// One adjustment from a CAS segment: group code + Claim Adjustment Reason Code + amount (+ units).
/// A CAS segment carries up to six of these under one group code (835 guide 1.10.2.4).
/// </summary>
/// <param name="Group">CAS01: CO contractual obligation, PR patient responsibility, OA other, PI payer initiated, CR correction/reversal.</param>
/// <param name="ReasonCode">CARC, e.g. 45 charge exceeds fee schedule, 1 deductible, 2 coinsurance, 3 copay.</param>
/// <param name="Amount">Adjusted amount; positive decreases the payment, negative increases it.</param>
/// <param name="Quantity">Adjusted units, when given.</param>
public sealed record Adjustment(string Group, string ReasonCode, decimal Amount, decimal? Quantity = null)
{
    /// <summary>
    /// Set by readers when the input started a new CAS segment with the same group code as the
    /// previous one, so a written copy keeps the sender's segmentation. Not part of equality.
    /// </summary>
    internal bool StartsNewSegment { get; init; }

    /// <inheritdoc/>
    public bool Equals(Adjustment? other) =>
        other is not null && Group == other.Group && ReasonCode == other.ReasonCode && Amount == other.Amount && Quantity == other.Quantity;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Group, ReasonCode, Amount, Quantity);
}
