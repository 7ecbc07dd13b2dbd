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
/// read once when the host starts scrubbing), grouped by payer and described in words. Read
/// only: the rules are changed in the file and the host restarted.
/// </summary>
internal static class PayerRulesApi
{
    /// <summary>The configuration key that names the rules file.</summary>
    public const string ConfigurationKey = ClaimScrubService.Section + ":PayerRules";

    public static IEndpointRouteBuilder MapPayerRulesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/payer-rules").WithTags("Payer rules").Audited("PayerRules", "payer-rules")
            .MapGet("/", Get).RequireAuthorization(Policies.Admin)
            .WithSummary("The scrubber's configured payer rules per payer, in words (read only: edit the JSON file named by Claimsmith:Scrubber:PayerRules)");
        return app;
    }

    internal sealed record RuleView(string Id, string Description, string Message, string? Fix, string? Source, PayerRuleAction Action, PayerRule Rule);

    /// <summary>The rules of one payer id (or of every payer when <see cref="PayerId"/> is null).</summary>
    internal sealed record PayerGroup(string? PayerId, IReadOnlyList<string> Names, int? TimelyFilingDays, IReadOnlyList<RuleView> Rules);

    internal sealed record PayerRulesView(bool Configured, string? File, string ConfigurationKey, IReadOnlyList<PayerGroup> Payers, IReadOnlyList<string> Problems);

    internal static async Task<Ok<PayerRulesView>> Get(ClaimScrubService scrubber, ClaimsmithDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(scrubber.PayerRules, db, ct));

    /// <summary>The view the screen and the API show.</summary>
    public static async Task<PayerRulesView> ViewAsync(ConfiguredPayerRules configured, ClaimsmithDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var set = configured.Rules;
        var ids = set.Payers.Select(p => p.PayerId).Concat(set.Rules.SelectMany(r => r.Payers)).Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.Payers.AsNoTracking().Where(p => ids.Contains(p.PayerIdentifier)).Select(p => new { p.PayerIdentifier, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.PayerIdentifier, p => p.Name, StringComparer.Ordinal);

        static RuleView View(PayerRule r) => new(r.Id, PayerRuleWords.Describe(r), r.Message, r.Fix, r.Source, r.Action, r);
        var groups = new List<PayerGroup>();
        var everyPayer = set.Rules.Where(r => r.Payers.Count == 0).Select(View).ToList();
        if (everyPayer.Count > 0)
        {
            groups.Add(new PayerGroup(null, [], null, everyPayer));
        }

        foreach (var id in ids.Order(StringComparer.Ordinal))
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
