namespace Claimsmith.Coding.Guidelines;

/// <summary>
/// Replaces separately found conditions by the classification's combination codes
/// (diabetes with complications E08-E13 .2x/.3x/.4x/.5x/.6x; hypertension with heart
/// disease I11, with CKD I12, with both I13). Works on dotless codes; returns what was
/// added, what was removed, and the guideline for each addition.
/// </summary>
internal static class CombinationRules
{
    public sealed record Change(string Added, IReadOnlyList<string> From, IReadOnlyList<string> Removed, string Guideline);

    public static List<Change> Apply(IReadOnlyCollection<string> codes)
    {
        var changes = new List<Change>();
        var set = new HashSet<string>(codes, StringComparer.Ordinal);

        var dm = set.FirstOrDefault(c => c.StartsWith("E11", StringComparison.Ordinal)) ??
                 set.FirstOrDefault(c => c.StartsWith("E10", StringComparison.Ordinal));
        if (dm is not null)
        {
            var family = dm[..3];
            void Combine(Func<string, bool> complication, string suffix, bool keepComplication)
            {
                var found = set.Where(complication).ToList();
                if (found.Count == 0)
                {
                    return;
                }

                var added = family + suffix;
                var removed = new List<string>();
                foreach (var c in set.Where(c => c.StartsWith(family, StringComparison.Ordinal) && (c == family + "9" || c.Length <= 3)))
                {
                    removed.Add(c);
                }

                if (!keepComplication)
                {
                    removed.AddRange(found);
                }

                foreach (var r in removed)
                {
                    set.Remove(r);
                }

                set.Add(added);
                changes.Add(new Change(added, [dm, .. found], removed, GuidelineText.DiabetesCombination));
            }

            // "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)": N18 stays.
            Combine(c => c.StartsWith("N18", StringComparison.Ordinal), "22", keepComplication: true);
            Combine(c => c is "G629" or "G609" or "G6289" or "G64", "40", keepComplication: false);
            Combine(c => c is "G620" or "G6281" or "G63", "42", keepComplication: false);
            Combine(c => c.StartsWith("H3500", StringComparison.Ordinal) || c == "H3609", "319", keepComplication: false);
            Combine(c => c == "R739" || c == "R7309", "65", keepComplication: false);
            Combine(c => c == "E162" || c == "E1621", "649", keepComplication: false);
            Combine(c => c == "K3184", "43", keepComplication: true);
            Combine(c => c.StartsWith("L97", StringComparison.Ordinal), "621", keepComplication: true);
            Combine(c => c == "I739", "51", keepComplication: false);
            Combine(c => c.StartsWith("N0", StringComparison.Ordinal) && c.Length >= 3 && c[2] is '4' or '5', "21", keepComplication: false);
        }

        if (set.Contains("I10"))
        {
            var hf = set.Where(c => c.StartsWith("I50", StringComparison.Ordinal)).ToList();
            var heart = set.Where(c => c.StartsWith("I51", StringComparison.Ordinal) && c is "I514" or "I515" or "I517" or "I5189" or "I519").ToList();
            var ckd = set.Where(c => c.StartsWith("N18", StringComparison.Ordinal)).ToList();
            var late = ckd.Any(c => c is "N185" or "N186");
            string? added = null;
            string guideline = "";
            List<string> from = [];
            if ((hf.Count > 0 || heart.Count > 0) && ckd.Count > 0)
            {
                added = hf.Count > 0 ? (late ? "I132" : "I130") : (late ? "I1311" : "I1310");
                guideline = GuidelineText.HypertensionHeartCkd;
                from = [.. hf, .. heart, .. ckd];
            }
            else if (hf.Count > 0 || heart.Count > 0)
            {
                added = hf.Count > 0 ? "I110" : "I119";
                guideline = GuidelineText.HypertensionHeart;
                from = [.. hf, .. heart];
            }
            else if (ckd.Count > 0)
            {
                added = late ? "I120" : "I129";
                guideline = GuidelineText.HypertensionCkd;
                from = ckd;
            }

            if (added is not null)
            {
                // The heart failure type (I50.-) and the CKD stage (N18.-) stay as additional codes.
                set.Remove("I10");
                set.Add(added);
                changes.Add(new Change(added, ["I10", .. from], ["I10"], guideline));
            }
        }

        return changes;
    }
}
