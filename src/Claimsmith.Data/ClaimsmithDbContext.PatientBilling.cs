using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

// Statements, payment plans and appeals: organization-owned (filters in ClaimsmithDbContext.Access.cs),
// names, addresses and note text encrypted (Privacy/PhiColumns.cs).
public abstract partial class ClaimsmithDbContext
{
    /// <summary>Name of the sequence that numbers patient statements.</summary>
    public const string StatementSequence = "statement";

    /// <summary>The next statement number, e.g. <c>ST00000042</c>, creating the sequence on first use.</summary>
    public async Task<string> NextStatementNumberAsync(CancellationToken cancellationToken = default)
    {
        await Database.ExecuteSqlRawAsync(
            "INSERT INTO \"NumberSequences\" (\"Name\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Name\") DO NOTHING",
            [StatementSequence],
            cancellationToken).ConfigureAwait(false);
        return $"ST{await NextNumberAsync(StatementSequence, cancellationToken).ConfigureAwait(false):D8}";
    }

    private static void ConfigurePatientBilling(ModelBuilder builder)
    {
        // Reports aggregate one organization's ledger over a period (ReportQueries).
        builder.Entity<LedgerEntry>().HasIndex(x => new { x.OrganizationId, x.PostedAt });
        builder.Entity<StatementRecord>(e =>
        {
            e.Property(x => x.StatementNumber).HasMaxLength(20);
            e.HasIndex(x => x.StatementNumber).IsUnique();
            e.HasIndex(x => new { x.PatientId, x.StatementDate });
            e.HasIndex(x => new { x.OrganizationId, x.StatementDate });
            e.OwnsOne(x => x.Address, a =>
            {
                a.Property(x => x.State).HasMaxLength(2);
                a.Property(x => x.PostalCode).HasMaxLength(10);
            });
            e.Property(x => x.Content).HasMaxLength(1_000_000);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<PaymentPlan>(e =>
        {
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.PatientId, x.Status });
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Appeal>(e =>
        {
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.DenialCodes).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(4000);
            e.Property(x => x.Notes).HasMaxLength(20_000);
            e.Property(x => x.Enclosures).HasMaxLength(4000);
            e.Property(x => x.LcdReference).HasMaxLength(100);
            e.HasIndex(x => new { x.ClaimId, x.Level });
            e.HasIndex(x => new { x.OrganizationId, x.Outcome, x.Deadline });
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppealEvent>(e =>
        {
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasIndex(x => new { x.AppealId, x.At });
        });
    }
}
