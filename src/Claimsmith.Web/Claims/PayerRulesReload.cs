using System.Text.Json;
using Claimsmith.CodeSets.Importing;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Web.Claims;

/// <summary>
/// The result of <see cref="ClaimScrubService.ReloadPayerRules"/>: whether the file replaced the
/// rules in force, the set in force now, counts before and after, the rule ids added, removed and
/// changed, and, when the file was refused, each of its problems (file, line, what).
/// </summary>
/// <param name="Outcome">Reloaded, refused or not configured.</param>
/// <param name="File">The file read (null when none is configured).</param>
/// <param name="InForce">The rules the scrubber runs from now on (the old set unless reloaded).</param>
/// <param name="Before">Payers and rules before the reload.</param>
/// <param name="After">Payers and rules in force after it.</param>
/// <param name="Added">Ids of rules the new file adds.</param>
/// <param name="Removed">Ids of rules the new file no longer has.</param>
/// <param name="Changed">Ids of rules in both whose conditions, action or words differ.</param>
/// <param name="Problems">Why the file was refused (empty when reloaded).</param>
/// <param name="At">When the reload ran.</param>
internal sealed record PayerRulesReload(
    PayerRulesReloadOutcome Outcome,
    string? File,
    ConfiguredPayerRules InForce,
    PayerRuleCounts Before,
    PayerRuleCounts After,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Changed,
    IReadOnlyList<ImportIssue> Problems,
    DateTimeOffset At)
{
    internal static PayerRulesReload NotConfigured(ConfiguredPayerRules current, DateTimeOffset at) =>
        new(PayerRulesReloadOutcome.NotConfigured, null, current, current.Counts, current.Counts, [], [], [], [], at);

    internal static PayerRulesReload Refused(string file, ConfiguredPayerRules current, IReadOnlyList<ImportIssue> problems, DateTimeOffset at) =>
        new(PayerRulesReloadOutcome.Refused, file, current, current.Counts, current.Counts, [], [], [], problems, at);

    internal static PayerRulesReload Reloaded(ConfiguredPayerRules before, ConfiguredPayerRules after, DateTimeOffset at)
    {
        var old = Canonical(before.Rules);
        var now = Canonical(after.Rules);
        return new(
            PayerRulesReloadOutcome.Reloaded,
            after.Path,
            after,
            before.Counts,
            after.Counts,
            [.. now.Keys.Where(id => !old.ContainsKey(id))],
            [.. old.Keys.Where(id => !now.ContainsKey(id))],
            [.. now.Where(kv => old.TryGetValue(kv.Key, out var was) && was != kv.Value).Select(kv => kv.Key)],
            [],
            at);
    }

    // Rules compare by their JSON: the record's lists compare by reference, not by content.
    private static Dictionary<string, string> Canonical(PayerRuleSet set)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in set.Rules)
        {
            byId[r.Id] = JsonSerializer.Serialize(r, CanonicalJson);
        }

        return byId;
    }

    private static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web);
}
