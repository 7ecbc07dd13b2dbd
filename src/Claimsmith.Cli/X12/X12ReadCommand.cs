using System.ComponentModel;
using System.Text.Json;
using Claimsmith.X12;
using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.ClaimStatus;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Documents;
using Claimsmith.X12.Eligibility;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Remittance;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.X12;

/// <summary><c>claimsmith x12 read FILE [--json]</c>: the typed model of each transaction set.</summary>
internal sealed class X12ReadCommand : Command<X12ReadCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The X12 file to read.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--json")]
        [Description("Print the typed model as JSON (default: a short summary).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Console.Error);

    internal static int Run(Settings settings, TextWriter output, TextWriter error)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            error.WriteLine($"{settings.File}: the file does not exist.");
            return 1;
        }

        var data = System.IO.File.ReadAllBytes(settings.File);
        var kinds = X12Document.Read(data).Value.Transactions.Select(t => t.Header.TransactionSetId).Distinct().ToList();
        var models = new List<object>();
        var issues = new List<X12Issue>();
        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case "837":
                    Collect(Claim837Reader.Read(data), models, issues);
                    break;
                case "835":
                    Collect(Remittance835Reader.Read(data), models, issues);
                    break;
                case "999":
                    Collect(Acknowledgment999Reader.Read(data), models, issues);
                    break;
                case "277":
                    Collect(ClaimStatus277Reader.Read(data), models, issues);
                    break;
                case "271":
                    Collect(EligibilityResponse271Reader.Read(data), models, issues);
                    break;
                default:
                    Collect(X12Document.Read(data), models, issues);
                    break;
            }
        }

        if (kinds.Count == 0)
        {
            Collect(X12Document.Read(data), models, issues);
        }

        var distinctIssues = issues.Distinct().Select(X12ValidateCommand.IssueReport.From).ToList();
        if (settings.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { file = settings.File, transactions = models, issues = distinctIssues }, X12Json.Options));
        }
        else
        {
            output.WriteLine($"{settings.File}: {models.Count} transaction set(s) [{string.Join(", ", kinds)}], {distinctIssues.Count} issue(s)");
            foreach (var m in models)
            {
                output.WriteLine("  " + Describe(m));
            }

            foreach (var i in distinctIssues)
            {
                output.WriteLine($"  {i.Severity} {i.Code} at {i.Location}: {i.Message}");
            }
        }

        return distinctIssues.Any(i => i.Severity == "Error") ? 1 : 0;
    }

    private static void Collect<T>(X12ReadResult<IReadOnlyList<T>> result, List<object> models, List<X12Issue> issues)
        where T : class
    {
        models.AddRange(result.Value);
        issues.AddRange(result.Issues);
    }

    private static void Collect(X12ReadResult<X12Document> result, List<object> models, List<X12Issue> issues)
    {
        models.AddRange(result.Value.Transactions);
        issues.AddRange(result.Issues);
    }

    private static string Describe(object model) => model switch
    {
        Submission837 s => $"837{(s.Kind == ClaimKind.Professional ? "P" : "I")} {s.ControlNumber}: {s.AllClaims.Count()} claim(s), total charge {s.AllClaims.Sum(c => c.TotalCharge)}",
        Remittance835 r => $"835 {r.ControlNumber}: payment {r.TotalPayment} ({r.PaymentMethod}, trace {r.TraceNumber}), {r.Claims.Count} claim(s)",
        Acknowledgment999 a => $"999 {a.ControlNumber}: group {a.GroupControlNumber} {a.GroupStatus}, {a.AcceptedCount}/{a.ReceivedCount} accepted",
        ClaimStatusResponse277 c => $"277 {c.ControlNumber}: {c.Claims.Count} claim status(es), {c.Claims.Count(x => x.IsRejected)} rejected",
        EligibilityResponse271 e => $"271 {e.ControlNumber}: {e.Members.Count} member(s), {e.Members.Count(m => m.HasActiveCoverage)} with active coverage",
        X12Transaction t => $"{t.Header.TransactionSetId} {t.Header.ControlNumber}: {t.Segments.Count} segment(s)",
        _ => model.ToString() ?? string.Empty,
    };
}
