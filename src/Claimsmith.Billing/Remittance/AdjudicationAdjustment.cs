namespace Claimsmith.Billing;

/// <summary>One CAS adjustment: group (CO, PR, OA, PI, CR), CARC, amount and quantity.</summary>
public sealed class AdjudicationAdjustment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdjudicationId { get; set; }
    /// <summary>The <see cref="AdjudicationLine"/>; null for a claim-level CAS.</summary>
    public Guid? LineId { get; set; }
    public string Group { get; set; } = "";
    /// <summary>Claim Adjustment Reason Code.</summary>
    public string Reason { get; set; } = "";
    public Money Amount { get; set; }
    public decimal? Quantity { get; set; }

    /// <summary><c>CO-45</c>, <c>PR-2</c>: how the ledger records the reason.</summary>
    public string Code => $"{Group}-{Reason}";

    /// <summary>True for group PR: the patient owes it.</summary>
    public bool IsPatientResponsibility => Group == "PR";
}
