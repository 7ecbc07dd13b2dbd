namespace Claimsmith.X12.Eligibility;

/// <summary>The subscriber or dependent an eligibility inquiry (270) asks about.</summary>
public sealed class EligibilityPerson
{
    /// <summary>NM103 last name.</summary>
    public required string LastName { get; set; }
    /// <summary>NM104 first name.</summary>
    public string? FirstName { get; set; }
    /// <summary>NM105 middle name.</summary>
    public string? MiddleName { get; set; }
    /// <summary>NM109 member id (NM108 = MI); dependents usually have none.</summary>
    public string? MemberId { get; set; }
    /// <summary>TRN02 trace number the payer echoes in the 271.</summary>
    public string? TraceNumber { get; set; }
    /// <summary>TRN03 trace assigning entity (1 + tax id or the submitter's id).</summary>
    public string? TraceOriginator { get; set; }
    /// <summary>DMG02 birth date.</summary>
    public DateOnly? BirthDate { get; set; }
    /// <summary>DMG03 gender (F, M, U).</summary>
    public string? Gender { get; set; }
    /// <summary>INS02 relationship to subscriber for a dependent (01 spouse, 19 child, 34 other adult).</summary>
    public string? RelationshipCode { get; set; }
    /// <summary>DTP*291 plan date (a service date); null for today at the payer.</summary>
    public DateOnly? ServiceDate { get; set; }
    /// <summary>DTP*291 range end when a range is asked.</summary>
    public DateOnly? ServiceDateEnd { get; set; }
    /// <summary>EQ01 service type codes (30 health benefit plan coverage, 1 medical care, 33 chiropractic, 98 office visit, ...).</summary>
    public List<string> ServiceTypes { get; } = [];
}
