using System.ComponentModel;
using System.Text.Json;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Validation;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.X12;

/// <summary><c>claimsmith x12 validate FILE... [--json]</c>.</summary>
internal sealed class X12ValidateCommand : Command<X12ValidateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("X12 files to validate.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the result as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--lenient-identifiers")]
        [Description("Report NPI check digit and 9-digit billing ZIP problems as warnings (for test files with placeholder ids).")]
        public bool LenientIdentifiers { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out);

    internal static int Run(Settings settings, TextWriter output)
    {
        var options = settings.LenientIdentifiers ? new X12ValidationOptions { IdentifierRuleSeverity = X12IssueSeverity.Warning } : X12ValidationOptions.Default;
        var reports = new List<FileReport>();
        foreach (var file in settings.Files)
        {
            if (!File.Exists(file))
            {
                reports.Add(new FileReport(file, false, [new IssueReport("X12-CLI-FILE-NOT-FOUND", "Error", 0, 0, null, null, null, null, "The file does not exist.")]));
                continue;
            }

            using var stream = File.OpenRead(file);
            var result = X12Validator.Validate(stream, options);
            reports.Add(new FileReport(file, result.IsAccepted, result.Issues.Select(IssueReport.From).ToList()));
        }

        if (settings.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(reports, X12Json.Options));
        }
        else
        {
            foreach (var r in reports)
            {
                var errors = r.Issues.Count(i => i.Severity == "Error");
                output.WriteLine(r.Accepted ? $"{r.File}: accepted" : $"{r.File}: rejected ({errors} error{(errors == 1 ? string.Empty : "s")})");
                foreach (var i in r.Issues)
                {
                    output.WriteLine($"  {i.Severity} {i.Code} at {i.Location}: {i.Message}");
                }
            }
        }

        return reports.All(r => r.Accepted) ? 0 : 1;
    }

    internal sealed record FileReport(string File, bool Accepted, IReadOnlyList<IssueReport> Issues);

    internal sealed record IssueReport(string Code, string Severity, long Segment, int PositionInTransaction, string? Loop, string? SegmentId, int? Element, int? Component, string Message)
    {
        public string Location => Segment > 0
            ? $"segment {Segment}{(SegmentId is null ? string.Empty : $" ({SegmentId}{(Loop is null ? string.Empty : $", loop {Loop}")})")}{(Element is { } e ? $" element {e}" : string.Empty)}{(Component is { } c ? $" component {c}" : string.Empty)}"
            : "file";

        public static IssueReport From(X12Issue i) =>
            new(i.Code, i.Severity.ToString(), i.SegmentNumber, i.SegmentPositionInTransaction, i.Loop, i.SegmentId, i.ElementPosition, i.ComponentPosition, i.Message);
    }
}
