using Claimsmith.X12.Issues;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Validation;

namespace Claimsmith.X12.Tests.Validation;

public sealed class SampleValidationTests
{
    /// <summary>The guide examples use placeholder NPIs and 5-digit billing ZIPs; those two rules are warnings for them.</summary>
    private static readonly X12ValidationOptions ForGuideExamples = new() { IdentifierRuleSeverity = X12IssueSeverity.Warning };

    /// <summary>
    /// Real defects in the example copies, asserted exactly: the 837I institutional example sends
    /// DTP*434*RD8 with a single date where RD8 needs a range (the guide's own text has one).
    /// </summary>
    private static string[] KnownDefects(string file) => file switch
    {
        "stupidedi__837-institutional-claim.x12" => [X12IssueCodes.InvalidDate],
        _ => [],
    };

    public static TheoryData<string, string> GuideSamples() => Samples.Files("837P", "837I", "835");

    [Theory]
    [MemberData(nameof(GuideSamples))]
    public void GuideExamples_ValidateWithNoError(string kind, string file)
    {
        var result = X12Validator.Validate(Samples.Load(kind, file), ForGuideExamples);
        Assert.Equal(KnownDefects(file), result.Errors.Select(e => e.Code));
        Assert.All(result.Groups.SelectMany(g => g.Transactions), t => Assert.NotNull(t.Guide));
    }

    [Theory]
    [MemberData(nameof(GuideSamples))]
    public void GuideExamples_StrictMode_FlagOnlyIdentifierRules(string kind, string file)
    {
        var result = X12Validator.Validate(Samples.Load(kind, file));
        Assert.All(result.Errors, e => Assert.Contains(e.Code, (string[])[X12IssueCodes.InvalidNpi, X12IssueCodes.BillingZipNotNineDigits, .. KnownDefects(file)]));
    }

    [Fact]
    public void Fixture837P_IsAcceptedInStrictMode()
    {
        var result = X12Validator.Validate(Fixtures.Bytes(Fixtures.Claim837P));
        Assert.True(result.IsAccepted, string.Join("\n", result.Issues));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Fixture835_IsAcceptedInStrictMode()
    {
        var result = X12Validator.Validate(Fixtures.Bytes(Fixtures.Remit835));
        Assert.True(result.IsAccepted, string.Join("\n", result.Issues));
    }
}
