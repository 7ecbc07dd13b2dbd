namespace Claimsmith.Coding.Guidelines;

/// <summary>The guideline citations shown in rationales.</summary>
internal static class GuidelineText
{
    public const string Specificity = "I.B.7: most specific code the documentation supports";
    public const string SeventhCharacter = "I.C.19.a: 7th character for the episode of care";
    public const string Negated = "I.B.4/IV.D: a negated finding is not coded";
    public const string Family = "I.C.21.c.4: family history is coded with Z80-Z84, not as the patient's condition";
    public const string Historical = "I.C.21.c.4: resolved conditions are coded as personal history (Z85-Z87)";
    public const string Hypothetical = "IV.D: conditions that are only possible in the future are not coded";
    public const string UncertainInpatient = "II.H/III.C: uncertain diagnosis at discharge coded as if established (inpatient)";
    public const string UncertainOutpatient = "IV.H: uncertain diagnosis not coded in the outpatient setting; code the signs and symptoms";
    public const string DiabetesCombination = "I.C.4.a/I.A.15: diabetes 'with' its complication is one combination code";
    public const string HypertensionHeart = "I.C.9.a.1: hypertension with heart disease (I11), causal link presumed";
    public const string HypertensionCkd = "I.C.9.a.2: hypertensive chronic kidney disease (I12), causal link presumed";
    public const string HypertensionHeartCkd = "I.C.9.a.3: hypertensive heart and chronic kidney disease (I13)";
    public const string CodeFirst = "I.A.12/I.A.13: code first / use additional code sequencing";
    public const string SexEdit = "Sex edit: code valid for the other sex only";
}
