namespace Claimsmith.Edits.Internal;

/// <summary>Age groups of the Medicare Code Editor's age-conflict edits.</summary>
[Flags]
internal enum AgeGroup : byte
{
    None = 0,

    /// <summary>Age 0 only.</summary>
    Newborn = 1,

    /// <summary>Ages 0-17.</summary>
    Pediatric = 2,

    /// <summary>Ages 9-64.</summary>
    Maternity = 4,

    /// <summary>Ages 15-124.</summary>
    Adult = 8,
}

/// <summary>
/// Age and sex conflict definitions, written from the code ranges of CMS's Medicare Code
/// Editor (MCE) edits 3 and 4 (age conflict: newborn 0, pediatric 0-17, maternity 9-64,
/// adult 15-124; sex conflict: diagnoses for one sex only). These are the ranges of whole
/// chapters, blocks and categories the MCE lists; the MCE's single-code entries are not all
/// carried here.
/// </summary>
internal static class AgeSexRules
{
    // Newborn: perinatal conditions (chapter 16 P00-P96), liveborn infants (Z38), observation of newborn (Z05).
    private static readonly (string From, string To)[] Newborn = [("P00", "P96"), ("Z38", "Z38"), ("Z05", "Z05")];

    // Pediatric: routine child health examination (Z00.1-), health supervision of infant or child (Z76.1, Z76.2).
    private static readonly (string From, string To)[] Pediatric = [("Z001", "Z001"), ("Z761", "Z762")];

    // Maternity: pregnancy, childbirth and the puerperium (O00-O9A), pregnant state (Z33.1, Z33.3),
    // supervision of pregnancy (Z34), antenatal screening (Z36), outcome of delivery (Z37),
    // postpartum care (Z39), weeks of gestation (Z3A).
    private static readonly (string From, string To)[] Maternity = [("O00", "O9A"), ("Z331", "Z331"), ("Z333", "Z333"), ("Z34", "Z34"), ("Z36", "Z37"), ("Z39", "Z39"), ("Z3A", "Z3A")];

    // Adult: general adult medical examination (Z00.0-).
    private static readonly (string From, string To)[] Adult = [("Z000", "Z000")];

    // Female only: pregnancy (as maternity), female pelvic and genital disorders (N70-N98),
    // malignant neoplasms of female genital organs (C51-C58), carcinoma in situ (D06, D07.0-D07.3),
    // benign neoplasms of uterus and ovary (D25-D28), gynecological examination (Z01.41-),
    // cervical cancer screening (Z12.4), postpartum and pregnancy Z codes.
    private static readonly (string From, string To)[] Female =
        [("O00", "O9A"), ("N70", "N98"), ("C51", "C58"), ("D06", "D06"), ("D070", "D073"), ("D25", "D28"), ("Z0141", "Z0141"), ("Z124", "Z124"), ("Z331", "Z331"), ("Z333", "Z333"), ("Z34", "Z34"), ("Z36", "Z37"), ("Z39", "Z39"), ("Z3A", "Z3A")];

    // Male only: diseases of male genital organs (N40-N53), malignant neoplasms of male genital
    // organs (C60-C63), carcinoma in situ of male genital organs (D07.4-D07.6), benign neoplasm of
    // male genital organs (D29), prostate cancer screening (Z12.5), elevated PSA (R97.2-).
    private static readonly (string From, string To)[] Male =
        [("N40", "N53"), ("C60", "C63"), ("D074", "D076"), ("D29", "D29"), ("Z125", "Z125"), ("R972", "R972")];

    public static AgeGroup AgeOf(string dotless)
    {
        var g = AgeGroup.None;
        if (In(Newborn, dotless))
        {
            g |= AgeGroup.Newborn;
        }

        if (In(Pediatric, dotless))
        {
            g |= AgeGroup.Pediatric;
        }

        if (In(Maternity, dotless))
        {
            g |= AgeGroup.Maternity;
        }

        if (In(Adult, dotless))
        {
            g |= AgeGroup.Adult;
        }

        return g;
    }

    /// <summary>'F', 'M' or '\0'.</summary>
    public static char SexOf(string dotless) => In(Female, dotless) ? 'F' : In(Male, dotless) ? 'M' : '\0';

    private static bool In((string From, string To)[] ranges, string code)
    {
        foreach (var (from, to) in ranges)
        {
            var len = from.Length;
            var head = code.Length > len ? code.AsSpan(0, len) : code.AsSpan();
            if (head.CompareTo(from, StringComparison.Ordinal) >= 0 && head.CompareTo(to, StringComparison.Ordinal) <= 0)
            {
                return true;
            }
        }

        return false;
    }
}
