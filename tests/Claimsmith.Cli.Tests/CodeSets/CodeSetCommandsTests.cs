using System.Text.Json;
using Claimsmith.Cli.CodeSets;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Tests.Fixtures;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Tests.CodeSets;

/// <summary>
/// Runs the <c>codes</c> and <c>fees</c> commands in-process against the synthetic fixtures.
/// One class, so its tests (which set CLAIMSMITH_HOME and the console) run one at a time.
/// </summary>
public sealed class CodeSetCommandsTests : IDisposable
{
    private readonly TempFolder _temp = FixtureFiles.NewTemp();
    private readonly string? _oldHome = Environment.GetEnvironmentVariable(ClaimsmithPaths.HomeVariable);
    private readonly IAnsiConsole _oldConsole = AnsiConsole.Console;

    public CodeSetCommandsTests()
    {
        Environment.SetEnvironmentVariable(ClaimsmithPaths.HomeVariable, Path.Combine(_temp.Path, "home"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ClaimsmithPaths.HomeVariable, _oldHome);
        AnsiConsole.Console = _oldConsole;
        _temp.Dispose();
    }

    private static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        var writer = new StringWriter();
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("claimsmith");
            c.AddCodeSetCommands();
        });
        var exit = await app.RunAsync(args, TestContext.Current.CancellationToken);
        return (exit, writer.ToString());
    }

    private async Task Import()
    {
        var data = FixtureFiles.WriteDataFolder(Path.Combine(_temp.Path, "data"));
        var (exit, output) = await Run("codes", "import", "--data", data);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task WithoutSnapshot_CommandsSayHowToImport()
    {
        var (exit, output) = await Run("codes", "show", "E11.22");
        Assert.Equal(3, exit);
        Assert.Contains("claimsmith codes import", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ThenShowSearchStatsAndPrice()
    {
        await Import();
        Assert.True(File.Exists(Path.Combine(_temp.Path, "home", "codesets.snapshot")));

        var (exit, json) = await Run("codes", "show", "E11.22", "--date", "2026-01-15", "--json");
        Assert.Equal(0, exit);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal("E11.22", doc.RootElement.GetProperty("code").GetString());
            Assert.Equal("valid", doc.RootElement.GetProperty("validity").GetProperty("status").GetString());
        }

        (exit, var text) = await Run("codes", "show", "S72.001", "--date", "2026-01-15");
        Assert.Equal(0, exit);
        Assert.Contains("header: not billable", text, StringComparison.Ordinal);
        Assert.Contains("initial encounter for closed fracture", text, StringComparison.Ordinal);

        (exit, json) = await Run("codes", "search", "DM2 CKD", "--limit", "3", "--json");
        Assert.Equal(0, exit);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal("E11.22", doc.RootElement[0].GetProperty("code").GetString());
        }

        (exit, json) = await Run("codes", "stats", "--json");
        Assert.Equal(0, exit);
        using (var doc = JsonDocument.Parse(json))
        {
            var cm = doc.RootElement.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("system").GetString() == "icd10cm");
            Assert.Equal(FixtureFiles.CmCodes.Length, cm.GetProperty("codes").GetInt32());
            Assert.Equal("FY2026", cm.GetProperty("edition").GetString());
        }

        (exit, text) = await Run("fees", "price", "99213", "--locality", "13202-01");
        Assert.Equal(0, exit);
        Assert.Contains("$114.29", text, StringComparison.Ordinal);
        (exit, text) = await Run("fees", "price", "99213", "--locality", "MANHATTAN", "--facility");
        Assert.Equal(0, exit);
        Assert.Contains("$64.55", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ExitsNonZero()
    {
        await Import();
        Assert.Equal(2, (await Run("codes", "show", "E11.22", "--date", "15/01/2026")).Exit);
        Assert.Equal(1, (await Run("codes", "show", "Z99.99")).Exit);
        Assert.Equal(2, (await Run("codes", "search", "x", "--system", "nope")).Exit);
        Assert.Equal(2, (await Run("fees", "price", "99213", "--locality", "nowhere")).Exit);
        Assert.Equal(2, (await Run("fees", "price", "9921", "--locality", "13202-01")).Exit);
    }

    [Fact]
    public async Task FailedImport_ReportsFileAndLine_AndKeepsThePreviousSnapshot()
    {
        await Import();
        var snapshot = Path.Combine(_temp.Path, "home", "codesets.snapshot");
        var before = await File.ReadAllBytesAsync(snapshot, TestContext.Current.CancellationToken);
        var bad = FixtureFiles.WriteDataFolder(Path.Combine(_temp.Path, "bad"), root => File.AppendAllText(Path.Combine(root, "icd10cm/2026/icd10cm_order_2026.txt"), "garbage\r\n"));
        var (exit, output) = await Run("codes", "import", "--data", bad);
        Assert.Equal(1, exit);
        Assert.Contains($"icd10cm_order_2026.txt:{FixtureFiles.CmCodes.Length + 1}:", output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(snapshot, TestContext.Current.CancellationToken));
    }
}
