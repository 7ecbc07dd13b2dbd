using Claimsmith.Billing;
using Claimsmith.Data.Remittance;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

// Remittance posting (835) and the denial work queue: the stored adjudications, the exceptions
// queue, provider-level adjustments, contract rates and work items, with their organization filters.
public abstract partial class ClaimsmithDbContext
{
    public DbSet<RemittanceAdvice> RemittanceAdvices => Set<RemittanceAdvice>();
    public DbSet<ProviderLevelAdjustment> ProviderLevelAdjustments => Set<ProviderLevelAdjustment>();
    public DbSet<ClaimAdjudication> ClaimAdjudications => Set<ClaimAdjudication>();
    public DbSet<AdjudicationLine> AdjudicationLines => Set<AdjudicationLine>();
    public DbSet<AdjudicationAdjustment> AdjudicationAdjustments => Set<AdjudicationAdjustment>();
    public DbSet<RemittanceRejection> RemittanceRejections => Set<RemittanceRejection>();
    public DbSet<DenialWorkItem> DenialWorkItems => Set<DenialWorkItem>();
    public DbSet<DenialWorkItemEvent> DenialWorkItemEvents => Set<DenialWorkItemEvent>();
    public DbSet<PayerContractRate> PayerContractRates => Set<PayerContractRate>();

    private void ConfigureRemittance(ModelBuilder builder)
    {
        builder.Entity<RemittanceAdvice>(e =>
        {
            // Idempotency: one payer's trace number (TRN02) posts once.
            e.HasIndex(x => new { x.PayerKey, x.TraceNumber }).IsUnique();
            e.HasIndex(x => x.ReceivedAt);
            e.Property(x => x.FileSha256).HasMaxLength(64);
            e.Property(x => x.PayerKey).HasMaxLength(80);
            e.Property(x => x.TraceNumber).HasMaxLength(50);
            e.HasMany(x => x.ProviderAdjustments).WithOne().HasForeignKey(x => x.RemittanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => ScopeUnrestricted || (r.OrganizationId != null && ScopeIds.Contains(r.OrganizationId.Value)));
        });
        builder.Entity<ProviderLevelAdjustment>(e =>
        {
            e.Ignore(x => x.Description);
            e.HasQueryFilter(p => ScopeUnrestricted || Set<RemittanceAdvice>().Any(r => r.Id == p.RemittanceId));
        });
        builder.Entity<ClaimAdjudication>(e =>
        {
            e.Ignore(x => x.IsReversal);
            e.Ignore(x => x.IsCrossover);
            e.Ignore(x => x.Remarks);
            e.Property(x => x.RemarkCodes).HasMaxLength(500);
            e.Property(x => x.ExceptionMessage).HasMaxLength(1000);
            e.HasIndex(x => new { x.RemittanceId, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.ClaimId, x.PostedAt });
            e.HasIndex(x => x.State);
            e.HasOne<RemittanceAdvice>().WithMany().HasForeignKey(x => x.RemittanceId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.AdjudicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Adjustments).WithOne().HasForeignKey(x => x.AdjudicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(a => ScopeUnrestricted || (a.OrganizationId != null && ScopeIds.Contains(a.OrganizationId.Value)));
        });
        builder.Entity<AdjudicationLine>(e =>
        {
            e.Ignore(x => x.Remarks);
            e.Ignore(x => x.FirstModifier);
            e.Property(x => x.RemarkCodes).HasMaxLength(500);
            e.HasIndex(x => x.ClaimLineId);
            e.HasQueryFilter(l => ScopeUnrestricted || Set<ClaimAdjudication>().Any(a => a.Id == l.AdjudicationId));
        });
        builder.Entity<AdjudicationAdjustment>(e =>
        {
            e.Ignore(x => x.Code);
            e.Ignore(x => x.IsPatientResponsibility);
            e.Property(x => x.Group).HasMaxLength(2);
            e.Property(x => x.Reason).HasMaxLength(5);
            e.HasQueryFilter(x => ScopeUnrestricted || Set<ClaimAdjudication>().Any(a => a.Id == x.AdjudicationId));
        });
        builder.Entity<RemittanceRejection>(e =>
        {
            e.Property(x => x.FileSha256).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.PayerKey, x.TraceNumber });
            e.HasQueryFilter(r => ScopeUnrestricted || (r.OrganizationId != null && ScopeIds.Contains(r.OrganizationId.Value)));
        });
        builder.Entity<DenialWorkItem>(e =>
        {
            e.Property(x => x.ReasonCodes).HasMaxLength(500);
            e.Property(x => x.Action).HasMaxLength(1000);
            e.Property(x => x.Resolution).HasMaxLength(1000);
            e.HasIndex(x => new { x.Status, x.Deadline });
            e.HasIndex(x => x.ClaimId);
            e.HasIndex(x => x.AdjudicationId);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.WorkItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(w => ScopeUnrestricted || ScopeIds.Contains(w.OrganizationId));
        });
        builder.Entity<DenialWorkItemEvent>(e =>
        {
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => new { x.WorkItemId, x.At });
            e.HasQueryFilter(h => ScopeUnrestricted || Set<DenialWorkItem>().Any(w => w.Id == h.WorkItemId));
        });
        builder.Entity<PayerContractRate>(e =>
        {
            e.Property(x => x.ProcedureCode).HasMaxLength(5);
            e.Property(x => x.Modifier).HasMaxLength(2);
            e.HasIndex(x => new { x.PayerId, x.ProcedureCode, x.Modifier }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Payer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<LedgerEntry>().HasIndex(x => x.AdjudicationId);
    }
}
