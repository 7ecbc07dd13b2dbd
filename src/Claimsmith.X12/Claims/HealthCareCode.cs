using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// One HI composite (C022): a diagnosis, procedure, occurrence, value or condition code. The
/// qualifier tells the code list: ABK/ABF/ABJ/APR/ABN ICD-10-CM diagnoses (BK/BF/BJ/PR/BN for
/// ICD-9), BBR/BBQ ICD-10-PCS procedures, BH occurrence, BI occurrence span, BE value, BG
/// condition, BP/BO anesthesia-related procedures, DR DRG.
/// </summary>
/// <param name="Qualifier">C022-01.</param>
/// <param name="Code">C022-02.</param>
public sealed record HealthCareCode(string Qualifier, string Code)
{
    /// <summary>C022-03 date format (D8/RD8).</summary>
    public string? DateFormat { get; init; }
    /// <summary>C022-04 date or range.</summary>
    public string? Date { get; init; }
    /// <summary>C022-05 amount (value codes).</summary>
    public decimal? Amount { get; init; }
    /// <summary>C022-06 quantity.</summary>
    public decimal? Quantity { get; init; }
    /// <summary>C022-09 present-on-admission indicator (837I diagnoses: Y, N, U, W, 1).</summary>
    public string? PresentOnAdmission { get; init; }

    /// <summary>An ICD-10-CM principal diagnosis (ABK). Codes are written without the dot.</summary>
    public static HealthCareCode Principal(string icd10) => new("ABK", icd10.Replace(".", string.Empty, StringComparison.Ordinal));

    /// <summary>An ICD-10-CM other diagnosis (ABF).</summary>
    public static HealthCareCode Other(string icd10) => new("ABF", icd10.Replace(".", string.Empty, StringComparison.Ordinal));

    /// <summary>Whether this is a diagnosis (ICD-10 or ICD-9), the codes service lines point at.</summary>
    public bool IsDiagnosis => Qualifier is "ABK" or "ABF" or "BK" or "BF";

    internal string ToComposite() => X12Segment.Composite(
        Qualifier, Code, DateFormat, Date, Common.X12Values.Money(Amount), Common.X12Values.Money(Quantity), null, null, PresentOnAdmission);

    internal static HealthCareCode FromComposite(X12Segment seg, int position)
    {
        string? Part(int c) => seg.Component(position, c) is { Length: > 0 } s ? s : null;
        return new HealthCareCode(Part(1) ?? string.Empty, Part(2) ?? string.Empty)
        {
            DateFormat = Part(3),
            Date = Part(4),
            Amount = Common.X12Values.ParseDecimal(Part(5)),
            Quantity = Common.X12Values.ParseDecimal(Part(6)),
            PresentOnAdmission = Part(9),
        };
    }
}
