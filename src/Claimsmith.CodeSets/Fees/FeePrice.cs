namespace Claimsmith.CodeSets.Fees;

/// <summary>
/// A Medicare physician fee schedule amount: (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x
/// MP GPCI) x conversion factor, rounded to cents (CMS Medicare Claims Processing Manual ch. 12
/// §20.1).
/// </summary>
/// <param name="Item">The fee schedule row used.</param>
/// <param name="Locality">The locality whose GPCIs were used.</param>
/// <param name="Facility">True for the facility rate (facility PE RVU), false for non-facility.</param>
/// <param name="PeRvu">The PE RVU used.</param>
/// <param name="Amount">The payment amount in dollars.</param>
/// <param name="IsPriced">False when the status or NA indicator means Medicare does not pay by this formula (the amount is then still the formula's result, for reference).</param>
public sealed record FeePrice(FeeScheduleItem Item, Locality Locality, bool Facility, decimal PeRvu, decimal Amount, bool IsPriced);
