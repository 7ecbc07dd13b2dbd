using Claimsmith.Billing;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Overrides;

namespace Claimsmith.Web.Claims;

/// <summary>What the scrubber found on one claim: the findings that stand and those a biller overrode.</summary>
internal sealed record ClaimScrubReport(
    Guid ClaimId, string ClaimNumber, ClaimStatus Status, bool HasErrors, int Errors, int Warnings, int Infos,
    IReadOnlyList<ScrubFinding> Findings, IReadOnlyList<ScrubFinding> Overridden)
{
    public static ClaimScrubReport From(Claim claim, ScrubResult result, OverrideLog overrides)
    {
        var findings = result.Findings.Select(f => ScrubFinding.From(f, null)).ToList();
        var overridden = result.Overridden.Select(f => ScrubFinding.From(f, overrides.Find(result.ClaimId, f))).ToList();
        return new ClaimScrubReport(
            claim.Id, claim.ClaimNumber, claim.Status, result.HasErrors,
            findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info),
            findings, overridden);
    }

    /// <summary>One line for the claim's status history, e.g. "Scrubbed: 0 errors, 2 warnings, 1 overridden".</summary>
    public string Summary => $"Scrubbed: {Errors} errors, {Warnings} warnings, {Infos} notes, {Overridden.Count} overridden";
}

/// <summary>One finding: stable rule id, severity, the line (0 for the claim), the message, its source and the fix.</summary>
internal sealed record ScrubFinding(string RuleId, Severity Severity, int Line, string Message, string Source, string Fix, string? Code, ScrubFindingOverride? Override)
{
    public static ScrubFinding From(Finding f, FindingOverride? o) =>
        new(f.RuleId, f.Severity, f.Line, f.Message, f.Source, f.Fix, f.Code, o is null ? null : new ScrubFindingOverride(o.User, o.At, o.Reason));
}

/// <summary>Who overrode a finding, when and why.</summary>
internal sealed record ScrubFindingOverride(string By, DateTimeOffset At, string Reason);

/// <summary>The result of scrubbing many claims: counts and each claim's report.</summary>
internal sealed record BatchScrubReport(int Scrubbed, int WithErrors, int WithWarnings, int Clean, IReadOnlyList<ClaimScrubReport> Claims);

/// <summary>Scrub many claims: by default every Ready claim; optionally another status, one kind, or named claims.</summary>
internal sealed record BatchScrubRequest(ClaimStatus? Status, ClaimKind? Kind, IReadOnlyList<Guid>? ClaimIds);

/// <summary>Override a finding of a claim (rule id, line, and code when the finding names one) with the reason.</summary>
internal sealed record ScrubOverrideRequest(string? RuleId, int? Line, string? Code, string? Reason);
