using Claimsmith.X12.Common;

namespace Claimsmith.X12.Remittance;

/// <summary>Loop 1000A payer (N1*PR) or 1000B payee (N1*PE) identification.</summary>
public sealed class Party835
{
    /// <summary>N101: PR payer, PE payee.</summary>
    public required string EntityCode { get; set; }
    /// <summary>N102 name.</summary>
    public string? Name { get; set; }
    /// <summary>N103 id qualifier: XV plan id, FI tax id, XX NPI.</summary>
    public string? IdQualifier { get; set; }
    /// <summary>N104 id.</summary>
    public string? Id { get; set; }
    /// <summary>N3/N4.</summary>
    public Address? Address { get; set; }
    /// <summary>REF: 2U payer id, TJ tax id, PQ payee id, ...</summary>
    public List<Reference> References { get; } = [];
    /// <summary>PER: CX business contact, BL technical contact, IC web site.</summary>
    public List<Contact> Contacts { get; } = [];
    /// <summary>RDM remittance delivery method (payee), as read.</summary>
    public Claimsmith.X12.Tokenizing.X12Segment? DeliveryMethod { get; set; }
}
