namespace Claimsmith.Billing;

/// <summary>How an A/R aging report groups balances.</summary>
public enum AgingBy
{
    /// <summary>What insurance owes, by the claim's payer.</summary>
    Payer = 0,
    /// <summary>What patients owe, by patient.</summary>
    Patient = 1,
}
