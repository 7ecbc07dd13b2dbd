using System.Text.Json;
using Claimsmith.Cli.Edits;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Edits.Tests.Fixtures;
using Spectre.Console;

namespace Claimsmith.Cli.Tests.Edits;

/// <summary>
/// <c>claimsmith edits check</c> over the corpus of synthetic 837P files in Edits/Corpus: each
/// file's claims must give exactly the errors and warnings its <c>.expected</c> file lists, on the
/// real FY2026 code sets and the synthetic NCCI tables of Claimsmith.Edits.Tests.
/// </summary>
public sealed class EditsCheckCommandTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "Edits", "Corpus");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Edits", "Corpus"), "*.x12").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_GivesExactlyItsExpectedFindings(string name)
    {
        var snapshot = Snapshot();
        var output = new StringWriter();
        var exit = EditsCheckCommand.Run(Settings(Path.Combine(Corpus, name + ".x12"), json: true), Quiet(), output, Clock, snapshot);

        var files = JsonSerializer.Deserialize<JsonElement>(output.ToString());
        var file = Assert.Single(files.EnumerateArray().ToList());
        Assert.Empty(file.GetProperty("readErrors").EnumerateArray());
        var actual = file.GetProperty("claims").EnumerateArray()
            .SelectMany(c => c.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() != "info")
                .Select(f => $"{c.GetProperty("claimId").GetString()} {f.GetProperty("ruleId").GetString()} {f.GetProperty("line").GetInt32()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(Corpus, name + ".expected"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);

        var anyError = file.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("hasErrors").GetBoolean());
        Assert.Equal(anyError ? 1 : 0, exit);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_IsAValid837P_ExceptWhereTheFindingIsAGuideRule(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Corpus, name + ".x12"));
        var result = Claimsmith.X12.Validation.X12Validator.Validate(stream, Claimsmith.X12.Validation.X12ValidationOptions.Default);

        // The NPI check digit and the diagnosis pointer are rules of the 837P guide as well.
        Assert.Equal(name != "npi-and-pointer", result.IsAccepted);
    }

    [Fact]
    public void TextOutput_NamesRuleSourceAndFix_AndExitsOneOnErrors()
    {
        var snapshot = Snapshot();
        var output = new StringWriter();
        var exit = EditsCheckCommand.Run(Settings(Path.Combine(Corpus, "ncci-bundled.x12"), json: false), Quiet(), output, Clock, snapshot);
        var text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("claim NCCI1: STOP", text, StringComparison.Ordinal);
        Assert.Contains("ncci.ptp (line 2)", text, StringComparison.Ordinal);
        Assert.Contains("source: NCCI PTP (practitioner), modifier indicator 1", text, StringComparison.Ordinal);
        Assert.Contains("fix:", text, StringComparison.Ordinal);

        output = new StringWriter();
        Assert.Equal(0, EditsCheckCommand.Run(Settings(Path.Combine(Corpus, "clean.x12"), json: false), Quiet(), output, Clock, snapshot));
        Assert.Contains("claim CLEAN1: ready", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsReported_AndExitsOne()
    {
        var snapshot = Snapshot();
        var output = new StringWriter();
        Assert.Equal(1, EditsCheckCommand.Run(Settings(Path.Combine(Corpus, "no-such-file.x12"), json: false), Quiet(), output, Clock, snapshot));
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }

    private static IAnsiConsole Quiet() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(new StringWriter()),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    private static EditsCheckCommand.Settings Settings(string file, bool json) => new()
    {
        Files = [file],
        Json = json,
        Ptp = [Path.Combine(Corpus, "ptp_practitioner_fixture.txt")],
        Mue = [Path.Combine(Corpus, "mue_practitioner_fixture.csv")],
    };

    private static CodeSetSnapshot Snapshot() => RealCodeSets.Get();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
