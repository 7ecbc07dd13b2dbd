namespace Claimsmith.Cli.Tests.Eligibility;

/// <summary><c>eligibility read</c> and <c>ack read</c> through the real claimsmith process.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private const string Response271 =
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260310*0900*^*00501*000000777*0*T*:~" +
        "GS*HB*DEMOCH*CLAIMSMITH01*20260310*0900*777*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*TRACE1*20260310*0900~" +
        "HL*1**20*1~NM1*PR*2*ACME HEALTH*****PI*ACME1~HL*2*1*21*1~NM1*1P*2*MAPLE*****XX*1234567893~" +
        "HL*3*2*22*0~TRN*2*TRACE1*1123456789~NM1*IL*1*DOE*CASEY****MI*M123~" +
        "EB*1*IND*30**GOLD PPO~EB*C*IND*30***23*1500*****Y~EB*C*IND*30***29*400*****Y~EB*B**98***27*25*****Y~" +
        "SE*14*0001~GE*1*777~IEA*1*000000777~";

    private const string Ack277 =
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260313*0800*^*00501*000000902*0*T*:~" +
        "GS*HN*DEMOCH*CLAIMSMITH01*20260313*0800*902*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*B1*20260313*0800*TH~" +
        "HL*1**20*1~NM1*PR*2*ACME HEALTH*****PI*ACME1~TRN*1*902~DTP*050*D8*20260313~DTP*009*D8*20260313~" +
        "HL*2*1*21*1~NM1*41*2*CLAIMSMITH BILLING*****46*CLAIMSMITH01~TRN*2*17~STC*A1:20*20260313*WQ*175.5~" +
        "HL*3*2*19*1~NM1*85*2*MAPLE*****XX*1234567893~TRN*1*0~" +
        "HL*4*3*PT~NM1*QC*1*DOE*CASEY****MI*M123~TRN*2*NOSUCHCLAIM~STC*A7:562:85*20260313*U*175.5~DTP*472*D8*20260310~" +
        "SE*21*0001~GE*1*902~IEA*1*000000902~";

    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-status-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EligibilityRead_PrintsPlainBenefits_AsTextAndJson()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);
        var file = Path.Combine(_home, "resp.271");
        await File.WriteAllTextAsync(file, Response271, ct);

        var (exit, output) = await CliProcess.RunAsync(_home, null, ct, "eligibility", "read", file);
        Assert.True(exit == 0, output);
        Assert.Contains("Coverage: active coverage, plan GOLD PPO", output, StringComparison.Ordinal);
        Assert.Contains("deductible (individual, in network): total 1500.00, met 1100.00, remaining 400.00", output, StringComparison.Ordinal);
        Assert.Contains("copay professional (physician) visit - office (in network): 25.00 per visit", output, StringComparison.Ordinal);

        var (jsonExit, json) = await CliProcess.RunAsync(_home, null, ct, "eligibility", "read", file, "--json");
        Assert.True(jsonExit == 0, json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var member = doc.RootElement.GetProperty("members")[0];
        Assert.True(member.GetProperty("active").GetBoolean());
        Assert.Equal(400m, member.GetProperty("deductibles")[0].GetProperty("remaining").GetDecimal());
    }

    [Fact]
    public async Task AckRead_AppliesOnce_AndReportsTheSecondReadAsAlreadyReceived()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_home);
        var file = Path.Combine(_home, "ack.277");
        await File.WriteAllTextAsync(file, Ack277, ct);

        var (exit, output) = await CliProcess.RunAsync(_home, null, ct, "ack", "read", file);
        Assert.True(exit == 0, output);
        Assert.Contains("NOSUCHCLAIM\tRejected\tNo claim NOSUCHCLAIM was found.", output, StringComparison.Ordinal);
        Assert.Contains("National Provider Identifier", output, StringComparison.Ordinal);

        var (again, output2) = await CliProcess.RunAsync(_home, null, ct, "ack", "read", file);
        Assert.True(again == 0, output2);
        Assert.Contains("already received", output2, StringComparison.Ordinal);
    }

    public void Dispose() => CliProcess.DeleteHome(_home);
}
