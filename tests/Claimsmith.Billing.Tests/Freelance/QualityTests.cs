using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class QualityTests
{
    private static readonly Guid[] Charts = [.. Enumerable.Range(1, 200).Select(i => new Guid(i, 0, 0, new byte[8]))];

    [Fact]
    public void Sample_IsReproducible_AndIndependentOfOrder()
    {
        var first = QualitySampler.Sample(Charts, seed: 20260301, size: 10);
        var again = QualitySampler.Sample(Charts.Reverse(), seed: 20260301, size: 10);

        Assert.Equal(10, first.Count);
        Assert.Equal(first, again);
        Assert.Equal(10, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, Charts));
    }

    [Fact]
    public void Sample_OtherSeed_DrawsOtherCharts()
    {
        var a = QualitySampler.Sample(Charts, 1, 10);
        var b = QualitySampler.Sample(Charts, 2, 10);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Sample_IsSpreadOverTheCharts_NotTheFirstOnes()
    {
        // Over many seeds every chart is drawn sometimes and none far more often than its share (10/200 per draw).
        var counts = new int[Charts.Length];
        for (var seed = 0; seed < 400; seed++)
        {
            foreach (var id in QualitySampler.Sample(Charts, seed, 10))
            {
                counts[Array.IndexOf(Charts, id)]++;
            }
        }

        // Expected 20 each; binomial(400, 0.05) has sd ~4.4, so 0..45 is far outside chance.
        Assert.All(counts, c => Assert.InRange(c, 3, 45));
    }

    [Fact]
    public void Sample_FewerChartsThanAsked_TakesThemAll()
    {
        Assert.Equal(3, QualitySampler.Sample(Charts.Take(3), 7, 10).Count);
        Assert.Equal(5, QualitySampler.SizeFor(100, 5m, 3));
        Assert.Equal(3, QualitySampler.SizeFor(20, 5m, 3));
        Assert.Equal(2, QualitySampler.SizeFor(2, 5m, 3));
        Assert.Equal(6, QualitySampler.SizeFor(101, 5m, 3));
    }

    private static ReviewedChart Reviewed(int n, string coder, string reviewer, ChartType type = ChartType.Outpatient) =>
        new(Charts[n], type, CodeLists.Parse(coder), CodeLists.Parse(reviewer));

    [Fact]
    public void Accuracy_PerCodeAndPerChart_WithDifferences()
    {
        // Chart 1: same codes (3 agreed). Chart 2: E11.9 where the auditor has E11.65 (a change), I10
        // agreed. Chart 3: coder missed Z79.4, J45.909 agreed. Chart 4: coder added an extra R05.1, 4 agreed.
        var report = QualityAccuracy.Compute(
        [
            Reviewed(0, "E11.9,I10,Z79.84", "E119,I10,Z7984"),
            Reviewed(1, "E11.9,I10", "E11.65,I10"),
            Reviewed(2, "J45.909", "J45.909,Z79.4"),
            Reviewed(3, "M17.11,E66.9,Z68.30,I10,R05.1", "M17.11,E66.9,Z68.30,I10"),
        ]);

        // Agreed 3 + 1 + 1 + 4 = 9; total (agreed + missed + extra) = 3 + 3 + 2 + 5 = 13; 9/13 = 0.6923.
        Assert.Equal(4, report.ChartsReviewed);
        Assert.Equal(1, report.ChartsCorrect);
        Assert.Equal(0.25m, report.ChartAccuracy);
        Assert.Equal(9, report.CodesAgreed);
        Assert.Equal(13, report.CodesTotal);
        Assert.Equal(0.6923m, report.CodeAccuracy);
        Assert.False(report.MeetsStandard);

        var i10 = report.PerCode.Single(c => c.Code == "I10");
        Assert.Equal((3, 0, 0, 1m), (i10.Agreed, i10.Missed, i10.Extra, i10.Accuracy));
        var e119 = report.PerCode.Single(c => c.Code == "E119");
        Assert.Equal((1, 0, 1, 0.5m), (e119.Agreed, e119.Missed, e119.Extra, e119.Accuracy));

        Assert.Equal(
        [
            new CodeDifference(Charts[1], CodeDifferenceKind.Changed, "E119", "E1165"),
            new CodeDifference(Charts[2], CodeDifferenceKind.Missed, null, "Z794"),
            new CodeDifference(Charts[3], CodeDifferenceKind.Extra, "R051", null),
        ], report.Differences);
    }

    [Fact]
    public void Accuracy_ExactlyNinetyFivePercent_MeetsTheStandard()
    {
        // 19 charts with I10 agreed and one with a wrong code (E11.9 for E11.65): 19 of 21, below 95%.
        var charts = Enumerable.Range(0, 19).Select(i => Reviewed(i, "I10", "I10")).Append(Reviewed(19, "E11.9", "E11.65")).ToList();
        var ninetyFive = QualityAccuracy.Compute(charts);
        Assert.Equal(19, ninetyFive.CodesAgreed);
        Assert.Equal(21, ninetyFive.CodesTotal);
        Assert.False(ninetyFive.MeetsStandard);

        // 19 agreed of 20: the 20th chart has one code missed and nothing else.
        var exactly = QualityAccuracy.Compute(Enumerable.Range(0, 19).Select(i => Reviewed(i, "I10", "I10")).Append(Reviewed(19, "", "I10")));
        Assert.Equal(0.95m, exactly.CodeAccuracy);
        Assert.True(exactly.MeetsStandard);
        Assert.Equal(0.95m, exactly.ChartAccuracy);
    }

    [Fact]
    public void Accuracy_NothingReviewed_IsZeroAndNotMeetingTheStandard()
    {
        var report = QualityAccuracy.Compute([]);

        Assert.Equal(0, report.ChartsReviewed);
        Assert.False(report.MeetsStandard);
    }
}
