namespace Claimsmith.Billing;

/// <summary>One client's open invoices by age.</summary>
public sealed record ClientAging(Guid OrganizationId, string ClientName, AgingBuckets Buckets, IReadOnlyList<InvoiceBalance> Invoices);
