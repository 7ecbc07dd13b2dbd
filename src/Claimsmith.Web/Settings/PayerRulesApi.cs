using Claimsmith.Data;
using Claimsmith.Edits.PayerRules;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Claims;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Settings;

/// <summary>
/// The scrubber's payer rules as configured (<c>Claimsmith:Scrubber:PayerRules</c>, a JSON file
/// read when the host first scrubs), grouped by payer and described in words. The rules are
/// changed in the file and reloaded (<c>POST /api/payer-rules/reload</c>) without a restart: a
/// file with any problem is refused whole and the rules in force stay.
/// </summary>
internal static class PayerRulesApi
{
    /// <summary>The configuration key that names the rules file.</summary>
    public const string ConfigurationKey = ClaimScrubService.PayerRulesKey;

    /// <summary>Problem type of a refused reload (422).</summary>
    public const string RefusedProblem = "https://claimsmith.dev/problems/payer-rules-refused";

    /// <summary>Problem type of a reload without a configured file (409).</summary>
    public const string NotConfiguredProblem = "https://claimsmith.dev/problems/payer-rules-not-configured";

    public static IEndpointRouteBuilder MapPayerRulesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/payer-rules").WithTags("Payer rules").Audited("PayerRules", "payer-rules").RequireAuthorization(Policies.Admin);
        group.MapGet("/", Get)
            .WithSummary("The scrubber's configured payer rules per payer, in words (edit the JSON file named by Claimsmith:Scrubber:PayerRules, then reload)");
        group.MapPost("/reload", Reload).WithAuditAction("payer-rules.reload")
            .WithSummary("Reads the payer rules file again: 200 with the rules now in force and what changed, 422 with each problem when the file is refused (the rules in force stay), 409 when no file is configured");
        return app;
    }

    internal sealed record RuleView(string Id, string Description, string Message, string? Fix, string? Source, PayerRuleAction Action, PayerRule Rule);

    /// <summary>The rules of one payer id (or of every payer when <see cref="PayerId"/> is null).</summary>
    internal sealed record PayerGroup(string? PayerId, IReadOnlyList<string> Names, int? TimelyFilingDays, IReadOnlyList<RuleView> Rules);

    internal sealed record PayerRulesView(bool Configured, string? File, string ConfigurationKey, IReadOnlyList<PayerGroup> Payers, IReadOnlyList<string> Problems);

    /// <summary>A problem of a refused file: where (file, line; 0 when the problem is not on one line) and what.</summary>
    internal sealed record ProblemView(string Code, string File, int Line, string Message, string Text);

    /// <summary>A successful reload: the counts before and after, which rule ids changed, and the rules now in force.</summary>
    internal sealed record ReloadView(
        PayerRulesReloadOutcome Outcome, DateTimeOffset At, PayerRuleCounts Before, PayerRuleCounts After,
        IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, string Summary, PayerRulesView Rules);

    internal static async Task<Results<Ok<ReloadView>, ProblemHttpResult>> Reload(ClaimScrubService scrubber, ClaimsmithDbContext db, CancellationToken ct)
    {
        var reload = scrubber.ReloadPayerRules();
        var inForce = reload.InForce.Counts;
        switch (reload.Outcome)
        {
            case PayerRulesReloadOutcome.NotConfigured:
                // 409: the request is right, the host's state (no file named) does not allow it.
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "No payer rules file is configured, so there is nothing to reload.",
                    detail: $"Name the JSON rules file with the setting {ConfigurationKey} in appsettings.json (a change there is followed on the next reload) or the environment variable Claimsmith__Scrubber__PayerRules (read when the host starts), then reload. The scrubber keeps running {Counted(inForce)}.",
                    type: NotConfiguredProblem,
                    extensions: new Dictionary<string, object?> { ["inForce"] = inForce });
            case PayerRulesReloadOutcome.Refused:
                var problems = reload.Problems.Select(p => new ProblemView(p.Code, p.File, p.Line, p.Message, p.ToString())).ToList();
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: $"The payer rules file was refused: {problems.Count} problem(s). The rules in force are unchanged ({Counted(inForce)}).",
                    detail: "Correct each problem in the file, then reload again.",
                    type: RefusedProblem,
                    extensions: new Dictionary<string, object?> { ["problems"] = problems, ["inForce"] = inForce, ["file"] = reload.File });
            default:
                var view = await ViewAsync(reload.InForce, db, ct);
                return TypedResults.Ok(new ReloadView(reload.Outcome, reload.At, reload.Before, reload.After, reload.Added, reload.Removed, reload.Changed, Summary(reload), view));
        }
    }

    /// <summary>"Reloaded: 2 payers, 5 rules (before: 1 payer, 3 rules); added X; removed Y; changed Z."</summary>
    internal static string Summary(PayerRulesReload reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        var parts = new List<string> { $"Reloaded: {Counted(reload.After)} in force (before: {Counted(reload.Before)})" };
        if (reload.Added.Count > 0)
        {
            parts.Add("added " + string.Join(", ", reload.Added));
        }

        if (reload.Removed.Count > 0)
        {
            parts.Add("removed " + string.Join(", ", reload.Removed));
        }

        if (reload.Changed.Count > 0)
        {
            parts.Add("changed " + string.Join(", ", reload.Changed));
        }

        return string.Join("; ", parts) + ".";
    }

    internal static string Counted(PayerRuleCounts counts) =>
        $"{counts.Payers} {(counts.Payers == 1 ? "payer" : "payers")}, {counts.Rules} {(counts.Rules == 1 ? "rule" : "rules")}";

    internal static async Task<Ok<PayerRulesView>> Get(ClaimScrubService scrubber, ClaimsmithDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(scrubber.PayerRules, db, ct));

    /// <summary>The view the screen and the API show.</summary>
    public static async Task<PayerRulesView> ViewAsync(ConfiguredPayerRules configured, ClaimsmithDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var set = configured.Rules;
        var ids = configured.PayerIds;
        var known = (await db.Payers.AsNoTracking().Where(p => ids.Contains(p.PayerIdentifier)).Select(p => new { p.PayerIdentifier, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.PayerIdentifier, p => p.Name, StringComparer.Ordinal);

        static RuleView View(PayerRule r) => new(r.Id, PayerRuleWords.Describe(r), r.Message, r.Fix, r.Source, r.Action, r);
        var groups = new List<PayerGroup>();
        var everyPayer = set.Rules.Where(r => r.Payers.Count == 0).Select(View).ToList();
        if (everyPayer.Count > 0)
        {
            groups.Add(new PayerGroup(null, [], null, everyPayer));
        }

        foreach (var id in ids)
        {
            var profile = set.Payers.LastOrDefault(p => p.PayerId == id);
            var names = known[id].ToList();
            if (names.Count == 0 && profile?.Name is { } name)
            {
                names.Add(name);
            }

            groups.Add(new PayerGroup(id, names, profile?.TimelyFilingDays, set.Rules.Where(r => r.Payers.Contains(id, StringComparer.Ordinal)).Select(View).ToList()));
        }

        return new PayerRulesView(configured.Path is not null, configured.Path, ConfigurationKey, groups, configured.Issues.Select(i => i.ToString()).ToList());
    }
}
