using System.Text;
using Claimsmith.X12.Eligibility;

namespace Claimsmith.Billing.Tests.Eligibility;

public sealed class EligibilityTests
{
    internal const string Response271 =
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260310*0900*^*00501*000000777*0*T*:~" +
        "GS*HB*DEMOCH*CLAIMSMITH01*20260310*0900*777*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*TRACE1*20260310*0900~" +
        "HL*1**20*1~NM1*PR*2*ACME HEALTH*****PI*ACME1~HL*2*1*21*1~NM1*1P*2*MAPLE FAMILY PRACTICE*****XX*1234567893~" +
        "HL*3*2*22*0~TRN*2*TRACE1*1123456789~NM1*IL*1*DOE*CASEY****MI*M123~DMG*D8*20150304*F~DTP*346*D8*20260101~" +
        "EB*1*IND*30**GOLD PPO~" +
        "EB*C*IND*30***23*1500*****Y~EB*C*IND*30***29*400*****Y~" +
        "EB*C*FAM*30***23*3000*****Y~EB*C*FAM*30***24*1250.5*****Y~" +
        "EB*G*IND*30***23*5000*****Y~EB*G*IND*30***29*4200*****Y~" +
        "EB*B**98***27*25*****Y~EB*B**UC***27*50*****Y~EB*A**98*****.2****Y~EB*A**98*****.4****N~MSG*REFERRAL NOT REQUIRED~" +
        "SE*24*0001~GE*1*777~IEA*1*000000777~";

    [Fact]
    public void Read271_GivesPlainBenefits()
    {
        var result = EligibilityReader.Read(Encoding.ASCII.GetBytes(Response271));
        Assert.Empty(result.Issues);
        var m = Assert.Single(result.Members);
        Assert.True(m.Active);
        Assert.Equal("GOLD PPO", m.Plan);
        Assert.Equal("M123", m.MemberId);
        Assert.Equal(["TRACE1"], m.Traces);

        var individual = Assert.Single(m.Deductibles, d => d.Level == "individual");
        Assert.Equal((Money.Of(1500), Money.Of(1100), Money.Of(400), "in network"), (individual.Total!.Value, individual.Met!.Value, individual.Remaining!.Value, individual.Network));
        var family = Assert.Single(m.Deductibles, d => d.Level == "family");
        Assert.Equal((Money.Of(3000), Money.Of(1250.50m)), (family.Total!.Value, family.Met!.Value));
        Assert.Null(family.Remaining);
        var oop = Assert.Single(m.OutOfPocket);
        Assert.Equal(Money.Of(800), oop.Met);

        Assert.Contains(m.Copays, c => c.ServiceType == "professional (physician) visit - office" && c.Copay == Money.Of(25) && c.Period == "per visit");
        Assert.Contains(m.Copays, c => c.ServiceType == "urgent care" && c.Copay == Money.Of(50));
        Assert.Contains(m.Coinsurance, c => c.ServiceTypeCode == "98" && c.CoinsurancePercent == 20m && c.Network == "in network");
        Assert.Contains(m.Coinsurance, c => c.ServiceTypeCode == "98" && c.CoinsurancePercent == 40m && c.Network == "out of network");
        Assert.Equal(["REFERRAL NOT REQUIRED"], m.Messages);
    }

    [Fact]
    public void Read271_WithRejection_ExplainsWhy()
    {
        var text = Response271.Replace("EB*1*IND*30**GOLD PPO~", "AAA*N**75*C~", StringComparison.Ordinal);
        text = string.Join('~', text.Split('~').Where(s => !s.StartsWith("EB", StringComparison.Ordinal) && !s.StartsWith("MSG", StringComparison.Ordinal)));
        var m = Assert.Single(EligibilityReader.Read(Encoding.ASCII.GetBytes(text)).Members);
        Assert.Null(m.Active);
        Assert.Equal("not answered", m.Status);
        Assert.Equal(["subscriber/insured not found (please correct and resubmit)"], m.Rejections);
    }

