namespace Claimsmith.Billing;

/// <summary>A payer's contracted allowed amount for a procedure code and modifier (per unit), the expected amount of underpayment checks.</summary>
public sealed class PayerContractRate : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PayerId { get; set; }
    /// <summary>CPT/HCPCS code.</summary>
    public string ProcedureCode { get; set; } = "";
    /// <summary>First modifier, or empty for the code without one.</summary>
    public string Modifier { get; set; } = "";
    /// <summary>Allowed amount per unit.</summary>
    public Money Allowed { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }
}
