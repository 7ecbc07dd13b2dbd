namespace Claimsmith.Billing;

/// <summary>Computes coding accuracy of reviewed charts (<see cref="AccuracyReport"/>).</summary>
public static class QualityAccuracy
{
    /// <summary>The industry's accuracy standard for coding: 95% (AHIMA/ACDIS audit practice).</summary>
    public const decimal Standard = 0.95m;

    /// <summary>Accuracy over <paramref name="charts"/>, ratios to four decimals (half away from zero).</summary>
    public static AccuracyReport Compute(IEnumerable<ReviewedChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToList();
        var perCode = new SortedDictionary<string, (int Agreed, int Missed, int Extra)>(StringComparer.Ordinal);
        var differences = new List<CodeDifference>();
        int agreedTotal = 0, total = 0, correct = 0;
        foreach (var chart in list)
        {
            var agreed = chart.CoderCodes.Intersect(chart.ReviewerCodes, StringComparer.Ordinal).ToList();
            var missed = chart.ReviewerCodes.Except(chart.CoderCodes, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var extra = chart.CoderCodes.Except(chart.ReviewerCodes, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            agreedTotal += agreed.Count;
            total += agreed.Count + missed.Count + extra.Count;
            if (missed.Count == 0 && extra.Count == 0)
            {
                correct++;
            }

            foreach (var c in agreed)
            {
                var v = perCode.GetValueOrDefault(c);
                perCode[c] = (v.Agreed + 1, v.Missed, v.Extra);
            }

            foreach (var c in missed)
            {
                var v = perCode.GetValueOrDefault(c);
                perCode[c] = (v.Agreed, v.Missed + 1, v.Extra);
            }

            foreach (var c in extra)
            {
                var v = perCode.GetValueOrDefault(c);
                perCode[c] = (v.Agreed, v.Missed, v.Extra + 1);
            }

            // Pair a missed and an extra code of the same category as one change, for feedback
            // ("E11.9 should have been E11.65"); the counts above are unaffected.
            var unpairedExtra = new List<string>(extra);
            foreach (var m in missed)
            {
                var partner = unpairedExtra.FirstOrDefault(x => x.Length >= 3 && m.Length >= 3 && string.CompareOrdinal(x, 0, m, 0, 3) == 0);
                if (partner is not null)
                {
                    unpairedExtra.Remove(partner);
                    differences.Add(new CodeDifference(chart.EncounterId, CodeDifferenceKind.Changed, partner, m));
                }
                else
                {
                    differences.Add(new CodeDifference(chart.EncounterId, CodeDifferenceKind.Missed, null, m));
                }
            }

            differences.AddRange(unpairedExtra.Select(x => new CodeDifference(chart.EncounterId, CodeDifferenceKind.Extra, x, null)));
        }

        var codeAccuracy = Ratio(agreedTotal, total);
        return new AccuracyReport
        {
            ChartsReviewed = list.Count,
            ChartsCorrect = correct,
            ChartAccuracy = Ratio(correct, list.Count),
            CodesAgreed = agreedTotal,
            CodesTotal = total,
            CodeAccuracy = codeAccuracy,
            MeetsStandard = total > 0 && codeAccuracy >= Standard,
            PerCode = [.. perCode.Select(p => new CodeAccuracy(p.Key, p.Value.Agreed, p.Value.Missed, p.Value.Extra, Ratio(p.Value.Agreed, p.Value.Agreed + p.Value.Missed + p.Value.Extra)))],
            Differences = differences,
        };
    }

    private static decimal Ratio(int part, int whole) => whole == 0 ? 0m : InvoiceCalculator.Round((decimal)part / whole, 4);
}
