using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.Cli.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Edits;
using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.Ncci;
using Claimsmith.Edits.PayerRules;
using Claimsmith.X12.Claims;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Edits;

/// <summary><c>claimsmith edits check FILE... [--json] [--ptp FILE] [--mue FILE] [--rules FILE]</c>.</summary>
internal sealed class EditsCheckCommand : Command<EditsCheckCommand.Settings>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("837P or 837I files.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the findings as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--ptp <FILE>")]
        [Description("CMS NCCI practitioner PTP file(s) (tab-delimited, as published).")]
        public string[] Ptp { get; init; } = [];

        [CommandOption("--hospital-ptp <FILE>")]
        [Description("CMS NCCI hospital PTP file(s).")]
        public string[] HospitalPtp { get; init; } = [];

        [CommandOption("--mue <FILE>")]
        [Description("CMS practitioner MUE file(s) (CSV, as published).")]
        public string[] Mue { get; init; } = [];

        [CommandOption("--hospital-mue <FILE>")]
        [Description("CMS outpatient hospital MUE file(s).")]
        public string[] HospitalMue { get; init; } = [];

        [CommandOption("--rules <FILE>")]
        [Description("Payer rules (JSON).")]
        public string? Rules { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, AnsiConsole.Console, Console.Out, TimeProvider.System);

    internal static int Run(Settings settings, IAnsiConsole console, TextWriter output, TimeProvider time)
    {
        var snapshot = CodeSetCli.LoadSnapshot(console);
        return snapshot is null ? 2 : Run(settings, console, output, time, snapshot);
    }

    internal static int Run(Settings settings, IAnsiConsole console, TextWriter output, TimeProvider time, CodeSetSnapshot snapshot)
    {

        var problems = new List<ImportIssue>();
        var rules = PayerRuleSet.Empty;
        if (settings.Rules is { } rulesFile)
        {
            if (!File.Exists(rulesFile))
            {
                console.MarkupLineInterpolated($"[red]The rules file {rulesFile} does not exist.[/]");
                return 2;
            }

            (rules, var issues) = PayerRuleSet.Parse(File.ReadAllText(rulesFile), Path.GetFileName(rulesFile));
            problems.AddRange(issues);
        }

        var history = new InMemoryClaimHistory();
        var options = new ScrubberOptions
        {
            PractitionerPtp = LoadPtp(settings.Ptp, problems),
            HospitalPtp = LoadPtp(settings.HospitalPtp, problems),
            PractitionerMue = LoadMue(settings.Mue, problems),
            HospitalMue = LoadMue(settings.HospitalMue, problems),
            PayerRules = rules,
            History = history,
            Time = time,
        };
        foreach (var p in problems)
        {
            console.MarkupLineInterpolated($"[yellow]{p}[/]");
        }

        if (problems.Any(p => p.IsError))
        {
            return 2;
        }

        // Read every file first: claims of the whole batch are each other's history (duplicates, global periods).
        var files = new List<FileResult>();
        var claims = new List<(string File, ScrubClaim Claim)>();
        foreach (var file in settings.Files)
        {
            if (!File.Exists(file))
            {
                files.Add(new FileResult(file, ["The file does not exist."], []));
                continue;
            }

            using var stream = File.OpenRead(file);
            var read = Claim837Reader.Read(stream);
            var errors = read.Issues.Where(i => i.Severity == Claimsmith.X12.Issues.X12IssueSeverity.Error).Select(i => $"{i.Code} at segment {i.SegmentNumber}: {i.Message}").ToList();
            files.Add(new FileResult(file, errors, []));
            foreach (var sub in read.Value ?? [])
            {
                foreach (var c in Claim837Mapper.Map(sub))
                {
                    claims.Add((file, c));
                    history.Add(c);
                }
            }
        }

        var scrubber = new ClaimScrubber(snapshot, options);
        var byFile = files.ToDictionary(f => f.File, f => f.Claims, StringComparer.Ordinal);
        foreach (var (file, claim) in claims)
        {
            var r = scrubber.Scrub(claim);
            byFile[file].Add(new ClaimResult(claim.Id, r.HasErrors, r.Findings));
        }

        var anyError = files.Any(f => f.ReadErrors.Count > 0 || f.Claims.Any(c => c.HasErrors));
        if (settings.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(files, Json));
        }
        else
        {
            Print(files, output);
        }

        return anyError ? 1 : 0;
    }

    private static void Print(List<FileResult> files, TextWriter output)
    {
        foreach (var f in files)
        {
            output.WriteLine($"{f.File}: {f.Claims.Count} claim{(f.Claims.Count == 1 ? "" : "s")}");
            foreach (var e in f.ReadErrors)
            {
                output.WriteLine($"  ERROR reading: {e}");
            }

            foreach (var c in f.Claims)
            {
                var errors = c.Findings.Count(x => x.Severity == Severity.Error);
                var warnings = c.Findings.Count(x => x.Severity == Severity.Warning);
                output.WriteLine($"  claim {c.ClaimId}: {(c.HasErrors ? "STOP" : "ready")} ({errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")})");
                foreach (var x in c.Findings)
                {
                    output.WriteLine($"    {x.Severity.ToString().ToUpperInvariant(),-7} {x.RuleId}{(x.Line > 0 ? $" (line {x.Line})" : "")}: {x.Message}");
                    output.WriteLine($"            source: {x.Source}");
                    output.WriteLine($"            fix:    {x.Fix}");
                }
            }
        }
    }

    private static PtpTable? LoadPtp(string[] paths, List<ImportIssue> problems)
    {
        if (paths.Length == 0)
        {
            return null;
        }

        var t = new PtpTable();
        foreach (var p in paths)
        {
            problems.AddRange(File.Exists(p) ? t.ReadFile(p) : [new ImportIssue("ptp.missing", p, 0, "the file does not exist")]);
        }

        return t;
    }

    private static MueTable? LoadMue(string[] paths, List<ImportIssue> problems)
    {
        if (paths.Length == 0)
        {
            return null;
        }

        var t = new MueTable();
        foreach (var p in paths)
        {
            problems.AddRange(File.Exists(p) ? t.ReadFile(p) : [new ImportIssue("mue.missing", p, 0, "the file does not exist")]);
        }

        return t;
    }

    internal sealed record FileResult(string File, List<string> ReadErrors, List<ClaimResult> Claims);

    internal sealed record ClaimResult(string ClaimId, bool HasErrors, IReadOnlyList<Finding> Findings);
}
