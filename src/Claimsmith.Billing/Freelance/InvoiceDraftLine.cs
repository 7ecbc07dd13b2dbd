namespace Claimsmith.Billing;

/// <summary>A computed invoice line (see <see cref="ClientInvoiceLine"/>).</summary>
public sealed record InvoiceDraftLine(InvoiceLineKind Kind, ChartType? ChartType, string Description, decimal Quantity, decimal Rate, Money Amount);
