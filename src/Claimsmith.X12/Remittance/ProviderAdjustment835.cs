namespace Claimsmith.X12.Remittance;

/// <summary>
/// One adjustment from a PLB segment (provider-level, not tied to a claim): reason code
/// (WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized return, ...),
/// reference, amount. A positive amount reduces the check (835 guide 1.10.2.1.3).
/// </summary>
/// <param name="ProviderId">PLB01 provider identifier.</param>
/// <param name="FiscalPeriodDate">PLB02 last day of the provider's fiscal year, CCYYMMDD.</param>
/// <param name="ReasonCode">PLB03-1 (and 05-1, ...).</param>
/// <param name="ReferenceId">PLB03-2.</param>
/// <param name="Amount">PLB04.</param>
public sealed record ProviderAdjustment835(string ProviderId, string FiscalPeriodDate, string ReasonCode, string? ReferenceId, decimal Amount);
