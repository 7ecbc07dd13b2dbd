using Claimsmith.Billing;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

// Access control (HIPAA 164.312(a)(1)) and audit controls (164.312(b)): every query of an
// organization-owned record goes through the global query filters below, and every save through
// GuardOrganizationScope, so no endpoint, export or report can reach another organization's data.
public abstract partial class ClaimsmithDbContext
{
    private OrganizationScope _scope = OrganizationScope.None;
    private List<Guid> _scopeIds = [];

    /// <summary>
    /// The organizations this context may read and change. <see cref="OrganizationScope.None"/>
    /// until set: the web host sets the signed-in user's scope per request, the CLI and system
    /// work use <see cref="OrganizationScope.Unrestricted"/> (see <see cref="DatabaseSettings.CreateContext"/>).
    /// </summary>
    public OrganizationScope OrganizationScope
    {
        get => _scope;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _scope = value;
            _scopeIds = [.. value.OrganizationIds];
        }
    }

    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    // Read by the query filters: EF Core evaluates members of the context per query, so each
    // context instance filters by its own scope while the model is built once.
    private bool ScopeUnrestricted => _scope.IsUnrestricted;

    private List<Guid> ScopeIds => _scopeIds;

    private void ConfigureAccessAndAudit(ModelBuilder builder)
    {
        builder.Entity<OrganizationMember>(e =>
        {
            e.HasKey(x => new { x.UserId, x.OrganizationId });
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasIndex(x => x.OrganizationId);
            e.HasOne<ClaimsmithUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        // Organization-owned records, directly by their OrganizationId ...
        builder.Entity<Organization>().HasQueryFilter(o => ScopeUnrestricted || ScopeIds.Contains(o.Id));
        builder.Entity<Provider>().HasQueryFilter(p => ScopeUnrestricted || p.OrganizationId == null || ScopeIds.Contains(p.OrganizationId.Value));
        builder.Entity<Facility>().HasQueryFilter(f => ScopeUnrestricted || ScopeIds.Contains(f.OrganizationId));
        builder.Entity<Patient>().HasQueryFilter(p => ScopeUnrestricted || ScopeIds.Contains(p.OrganizationId));
        builder.Entity<Encounter>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<Claim>().HasQueryFilter(c => ScopeUnrestricted || ScopeIds.Contains(c.OrganizationId));
        builder.Entity<LedgerEntry>().HasQueryFilter(l => ScopeUnrestricted || ScopeIds.Contains(l.OrganizationId));
        builder.Entity<ClinicalObservation>().HasQueryFilter(o => ScopeUnrestricted || ScopeIds.Contains(o.OrganizationId));
        builder.Entity<SourceIdentifier>().HasQueryFilter(s => ScopeUnrestricted || ScopeIds.Contains(s.OrganizationId));
        builder.Entity<InboundMessage>().HasQueryFilter(m => ScopeUnrestricted || ScopeIds.Contains(m.OrganizationId));
        builder.Entity<EligibilityCheck>().HasQueryFilter(x => ScopeUnrestricted || ScopeIds.Contains(x.OrganizationId));
        builder.Entity<StatementRecord>().HasQueryFilter(s => ScopeUnrestricted || ScopeIds.Contains(s.OrganizationId));
        builder.Entity<PaymentPlan>().HasQueryFilter(p => ScopeUnrestricted || ScopeIds.Contains(p.OrganizationId));
        builder.Entity<Appeal>().HasQueryFilter(a => ScopeUnrestricted || ScopeIds.Contains(a.OrganizationId));
        builder.Entity<FeeScheduleEntry>().HasQueryFilter(f => ScopeUnrestricted || ScopeIds.Contains(f.OrganizationId));

        // ... and through their parent's (the parent's own filter applies inside the subquery).
        builder.Entity<Coverage>().HasQueryFilter(c => ScopeUnrestricted || Set<Patient>().Any(p => p.Id == c.PatientId));
        builder.Entity<EncounterDiagnosis>().HasQueryFilter(d => ScopeUnrestricted || Set<Encounter>().Any(x => x.Id == d.EncounterId));
        builder.Entity<ChargeLine>().HasQueryFilter(l => ScopeUnrestricted || Set<Encounter>().Any(x => x.Id == l.EncounterId));
        builder.Entity<ClinicalDocument>().HasQueryFilter(d => ScopeUnrestricted || Set<Encounter>().Any(x => x.Id == d.EncounterId));
        builder.Entity<ClaimLine>().HasQueryFilter(l => ScopeUnrestricted || Set<Claim>().Any(c => c.Id == l.ClaimId));
        builder.Entity<ClaimDiagnosis>().HasQueryFilter(d => ScopeUnrestricted || Set<Claim>().Any(c => c.Id == d.ClaimId));
        builder.Entity<ClaimStatusChange>().HasQueryFilter(h => ScopeUnrestricted || Set<Claim>().Any(c => c.Id == h.ClaimId));
        builder.Entity<ScrubOverride>().HasQueryFilter(o => ScopeUnrestricted || Set<Claim>().Any(c => c.Id == o.ClaimId));
        builder.Entity<SuggestionSet>().HasQueryFilter(s => ScopeUnrestricted || Set<Encounter>().Any(x => x.Id == s.EncounterId));
        builder.Entity<SuggestedCode>().HasQueryFilter(c => ScopeUnrestricted || Set<SuggestionSet>().Any(s => s.Id == c.SetId));
        builder.Entity<CodingDecision>().HasQueryFilter(d => ScopeUnrestricted || Set<SuggestionSet>().Any(s => s.Id == d.SetId));
        builder.Entity<AppealEvent>().HasQueryFilter(e => ScopeUnrestricted || Set<Appeal>().Any(a => a.Id == e.AppealId));
        builder.Entity<ClaimBatchClaim>().HasQueryFilter(b => ScopeUnrestricted || Set<Claim>().Any(c => c.Id == b.ClaimId));
        // A batch (one 837 file) may carry several organizations' claims: it is visible only when
        // every claim in it is (ClaimCount is the number of its ClaimBatchClaim rows, ClaimBatch.Create).
        // An acknowledgement result is visible with its claim; one we could not match to a claim
        // only to unrestricted (system) contexts. A file is visible when all its results are.
        builder.Entity<AcknowledgementResult>().HasQueryFilter(r => ScopeUnrestricted || (r.ClaimId != null && Set<Claim>().Any(c => c.Id == r.ClaimId)));
        builder.Entity<AcknowledgementFile>().HasQueryFilter(f => ScopeUnrestricted || (f.ResultCount > 0 && Set<AcknowledgementResult>().Count(x => x.FileId == f.Id) == f.ResultCount));
        builder.Entity<ClaimBatch>().HasQueryFilter(b => ScopeUnrestricted || Set<ClaimBatchClaim>().Count(x => x.BatchId == b.Id) == b.ClaimCount);

        ConfigureFreelanceAccess(builder);

        builder.Entity<AuditEntry>(e =>
        {
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.RecordType).HasMaxLength(50);
            e.Property(x => x.RecordIds).HasMaxLength(20_000);
            e.Property(x => x.ClientAddress).HasMaxLength(64);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.OrganizationId, x.At });
            e.HasIndex(x => new { x.UserId, x.At });
        });
        builder.Entity<AuditChainHead>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = 0, Hash = AuditHash.Genesis });
        });
    }

    private void GuardOrganizationScope()
    {
        if (_scope.IsUnrestricted)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is Organization org)
            {
                if (entry.State == EntityState.Added)
                {
                    // Whoever creates an organization works for it: they become a member.
                    if (_scope.UserId is not { } userId)
                    {
                        throw Violation(entry.Entity, org.Id);
                    }

                    OrganizationMembers.Add(new OrganizationMember { UserId = userId, OrganizationId = org.Id });
                    OrganizationScope = _scope.With(org.Id);
                }
                else if (!_scope.Allows(org.Id))
                {
                    throw Violation(entry.Entity, org.Id);
                }

                continue;
            }

            if (entry.Metadata.FindProperty("OrganizationId") is not { } property)
            {
                continue;
            }

            var values = new[] { entry.Property(property.Name).CurrentValue, entry.State == EntityState.Added ? null : entry.Property(property.Name).OriginalValue };
            foreach (var value in values)
            {
                if (value is Guid id && !_scope.Allows(id))
                {
                    throw Violation(entry.Entity, id);
                }
            }
        }
    }

    private static OrganizationScopeViolationException Violation(object entity, Guid organizationId) =>
        new($"{entity.GetType().Name} of organization {organizationId} is outside the current organization scope.")
        {
            RecordType = entity.GetType().Name,
            OrganizationId = organizationId,
        };
}
