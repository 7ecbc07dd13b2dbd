using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits.Tests;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1245319599", true)]
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678A3", false)]
    public void CheckDigit_WithPrefix80840(string npi, bool valid) => Assert.Equal(valid, Npi.IsValid(npi));
}
