using Claimsmith.Coding.Decisions;

namespace Claimsmith.Coding.Tests.Decisions;

public sealed class DecisionMetricsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Acceptance_precision_and_recall_per_code()
    {
        var decisions = new[]
        {
            CoderDecision.Accept("d1", "I10", "ann", T0),
            CoderDecision.Accept("d2", "I10", "ann", T0),
            CoderDecision.Reject("d3", "I10", "ann", T0),
            CoderDecision.Change("d4", "I10", "I11.9", "ann", T0),
            CoderDecision.Add("d5", "I10", "ann", T0),
            CoderDecision.Accept("d4", "I11.9", "ann", T0.AddMinutes(1)),
        };
        var stats = DecisionMetrics.PerCode(decisions).ToDictionary(s => s.Code);

        var i10 = stats["I10"];
        Assert.Equal(4, i10.Suggested);
        Assert.Equal(2, i10.Accepted);
        Assert.Equal(3, i10.Reported); // two accepted, one added by the coder
        Assert.Equal(0.5, i10.AcceptanceRate, 6);
        Assert.Equal(0.5, i10.Precision, 6);
        Assert.Equal(2.0 / 3, i10.Recall, 6);

        var i119 = stats["I119"];
        Assert.Equal(1, i119.Suggested);
        Assert.Equal(1, i119.Accepted);
        Assert.Equal(2, i119.Reported); // the change to it and its own acceptance
        Assert.Equal(1.0, i119.Precision, 6);
        Assert.Equal(0.5, i119.Recall, 6);
    }

    [Fact]
    public void A_later_decision_replaces_an_earlier_one_on_the_same_suggestion()
    {
        var decisions = new[]
        {
            CoderDecision.Reject("d1", "E11.9", "ann", T0),
            CoderDecision.Accept("d1", "E119", "bob", T0.AddHours(1)),
        };
        var s = Assert.Single(DecisionMetrics.PerCode(decisions));
        Assert.Equal(1, s.Suggested);
        Assert.Equal(1.0, s.AcceptanceRate, 6);
    }

    [Fact]
    public void A_code_only_ever_added_has_no_precision_and_zero_recall()
    {
        var s = Assert.Single(DecisionMetrics.PerCode([CoderDecision.Add("d1", "N23", "ann", T0)]));
        Assert.Equal(0, s.Suggested);
        Assert.True(double.IsNaN(s.Precision));
        Assert.Equal(0.0, s.Recall, 6);
    }
}
