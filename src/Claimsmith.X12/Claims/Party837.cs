using Claimsmith.X12.Common;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// A name loop (NM1 and what follows it): 1000A/B, 2010AA/AB/AC, 2010BA/BB, 2010CA, 2310A-F,
/// 2330A-I, 2420A-H. <see cref="EntityCode"/> (NM101) tells which: 85 billing provider, 87 pay-to,
/// IL subscriber, PR payer, QC patient, 82 rendering, DN referring, DQ supervising, 77 service
/// facility, 71 attending, 72 operating, PW/45 ambulance pick-up/drop-off.
/// </summary>
public sealed class Party837
{
    /// <summary>NM101 entity identifier code.</summary>
    public required string EntityCode { get; set; }
    /// <summary>NM102: 1 person, 2 non-person.</summary>
    public string EntityType { get; set; } = "2";
    /// <summary>NM103 last or organisation name.</summary>
    public string? LastOrOrganizationName { get; set; }
    /// <summary>NM104.</summary>
    public string? FirstName { get; set; }
    /// <summary>NM105.</summary>
    public string? MiddleName { get; set; }
    /// <summary>NM107.</summary>
    public string? Suffix { get; set; }
    /// <summary>NM108: XX NPI, MI member id, PI payor id, 46 ETIN, ...</summary>
    public string? IdQualifier { get; set; }
    /// <summary>NM109.</summary>
    public string? Id { get; set; }
    /// <summary>N3/N4.</summary>
    public Address? Address { get; set; }
    /// <summary>PRV: provider code (PRV01), qualifier (PRV02, PXC), taxonomy (PRV03).</summary>
    public (string Code, string Qualifier, string Taxonomy)? Specialty { get; set; }
    /// <summary>DMG: birth date (DMG02 as written) and gender (DMG03).</summary>
    public (string BirthDate, string? Gender)? Demographics { get; set; }
    /// <summary>REF segments.</summary>
    public List<Reference> References { get; } = [];
    /// <summary>PER segments.</summary>
    public List<Contact> Contacts { get; } = [];
    /// <summary>DTP segments (2330B adjudication date).</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>Segments of the loop this model does not type, kept for round trip.</summary>
    public List<X12Segment> OtherSegments { get; } = [];

    /// <summary>The NPI when NM108 is XX.</summary>
    public string? Npi => IdQualifier == "XX" ? Id : null;

    /// <summary>The birth date parsed from DMG02.</summary>
    public DateOnly? BirthDate => Demographics is { } d ? X12Values.ParseDate(d.BirthDate) : null;

    /// <summary>A person.</summary>
    public static Party837 Person(string entityCode, string last, string? first, string? idQualifier, string? id) =>
        new() { EntityCode = entityCode, EntityType = "1", LastOrOrganizationName = last, FirstName = first, IdQualifier = idQualifier, Id = id };

    /// <summary>An organisation.</summary>
    public static Party837 Organization(string entityCode, string name, string? idQualifier, string? id) =>
        new() { EntityCode = entityCode, EntityType = "2", LastOrOrganizationName = name, IdQualifier = idQualifier, Id = id };
}
