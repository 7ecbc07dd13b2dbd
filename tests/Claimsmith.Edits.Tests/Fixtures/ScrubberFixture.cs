using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Edits.Tests.Fixtures;

/// <summary>Builds scrubbers over the shared real snapshot and the synthetic NCCI tables, with assertions on rule ids.</summary>
internal static class Scrub
{
    private static readonly Lazy<ClaimScrubber> Default = new(() => Create());

    public static ClaimScrubber Create(IClaimHistory? history = null, PayerRuleSet? rules = null) =>
        new(RealCodeSets.Get(), new ScrubberOptions
        {
            PractitionerPtp = FixtureFiles.Ptp(),
            PractitionerMue = FixtureFiles.Mue(),
            History = history,
            PayerRules = rules ?? PayerRuleSet.Empty,
            Time = FixedTime.March2026,
        });

    public static ScrubResult Run(ScrubClaim claim)
    {
        RealCodeSets.Get();
        return Default.Value.Scrub(claim);
    }

    public static Finding Fires(this ScrubResult r, string ruleId, int? line = null)
    {
        var hits = r.Findings.Where(f => f.RuleId == ruleId && (line is null || f.Line == line)).ToList();
        Assert.True(hits.Count > 0, $"expected {ruleId}{(line is null ? "" : $" on line {line}")}; got: {Describe(r)}");
        Assert.All(hits, h => Assert.False(string.IsNullOrWhiteSpace(h.Message) || string.IsNullOrWhiteSpace(h.Source) || string.IsNullOrWhiteSpace(h.Fix)));
        return hits[0];
    }

    public static void Quiet(this ScrubResult r, string ruleId) =>
        Assert.True(r.Findings.All(f => f.RuleId != ruleId), $"expected no {ruleId}; got: {Describe(r)}");

    public static string Describe(ScrubResult r) => r.Findings.Count == 0 ? "(no findings)" : string.Join(" | ", r.Findings);
}
