using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Reports;

public sealed class AgingTotalsTests
{
    [Theory]
    [InlineData(0, AgingBucket.Current)]
    [InlineData(30, AgingBucket.Current)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Days91To120)]
    [InlineData(120, AgingBucket.Days91To120)]
    [InlineData(121, AgingBucket.Over120)]
    public void BucketOf_Edges(int days, AgingBucket expected) => Assert.Equal(expected, AgingTotals.BucketOf(days));

    [Fact]
    public void Add_SumsPerBucket_ToTheCent()
    {
        var t = AgingTotals.Empty.Add(AgingBucket.Current, Money.Of(0.10m)).Add(AgingBucket.Current, Money.Of(0.20m)).Add(AgingBucket.Over120, Money.Of(99.99m));
        Assert.Equal(Money.Of(0.30m), t.Current);
        Assert.Equal(Money.Of(100.29m), t.Total);
        Assert.Equal(Money.Of(99.99m), t[AgingBucket.Over120]);
        Assert.Equal(31, AgingTotals.DaysBetween(new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 3)));
    }
}
