namespace Claimsmith.X12.Common;

/// <summary>An AMT segment: a qualified amount (AMT01 qualifier, AMT02 amount).</summary>
/// <param name="Qualifier">AMT01, e.g. F5 patient paid, D payer paid, B6 allowed, AU coverage amount.</param>
/// <param name="Value">AMT02.</param>
/// <param name="CreditDebit">AMT03 when present.</param>
public sealed record Amount(string Qualifier, decimal Value, string? CreditDebit = null);
