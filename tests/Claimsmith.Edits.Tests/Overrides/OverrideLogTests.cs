using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Overrides;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.Overrides;

/// <summary>Overriding a finding records who and why, and the claim is no longer stopped by it.</summary>
public sealed class OverrideLogTests
{
    [Fact]
    public void OverriddenError_NoLongerStopsTheClaim_AndIsRecorded()
    {
        var claim = TestClaims.Professional(["E11.9", "E10.9"]);
        var scrubber = Scrub.Create();
        var first = scrubber.Scrub(claim);
        var excludes = first.Fires(RuleIds.DxExcludes1);
        Assert.True(first.HasErrors);

        var log = new OverrideLog(FixedTime.March2026);
        var entry = log.Record(claim.Id, excludes, "coder.kim", "Conditions documented as unrelated (guideline I.A.12.a exception)");
        Assert.Equal("coder.kim", entry.User);
        Assert.Equal(FixedTime.March2026.GetUtcNow(), entry.At);

        var again = scrubber.Scrub(claim, log);
        Assert.False(again.HasErrors, Scrub.Describe(again));
        Assert.Contains(again.Overridden, f => f.RuleId == RuleIds.DxExcludes1);
        Assert.Single(log.Entries);
    }

    [Fact]
    public void Override_CoversOnlyItsClaimAndFinding()
    {
        var log = new OverrideLog();
        var f = new Finding(RuleIds.NcciPtp, Severity.Error, 2, "m", "s", "x", "20610");
        log.Record("C1", f, "u", "r");
        Assert.NotNull(log.Find("C1", f));
        Assert.Null(log.Find("C2", f));
        Assert.Null(log.Find("C1", f with { Line = 3 }));
        Assert.Null(log.Find("C1", f with { RuleId = RuleIds.NcciMueDay }));
    }

    [Fact]
    public void Override_NeedsUserAndReason()
    {
        var log = new OverrideLog();
        var f = new Finding(RuleIds.NcciPtp, Severity.Error, 2, "m", "s", "x");
        Assert.Throws<ArgumentException>(() => log.Record("C1", f, "u", " "));
        Assert.Throws<ArgumentException>(() => log.Record("C1", f, "", "r"));
    }
}