    [Fact]
    public void Read271_NotX12_IsAnIssue()
    {
        var result = EligibilityReader.Read("nonsense"u8.ToArray());
        Assert.Empty(result.Members);
        Assert.Contains(result.Issues, i => i.Code == "eligibility.kind");
    }

    [Fact]
    public void Sample271_Subscriber_IsActiveWithCopays()
    {
        var result = EligibilityReader.Read(Samples.Read("271", "stupidedi__response-to-generic-request-by-clinic-for-patient-_subscriber_-eligibility.x12"));
        var m = Assert.Single(result.Members);
        Assert.True(m.Active);
        Assert.Equal("GOLD 123 PLAN", m.Plan);
        Assert.Contains(m.Copays, c => c.ServiceTypeCode == "98" && c.Copay == Money.Of(10) && c.Network == "in network");
        Assert.Contains(m.Copays, c => c.ServiceTypeCode == "98" && c.Copay == Money.Of(30) && c.Network == "out of network");
    }

    [Fact]
    public void Sample271_NotEligibleForInquiries_IsExplained()
    {
        var result = EligibilityReader.Read(Samples.Read("271", "stupidedi__error-response-from-payer-to-clinic-not-eligible-for-inquiries-with-payer.x12"));
        var m = Assert.Single(result.Members);
        Assert.NotEmpty(m.Rejections);
        Assert.DoesNotContain(m.Rejections, r => r.StartsWith("reason ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SubscriberRelationship.Self)]
    [InlineData(SubscriberRelationship.Child)]
    public void Build270_CarriesTraceDateAndServiceType(SubscriberRelationship relationship)
    {
        var r = TestData.Request(relationship: relationship);
        var inquiry = new EligibilityInquiry { Patient = r.Patient, Coverage = r.Coverage, Payer = r.Payer, Organization = r.Organization, DateOfService = new DateOnly(2026, 3, 10), TraceNumber = "EC-1" };
        var bytes = EligibilityInquiryBuilder.Build(inquiry, new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero), 42);
        var text = Encoding.ASCII.GetString(bytes);

        Assert.Equal(ClearinghouseTransaction.Eligibility270, ClearinghouseFile.Identify(bytes));
        Assert.Contains("GS*HS*", text, StringComparison.Ordinal);
        Assert.Contains("TRN*1*EC-1*1123456789", text, StringComparison.Ordinal);
        Assert.Contains("DTP*291*D8*20260310", text, StringComparison.Ordinal);
        Assert.Contains("EQ*30", text, StringComparison.Ordinal);
        Assert.Contains("NM1*IL*1*" + (relationship == SubscriberRelationship.Self ? "Doe*Casey" : "Doe*Jordan"), text, StringComparison.Ordinal);
        Assert.Equal(relationship != SubscriberRelationship.Self, text.Contains("HL*4*3*23*0", StringComparison.Ordinal));
        Assert.Equal(relationship != SubscriberRelationship.Self, text.Contains("NM1*03*1*Doe*Casey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileDrop_SendsToOutbox_AndReceivesFromInbox()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("claimsmith-drop").FullName;
        try
        {
            var connection = new FileDropConnection(Path.Combine(root, "out"), Path.Combine(root, "in"));
            var name = await connection.SendAsync(new ClearinghouseFile("check.270", ClearinghouseTransaction.Eligibility270, [1, 2, 3]), ct);
            Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(root, "out", name), ct));
            Assert.Throws<ArgumentException>(() => connection.SendAsync(new ClearinghouseFile("../", ClearinghouseTransaction.Unknown, []), ct).GetAwaiter().GetResult());

            await File.WriteAllTextAsync(Path.Combine(root, "in", "resp.271"), Response271, ct);
            var received = Assert.Single(await connection.ReceiveAsync(ct));
            Assert.Equal(ClearinghouseTransaction.Eligibility271, received.Transaction);
            await connection.CompleteAsync(received, ct);
            Assert.Empty(await connection.ReceiveAsync(ct));
            Assert.True(File.Exists(Path.Combine(connection.ProcessedFolder, "resp.271")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
