using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Claimsmith.Data;

// Freelance coders and billing services (issue 10): clients, contracts, captured time, coded
// charts, quality reviews, invoices and payments. Every row belongs to the client organization
// (OrganizationId), so the organization scope filters and guards it like the client's claims.
public abstract partial class ClaimsmithDbContext
{
    /// <summary>Name of the sequence that numbers client invoices.</summary>
    public const string InvoiceSequence = "invoice";

    public DbSet<FreelanceClient> FreelanceClients => Set<FreelanceClient>();
    public DbSet<FreelanceContract> FreelanceContracts => Set<FreelanceContract>();
    public DbSet<ActivityEvent> ActivityEvents => Set<ActivityEvent>();
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();
    public DbSet<CodedChart> CodedCharts => Set<CodedChart>();
    public DbSet<QualityReview> QualityReviews => Set<QualityReview>();
    public DbSet<QualityReviewItem> QualityReviewItems => Set<QualityReviewItem>();
    public DbSet<ClientInvoice> ClientInvoices => Set<ClientInvoice>();
    public DbSet<ClientInvoiceLine> ClientInvoiceLines => Set<ClientInvoiceLine>();
    public DbSet<InvoicePayment> InvoicePayments => Set<InvoicePayment>();

    /// <summary>The next invoice number, e.g. <c>INV-000042</c>, creating the sequence on first use.</summary>
    public async Task<string> NextInvoiceNumberAsync(CancellationToken cancellationToken = default)
    {
        await Database.ExecuteSqlRawAsync(
            "INSERT INTO \"NumberSequences\" (\"Name\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Name\") DO NOTHING",
            [InvoiceSequence],
            cancellationToken).ConfigureAwait(false);
        return $"INV-{await NextNumberAsync(InvoiceSequence, cancellationToken).ConfigureAwait(false):D6}";
    }

    private static void ConfigureFreelance(ModelBuilder builder)
    {
        builder.Entity<FreelanceClient>(e =>
        {
            e.Property(x => x.VendorUser).HasMaxLength(256);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.VendorUser);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<FreelanceContract>(e =>
        {
            e.HasIndex(x => new { x.ClientId, x.EffectiveFrom });
            e.HasOne<FreelanceClient>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.CollectionsPercent).HasPrecision(7, 4);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<ActivityEvent>(e =>
        {
            e.Property(x => x.User).HasMaxLength(256);
            e.Property(x => x.Screen).HasMaxLength(50);
            e.HasIndex(x => new { x.User, x.At });
            e.HasIndex(x => new { x.OrganizationId, x.At });
        });
        builder.Entity<TimeEntry>(e =>
        {
            e.Property(x => x.User).HasMaxLength(256);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => new { x.OrganizationId, x.User, x.Date });
            e.HasIndex(x => x.SupersedesId).IsUnique();
        });
        builder.Entity<CodedChart>(e =>
        {
            e.Property(x => x.Coder).HasMaxLength(256);
            e.Property(x => x.Codes).HasMaxLength(2000);
            e.Ignore(x => x.CodeSet);
            e.HasIndex(x => new { x.OrganizationId, x.CodedAt });
            e.HasIndex(x => new { x.Coder, x.CodedAt });
            e.HasIndex(x => x.EncounterId);
            e.HasOne<Encounter>().WithMany().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<QualityReview>(e =>
        {
            e.Property(x => x.Coder).HasMaxLength(256);
            e.Property(x => x.Auditor).HasMaxLength(256);
            e.HasIndex(x => new { x.OrganizationId, x.Coder });
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<QualityReviewItem>(e =>
        {
            e.Property(x => x.CoderCodes).HasMaxLength(2000);
            e.Property(x => x.AuditorCodes).HasMaxLength(2000);
            e.HasIndex(x => new { x.ReviewId, x.EncounterId }).IsUnique();
            e.HasOne<Encounter>().WithMany().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ClientInvoice>(e =>
        {
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.RoundingRule).HasMaxLength(1000);
            e.Property(x => x.VoidReason).HasMaxLength(1000);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.PeriodStart });
            e.HasIndex(x => x.ReplacesInvoiceId);
            e.HasOne<FreelanceClient>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ClientInvoiceLine>(e =>
        {
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Quantity).HasPrecision(14, 2);
            e.Property(x => x.Rate).HasPrecision(14, 4);
            e.HasIndex(x => new { x.InvoiceId, x.Sequence }).IsUnique();
        });
        builder.Entity<InvoicePayment>(e =>
        {
            e.HasIndex(x => x.InvoiceId);
            e.HasIndex(x => x.ReversesPaymentId).IsUnique();
            e.HasOne<ClientInvoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        });

        // Organization scope: the client organization on every row (ClaimsmithDbContext.Access.cs).
    }

    private void ConfigureFreelanceAccess(ModelBuilder builder)
    {
        builder.Entity<FreelanceClient>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<FreelanceContract>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<ActivityEvent>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<TimeEntry>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<CodedChart>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<QualityReview>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<QualityReviewItem>().HasQueryFilter(x => ScopeUnrestricted || Set<QualityReview>().Any(r => r.Id == x.ReviewId));
        builder.Entity<ClientInvoice>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<ClientInvoiceLine>().HasQueryFilter(x => ScopeUnrestricted || Set<ClientInvoice>().Any(i => i.Id == x.InvoiceId));
        builder.Entity<InvoicePayment>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
    }

    private static readonly HashSet<string> VoidProperties =
        [nameof(ClientInvoice.Status), nameof(ClientInvoice.VoidedAt), nameof(ClientInvoice.VoidedBy), nameof(ClientInvoice.VoidReason)];

    /// <summary>
    /// Captured time, coded charts, time entries, invoice lines and payments only grow; an issued
    /// invoice changes only by being voided once; a sampled chart is re-coded once.
    /// </summary>
    private static void GuardFreelanceRecords(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case ActivityEvent or TimeEntry or CodedChart or ClientInvoiceLine or InvoicePayment or QualityReview
                when entry.State is EntityState.Modified or EntityState.Deleted:
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only.");
            case ClientInvoice when entry.State == EntityState.Deleted:
                throw new InvalidOperationException("Issued invoices are never deleted: void them.");
            case ClientInvoice when entry.State == EntityState.Modified:
                var wasIssued = (InvoiceStatus)entry.Property(nameof(ClientInvoice.Status)).OriginalValue! == InvoiceStatus.Issued;
                if (!wasIssued || entry.Properties.Any(p => p.IsModified && !VoidProperties.Contains(p.Metadata.Name)))
                {
                    throw new InvalidOperationException("An issued invoice cannot be changed, only voided once (then issue a new one).");
                }

                break;
            case QualityReviewItem when entry.State == EntityState.Deleted
                || (entry.State == EntityState.Modified && entry.Property(nameof(QualityReviewItem.AuditorCodes)).OriginalValue is not null):
                throw new InvalidOperationException("A sampled chart is re-coded once; a correction is a new review.");
        }
    }
}
