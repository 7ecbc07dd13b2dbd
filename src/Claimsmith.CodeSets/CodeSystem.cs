namespace Claimsmith.CodeSets;

/// <summary>The code systems a <see cref="Snapshot.CodeSetSnapshot"/> knows.</summary>
public enum CodeSystem : byte
{
    /// <summary>ICD-10-CM diagnoses (including chapters and sections of the Tabular List).</summary>
    Icd10Cm = 0,

    /// <summary>ICD-10-PCS inpatient procedures.</summary>
    Icd10Pcs = 1,

    /// <summary>HCPCS: Level I (CPT, five digits or four digits and F/T/U) and Level II (letter and four digits).</summary>
    Hcpcs = 2,

    /// <summary>CPT and HCPCS Level II modifiers.</summary>
    Modifier = 3,

    /// <summary>CMS place-of-service codes.</summary>
    PlaceOfService = 4,

    /// <summary>Claim adjustment reason codes (X12 CARC).</summary>
    Carc = 5,

    /// <summary>Remittance advice remark codes (X12 RARC).</summary>
    Rarc = 6,

    /// <summary>Claim adjustment group codes (CO, PR, OA, PI, CR).</summary>
    AdjustmentGroup = 7,
}
