using Claimsmith.Edits.Findings;

namespace Claimsmith.Edits.Overrides;

/// <summary>
/// The overrides of findings, in memory and in the order they were made (the billing core
/// persists them). Thread-safe.
/// </summary>
public sealed class OverrideLog
{
    private readonly List<FindingOverride> _entries = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    /// <summary>Creates an empty log.</summary>
    public OverrideLog(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Every override, oldest first.</summary>
    public IReadOnlyList<FindingOverride> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Records that <paramref name="user"/> overrode <paramref name="finding"/> on a claim, with the reason.</summary>
    public FindingOverride Record(string claimId, Finding finding, string user, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var entry = new FindingOverride(claimId, finding.RuleId, finding.Line, finding.Code, user.Trim(), reason.Trim(), _time.GetUtcNow());
        Add(entry);
        return entry;
    }

    /// <summary>Adds an override read back from storage.</summary>
    public void Add(FindingOverride entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            _entries.Add(entry);
        }
    }

    /// <summary>The override that covers a finding of a claim, or null.</summary>
    public FindingOverride? Find(string claimId, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        lock (_lock)
        {
            // The newest decision wins.
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                var e = _entries[i];
                if (e.ClaimId == claimId && e.RuleId == finding.RuleId && e.Line == finding.Line && e.Code == finding.Code)
                {
                    return e;
                }
            }

            return null;
        }
    }

    /// <summary>Splits findings into those that still stand and those overridden.</summary>
    public ScrubResult Apply(string claimId, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var stand = new List<Finding>(findings.Count);
        var overridden = new List<Finding>();
        foreach (var f in findings)
        {
            (Find(claimId, f) is null ? stand : overridden).Add(f);
        }

        return new ScrubResult(claimId, stand, overridden);
    }
}
