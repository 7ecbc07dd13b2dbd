using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Audit;

/// <summary>
/// Looks a record up past the organization filters, for the audit log only: a 404 for a record
/// that exists elsewhere is an out-of-scope attempt, and the entry names its organization.
/// Nothing found here ever reaches the caller.
/// </summary>
internal sealed class AuditRecordLocator(DatabaseSettings settings)
{
    internal readonly record struct Located(bool Exists, Guid? OrganizationId);

    public async Task<Located> LocateAsync(string recordType, Guid id, CancellationToken ct)
    {
        await using var db = settings.CreateContext(); // unrestricted: system lookup
        List<Guid?> orgs = recordType switch
        {
            "Patient" => await db.Patients.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Encounter" => await db.Encounters.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Claim" => await db.Claims.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Organization" => await db.Organizations.Where(x => x.Id == id).Select(x => (Guid?)x.Id).ToListAsync(ct).ConfigureAwait(false),
            "Facility" => await db.Facilities.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Provider" => await db.Providers.Where(x => x.Id == id).Select(x => x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Coverage" => await db.Coverages.Where(x => x.Id == id)
                .Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => (Guid?)p.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Appeal" => await db.Appeals.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "StatementRecord" => await db.StatementRecords.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "Payer" => await db.Payers.Where(x => x.Id == id).Select(x => (Guid?)null).ToListAsync(ct).ConfigureAwait(false),
            "FeeSchedule" => await db.FeeScheduleEntries.Where(x => x.Id == id).Select(x => (Guid?)x.OrganizationId).ToListAsync(ct).ConfigureAwait(false),
            "ClaimBatch" => await db.ClaimBatches.Where(x => x.Id == id).Select(x => (Guid?)null).ToListAsync(ct).ConfigureAwait(false),
            _ => [],
        };
        return orgs.Count == 0 ? default : new Located(true, orgs[0]);
    }
}
