namespace Claimsmith.Edits.Findings;

/// <summary>The stable identifiers of the built-in edits (payer rules use their own ids).</summary>
public static class RuleIds
{
#pragma warning disable CS1591 // each constant's name says what it is; the messages explain them
    // ICD-10-CM
    public const string DxInvalidShape = "dx.invalid-shape";
    public const string DxUnknown = "dx.unknown";
    public const string DxNotValidForDate = "dx.not-valid-for-date";
    public const string DxHeader = "dx.header-code";
    public const string DxMissingSeventh = "dx.missing-7th-character";
    public const string DxInvalidSeventh = "dx.invalid-7th-character";
    public const string DxExcludes1 = "dx.excludes1";
    public const string DxManifestationFirst = "dx.manifestation-first";
    public const string DxMissingEtiology = "dx.manifestation-without-etiology";
    public const string DxExternalCauseFirst = "dx.external-cause-first";
    public const string DxUseAdditional = "dx.use-additional-code";
    public const string DxAgeNewborn = "dx.age-newborn";
    public const string DxAgePediatric = "dx.age-pediatric";
    public const string DxAgeMaternity = "dx.age-maternity";
    public const string DxAgeAdult = "dx.age-adult";
    public const string DxSex = "dx.sex-conflict";
    public const string DxUnspecified = "dx.unspecified";
    public const string DxDuplicate = "dx.duplicate";
    public const string DxPoaInvalid = "dx.poa-invalid";

    // Procedures
    public const string ProcUnknown = "proc.unknown";
    public const string ProcNotValidForDate = "proc.not-valid-for-date";
    public const string ProcNotPayable = "proc.fee-status";
    public const string NcciPtp = "ncci.ptp";
    public const string NcciPtpBypassed = "ncci.ptp-bypassed";
    public const string NcciMueLine = "ncci.mue-line";
    public const string NcciMueDay = "ncci.mue-date-of-service";
    public const string ModUnknown = "mod.unknown";
    public const string ModLeftRight = "mod.lt-with-rt";
    public const string ModProfTechnical = "mod.26-with-tc";
    public const string ModPcTcNotAllowed = "mod.pctc-not-applicable";
    public const string ModBilateralNotAllowed = "mpfs.bilateral-50-not-allowed";
    public const string ModBilateralUnits = "mpfs.bilateral-units";
    public const string MultipleProcedures = "mpfs.multiple-procedures";
    public const string AssistantNotAllowed = "mpfs.assistant-not-allowed";
    public const string AssistantDocumentation = "mpfs.assistant-documentation";
    public const string CoSurgeonNotAllowed = "mpfs.co-surgeon-not-allowed";
    public const string TeamNotAllowed = "mpfs.team-not-allowed";
    public const string GlobalSameDayEm = "mpfs.global-same-day-em";
    public const string GlobalPostOpEm = "mpfs.global-postoperative-em";

    // Completeness and consistency
    public const string MissingField = "claim.missing";
    public const string NpiInvalid = "claim.npi-invalid";
    public const string TaxonomyInvalid = "claim.taxonomy-invalid";
    public const string TaxonomyMissing = "claim.taxonomy-missing";
    public const string PointerInvalid = "claim.pointer-invalid";
    public const string PointerMissing = "claim.pointer-missing";
    public const string DateFuture = "claim.date-in-future";
    public const string DateBeforeBirth = "claim.date-before-birth";
    public const string DateOutsideCoverage = "claim.date-outside-coverage";
    public const string PosInvalid = "claim.pos-invalid";
    public const string TypeOfBillInvalid = "claim.type-of-bill-invalid";
    public const string RevenueCodeInvalid = "claim.revenue-code-invalid";
    public const string UnitsInvalid = "claim.units-invalid";
    public const string ChargeInvalid = "claim.charge-invalid";
    public const string TotalMismatch = "claim.total-mismatch";
    public const string NdcInvalid = "claim.ndc-invalid";
    public const string TooManyDiagnoses = "claim.too-many-diagnoses";
    public const string OriginalReferenceMissing = "claim.original-reference-missing";
    public const string Duplicate = "claim.duplicate";
    public const string TimelyFiling = "claim.timely-filing";
#pragma warning restore CS1591
}
