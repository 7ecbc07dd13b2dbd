namespace Claimsmith.Billing;

/// <summary>An invoice as computed, before it is numbered and issued.</summary>
/// <param name="Lines">Line detail, minimum-fee top-up last.</param>
/// <param name="Subtotal">Sum of the lines before the minimum fee.</param>
/// <param name="MinimumFeeAdjustment">What the minimum monthly fee adds (zero when the work reached it).</param>
/// <param name="Total">Subtotal plus the adjustment.</param>
/// <param name="PaymentTermsDays">Terms of the contract in effect at the end of the period.</param>
/// <param name="Issues">Work that could not be billed (no contract on its day) and other problems.</param>
public sealed record InvoiceDraft(IReadOnlyList<InvoiceDraftLine> Lines, Money Subtotal, Money MinimumFeeAdjustment, Money Total, int PaymentTermsDays, IReadOnlyList<BillingIssue> Issues);
