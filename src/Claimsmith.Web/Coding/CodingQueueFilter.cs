using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Coding;

/// <summary>
/// The coding queue's filter (organization, setting, older than N days), shared by the workbench's
/// queue and the batch coding job that suggests codes for "the waiting encounters", so both mean
/// the same encounters.
/// </summary>
/// <param name="OrganizationId">Only this organization's encounters.</param>
/// <param name="Setting"><c>professional</c> or <c>institutional</c>; anything else is every setting.</param>
/// <param name="OlderThanDays">Only encounters whose first date of service is at least this many days ago.</param>
internal sealed record CodingQueueFilter(Guid? OrganizationId, string? Setting, int? OlderThanDays)
{
    /// <summary>The encounters of <paramref name="encounters"/> that match, as of <paramref name="today"/>.</summary>
    public IQueryable<Encounter> Apply(IQueryable<Encounter> encounters, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(encounters);
        var q = encounters;
        if (OrganizationId is { } org)
        {
            q = q.Where(e => e.OrganizationId == org);
        }

        if (Setting == "professional")
        {
            q = q.Where(e => e.Kind == ClaimKind.Professional);
        }
        else if (Setting == "institutional")
        {
            q = q.Where(e => e.Kind == ClaimKind.Institutional);
        }

        if (OlderThanDays is { } days)
        {
            var before = today.AddDays(-days);
            q = q.Where(e => e.ServiceFrom <= before);
        }

        return q;
    }

    /// <summary>Encounters with notes that are neither coded nor have suggestions yet (the queue's "Not opened").</summary>
    public static IQueryable<Encounter> NotOpened(ClaimsmithDbContext db, IQueryable<Encounter> encounters)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(encounters);
        return encounters.Where(e => db.ClinicalDocuments.Any(d => d.EncounterId == e.Id)
            && !db.EncounterDiagnoses.Any(d => d.EncounterId == e.Id) && !db.SuggestionSets.Any(s => s.EncounterId == e.Id));
    }
}
