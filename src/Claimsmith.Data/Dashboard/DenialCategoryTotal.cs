using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>Denial work items of one category in a period: how many and the amount at stake.</summary>
public sealed record DenialCategoryTotal(DenialCategory Category, int Items, Money AmountAtStake);
