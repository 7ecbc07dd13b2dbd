namespace Claimsmith.Billing;

/// <summary>A name and postal address on a statement (the practice's or the patient's).</summary>
public sealed record StatementParty(string Name, Address Address, string? Phone = null, string? AccountNumber = null);
