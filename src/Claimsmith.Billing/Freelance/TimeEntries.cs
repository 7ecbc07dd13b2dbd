namespace Claimsmith.Billing;

/// <summary>Rules for time entered by hand and its corrections (<see cref="TimeEntry"/>).</summary>
public static class TimeEntries
{
    /// <summary>The entries that count: those no later entry supersedes.</summary>
    public static IReadOnlyList<TimeEntry> Effective(IEnumerable<TimeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToList();
        var superseded = all.Where(e => e.SupersedesId is not null).Select(e => e.SupersedesId!.Value).ToHashSet();
        return [.. all.Where(e => !superseded.Contains(e.Id)).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)];
    }

    /// <summary>
    /// Problems with a new entry given the user's existing entries (<paramref name="existing"/>):
    /// minutes within a day, negative minutes only as a correction of captured time, and a
    /// correction must name the current entry of the same user and client (not one already corrected).
    /// </summary>
    public static IReadOnlyList<BillingIssue> Validate(TimeEntry entry, IEnumerable<TimeEntry> existing)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(existing);
        var issues = new List<BillingIssue>();
        if (entry.Minutes is < -1440 or > 1440)
        {
            issues.Add(new("time.minutes", "minutes", "An entry is at most one day (1440 minutes)."));
        }

        if (entry.Minutes < 0 && entry.Category != TimeEntryCategory.CapturedCorrection)
        {
            issues.Add(new("time.negative", "minutes", "Only a correction of captured time can remove minutes."));
        }

        if (string.IsNullOrWhiteSpace(entry.User))
        {
            issues.Add(new("time.user", "user", "Whose time it is is required."));
        }

        if (entry.SupersedesId is { } id)
        {
            var list = existing.ToList();
            var target = list.FirstOrDefault(e => e.Id == id);
            if (target is null || target.User != entry.User || target.OrganizationId != entry.OrganizationId)
            {
                issues.Add(new("time.supersedes", "supersedesId", "The entry to correct does not exist for this user and client."));
            }
            else if (list.Any(e => e.SupersedesId == id))
            {
                issues.Add(new("time.alreadyCorrected", "supersedesId", "That entry was corrected already: correct the latest entry instead."));
            }
        }

        return issues;
    }
}
