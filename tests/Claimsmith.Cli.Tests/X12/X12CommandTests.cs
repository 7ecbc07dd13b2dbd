using System.Text.Json;
using Claimsmith.Cli.X12;

namespace Claimsmith.Cli.Tests.X12;

public sealed class X12CommandTests : IDisposable
{
    private const string Valid837P =
        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260101*1200*^*00501*000000101*0*T*:~" +
        "GS*HC*SENDER*RECEIVER*20260101*1200*101*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*BATCH1*20260101*1200*CH~" +
        "NM1*41*2*CLAIMSMITH CLINIC*****46*S12345~PER*IC*BILLING OFFICE*TE*5555550100~NM1*40*2*ACME HEALTH PLAN*****46*R67890~" +
        "HL*1**20*1~NM1*85*2*CLAIMSMITH CLINIC*****XX*1234567893~N3*100 MAIN ST~N4*SPRINGFIELD*IL*627011234~REF*EI*123456789~" +
        "HL*2*1*22*0~SBR*P*18*GRP100******CI~NM1*IL*1*DOE*JANE****MI*MEM123456~DMG*D8*19800215*F~NM1*PR*2*ACME HEALTH PLAN*****PI*PAYER01~" +
        "CLM*PCN001*100***11:B:1*Y*A*Y*Y~HI*ABK:J069~LX*1~SV1*HC:99213*100*UN*1***1~DTP*472*D8*20251228~SE*21*0001~GE*1*101~IEA*1*000000101~";

    private readonly string _dir = Directory.CreateTempSubdirectory("claimsmith-x12-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Validate_AcceptedFile_ExitsZero()
    {
        var file = Write("ok.837", Valid837P);
        var output = new StringWriter();
        Assert.Equal(0, X12ValidateCommand.Run(new X12ValidateCommand.Settings { Files = [file] }, output));
        Assert.Contains("accepted", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OneRejectedFile_ExitsOne_AndListsErrors()
    {
        var ok = Write("ok.837", Valid837P);
        var bad = Write("bad.837", Valid837P.Replace("CLM*PCN001*100*", "CLM*PCN001*120*", StringComparison.Ordinal));
        var output = new StringWriter();
        Assert.Equal(1, X12ValidateCommand.Run(new X12ValidateCommand.Settings { Files = [ok, bad] }, output));
        Assert.Contains("X12-RULE-CLAIM-CHARGE", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsFilesAndIssueCodes()
    {
        var bad = Write("bad.837", Valid837P.Replace("SE*21*0001~", "SE*20*0001~", StringComparison.Ordinal));
        var output = new StringWriter();
        Assert.Equal(1, X12ValidateCommand.Run(new X12ValidateCommand.Settings { Files = [bad], Json = true }, output));
        using var json = JsonDocument.Parse(output.ToString());
        var file = json.RootElement[0];
        Assert.False(file.GetProperty("accepted").GetBoolean());
        Assert.Contains(file.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "X12-ENV-SE-COUNT");
    }

    [Fact]
    public void Validate_MissingFile_ExitsOne()
    {
        var output = new StringWriter();
        Assert.Equal(1, X12ValidateCommand.Run(new X12ValidateCommand.Settings { Files = [Path.Combine(_dir, "nope.837")] }, output));
    }

    [Fact]
    public void Read_Json_GivesTheTypedModel()
    {
        var file = Write("ok.837", Valid837P);
        var output = new StringWriter();
        Assert.Equal(0, X12ReadCommand.Run(new X12ReadCommand.Settings { File = file, Json = true }, output, new StringWriter()));
        using var json = JsonDocument.Parse(output.ToString());
        var claim = json.RootElement.GetProperty("transactions")[0].GetProperty("billingProviders")[0].GetProperty("subscribers")[0].GetProperty("claims")[0];
        Assert.Equal("PCN001", claim.GetProperty("patientControlNumber").GetString());
        Assert.Equal(100m, claim.GetProperty("totalCharge").GetDecimal());
    }

    [Fact]
    public void Ack_PrintsA999()
    {
        var file = Write("ok.837", Valid837P);
        var output = new StringWriter();
        Assert.Equal(0, X12AckCommand.Run(new X12AckCommand.Settings { File = file }, output, new StringWriter(), TimeProvider.System));
        var text = output.ToString();
        Assert.Contains("ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_RejectedFile_ListsTheError()
    {
        var file = Write("bad.837", Valid837P.Replace("XX*1234567893~", "XX*1234567890~", StringComparison.Ordinal));
        var output = new StringWriter();
        Assert.Equal(0, X12AckCommand.Run(new X12AckCommand.Settings { File = file }, output, new StringWriter(), TimeProvider.System));
        Assert.Contains("IK3*NM1*7*2010AA*8~IK4*9**7~IK5*R*5~AK9*R*1*1*0~", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CommandApp_RoutesX12Validate()
    {
        var file = Write("ok.837", Valid837P);
        var app = new Spectre.Console.Cli.CommandApp();
        app.Configure(X12Commands.Register);
        Assert.Equal(0, app.Run(["x12", "validate", file], TestContext.Current.CancellationToken));
        Assert.Equal(1, app.Run(["x12", "validate", Write("bad.837", "GS*HC~")], TestContext.Current.CancellationToken));
    }
}
