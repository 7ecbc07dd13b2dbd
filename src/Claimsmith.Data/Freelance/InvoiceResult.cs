using Claimsmith.Billing;

namespace Claimsmith.Data.Freelance;

/// <summary>An issued invoice, or why none was issued; <see cref="Issues"/> also lists work left unbilled.</summary>
public sealed record InvoiceResult(ClientInvoice? Invoice, IReadOnlyList<BillingIssue> Issues)
{
    /// <summary>No invoice, with the reasons.</summary>
    public static InvoiceResult Fail(params BillingIssue[] issues) => new(null, issues);
}
