using Claimsmith.X12.Issues;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Validation;
using C = Claimsmith.X12.Issues.X12IssueCodes;

namespace Claimsmith.X12.Tests.Validation;

/// <summary>A corpus of broken files, each made from a valid fixture by one edit, with the issue code it must give.</summary>
public sealed class BrokenFileTests
{
    public static TheoryData<string, string, string, string> Broken837P() => new()
    {
        { "SE count wrong", "SE*31*0001~", "SE*30*0001~", C.SeCountMismatch },
        { "SE control wrong", "SE*31*0001~", "SE*31*9999~", C.SeControlMismatch },
        { "GE count wrong", "GE*1*101~", "GE*3*101~", C.GeCountMismatch },
        { "GE control wrong", "GE*1*101~", "GE*1*100~", C.GeControlMismatch },
        { "IEA count wrong", "IEA*1*000000101~", "IEA*2*000000101~", C.IeaCountMismatch },
        { "IEA control wrong", "IEA*1*000000101~", "IEA*1*000000102~", C.IeaControlMismatch },
        { "SE missing", "SE*31*0001~", string.Empty, C.MissingSe },
        { "bad code in CLM07", "*11:B:1*Y*A*Y*Y~", "*11:B:1*Y*Q*Y*Y~", C.InvalidCode },
        { "bad entity type", "NM1*IL*1*DOE", "NM1*IL*7*DOE", C.InvalidCode },
        { "billing provider N4 missing", "N4*SPRINGFIELD*IL*627011234~", string.Empty, C.MissingSegment },
        { "receiver loop missing", "NM1*40*2*ACME HEALTH PLAN*****46*R67890~", string.Empty, C.MissingLoop },
        { "NPI typo", "XX*1234567893~", "XX*1234567894~", C.InvalidNpi },
        { "NPI too short", "XX*1245319599~", "XX*124531959~", C.InvalidNpi },
        { "claim charge not the sum of lines", "CLM*PCN001*150*", "CLM*PCN001*160*", C.ClaimChargeMismatch },
        { "frequency code 4 on a professional claim", "11:B:1", "11:B:4", C.InvalidFrequencyCode },
        { "replacement claim without REF*F8", "11:B:1", "11:B:7", C.MissingOriginalReference },
        { "ICD-9 mixed with ICD-10", "HI*ABK:J069*ABF:R05~", "HI*ABK:J069*BF:7860~", C.MixedDiagnosisQualifiers },
        { "billing ZIP 5 digits", "N4*SPRINGFIELD*IL*627011234~", "N4*SPRINGFIELD*IL*62701~", C.BillingZipNotNineDigits },
        { "February 31st", "DTP*472*D8*20251228~REF*6R", "DTP*472*D8*20250231~REF*6R", C.InvalidDate },
        { "RD8 range backwards", "DTP*431*D8*20251220~", "DTP*431*RD8*20251220-20251201~", C.InvalidDate },
        { "birth date not a date", "DMG*D8*19800215*F~", "DMG*D8*1980021X*F~", C.InvalidDate },
        { "BHT time 25:00", "BHT*0019*00*BATCH1*20260101*1200*CH~", "BHT*0019*00*BATCH1*20260101*2500*CH~", C.InvalidTime },
        { "diagnosis pointer past the diagnoses", "***1:2~", "***1:5~", C.InvalidDiagnosisPointer },
        { "HL parent that does not exist", "HL*2*1*22*0~", "HL*2*7*22*0~", C.HierarchyError },
        { "HL ids not counting up", "HL*2*1*22*0~", "HL*3*1*22*0~", C.HierarchyError },
        { "HL04 says children but none", "HL*2*1*22*0~", "HL*2*1*22*1~", C.HierarchyError },
        { "tax id longer than 50", "REF*EI*123456789~", "REF*EI*" + new string('9', 51) + "~", C.ElementTooLong },
        { "letters in a charge", "SV1*HC:87880*50*", "SV1*HC:87880*5X0*", C.InvalidElementType },
        { "line with a DTP but no DTP*472 service date", "SV1*HC:87880*50*UN*1***1~DTP*472*", "SV1*HC:87880*50*UN*1***1~DTP*471*", C.MissingSegment },
        { "diagnosis HI replaced by condition codes only", "HI*ABK:J069*ABF:R05~", "HI*BG:01~", C.MissingSegment },
        { "billing provider REF*0B without REF*EI", "REF*EI*123456789~", "REF*0B*STATE1~", C.MissingSegment },
        { "not-used element present", "NM1*40*2*ACME HEALTH PLAN*****46*R67890~", "NM1*40*2*ACME HEALTH PLAN*JOHN****46*R67890~", C.ElementNotUsed },
        { "required element empty", "SBR*P*18*GRP100", "SBR**18*GRP100", C.MissingElement },
        { "segment not in the transaction", "LX*2~", "ZZZ*1~LX*2~", C.UnexpectedSegment },
        { "segment out of order", "N3*5 ELM ST~N4*SPRINGFIELD*IL*62701~DMG*D8*19800215*F~", "DMG*D8*19800215*F~N3*5 ELM ST~N4*SPRINGFIELD*IL*62701~", C.UnexpectedSegment },
        { "segment repeated too often", "N3*100 MAIN ST~", "N3*100 MAIN ST~N3*100 MAIN ST~", C.SegmentRepeatExceeded },
        { "loop repeated too often", "NM1*82*1*SMITH*JOHN****XX*1245319599~PRV*PE*PXC*207Q00000X~", "NM1*82*1*SMITH*JOHN****XX*1245319599~PRV*PE*PXC*207Q00000X~NM1*82*1*SMITH*JOHN****XX*1245319599~", C.LoopRepeatExceeded },
        { "lower-case segment id", "LX*2~", "lx*2~", C.InvalidSegmentId },
        { "too many elements", "PRV*PE*PXC*207Q00000X~", "PRV*PE*PXC*207Q00000X*A*B*C*D~", C.TooManyElementsForSegment },
    };

