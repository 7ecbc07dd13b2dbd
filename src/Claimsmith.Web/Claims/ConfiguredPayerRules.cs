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
