using Claimsmith.CodeSets.Importing;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Web.Claims;

/// <summary>
/// The payer rule set named by <c>Claimsmith:Scrubber:PayerRules</c> (a JSON file), as read for
/// the scrubber: the file, the rules that passed the checks and the problems of the rest.
/// </summary>
/// <param name="Path">The configured file, or null when none is configured.</param>
/// <param name="Rules">The rules and payer profiles read (empty when none).</param>
/// <param name="Issues">Why the file or some of its rules could not be used.</param>
internal sealed record ConfiguredPayerRules(string? Path, PayerRuleSet Rules, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>
    /// The payer ids the file speaks of, in order: those with a profile (timely filing) and those
    /// its rules name. The settings screen shows one group per id.
    /// </summary>
    public IReadOnlyList<string> PayerIds =>
        Rules.Payers.Select(p => p.PayerId).Concat(Rules.Rules.SelectMany(r => r.Payers)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>How many payers and rules the set holds.</summary>
    public PayerRuleCounts Counts => new(PayerIds.Count, Rules.Rules.Count);

    public static ConfiguredPayerRules Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new ConfiguredPayerRules(null, PayerRuleSet.Empty, []);
        }

        if (!File.Exists(path))
        {
            return new ConfiguredPayerRules(path, PayerRuleSet.Empty, [new ImportIssue("rules.missing", path, 0, "the file does not exist")]);
        }

        var (rules, issues) = PayerRuleSet.Parse(File.ReadAllText(path), System.IO.Path.GetFileName(path));
        return new ConfiguredPayerRules(path, rules, issues);
    }
}
