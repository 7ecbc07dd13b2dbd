namespace Claimsmith.Billing;

/// <summary>An insurer (837 loop 2010BB: payer name and payer ID as NM109 with qualifier PI).</summary>
public sealed class Payer : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>The payer ID the clearinghouse routes on (2 to 80 characters).</summary>
    public required string PayerIdentifier { get; set; }
    /// <summary>Default claim filing indicator (SBR09), see <see cref="ClaimFilingIndicator"/>.</summary>
    public string ClaimFilingIndicator { get; set; } = "CI";
    /// <summary>Days after the date of service within which the payer accepts a claim.</summary>
    public int TimelyFilingDays { get; set; } = 365;
    /// <summary>Days after a denial within which the payer accepts an appeal; null uses <see cref="AppealDeadlines.DefaultWindowDays"/>.</summary>
    public int? AppealWindowDays { get; set; }
    public Address? Address { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }
}
