namespace Claimsmith.Web.Claims;

/// <summary>How many payers (payer ids with a profile or named by a rule) and rules a payer rule set holds.</summary>
internal readonly record struct PayerRuleCounts(int Payers, int Rules);
