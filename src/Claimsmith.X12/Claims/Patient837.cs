using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>Loop 2000C/2010CA: the patient when not the subscriber (PAT01 relationship, NM1*QC, DMG), with the patient's claims.</summary>
public sealed class Patient837
{
    /// <summary>PAT01 individual relationship to the subscriber: 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other.</summary>
    public required string RelationshipCode { get; set; }
    /// <summary>NM1*QC and its N3/N4/DMG.</summary>
    public required Party837 Name { get; set; }
    /// <summary>Claims for this patient.</summary>
    public List<Claim837> Claims { get; } = [];
    /// <summary>Other PAT elements (PAT05-PAT09: death date, weight, pregnancy) as the raw PAT segment, when sent.</summary>
    public X12Segment? PatientSegment { get; set; }
}