    public static TheoryData<string, string, string, string> Broken835() => new()
    {
        { "line does not balance", "SVC*HC:87880*50*30**1~", "SVC*HC:87880*50*35**1~", C.LineUnbalanced },
        { "claim does not balance", "CLP*PCN001*1*150*100*", "CLP*PCN001*1*140*100*", C.ClaimUnbalanced },
        { "check does not balance", "BPR*I*95*", "BPR*I*90*", C.CheckUnbalanced },
        { "provider adjustment ignored in check", "PLB*1234567893*20261231*WO:ADJ1*5~", "PLB*1234567893*20261231*WO:ADJ1*-5~", C.CheckUnbalanced },
        { "bad adjustment group", "CAS*CO*45*20~", "CAS*XX*45*20~", C.InvalidCode },
        { "TRN missing", "TRN*1*EFT12345*1512345678~", string.Empty, C.MissingSegment },
        { "payment date not a date", "*20260110~TRN", "*20261310~TRN", C.InvalidDate },
        { "claim status code unknown", "CLP*PCN001*1*", "CLP*PCN001*9*", C.InvalidCode },
        { "payee loop missing", "N1*PE*CLAIMSMITH CLINIC*XX*1234567893~", string.Empty, C.MissingLoop },
    };

    private static void AssertBroken(string valid, string find, string replace, string code)
    {
        Assert.Contains(find, valid, StringComparison.Ordinal);
        var text = valid.Replace(find, replace, StringComparison.Ordinal);
        var result = X12Validator.Validate(Fixtures.Bytes(text));
        Assert.False(result.IsAccepted);
        Assert.Contains(code, result.Errors.Select(e => e.Code));
        var located = result.Errors.First(e => e.Code == code);
        Assert.False(string.IsNullOrEmpty(located.Message));
    }

    [Theory]
    [MemberData(nameof(Broken837P))]
    public void Broken837P_GivesExpectedCode(string what, string find, string replace, string code)
    {
        Assert.NotEmpty(what);
        AssertBroken(Fixtures.Claim837P, find, replace, code);
    }

    [Theory]
    [MemberData(nameof(Broken835))]
    public void Broken835_GivesExpectedCode(string what, string find, string replace, string code)
    {
        Assert.NotEmpty(what);
        AssertBroken(Fixtures.Remit835, find, replace, code);
    }

    [Theory]
    [InlineData("truncated-in-claim.x12", C.TruncatedSegment)]
    [InlineData("truncated-after-segment.x12", C.MissingSe)]
    [InlineData("no-isa.x12", C.MissingIsa)]
    [InlineData("short-isa.x12", C.MalformedIsa)]
    public void BrokenFiles_OnDisk_GiveExpectedCode(string file, string code)
    {
        var data = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Broken", file));
        var result = X12Validator.Validate(data);
        Assert.False(result.IsAccepted);
        Assert.Contains(code, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Errors_AreLocated_LikeA999()
    {
        var text = Fixtures.Claim837P.Replace("*11:B:1*Y*A*Y*Y~", "*11:B:1*Y*Q*Y*Y~", StringComparison.Ordinal);
        var issue = Assert.Single(X12Validator.Validate(Fixtures.Bytes(text)).Errors);
        Assert.Equal((C.InvalidCode, "CLM", "2300", 7, 20L, 18, "0001", "7"),
            (issue.Code, issue.SegmentId, issue.Loop, issue.ElementPosition, issue.SegmentNumber, issue.SegmentPositionInTransaction, issue.TransactionControlNumber, issue.AckErrorCode));
    }

    [Fact]
    public void IdentifierRules_CanBeWarnings()
    {
        var text = Fixtures.Claim837P.Replace("XX*1234567893~", "XX*1234567894~", StringComparison.Ordinal);
        var result = X12Validator.Validate(Fixtures.Bytes(text), new X12ValidationOptions { IdentifierRuleSeverity = X12IssueSeverity.Warning });
        Assert.True(result.IsAccepted);
        Assert.Equal(C.InvalidNpi, Assert.Single(result.Issues).Code);
    }
}
