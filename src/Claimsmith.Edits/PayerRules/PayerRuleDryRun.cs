using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;

namespace Claimsmith.Edits.PayerRules;

/// <summary>Tries a rule set over past claims without changing anything: how often each rule would fire.</summary>
public static class PayerRuleDryRun
{
    /// <summary>Runs <paramref name="ruleSet"/>'s rules over <paramref name="claims"/>.</summary>
    public static DryRunReport Run(PayerRuleSet ruleSet, IEnumerable<ScrubClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(claims);
        var compiled = ruleSet.Rules.Select(r => new CompiledRule(r)).ToArray();
        var findings = new int[compiled.Length];
        var claimCounts = new int[compiled.Length];
        var samples = compiled.Select(_ => new List<string>()).ToArray();
        var index = compiled.Select((c, i) => (c.Rule.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var checkedCount = 0;
        var stopped = 0;
        foreach (var claim in claims)
        {
            checkedCount++;
            List<Finding>? f = null;
            var date = claim.Lines.Select(l => l.ServiceDate).Where(d => d is not null).Min() ?? claim.StatementFrom;
            int? age = claim.PatientBirthDate is { } b && date is { } d ? ClaimScrubber.AgeAt(b, d) : null;
            ClaimScrubber.EvaluateRules(claim, age, compiled, ref f);
            if (f is null)
            {
                continue;
            }

            if (f.Any(x => x.IsError))
            {
                stopped++;
            }

            foreach (var g in f.GroupBy(x => x.RuleId))
            {
                var i = index[g.Key];
                findings[i] += g.Count();
                claimCounts[i]++;
                if (samples[i].Count < 10)
                {
                    samples[i].Add(claim.Id);
                }
            }
        }

        var rules = compiled.Select((c, i) => new DryRunRuleResult(c.Rule.Id, findings[i], claimCounts[i], samples[i])).ToList();
        return new DryRunReport(checkedCount, rules) { ClaimsStopped = stopped };
    }
}
