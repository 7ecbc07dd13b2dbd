namespace Claimsmith.CodeSets.Fees;

/// <summary>
/// One row of the Medicare Physician Fee Schedule relative value file: a code and modifier with
/// its RVUs and payment indicators (the scrubber reads the indicators: global days, multiple
/// procedure, bilateral, assistant, co-surgeon, team, PC/TC, status).
/// </summary>
public sealed record FeeScheduleItem
{
    /// <summary>The HCPCS/CPT code.</summary>
    public required string Code { get; init; }

    /// <summary>Modifier of the row (empty for the global service; <c>26</c>, <c>TC</c>, <c>53</c>).</summary>
    public required string Modifier { get; init; }

    /// <summary>HCPCS Level II short description (CPT descriptors are not in the CMS public file).</summary>
    public string? Description { get; init; }

    /// <summary>Status code (A active, B bundled, C carrier priced, I not valid for Medicare, R restricted, T injections, X statutory exclusion, ...).</summary>
    public required string Status { get; init; }

    /// <summary>Work RVU.</summary>
    public decimal WorkRvu { get; init; }

    /// <summary>Non-facility practice expense RVU.</summary>
    public decimal NonFacilityPeRvu { get; init; }

    /// <summary>Facility practice expense RVU.</summary>
    public decimal FacilityPeRvu { get; init; }

    /// <summary>Malpractice RVU.</summary>
    public decimal MalpracticeRvu { get; init; }

    /// <summary>Total non-facility RVUs as printed.</summary>
    public decimal NonFacilityTotal { get; init; }

    /// <summary>Total facility RVUs as printed.</summary>
    public decimal FacilityTotal { get; init; }

    /// <summary>True when the non-facility PE RVU is not applicable (NA indicator).</summary>
    public bool NonFacilityNotApplicable { get; init; }

    /// <summary>True when the facility PE RVU is not applicable (NA indicator).</summary>
    public bool FacilityNotApplicable { get; init; }

    /// <summary>The conversion factor in the row.</summary>
    public decimal ConversionFactor { get; init; }

    /// <summary>PC/TC indicator (0-9).</summary>
    public char PcTcIndicator { get; init; }

    /// <summary>Global surgery days: 000, 010, 090, MMM, XXX, YYY, ZZZ.</summary>
    public required string GlobalDays { get; init; }

    /// <summary>Pre-operative share of the global package.</summary>
    public decimal PreOperative { get; init; }

    /// <summary>Intra-operative share of the global package.</summary>
    public decimal IntraOperative { get; init; }

    /// <summary>Post-operative share of the global package.</summary>
    public decimal PostOperative { get; init; }

    /// <summary>Multiple procedure indicator (modifier 51 rules; 0-7, 9).</summary>
    public char MultipleProcedure { get; init; }

    /// <summary>Bilateral surgery indicator (modifier 50; 0-3, 9).</summary>
    public char Bilateral { get; init; }

    /// <summary>Assistant at surgery indicator (modifiers 80/81/82/AS; 0-2, 9).</summary>
    public char AssistantSurgery { get; init; }

    /// <summary>Co-surgeon indicator (modifier 62; 0-2, 9).</summary>
    public char CoSurgeon { get; init; }

    /// <summary>Team surgery indicator (modifier 66; 0-2, 9).</summary>
    public char TeamSurgery { get; init; }

    /// <summary>Endoscopic base code, when the code is in an endoscopic family.</summary>
    public string? EndoscopicBase { get; init; }

    /// <summary>Physician supervision of diagnostic procedures indicator.</summary>
    public string? PhysicianSupervision { get; init; }

    /// <summary>Diagnostic imaging family indicator.</summary>
    public string? ImagingFamily { get; init; }
}
