using Claimsmith.X12.Claims;
using Claimsmith.X12.Documents;
using Claimsmith.X12.Eligibility;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;

namespace Claimsmith.X12.Tests.Eligibility;

public sealed class EligibilityTests
{
    public static TheoryData<string, string> ResponseFiles() => Samples.Files("271");

    [Theory]
    [MemberData(nameof(ResponseFiles))]
    public void Samples271_Read(string kind, string file)
    {
        var result = EligibilityResponse271Reader.Read(Samples.Load(kind, file));
        Assert.Empty(result.Issues);
        var r = Assert.Single(result.Value);
        Assert.Equal("ABC COMPANY", r.PayerName);
        Assert.True(r.Members.Count > 0 || r.Rejections.Count > 0);
    }

    [Fact]
    public void Sample271_Subscriber_BenefitsAndRepeatedServiceTypes()
    {
        var data = Samples.Load("271", "stupidedi__response-to-generic-request-by-clinic-for-patient-_subscriber_-eligibility.x12");
        var r = Assert.Single(EligibilityResponse271Reader.Read(data).Value);
        var m = Assert.Single(r.Members);
        Assert.Equal(("SMITH", "123456789"), (m.LastName, m.MemberId));
        Assert.True(m.HasActiveCoverage);
        Assert.Equal(5, m.Benefits.Count);
        var copay = m.Benefits[3];
        Assert.Equal(("B", 10m, "Y"), (copay.InformationCode, copay.Amount, copay.InNetwork));
        Assert.Equal(["1", "33", "35", "47", "86", "88", "98", "AL", "MH", "UC"], copay.ServiceTypes);
        Assert.Equal("P3", Assert.Single(m.Benefits[4].RelatedEntities).EntityCode);
    }

    [Fact]
    public void Sample271_NotEligibleForInquiries_GivesRejection()
    {
        var data = Samples.Load("271", "stupidedi__error-response-from-payer-to-clinic-not-eligible-for-inquiries-with-payer.x12");
        var r = Assert.Single(EligibilityResponse271Reader.Read(data).Value);
        Assert.Equal(new RequestRejection("Y", "50", "N"), Assert.Single(r.Rejections));
    }

    [Fact]
    public void Inquiry270_WritesTheSameSegmentsAsTheGuideExample()
    {
        var data = Samples.Load("270", "stupidedi__generic-request-by-clinic-for-patient-_subscriber_-eligibility.x12");
        var expected = X12Document.Read(data).Value.Transactions[0];
        var inquiry = new EligibilityInquiry270
        {
            Reference = "10001234", CreationDate = "20060501", CreationTime = "1319",
            Payer = Party837.Organization("PR", "ABC COMPANY", "PI", "842610001"),
            Provider = Party837.Organization("1P", "BONE AND JOINT CLINIC", "SV", "2000035"),
            Subscriber = new EligibilityPerson
            {
                LastName = "SMITH", FirstName = "ROBERT", MemberId = "11122333301",
                TraceNumber = "93175-012547", TraceOriginator = "9877281234",
                BirthDate = new DateOnly(1943, 5, 19), ServiceDate = new DateOnly(2006, 5, 1),
                ServiceTypes = { "30" },
            },
        };
        var header = expected.Header;
        var delimiters = new X12Reader(data) is var rd && rd.Read() ? rd.Delimiters : X12Delimiters.Default;
        var written = EligibilityInquiry270Writer.ToBytes(header.Interchange, header.Group, [inquiry], new X12WriterOptions { Delimiters = delimiters });
        var actual = X12Document.Read(written);
        Assert.Empty(actual.Issues);
        Assert.Equal(expected.Segments.Select(s => s.ToString()), actual.Value.Transactions[0].Segments.Select(s => s.ToString()));
    }
}
