using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class InvoiceCalculatorTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);

    private static DateOnly Day(int d) => new(2026, 3, d);

    private static InvoiceInput Input(FreelanceContract[] contracts, BillableTime[]? time = null, BillableChart[]? charts = null, Collection[]? collections = null) => new()
    {
        PeriodStart = March1,
        PeriodEnd = March31,
        Contracts = contracts,
        Time = time ?? [],
        Charts = charts ?? [],
        Collections = collections ?? [],
    };

    private static BillableChart Chart(ChartType type, int day) => new(Guid.CreateVersion7(), type, Day(day));

    [Fact]
    public void Hourly_RoundsHoursToTheHundredth_ThenAmountToTheCent()
    {
        // 2 h 20 min 6 s = 8,406 s = 2.335 h -> 2.34 h (half away from zero); 2.34 x 47.50 = 111.15.
        var contract = new FreelanceContract { EffectiveFrom = March1, HourlyRate = Money.Of(47.50m) };
        var draft = InvoiceCalculator.Compute(Input([contract], time: [new(Day(3), 5000, "Coding time"), new(Day(4), 3406, "Coding time")]));

        var line = Assert.Single(draft.Lines);
        Assert.Equal(InvoiceLineKind.Hours, line.Kind);
        Assert.Equal(2.34m, line.Quantity);
        Assert.Equal(Money.Of(111.15m), line.Amount);
        Assert.Equal(Money.Of(111.15m), draft.Total);
        Assert.Empty(draft.Issues);
    }

    [Fact]
    public void Hourly_OneLinePerKindOfTime()
    {
        var contract = new FreelanceContract { EffectiveFrom = March1, HourlyRate = Money.Of(40m) };
        var draft = InvoiceCalculator.Compute(Input([contract], time: [new(Day(3), 3600, "Coding time"), new(Day(3), 1800, "Meeting"), new(Day(5), 900, "Meeting")]));

        Assert.Equal([("Coding time", 1.00m, 40.00m), ("Meeting", 0.75m, 30.00m)], draft.Lines.Select(l => (l.Description.Split(':')[0], l.Quantity, l.Amount.Amount)));
        Assert.Equal(Money.Of(70m), draft.Total);
    }

    [Fact]
    public void PerChart_TypeRates_AndDefaultForTheRest()
    {
        var contract = new FreelanceContract
        {
            EffectiveFrom = March1,
            PerChartRate = Money.Of(4.25m),
            InpatientChartRate = Money.Of(28.00m),
            SurgeryChartRate = Money.Of(12.40m),
        };
        BillableChart[] charts = [Chart(ChartType.Outpatient, 2), Chart(ChartType.Outpatient, 3), Chart(ChartType.Outpatient, 3), Chart(ChartType.EmergencyDepartment, 4), Chart(ChartType.Inpatient, 5), Chart(ChartType.Surgery, 6), Chart(ChartType.Surgery, 7)];

        var draft = InvoiceCalculator.Compute(Input([contract], charts: charts));

        // 3 x 4.25 = 12.75; 1 x 4.25 = 4.25 (ED at the default); 1 x 28.00; 2 x 12.40 = 24.80; total 69.80.
        Assert.Equal([(ChartType.Outpatient, 3m, 12.75m), (ChartType.EmergencyDepartment, 1m, 4.25m), (ChartType.Inpatient, 1m, 28.00m), (ChartType.Surgery, 2m, 24.80m)],
            draft.Lines.Select(l => (l.ChartType!.Value, l.Quantity, l.Amount.Amount)));
        Assert.Equal(Money.Of(69.80m), draft.Total);
    }

    [Fact]
    public void PerChart_TypeWithoutAnyRate_IsNotBilled()
    {
        var contract = new FreelanceContract { EffectiveFrom = March1, EmergencyChartRate = Money.Of(9m) };
        var draft = InvoiceCalculator.Compute(Input([contract], charts: [Chart(ChartType.Outpatient, 2), Chart(ChartType.EmergencyDepartment, 2)]));

        Assert.Equal(Money.Of(9m), draft.Total);
    }

    [Fact]
    public void Collections_PercentOfInsuranceAndPatientPayments_RoundedOnceOnTheTotal()
    {
        // Insurance 1,234.56 - 100.00 (a reversed payment) = 1,134.56; patients 65.44 + 0.01 = 65.45;
        // 1,200.01 x 6.5% = 78.00065 -> 78.00.
        var contract = new FreelanceContract { EffectiveFrom = March1, CollectionsPercent = 6.5m };
        var draft = InvoiceCalculator.Compute(Input([contract], collections:
        [
            new(Day(3), LedgerBucket.Insurance, Money.Of(1234.56m)),
            new(Day(9), LedgerBucket.Patient, Money.Of(65.44m)),
            new(Day(10), LedgerBucket.Insurance, Money.Of(-100.00m)),
            new(Day(11), LedgerBucket.Patient, Money.Of(0.01m)),
        ]));

        var line = Assert.Single(draft.Lines);
        Assert.Equal(1200.01m, line.Quantity);
        Assert.Equal(Money.Of(78.00m), line.Amount);

        // Three payments of 0.10 at 5%: each 0.005 would round to 0.01 (0.03 in all); once on 0.30 it is 0.015 -> 0.02.
        var small = InvoiceCalculator.Compute(Input([new FreelanceContract { EffectiveFrom = March1, CollectionsPercent = 5m }], collections:
            [new(Day(3), LedgerBucket.Insurance, Money.Of(0.10m)), new(Day(4), LedgerBucket.Insurance, Money.Of(0.10m)), new(Day(5), LedgerBucket.Patient, Money.Of(0.10m))]));
        Assert.Equal(Money.Of(0.02m), small.Total);
    }

    [Fact]
    public void MinimumFee_TopsUpTheSubtotal()
    {
        var contract = new FreelanceContract { EffectiveFrom = March1, PerChartRate = Money.Of(5m), MinimumMonthlyFee = Money.Of(500m) };
        var draft = InvoiceCalculator.Compute(Input([contract], charts: [Chart(ChartType.Outpatient, 2), Chart(ChartType.Outpatient, 3)]));

        Assert.Equal(Money.Of(10m), draft.Subtotal);
        Assert.Equal(Money.Of(490m), draft.MinimumFeeAdjustment);
        Assert.Equal(Money.Of(500m), draft.Total);
        Assert.Equal(InvoiceLineKind.MinimumFee, draft.Lines[^1].Kind);
        Assert.Equal(Money.Of(490m), draft.Lines[^1].Amount);
    }

    [Fact]
    public void MinimumFee_NoTopUp_WhenWorkExceedsIt()
    {
        var contract = new FreelanceContract { EffectiveFrom = March1, HourlyRate = Money.Of(50m), MinimumMonthlyFee = Money.Of(100m) };
        var draft = InvoiceCalculator.Compute(Input([contract], time: [new(Day(2), 3 * 3600, "Coding time")]));

        Assert.Equal(Money.Zero, draft.MinimumFeeAdjustment);
        Assert.Equal(Money.Of(150m), draft.Total);
        Assert.DoesNotContain(draft.Lines, l => l.Kind == InvoiceLineKind.MinimumFee);
    }

    [Fact]
    public void MinimumFee_AloneBillsTheMinimum_WhenNoWork()
    {
        var draft = InvoiceCalculator.Compute(Input([new FreelanceContract { EffectiveFrom = March1, MinimumMonthlyFee = Money.Of(250m) }]));

        Assert.Equal(Money.Of(250m), draft.Total);
    }

    [Fact]
    public void Combination_HourlyChartsAndCollections_AddUp()
    {
        var contract = new FreelanceContract
        {
            EffectiveFrom = March1,
            HourlyRate = Money.Of(35m),
            OutpatientChartRate = Money.Of(3.15m),
            CollectionsPercent = 4.25m,
            MinimumMonthlyFee = Money.Of(100m),
            PaymentTermsDays = 15,
        };
        var draft = InvoiceCalculator.Compute(Input([contract],
            time: [new(Day(2), 5400, "Meeting")],                                       // 1.50 h x 35 = 52.50
            charts: [Chart(ChartType.Outpatient, 2), Chart(ChartType.Outpatient, 9), Chart(ChartType.Outpatient, 30)], // 3 x 3.15 = 9.45
            collections: [new(Day(15), LedgerBucket.Insurance, Money.Of(987.65m))])); // 987.65 x 4.25% = 41.975125 -> 41.98

        Assert.Equal([52.50m, 9.45m, 41.98m], draft.Lines.Select(l => l.Amount.Amount));
        Assert.Equal(Money.Of(103.93m), draft.Subtotal);
        Assert.Equal(Money.Zero, draft.MinimumFeeAdjustment);
        Assert.Equal(Money.Of(103.93m), draft.Total);
        Assert.Equal(15, draft.PaymentTermsDays);
    }

    [Fact]
    public void ContractChangingMidMonth_PricesEachDayByItsContract()
    {
        var old = new FreelanceContract { EffectiveFrom = new DateOnly(2025, 1, 1), EffectiveTo = Day(15), PerChartRate = Money.Of(4m), PaymentTermsDays = 30 };
        var raised = new FreelanceContract { EffectiveFrom = Day(16), PerChartRate = Money.Of(5m), MinimumMonthlyFee = Money.Of(20m), PaymentTermsDays = 10 };

        var draft = InvoiceCalculator.Compute(Input([raised, old], charts: [Chart(ChartType.Outpatient, 15), Chart(ChartType.Outpatient, 16), Chart(ChartType.Outpatient, 17)]));

        // 1 x 4.00 + 2 x 5.00 = 14.00; the minimum of the contract in force at month end tops up to 20.00.
        Assert.Equal([4.00m, 10.00m, 6.00m], draft.Lines.Select(l => l.Amount.Amount));
        Assert.Contains("contract from 2026-03-16", draft.Lines[1].Description, StringComparison.Ordinal);
        Assert.Equal(Money.Of(20m), draft.Total);
        Assert.Equal(10, draft.PaymentTermsDays);
    }

    [Fact]
    public void WorkWithoutContract_IsReported_NotBilled()
    {
        var contract = new FreelanceContract { EffectiveFrom = Day(10), PerChartRate = Money.Of(4m) };
        var draft = InvoiceCalculator.Compute(Input([contract], charts: [Chart(ChartType.Outpatient, 5), Chart(ChartType.Outpatient, 12)]));

        Assert.Equal(Money.Of(4m), draft.Total);
        Assert.Equal(["invoice.noContract"], draft.Issues.Select(i => i.Code));
        Assert.Equal("charts[0]", draft.Issues[0].Location);
    }

    [Fact]
    public void TotalIsTheSumOfTheRoundedLines()
    {
        // 1/3 h = 1200 s -> 0.33 h x 100.00 = 33.00 three times = 99.00 (not 100.00 from unrounded hours).
        var contract = new FreelanceContract { EffectiveFrom = March1, HourlyRate = Money.Of(100m) };
        var draft = InvoiceCalculator.Compute(Input([contract], time: [new(Day(2), 1200, "A"), new(Day(2), 1200, "B"), new(Day(2), 1200, "C")]));

        Assert.Equal(Money.Of(99m), draft.Total);
        Assert.Equal(draft.Total, Money.Sum(draft.Lines.Select(l => l.Amount)));
    }

    [Theory]
    [InlineData(0.005, 0.01)]
    [InlineData(-0.005, -0.01)]
    [InlineData(2.675, 2.68)]
    [InlineData(2.6749, 2.67)]
    public void Round_HalfAwayFromZero(decimal value, decimal expected)
    {
        Assert.Equal(expected, InvoiceCalculator.Round(value));
    }

    [Fact]
    public void ContractValidation_StableCodes()
    {
        var bad = new FreelanceContract { EffectiveFrom = Day(10), EffectiveTo = Day(1), CollectionsPercent = 120m, HourlyRate = Money.Of(-1m), PaymentTermsDays = -1 };

        Assert.Equal(["contract.dates", "contract.rate", "contract.percent", "contract.terms"], bad.Validate().Select(i => i.Code));
        Assert.Equal(["contract.empty"], new FreelanceContract { EffectiveFrom = Day(1) }.Validate().Select(i => i.Code));
    }
}
