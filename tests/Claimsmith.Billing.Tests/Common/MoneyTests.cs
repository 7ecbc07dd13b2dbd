using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Of_FractionOfCent_Throws() => Assert.Throws<ArgumentException>(() => Money.Of(1.005m));

    [Fact]
    public void Cents_RoundTrip() => Assert.Equal(Money.Of(-123.45m), Money.FromCents(Money.Of(-123.45m).Cents));

    [Fact]
    public void Sum_IsExact()
    {
        // 0.1 + 0.2 is not 0.3 in double; in decimal it is.
        Assert.Equal(Money.Of(0.3m), Money.Of(0.1m) + Money.Of(0.2m));
        Assert.Equal("0.30", (Money.Of(0.1m) + Money.Of(0.2m)).ToString());
    }

    [Theory]
    [InlineData("12.5", true)]
    [InlineData("-3.25", true)]
    [InlineData("1.234", false)]
    [InlineData("abc", false)]
    public void TryParse_AcceptsAtMostTwoDecimals(string text, bool ok) => Assert.Equal(ok, Money.TryParse(text, out _));
}
