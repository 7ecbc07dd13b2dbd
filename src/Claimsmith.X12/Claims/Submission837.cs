using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.Claims;

/// <summary>
/// One 837 transaction set: header (BHT), submitter (1000A), receiver (1000B) and the billing
/// provider hierarchy with its claims. Build it in code and write it with
/// <see cref="Claim837Writer"/>, or get it from <see cref="Claim837Reader"/>.
/// </summary>
public sealed class Submission837
{
    /// <summary>Professional (X222A1) or institutional (X223A2).</summary>
    public ClaimKind Kind { get; set; } = ClaimKind.Professional;
    /// <summary>ST02 control number (the writer numbers sets when empty).</summary>
    public string? ControlNumber { get; set; }
    /// <summary>BHT02: 00 original, 18 reissue.</summary>
    public string Purpose { get; set; } = "00";
    /// <summary>BHT03 originator application transaction identifier (batch id).</summary>
    public required string BatchId { get; set; }
    /// <summary>BHT04 creation date CCYYMMDD.</summary>
    public required string CreationDate { get; set; }
    /// <summary>BHT05 creation time HHMM.</summary>
    public required string CreationTime { get; set; }
    /// <summary>BHT06: CH chargeable, RP reporting (encounters), 31 subrogation demand.</summary>
    public string TransactionType { get; set; } = "CH";
    /// <summary>1000A submitter (NM1*41 + PER).</summary>
    public required Party837 Submitter { get; set; }
    /// <summary>1000B receiver (NM1*40).</summary>
    public required Party837 Receiver { get; set; }
    /// <summary>2000A billing providers.</summary>
    public List<BillingProvider837> BillingProviders { get; } = [];
    /// <summary>The envelope it was read from (null for a submission built in code).</summary>
    public X12TransactionHeader? Envelope { get; set; }

    /// <summary>The implementation guide reference for ST03/GS08.</summary>
    public string ImplementationReference => Kind == ClaimKind.Professional ? "005010X222A1" : "005010X223A2";

    /// <summary>Every claim in hierarchy order.</summary>
    public IEnumerable<Claim837> AllClaims =>
        BillingProviders.SelectMany(b => b.Subscribers).SelectMany(s => s.Claims.Concat(s.Patients.SelectMany(p => p.Claims)));
}
