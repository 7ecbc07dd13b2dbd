namespace Claimsmith.Billing;

/// <summary>A copay (EB01 B, an amount) or coinsurance (EB01 A, a percentage) for one service type and network.</summary>
/// <param name="ServiceTypeCode">EB03 code (30 when the payer sent none).</param>
/// <param name="ServiceType">The service type in words.</param>
/// <param name="Network">In network, out of network, both or not stated (EB12).</param>
/// <param name="Copay">The copay amount (EB07), for EB01 B.</param>
/// <param name="CoinsurancePercent">The patient's share as a percentage, e.g. 20 for EB08 0.20, for EB01 A.</param>
/// <param name="Period">EB06 in words (per visit, calendar year...), when sent.</param>
public sealed record ServiceBenefit(string ServiceTypeCode, string ServiceType, string Network, Money? Copay, decimal? CoinsurancePercent, string? Period);
