using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

// The stored claim total (column Claims.TotalCharge, Claim.StoredTotalCharge): the claim list
// filters by amount in SQL, and Money is stored converted (integer cents on SQLite), so a sum
// over the lines per claim at query time would mean reading every line. The total is set here,
// on every save, from the lines themselves, so no claim-building path can forget it.
public abstract partial class ClaimsmithDbContext
{
    private void KeepClaimTotals()
    {
        // Claims whose lines changed: each must end up with its lines in memory to be summed.
        var touched = new HashSet<Guid>();
        foreach (var line in ChangeTracker.Entries<ClaimLine>())
        {
            if (line.State is EntityState.Added or EntityState.Deleted
                || (line.State == EntityState.Modified && line.Property(l => l.Charge).IsModified))
            {
                touched.Add(line.Entity.ClaimId);
            }
        }

        var summed = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries<Claim>().ToList())
        {
            if (entry.State == EntityState.Deleted)
            {
                summed.Add(entry.Entity.Id);
                continue;
            }

            var lines = entry.Collection(c => c.Lines);
            if (entry.State == EntityState.Added || lines.IsLoaded || touched.Contains(entry.Entity.Id))
            {
                if (entry.State != EntityState.Added && !lines.IsLoaded)
                {
                    // A line was added, removed or repriced without the claim's lines loaded.
                    lines.Load();
                }

                SetTotal(entry);
                summed.Add(entry.Entity.Id);
            }
        }

        foreach (var claimId in touched.Where(id => !summed.Contains(id)))
        {
            // The claim itself is not tracked: load it with its lines (the changed lines are fixed up into it).
            var claim = Claims.IgnoreQueryFilters().Include(c => c.Lines).SingleOrDefault(c => c.Id == claimId);
            if (claim is not null)
            {
                SetTotal(Entry(claim));
            }
        }
    }

    private void SetTotal(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Claim> entry)
    {
        var total = Money.Sum(entry.Entity.Lines.Where(l => Entry(l).State != EntityState.Deleted).Select(l => l.Charge));
        var stored = entry.Property(c => c.StoredTotalCharge);
        if (stored.CurrentValue != total)
        {
            stored.CurrentValue = total;
        }
    }
}
