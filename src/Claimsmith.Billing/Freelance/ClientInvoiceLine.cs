namespace Claimsmith.Billing;

/// <summary>
/// One line of a <see cref="ClientInvoice"/>: <see cref="Quantity"/> (hours to the hundredth,
/// charts, or the collections base in dollars) times <see cref="Rate"/> (dollars per unit, or a
/// percent for collections), rounded to the cent as <see cref="InvoiceCalculator.RoundingRule"/> says.
/// </summary>
public sealed class ClientInvoiceLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InvoiceId { get; set; }
    public int Sequence { get; set; }
    public InvoiceLineKind Kind { get; set; }
    public ChartType? ChartType { get; set; }
    public required string Description { get; set; }
    public decimal Quantity { get; set; }
    /// <summary>Dollars per hour or chart; percent for collections; 1 for the minimum fee.</summary>
    public decimal Rate { get; set; }
    public Money Amount { get; set; }
}
