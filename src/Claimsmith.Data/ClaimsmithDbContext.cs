using Claimsmith.Billing;
using Claimsmith.Data.Internal;
using Claimsmith.Data.Privacy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data;

/// <summary>
/// The database of record: master data, encounters, claims, the ledger and Identity's users and
/// roles. One subclass per provider (<see cref="SqliteClaimsmithDbContext"/>,
/// <see cref="PostgresClaimsmithDbContext"/>) so each has its own migrations; code depends on
/// this base type.
/// </summary>
public abstract partial class ClaimsmithDbContext : IdentityDbContext<ClaimsmithUser>
{
    /// <summary>Name of the sequence that numbers claims (CLM01).</summary>
    public const string ClaimSequence = "claim";

    /// <summary>For provider subclasses.</summary>
    protected ClaimsmithDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Coverage> Coverages => Set<Coverage>();
    public DbSet<Encounter> Encounters => Set<Encounter>();
    public DbSet<EncounterDiagnosis> EncounterDiagnoses => Set<EncounterDiagnosis>();
    public DbSet<ChargeLine> ChargeLines => Set<ChargeLine>();
    public DbSet<ClinicalDocument> ClinicalDocuments => Set<ClinicalDocument>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimLine> ClaimLines => Set<ClaimLine>();
    public DbSet<ClaimDiagnosis> ClaimDiagnoses => Set<ClaimDiagnosis>();
    public DbSet<ClaimStatusChange> ClaimStatusChanges => Set<ClaimStatusChange>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<ClaimBatch> ClaimBatches => Set<ClaimBatch>();
    public DbSet<ClaimBatchClaim> ClaimBatchClaims => Set<ClaimBatchClaim>();
    public DbSet<ScrubOverride> ScrubOverrides => Set<ScrubOverride>();
    public DbSet<SuggestionSet> SuggestionSets => Set<SuggestionSet>();
    public DbSet<SuggestedCode> SuggestedCodes => Set<SuggestedCode>();
    public DbSet<CodingDecision> CodingDecisions => Set<CodingDecision>();
    public DbSet<ClinicalObservation> ClinicalObservations => Set<ClinicalObservation>();
    public DbSet<SourceIdentifier> SourceIdentifiers => Set<SourceIdentifier>();
    public DbSet<InboundMessage> InboundMessages => Set<InboundMessage>();
    public DbSet<AcknowledgementFile> AcknowledgementFiles => Set<AcknowledgementFile>();
    public DbSet<AcknowledgementResult> AcknowledgementResults => Set<AcknowledgementResult>();
    public DbSet<EligibilityCheck> EligibilityChecks => Set<EligibilityCheck>();
    public DbSet<StatementRecord> StatementRecords => Set<StatementRecord>();
    public DbSet<PaymentPlan> PaymentPlans => Set<PaymentPlan>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<AppealEvent> AppealEvents => Set<AppealEvent>();

    /// <summary>True when money is stored as integer cents (SQLite).</summary>
    protected abstract bool MoneyAsCents { get; }

