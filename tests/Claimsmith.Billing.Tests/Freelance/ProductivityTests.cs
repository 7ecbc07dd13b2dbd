using Claimsmith.Billing;
using Claimsmith.Coding.Decisions;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class ProductivityTests
{
    private static readonly Guid Client = Guid.CreateVersion7();
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);

    private static CodedChart Coded(Guid encounter, ChartType type, string codes, double arrivedHoursBefore, CodingLevel level = CodingLevel.Coder, int minute = 0) => new()
    {
        OrganizationId = Client,
        EncounterId = encounter,
        ChartType = type,
        Level = level,
        Coder = level == CodingLevel.Coder ? "coder" : "reviewer",
        Codes = codes,
        CodedAt = T0.AddMinutes(minute),
        DocumentArrivedAt = T0.AddMinutes(minute).AddHours(-arrivedHoursBefore),
    };

    [Fact]
    public void ChartsPerHour_ByType_AcceptanceRate_ReviewChanges_Turnaround()
    {
        var o1 = Guid.CreateVersion7();
        var o2 = Guid.CreateVersion7();
        var o3 = Guid.CreateVersion7();
        var ip = Guid.CreateVersion7();
        CodedChart[] charts =
        [
            Coded(o1, ChartType.Outpatient, "I10,E119", 2),
            Coded(o2, ChartType.Outpatient, "J45909", 4),
            Coded(o3, ChartType.Outpatient, "R051", 6),
            Coded(ip, ChartType.Inpatient, "I214,I10,E785", 24),
            Coded(o1, ChartType.Outpatient, "I10,E119", 1, minute: 30), // a second save of o1 is not a second chart
        ];
        CodedChart[] reviews =
        [
            Coded(o1, ChartType.Outpatient, "I10,E1165", 0, CodingLevel.SecondLevelReview), // one changed: 2 codes differ
            Coded(ip, ChartType.Inpatient, "I214,I10,E785", 0, CodingLevel.SecondLevelReview), // no change
        ];
        // 30 min on outpatient charts (3 charts -> 6 per hour), 60 min on the inpatient one (1 per hour).
        WorkInterval[] intervals =
        [
            new(Client, o1, null, "coding", T0, T0.AddMinutes(10)),
            new(Client, o2, null, "coding", T0.AddMinutes(10), T0.AddMinutes(20)),
            new(Client, o3, null, "coding", T0.AddMinutes(20), T0.AddMinutes(30)),
            new(Client, ip, null, "coding", T0.AddMinutes(30), T0.AddMinutes(90)),
            new(Client, null, null, "worklist", T0.AddMinutes(90), T0.AddMinutes(96)),
        ];
        var doc = Guid.CreateVersion7();
        CodingDecision[] decisions =
        [
            new() { DocumentId = doc, SuggestedCode = "I10", Kind = DecisionKind.Accepted, FinalCode = "I10", Coder = "coder", DecidedAt = T0 },
            new() { DocumentId = doc, SuggestedCode = "E119", Kind = DecisionKind.Rejected, Coder = "coder", DecidedAt = T0 },
            new() { DocumentId = doc, SuggestedCode = "E119", Kind = DecisionKind.Accepted, FinalCode = "E119", Coder = "coder", DecidedAt = T0.AddMinutes(1) }, // replaces the rejection
            new() { DocumentId = doc, SuggestedCode = "J449", Kind = DecisionKind.Changed, FinalCode = "J4541", Coder = "coder", DecidedAt = T0 },
            new() { DocumentId = doc, SuggestedCode = "", Kind = DecisionKind.Added, FinalCode = "Z794", Coder = "coder", DecidedAt = T0 }, // not a suggestion
        ];

        var report = Productivity.Compute(charts, reviews, intervals, manualSeconds: 1800, decisions);

        Assert.Equal(4, report.ChartsCoded);
        var outpatient = report.ByChartType.Single(t => t.Type == ChartType.Outpatient);
        Assert.Equal((3, 0.50m, 6.00m), (outpatient.Charts, outpatient.Hours, outpatient.ChartsPerHour!.Value));
        var inpatient = report.ByChartType.Single(t => t.Type == ChartType.Inpatient);
        Assert.Equal((1, 1.00m, 1.00m), (inpatient.Charts, inpatient.Hours, inpatient.ChartsPerHour!.Value));
        Assert.DoesNotContain(report.ByChartType, t => t.Type == ChartType.Surgery);
        // 4 charts in 1.5 h of chart time; hours 96 min captured + 30 manual = 2.10 h.
        Assert.Equal(2.67m, report.ChartsPerHour);
        Assert.Equal(2.10m, report.Hours);

        Assert.Equal(3, report.SuggestionsDecided);
        Assert.Equal(2, report.SuggestionsAccepted);
        Assert.Equal(0.6667m, report.AcceptanceRate);

        Assert.Equal(2, report.ChartsSecondLevelReviewed);
        Assert.Equal(1, report.ChartsChangedByReview);
        Assert.Equal(2, report.CodesChangedByReview);

        // Turnaround of the first record per chart: 2, 4, 6, 24 hours -> mean 9, median 5.
        Assert.Equal(9.00m, report.AverageTurnaroundHours);
        Assert.Equal(5.00m, report.MedianTurnaroundHours);
    }

    [Fact]
    public void NothingRecorded_GivesNullRates()
    {
        var report = Productivity.Compute([], [], [], 0, []);

        Assert.Equal(0, report.ChartsCoded);
        Assert.Null(report.ChartsPerHour);
        Assert.Null(report.AcceptanceRate);
        Assert.Null(report.AverageTurnaroundHours);
    }
}
