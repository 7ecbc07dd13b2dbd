using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets.Tests.Fixtures;

namespace Claimsmith.CodeSets.Tests.Importing;

/// <summary>Malformed files give an issue naming the file and line, and nothing is imported.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string, string, int> Cases => new()
    {
        { "icd10cm/2026/icd10cm_order_2026.txt", FixtureFiles.CmOrderFile().Replace("00003 B88     0", "00003 B88     7", StringComparison.Ordinal), "order.bad-billable-flag", 3 },
        { "icd10cm/2026/icd10cm_order_2026.txt", FixtureFiles.CmOrderFile() + "00099 E11\r\n", "order.line-too-short", FixtureFiles.CmCodes.Length + 1 },
        { "icd10cm/2026/icd10cm_order_2026.txt", FixtureFiles.CmOrderFile().Replace("00002 A000", "0000X A000", StringComparison.Ordinal), "order.bad-order-number", 2 },
        { "icd10cm/2026/icd10cm_order_2026.txt", FixtureFiles.CmOrderFile() + FixtureFiles.OrderLine(99, "E1122", true, "Duplicate") + "\r\n", "order.duplicate-code", FixtureFiles.CmCodes.Length + 1 },
        { "icd10cm/2026/icd10cm_order_addenda_2026.txt", "Remove:      1 E11     Nothing\r\n", "addenda.bad-action", 1 },
        { "icd10cm/2021/icd10cm_tabular_2021.xml", "<?xml version=\"1.0\"?>\n<ICD10CM.tabular>\n<chapter>\n</ICD10CM.tabular>", "tabular.malformed-xml", 4 },
        { "icd10cm/2025/icd10cm_index_2025.xml", "<?xml version=\"1.0\"?>\n<ICD10CM.index>\n<letter><title>A</title><mainTerm><code>A00</code></mainTerm></letter>\n</ICD10CM.index>", "index.term-without-title", 3 },
        { "mpfs/2026/PPRRVU2026_test.csv", FixtureFiles.MpfsFile("99214,,,A,,abc,1.46,,0.33,,0.09,2.85,1.72,0,XXX,0.00,0.00,0.00,0,0,0,0,0,9,,33.4009,09,0,99,0.00,0.00,0.00"), "mpfs.bad-number", 12 },
        { "mpfs/2026/GPCI2026.csv", "title\nMedicare Administrative Contractor (MAC),State,Locality Number,Locality Name,PW,PE,MP\n10112,AL,00,ALABAMA,one,0.875,0.566\n", "gpci.bad-number", 3 },
        { "x12/codes/remittance_advice_remark_codes.csv", "Code,Description\nM1,\"unterminated\n", "codes.bad-csv", 2 },
        { "hcpcs/2026/HCPC2026_JAN_ANWEB.txt", FixtureFiles.HcpcsRecord("J1100", 200, '4', "orphan continuation") + "\r\n", "hcpcs.orphan-continuation", 1 },
        { "cpt/2026/cpt_descriptors_2026.txt", "99213\n", "cpt.bad-code", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedFile_IsReportedWithFileAndLine_AndNothingIsImported(string relative, string content, string code, int line)
    {
        using var temp = FixtureFiles.NewTemp();
        var data = FixtureFiles.WriteDataFolder(Path.Combine(temp.Path, "data"), root => File.WriteAllText(Path.Combine(root, relative), content));
        var (bytes, issues) = CodeSetImporter.ImportToBytes(CodeSetSources.Discover(data), DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        Assert.Null(bytes);
        var issue = Assert.Single(issues, i => i.IsError);
        Assert.Equal(code, issue.Code);
        Assert.Equal(Path.GetFileName(relative), issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Contains($"{Path.GetFileName(relative)}:{line}:", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyDataFolder_IsAnError_NotAnEmptySnapshot()
    {
        using var temp = FixtureFiles.NewTemp();
        var (bytes, issues) = CodeSetImporter.ImportToBytes(CodeSetSources.Discover(temp.Path), DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        Assert.Null(bytes);
        Assert.Equal("import.no-files", Assert.Single(issues).Code);
    }

    [Fact]
    public void MissingFile_IsAnIssue_NotAnException()
    {
        using var temp = FixtureFiles.NewTemp();
        var sources = new CodeSetSources { Icd10CmOrderFile = Path.Combine(temp.Path, "icd10cm_order_2026.txt") };
        var (bytes, issues) = CodeSetImporter.ImportToBytes(sources, DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        Assert.Null(bytes);
        var issue = Assert.Single(issues);
        Assert.Equal("file.unreadable", issue.Code);
        Assert.Equal("icd10cm_order_2026.txt", issue.File);
    }

    [Fact]
    public void FailedImport_LeavesThePreviousSnapshotWorking()
    {
        using var temp = FixtureFiles.NewTemp();
        var snapshotPath = Path.Combine(temp.Path, "home", "codesets.snapshot");
        var good = FixtureFiles.WriteDataFolder(Path.Combine(temp.Path, "good"));
        var first = CodeSetImporter.ImportToFile(CodeSetSources.Discover(good), snapshotPath, TimeProvider.System, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded);
        var before = File.ReadAllBytes(snapshotPath);

        var bad = FixtureFiles.WriteDataFolder(Path.Combine(temp.Path, "bad"), root => File.AppendAllText(Path.Combine(root, "icd10cm/2026/icd10cm_order_2026.txt"), "garbage\r\n"));
        var second = CodeSetImporter.ImportToFile(CodeSetSources.Discover(bad), snapshotPath, TimeProvider.System, cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(second.Succeeded);
        Assert.Null(second.SnapshotPath);
        Assert.Equal(before, File.ReadAllBytes(snapshotPath));
        Assert.True(CodeSetSnapshot.Load(snapshotPath).TryFind(CodeSystem.Icd10Cm, "E11.22", out _));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(snapshotPath)!)); // no temporary file left behind
    }

    [Fact]
    public void InterruptedWrite_LeavesThePreviousFile()
    {
        using var temp = FixtureFiles.NewTemp();
        var path = Path.Combine(temp.Path, "file.bin");
        SnapshotStore.WriteAtomic(path, s => s.Write([1, 2, 3]), TestContext.Current.CancellationToken);
        Assert.Throws<IOException>(() => SnapshotStore.WriteAtomic(path, s =>
        {
            s.Write([9, 9]);
            throw new IOException("disk gone");
        }, TestContext.Current.CancellationToken));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void DamagedSnapshot_IsRefused()
    {
        using var temp = FixtureFiles.NewTemp();
        var data = FixtureFiles.WriteDataFolder(Path.Combine(temp.Path, "data"));
        var (bytes, _) = CodeSetImporter.ImportToBytes(CodeSetSources.Discover(data), DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        Assert.NotNull(bytes);
        Assert.Throws<InvalidDataException>(() => CodeSetSnapshot.Load(bytes[..^100]));
        Assert.Throws<InvalidDataException>(() => CodeSetSnapshot.Load(new byte[64]));
    }
}
