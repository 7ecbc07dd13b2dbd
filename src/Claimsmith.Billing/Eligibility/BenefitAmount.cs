namespace Claimsmith.Billing;

/// <summary>
/// A deductible or out-of-pocket maximum from a 271 (EB01 C or G) for one coverage level and
/// network: the total for the period, what has been met and what remains. A value the payer
/// did not send is null; met is derived as total minus remaining when only those two came.
/// </summary>
/// <param name="Kind"><c>deductible</c> or <c>out-of-pocket</c>.</param>
/// <param name="Level"><c>individual</c>, <c>family</c>, ... (EB02 in words).</param>
/// <param name="Network"><c>in network</c>, <c>out of network</c>, <c>in and out of network</c> or <c>not stated</c> (EB12).</param>
/// <param name="ServiceTypes">The service types it applies to, in words.</param>
/// <param name="Total">The amount for the period (EB06 service year, calendar year, contract, lifetime...).</param>
/// <param name="Met">Year to date (EB06 = 24), or total minus remaining.</param>
/// <param name="Remaining">EB06 = 29 remaining (or 33 lifetime remaining).</param>
public sealed record BenefitAmount(string Kind, string Level, string Network, IReadOnlyList<string> ServiceTypes, Money? Total, Money? Met, Money? Remaining);
