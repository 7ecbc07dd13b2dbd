using Claimsmith.X12.Claims;
using Claimsmith.X12.Documents;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;

namespace Claimsmith.X12.Tests.Claims;

public sealed class Claim837RoundTripTests
{
    public static TheoryData<string, string> SampleFiles() => Samples.Files("837P", "837I");

    internal static void AssertRoundTrip(byte[] data)
    {
        var original = X12Document.Read(data);
        var read = Claim837Reader.Read(data);
        Assert.False(read.HasErrors, string.Join("\n", read.Issues));
        Assert.NotEmpty(read.Value);
        var tx = original.Value.Transactions[0];
        var delimiters = new X12Reader(data) is var r && r.Read() ? r.Delimiters : X12Delimiters.Default;
        var written = Claim837Writer.ToBytes(tx.Header.Interchange, tx.Header.Group, read.Value, new X12WriterOptions { Delimiters = delimiters });
        var again = X12Document.Read(written);
        Assert.Empty(again.Issues);
        Assert.Equal(original.Value.Transactions.Count, again.Value.Transactions.Count);
        for (var t = 0; t < original.Value.Transactions.Count; t++)
        {
            var expected = original.Value.Transactions[t].Segments.Select(s => s.ToString()).ToList();
            var actual = again.Value.Transactions[t].Segments.Select(s => s.ToString()).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_ReadThenWrite_GiveTheSameSegments(string kind, string file) => AssertRoundTrip(Samples.Load(kind, file));

    [Fact]
    public void Fixture_ReadThenWrite_GivesTheSameSegments() => AssertRoundTrip(Fixtures.Bytes(Fixtures.Claim837P));

    [Fact]
    public void Fixture_ReadsIntoTheModel()
    {
        var sub = Assert.Single(Claim837Reader.Read(Fixtures.Bytes(Fixtures.Claim837P)).Value);
        Assert.Equal(ClaimKind.Professional, sub.Kind);
        var bp = Assert.Single(sub.BillingProviders);
        Assert.Equal("1234567893", bp.Provider.Npi);
        Assert.Equal("627011234", bp.Provider.Address!.PostalCode);
        var subscriber = Assert.Single(bp.Subscribers);
        Assert.Equal("DOE", subscriber.Name.LastOrOrganizationName);
        Assert.Equal(new DateOnly(1980, 2, 15), subscriber.Name.BirthDate);
        var claim = Assert.Single(subscriber.Claims);
        Assert.Equal("PCN001", claim.PatientControlNumber);
        Assert.Equal(150m, claim.TotalCharge);
        Assert.Equal("11", claim.FacilityCode);
        Assert.Equal("1", claim.FrequencyCode);
        Assert.Equal("AUTH555", claim.PriorAuthorization);
        Assert.Equal(["J069", "R05"], claim.Diagnoses.Select(d => d.Code));
        Assert.Equal("82", Assert.Single(claim.Providers).EntityCode);
        Assert.Equal(2, claim.Lines.Count);
        Assert.Equal(["25"], claim.Lines[0].Procedure!.Modifiers);
        Assert.Equal([1, 2], claim.Lines[0].DiagnosisPointers);
        Assert.Equal("LINE0001", claim.Lines[0].LineItemControlNumber);
        Assert.Equal(new DateOnly(2025, 12, 28), claim.Lines[1].ServiceDate);
    }
}