    /// <summary>
    /// Takes the next value of a <see cref="NumberSequence"/> in one atomic statement
    /// (UPDATE ... RETURNING works on SQLite 3.35+ and PostgreSQL).
    /// </summary>
    public async Task<long> NextNumberAsync(string sequence, CancellationToken cancellationToken = default)
    {
        var values = await Database
            .SqlQueryRaw<long>("UPDATE \"NumberSequences\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = {0} RETURNING \"Value\"", sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException($"No number sequence '{sequence}'.");
    }

    /// <summary>Sequence of interchange control numbers (ISA13/GS06) for files Claimsmith sends.</summary>
    public const string InterchangeSequence = "interchange";

    /// <summary>
    /// The next interchange control number (1 to 999,999,999), creating the sequence on first use.
    /// </summary>
    public async Task<long> NextInterchangeControlNumberAsync(CancellationToken cancellationToken = default)
    {
        // INSERT ... ON CONFLICT DO NOTHING is understood by SQLite 3.24+ and PostgreSQL alike.
        await Database.ExecuteSqlRawAsync(
            "INSERT INTO \"NumberSequences\" (\"Name\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Name\") DO NOTHING",
            [InterchangeSequence],
            cancellationToken).ConfigureAwait(false);
        var next = await NextNumberAsync(InterchangeSequence, cancellationToken).ConfigureAwait(false);
        return (next - 1) % 999_999_999 + 1;
    }

    /// <summary>The next claim number (CLM01), e.g. <c>CS00000042</c>.</summary>
    public async Task<string> NextClaimNumberAsync(CancellationToken cancellationToken = default) =>
        $"CS{await NextNumberAsync(ClaimSequence, cancellationToken).ConfigureAwait(false):D8}";

    /// <summary>Marks <paramref name="entity"/> modified so its version advances with its children's changes.</summary>
    public void Touch(IVersioned entity) => Entry(entity).State = Entry(entity).State == EntityState.Unchanged ? EntityState.Modified : Entry(entity).State;

    /// <summary>
    /// Sets the version the caller last saw (from If-Match or a version field): the update then
    /// succeeds only if nobody saved in between, else <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public void ExpectVersion(IVersioned entity, long version) => Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Set by <see cref="Privacy.PhiReencryption"/> while it rewrites protected columns under the active key.</summary>
    internal bool Reencrypting { get; set; }

    private void BeforeSave()
    {
        GuardOrganizationScope(); // Access control: ClaimsmithDbContext.Access.cs
        KeepClaimTotals(); // ClaimsmithDbContext.ClaimTotals.cs
        foreach (var entry in ChangeTracker.Entries())
        {
            GuardFreelanceRecords(entry); // ClaimsmithDbContext.Freelance.cs
            switch (entry.Entity)
            {
                // The ledger, the status history, scrub overrides, coding decisions, work-item history and PLB records only grow: corrections are new entries.
                // Key rotation rewrites a protected column under the new key (the same plaintext): the one update they allow.
                case LedgerEntry or ClaimStatusChange or ScrubOverride or CodingDecision or DenialWorkItemEvent or ProviderLevelAdjustment
                    when entry.State is EntityState.Deleted || (entry.State is EntityState.Modified && !Reencrypting):
                    throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only.");
                case IVersioned versioned when entry.State == EntityState.Modified:
                    versioned.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
                    break;
            }
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Npi>().HaveConversion<NpiConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<DiagnosisCode>().HaveConversion<DiagnosisCodeConverter>().HaveMaxLength(7);
        configurationBuilder.Properties<ProcedureCode>().HaveConversion<ProcedureCodeConverter>().HaveMaxLength(5);
        configurationBuilder.Properties<Modifier>().HaveConversion<ModifierConverter>().HaveMaxLength(2);
        configurationBuilder.Properties<Ndc>().HaveConversion<NdcConverter>().HaveMaxLength(11);
        configurationBuilder.Properties<TaxonomyCode>().HaveConversion<TaxonomyCodeConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<RevenueCode>().HaveConversion<RevenueCodeConverter>().HaveMaxLength(4);
        if (MoneyAsCents)
        {
            configurationBuilder.Properties<Money>().HaveConversion<MoneyCentsConverter>();
            // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<Money>().HaveConversion<MoneyDecimalConverter>().HavePrecision(14, 2);
        }

        configurationBuilder.Properties<string>().HaveMaxLength(200);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 3);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<Organization>(e =>
        {
            Versioned(e);
            e.Property(x => x.TaxId).HasMaxLength(9);
            e.OwnsOne(x => x.Address, AddressColumns);
            e.HasIndex(x => x.Name);
        });
        builder.Entity<Provider>(e =>
        {
            Versioned(e);
            e.HasIndex(x => x.Npi);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Facility>(e =>
        {
            Versioned(e);
            e.Property(x => x.PlaceOfService).HasMaxLength(2);
            e.OwnsOne(x => x.Address, AddressColumns);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Payer>(e =>
        {
            Versioned(e);
            e.Property(x => x.ClaimFilingIndicator).HasMaxLength(2);
            e.OwnsOne(x => x.Address, AddressColumns);
            e.HasIndex(x => x.PayerIdentifier);
        });
        builder.Entity<Patient>(e =>
        {
            Versioned(e);
            e.OwnsOne(x => x.Address, AddressColumns);
            e.HasIndex(x => new { x.OrganizationId, x.AccountNumber }).IsUnique();
            e.HasIndex(x => new { x.LastName, x.FirstName });
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Coverage>(e =>
        {
            Versioned(e);
            e.OwnsOne(x => x.Subscriber, s =>
            {
                s.OwnsOne(p => p.Address, AddressColumns);
            });
            e.HasIndex(x => new { x.PatientId, x.Order });
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Payer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Encounter>(e =>
        {
            Versioned(e);
            e.Property(x => x.PlaceOfService).HasMaxLength(2);
            e.HasMany(x => x.Diagnoses).WithOne().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Charges).WithOne().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PatientId, x.ServiceFrom });
            // The coding queue walks encounters oldest first.
            e.HasIndex(x => new { x.ServiceFrom, x.Id });
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ClinicalDocument>(e => e.Property(x => x.Text).HasMaxLength(1_000_000));
        builder.Entity<ChargeLine>(e => e.HasIndex(x => new { x.EncounterId, x.Sequence }).IsUnique());
        builder.Entity<EncounterDiagnosis>(e => e.HasIndex(x => new { x.EncounterId, x.Sequence }).IsUnique());

        builder.Entity<Claim>(e =>
        {
            Versioned(e);
            e.Property(x => x.ClaimNumber).HasMaxLength(20);
            e.HasIndex(x => x.ClaimNumber).IsUnique();
            e.HasIndex(x => new { x.Status, x.ServiceFrom });
            e.HasIndex(x => x.PatientId);
            e.HasIndex(x => x.EncounterId);
            e.Ignore(x => x.TotalCharge);
            // Kept equal to the sum of the lines on every save (ClaimsmithDbContext.ClaimTotals.cs);
            // the amount filter of the claim list compares it in SQL.
            e.Property(x => x.StoredTotalCharge).HasColumnName("TotalCharge");
            e.HasIndex(x => new { x.OrganizationId, x.ServiceFrom });
            e.HasIndex(x => new { x.PayerId, x.ServiceFrom });
            // The claim list's order (newest first, then number) read from an index, and its amount range.
            e.HasIndex(x => new { x.ServiceFrom, x.ClaimNumber }).IsDescending(true, false);
            e.HasIndex(x => x.StoredTotalCharge);
            e.OwnsOne(x => x.BillingProvider, PartyColumns);
            e.OwnsOne(x => x.RenderingProvider, PartyColumns);
            e.OwnsOne(x => x.AttendingProvider, PartyColumns);
            e.OwnsOne(x => x.ReferringProvider, PartyColumns);
            e.OwnsOne(x => x.ServiceFacility, PartyColumns);
            e.OwnsOne(x => x.Payer, p => p.OwnsOne(x => x.Address, AddressColumns));
            e.OwnsOne(x => x.Subscriber, p => p.OwnsOne(x => x.Address, AddressColumns));
            e.OwnsOne(x => x.Patient, p => p.OwnsOne(x => x.Address, AddressColumns));
            e.OwnsMany(x => x.OtherCoverages, o =>
            {
                o.ToTable("ClaimOtherCoverages");
                o.WithOwner().HasForeignKey("ClaimId");
                o.Property<int>("Id");
                o.HasKey("Id");
                o.Ignore(x => x.IsAdjudicated);
                o.Property(x => x.PayerClaimControlNumber).HasMaxLength(50);
                o.Property(x => x.Adjustments).HasConversion(AdjudicationConverters.Adjustments, AdjudicationConverters.AdjustmentsComparer).HasMaxLength(4000);
            });
            e.HasIndex(x => x.PredecessorClaimId);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.PredecessorClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Diagnoses).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Encounter>().WithMany().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Coverage>().WithMany().HasForeignKey(x => x.CoverageId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Payer>().WithMany().HasForeignKey(x => x.PayerId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<ClaimLine>(e =>
        {
            e.Property(x => x.LineControlNumber).HasMaxLength(30);
            e.Property(x => x.OtherPayerAdjudications).HasConversion(AdjudicationConverters.Lines, AdjudicationConverters.LinesComparer).HasMaxLength(8000);
            e.HasIndex(x => new { x.ClaimId, x.LineNumber }).IsUnique();
        });
        builder.Entity<ClaimDiagnosis>(e => e.HasIndex(x => new { x.ClaimId, x.Sequence }).IsUnique());
        builder.Entity<ClaimStatusChange>(e => e.HasIndex(x => new { x.ClaimId, x.At }));

        builder.Entity<LedgerEntry>(e =>
        {
            e.HasIndex(x => new { x.ClaimId, x.PostedAt });
            e.HasIndex(x => new { x.PatientId, x.PostedAt });
            e.HasIndex(x => x.ReversesEntryId).IsUnique();
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ClaimBatch>(e =>
        {
            e.Ignore(x => x.FileName);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => x.ControlNumber).IsUnique();
            e.HasIndex(x => x.CreatedAt);
            e.HasMany(x => x.Claims).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ClaimBatchClaim>(e =>
        {
            e.HasKey(x => new { x.BatchId, x.ClaimId });
            e.HasIndex(x => x.ClaimId);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ScrubOverride>(e =>
        {
            e.Property(x => x.RuleId).HasMaxLength(100);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.ClaimId, x.At });
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SuggestionSet>(e =>
        {
            e.HasIndex(x => new { x.EncounterId, x.CreatedAt });
            e.HasMany(x => x.Suggestions).WithOne().HasForeignKey(x => x.SetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.SetId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Encounter>().WithMany().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SuggestedCode>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(7);
            e.Property(x => x.DisplayCode).HasMaxLength(8);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.MatchedTerm).HasMaxLength(1000);
            e.Property(x => x.Path).HasMaxLength(2000);
            e.Property(x => x.Guidelines).HasMaxLength(4000);
            e.HasIndex(x => new { x.SetId, x.DocumentId, x.Rank });
            e.HasOne<ClinicalDocument>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsMany(x => x.Evidence, o =>
            {
                o.ToTable("SuggestedCodeEvidence");
                o.WithOwner().HasForeignKey("SuggestedCodeId");
                o.Property<int>("Id");
                o.HasKey("Id");
                o.Property(x => x.Text).HasMaxLength(1000);
            });
        });
        builder.Entity<CodingDecision>(e =>
        {
            e.Property(x => x.SuggestedCode).HasMaxLength(7);
            e.Property(x => x.FinalCode).HasMaxLength(7);
            e.HasIndex(x => new { x.SetId, x.DecidedAt });
            e.HasIndex(x => x.DecidedAt);
            e.HasOne<SuggestedCode>().WithMany().HasForeignKey(x => x.SuggestionId).OnDelete(DeleteBehavior.Restrict);
        });

        // Freelance clients, contracts, time, invoices: ClaimsmithDbContext.Freelance.cs
        ConfigureFreelance(builder);
        // Records imported from EHRs (FHIR R4, HL7 v2): Claimsmith.Interop.
        builder.Entity<ClinicalObservation>(e =>
        {
            e.Property(x => x.CodeSystem).HasMaxLength(200);
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.Display).HasMaxLength(500);
            e.Property(x => x.Value).HasMaxLength(20_000);
            e.Property(x => x.Impression).HasMaxLength(20_000);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.ReferenceRange).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(20);
            e.Ignore(x => x.NumericValue);
            e.HasIndex(x => new { x.EncounterId, x.Kind });
            e.HasIndex(x => new { x.PatientId, x.EffectiveAt });
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Encounter>().WithMany().HasForeignKey(x => x.EncounterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SourceIdentifier>(e =>
        {
            e.Property(x => x.RecordType).HasMaxLength(50);
            e.Property(x => x.System).HasMaxLength(300);
            e.Property(x => x.Value).HasMaxLength(300);
            // One record per identifier per organization: the key of idempotent imports.
            e.HasIndex(x => new { x.OrganizationId, x.RecordType, x.System, x.Value }).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.Value });
            e.HasIndex(x => x.RecordId);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<InboundMessage>(e =>
        {
            e.Property(x => x.MessageType).HasMaxLength(50);
            e.Property(x => x.ControlId).HasMaxLength(200);
            e.Property(x => x.Error).HasMaxLength(20_000);
            e.Property(x => x.Content).HasMaxLength(20_000_000);
            e.Property(x => x.Origin).HasMaxLength(500);
            e.HasIndex(x => new { x.OrganizationId, x.ReceivedAt });
            e.HasIndex(x => new { x.Outcome, x.ReceivedAt });
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
        // Remittance posting and denial work queue: ClaimsmithDbContext.Remittance.cs
        ConfigureRemittance(builder);
        // Acknowledgements and eligibility checks (Billing/Acknowledgements, Billing/Eligibility).
        builder.Entity<AcknowledgementFile>(e =>
        {
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.ControlNumber).HasMaxLength(20);
            e.HasIndex(x => x.Sha256).IsUnique();
            e.HasIndex(x => x.ReceivedAt);
            e.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AcknowledgementResult>(e =>
        {
            e.Property(x => x.Reference).HasMaxLength(100);
            e.Property(x => x.Codes).HasMaxLength(1000);
            e.Property(x => x.Explanation).HasMaxLength(4000);
            e.Property(x => x.PayerClaimControlNumber).HasMaxLength(50);
            e.Property(x => x.Outcome).HasMaxLength(500);
            e.HasIndex(x => new { x.ClaimId, x.At });
            e.HasIndex(x => x.BatchId);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ClaimBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<EligibilityCheck>(e =>
        {
            e.Property(x => x.TraceNumber).HasMaxLength(50);
            e.Property(x => x.Plan).HasMaxLength(200);
            e.Property(x => x.ResponseSummary).HasMaxLength(100_000);
            e.HasIndex(x => x.TraceNumber).IsUnique();
            e.HasIndex(x => new { x.PatientId, x.RequestedAt });
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Coverage>().WithMany().HasForeignKey(x => x.CoverageId).OnDelete(DeleteBehavior.Restrict);
        });
        // Patient billing and appeals (PatientBillingAppeals migration).
        ConfigurePatientBilling(builder);
        // The practice fee schedule (FeeSchedules migration).
        ConfigureFeeSchedules(builder);

        // Ids are assigned by the domain (Guid v7), never by the database: a new child added to a
        // loaded aggregate (a status change, a charge) must be inserted, not taken for an update.
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == typeof(Claim).Namespace && !t.IsOwned()))
        {
            entity.FindProperty("Id")?.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }

        builder.Entity<NumberSequence>(e =>
        {
            e.HasKey(x => x.Name);
            e.HasData(new NumberSequence { Name = ClaimSequence, Value = 0 });
        });

        // Organization scoping and the audit log: ClaimsmithDbContext.Access.cs
        ConfigureAccessAndAudit(builder);
        // PHI encrypted at rest, blind indexes for patient search (Privacy/PhiModel.cs).
        builder.ApplyPhiEncryption(this);
    }

    private static void Versioned<T>(EntityTypeBuilder<T> e)
        where T : class, IVersioned => e.Property(x => x.Version).IsConcurrencyToken();

    private static void AddressColumns<T>(OwnedNavigationBuilder<T, Address> a)
        where T : class
    {
        a.Property(x => x.State).HasMaxLength(2);
        a.Property(x => x.PostalCode).HasMaxLength(10);
    }

    private static void PartyColumns(OwnedNavigationBuilder<Claim, ClaimParty> p)
    {
        p.Ignore(x => x.IsPerson);
        p.OwnsOne(x => x.Address, AddressColumns);
    }
}
