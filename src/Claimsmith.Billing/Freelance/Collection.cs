namespace Claimsmith.Billing;

/// <summary>Money collected on a client's claims: an insurance or patient payment on the ledger (positive), or a reversal of one (negative).</summary>
public sealed record Collection(DateOnly On, LedgerBucket From, Money Amount);
