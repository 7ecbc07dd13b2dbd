namespace Claimsmith.Billing;

/// <summary>The payer as on the claim (loop 2010BB) and its claim filing indicator (SBR09).</summary>
public sealed record ClaimPayer
{
    public string Name { get; init; } = "";
    public string PayerIdentifier { get; init; } = "";
    public string ClaimFilingIndicator { get; init; } = "CI";
    public Address? Address { get; init; }
}
