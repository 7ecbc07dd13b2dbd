namespace Claimsmith.Billing;

/// <summary>A charge captured on an encounter; becomes a claim line when the claim is built.</summary>
public sealed class ChargeLine : ServiceLine
{
    public Guid EncounterId { get; set; }
    public int Sequence { get; set; }
}
