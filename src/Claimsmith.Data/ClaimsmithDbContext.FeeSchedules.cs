using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

// The practice fee schedule (charge master): organization-owned, filtered in
// ClaimsmithDbContext.Access.cs; no PHI.
public abstract partial class ClaimsmithDbContext
{
    public DbSet<FeeScheduleEntry> FeeScheduleEntries => Set<FeeScheduleEntry>();

    private static void ConfigureFeeSchedules(ModelBuilder builder)
    {
        builder.Entity<FeeScheduleEntry>(e =>
        {
            Versioned(e);
            e.Property(x => x.Modifier).HasMaxLength(2);
            // Pricing a line and the overlap check look up one code of one organization.
            e.HasIndex(x => new { x.OrganizationId, x.ProcedureCode, x.Modifier, x.EffectiveFrom });
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
