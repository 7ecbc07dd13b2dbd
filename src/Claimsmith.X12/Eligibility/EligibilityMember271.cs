using Claimsmith.X12.Common;

namespace Claimsmith.X12.Eligibility;

/// <summary>Loop 2000C/2000D of a 271: the subscriber or dependent with their benefits.</summary>
public sealed class EligibilityMember271
{
    /// <summary>HL03: 22 subscriber, 23 dependent.</summary>
    public required string LevelCode { get; set; }
    /// <summary>NM103.</summary>
    public string? LastName { get; set; }
    /// <summary>NM104.</summary>
    public string? FirstName { get; set; }
    /// <summary>NM109 member id.</summary>
    public string? MemberId { get; set; }
    /// <summary>N3/N4.</summary>
    public Address? Address { get; set; }
    /// <summary>DMG02 birth date.</summary>
    public DateOnly? BirthDate { get; set; }
    /// <summary>DMG03 gender.</summary>
    public string? Gender { get; set; }
    /// <summary>TRN02 traces (the inquiry's trace echoed, and the payer's own).</summary>
    public List<string> Traces { get; } = [];
    /// <summary>REF: 18 plan number, 6P group number, ...</summary>
    public List<Reference> References { get; } = [];
    /// <summary>DTP: 346 plan begin, 347 plan end, 356 eligibility begin, 291 plan date, ...</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>AAA rejections at this level.</summary>
    public List<RequestRejection> Rejections { get; } = [];
    /// <summary>EB benefits.</summary>
    public List<EligibilityBenefit> Benefits { get; } = [];

    /// <summary>Whether an EB*1 (active coverage) is present.</summary>
    public bool HasActiveCoverage => Benefits.Any(b => b.InformationCode == "1");
}
