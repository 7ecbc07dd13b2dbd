using System.Security.Cryptography;
using System.Text;
using Bogus;
using Person = Claimsmith.Billing.Person;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Billing;

/// <summary>What a seed run did.</summary>
internal sealed record DemoSeedReport(int BatchesWritten, int BatchesSkipped, int Patients, int Encounters, int Claims)
{
    /// <summary>Claims adjudicated by a posted 835 in this run (paid, partially paid or denied by the payer).</summary>
    public int RemittedClaims { get; init; }

    /// <summary>835 files posted in this run.</summary>
    public int Remittances { get; init; }

    /// <summary>Appeals opened in this run.</summary>
    public int Appeals { get; init; }
}

/// <summary>
/// Synthetic demo data (Bogus; no real people). The work is split into batches, one per
/// organisation plus one for payers and outside referring providers. Each batch is written in
/// one transaction and is keyed by an id derived from the seed, so a killed run leaves only whole
/// batches, and running the same seed again completes the missing ones without duplicating any.
/// Every encounter has a synthetic note; about one in ten more encounters wait in the coding
/// queue (a note, no codes). A share of the adjudicated claims is answered by real 835 files
/// (<see cref="PayerSimulator"/>) posted through <see cref="RemittancePostingService"/>, so
/// remittances, the exceptions queue and denial work items exist as posting makes them; a
/// quarter of the denied ones are appealed. The 835 and appeal phases find their claims in the
/// database (the status history says which claims wait for an 835), so they resume as well.
/// </summary>
internal sealed class DemoSeeder(Func<ClaimsmithDbContext> createContext, TimeProvider clock)
{
    private static readonly (OrganizationKind Kind, string Suffix)[] Organizations =
    [
        (OrganizationKind.Practice, "Family Practice"), (OrganizationKind.Practice, "Pediatrics"), (OrganizationKind.Practice, "Internal Medicine"),
        (OrganizationKind.SurgeryCenter, "Surgery Center"), (OrganizationKind.SurgeryCenter, "Orthopedic ASC"),
        (OrganizationKind.Hospital, "General Hospital"), (OrganizationKind.Hospital, "Regional Medical Center"),
    ];

    /// <summary>Who the seed's records name as their author.</summary>
    internal const string Actor = "demo-seed";

    /// <summary>Status-history note on claims that an 835 of the seed will adjudicate, followed by the outcome.</summary>
    internal const string AwaitingRemittance = "payer acknowledged; 835 expected: ";

    /// <summary>Claims per synthetic 835 (one remittance, one file).</summary>
    private const int ClaimsPerRemittance = 40;

    /// <summary>Share of the paid, partially paid and denied claims that come from a posted 835 rather than direct ledger postings.</summary>
    private const float RemittanceShare = 0.35f;

    /// <summary>Raised after each batch is committed (tests kill the process between or inside batches).</summary>
    public event Action<int>? BatchCommitted;

    public async Task<DemoSeedReport> SeedAsync(int claims, int seed, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(claims);
        int written = 0, skipped = 0, patients = 0, encounters = 0, claimCount = 0;

        var payerIds = DemoCodes.Payers.Select((_, i) => Id(seed, "payer", i)).ToArray();
        var referringIds = Enumerable.Range(0, 6).Select(i => Id(seed, "referring", i)).ToArray();
        if (await CommitBatchAsync(payerIds[0], db => AddPayersAndReferring(db, seed, payerIds, referringIds), ct).ConfigureAwait(false))
        {
            written++;
        }
        else
        {
            skipped++;
        }

        BatchCommitted?.Invoke(0);
        for (var i = 0; i < Organizations.Length; i++)
        {
            var share = claims / Organizations.Length + (i < claims % Organizations.Length ? 1 : 0);
            var orgId = Id(seed, "organization", i);
            var counts = (Patients: 0, Encounters: 0, Claims: 0);
            var done = await CommitBatchAsync(orgId, async db =>
            {
                counts = await AddOrganizationAsync(db, seed, i, orgId, share, payerIds, referringIds, ct).ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
            if (done)
            {
                written++;
                patients += counts.Patients;
                encounters += counts.Encounters;
                claimCount += counts.Claims;
            }
            else
            {
                skipped++;
            }

            BatchCommitted?.Invoke(i + 1);
        }

        var (remitted, files) = await PostRemittancesAsync(seed, ct).ConfigureAwait(false);
        var appeals = await OpenAppealsAsync(ct).ConfigureAwait(false);
        return new DemoSeedReport(written, skipped, patients, encounters, claimCount) { RemittedClaims = remitted, Remittances = files, Appeals = appeals };
    }

    /// <summary>Ids derived from the seed, so a batch is recognised when the same seed runs again.</summary>
    internal static Guid Id(int seed, string kind, int index) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"claimsmith-demo:{seed}:{kind}:{index}")).AsSpan(0, 16));

    private async Task<bool> CommitBatchAsync(Guid key, Func<ClaimsmithDbContext, Task> fill, CancellationToken ct)
    {
        await using var db = createContext();
        if (await db.Organizations.AnyAsync(o => o.Id == key, ct).ConfigureAwait(false)
            || await db.Payers.AnyAsync(p => p.Id == key, ct).ConfigureAwait(false))
        {
            return false;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await fill(db).ConfigureAwait(false);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    private static Task AddPayersAndReferring(ClaimsmithDbContext db, int seed, Guid[] payerIds, Guid[] referringIds)
    {
        var f = Faker(seed, 0);
        for (var i = 0; i < DemoCodes.Payers.Length; i++)
        {
            var (name, id, indicator, days) = DemoCodes.Payers[i];
            db.Payers.Add(new Payer { Id = payerIds[i], Name = name, PayerIdentifier = id, ClaimFilingIndicator = indicator, TimelyFilingDays = days, Address = Address(f) });
        }

        for (var i = 0; i < referringIds.Length; i++)
        {
            var tax = f.PickRandom(DemoCodes.Taxonomies);
            db.Providers.Add(new Provider { Id = referringIds[i], LastName = f.Name.LastName(), FirstName = f.Name.FirstName(), Credentials = "MD", Npi = RandomNpi(f), Taxonomy = TaxonomyCode.Parse(tax.Code) });
        }

        return Task.CompletedTask;
    }

    private async Task<(int Patients, int Encounters, int Claims)> AddOrganizationAsync(
        ClaimsmithDbContext db, int seed, int index, Guid orgId, int claims, Guid[] payerIds, Guid[] referringIds, CancellationToken ct)
    {
        var f = Faker(seed, index + 1);
        var (kind, suffix) = Organizations[index];
        var org = new Organization
        {
            Id = orgId,
            Name = $"{f.Address.City()} {suffix}",
            Kind = kind,
            TaxId = f.Random.ReplaceNumbers("#########"),
            Npi = RandomNpi(f),
            Taxonomy = TaxonomyCode.Parse(kind switch { OrganizationKind.Hospital => "282N00000X", OrganizationKind.SurgeryCenter => "261QA1903X", _ => "207Q00000X" }),
            Address = Address(f, nineDigitZip: true),
            Phone = f.Phone.PhoneNumber("###-###-####"),
        };
        db.Organizations.Add(org);
        var facility = new Facility
        {
            OrganizationId = org.Id,
            Name = org.Name + (kind == OrganizationKind.Practice ? " Office" : " Campus"),
            Npi = RandomNpi(f),
            PlaceOfService = kind switch { OrganizationKind.Hospital => "21", OrganizationKind.SurgeryCenter => "24", _ => "11" },
            Address = org.Address with { },
        };
        db.Facilities.Add(facility);
        var providers = Enumerable.Range(0, f.Random.Int(3, 5)).Select(_ =>
        {
            var tax = kind switch
            {
                OrganizationKind.Practice => f.PickRandom(DemoCodes.Taxonomies.Take(3).ToArray()),
                OrganizationKind.SurgeryCenter => f.PickRandom(DemoCodes.Taxonomies[3], DemoCodes.Taxonomies[4], DemoCodes.Taxonomies[6]),
                _ => f.PickRandom(DemoCodes.Taxonomies[1], DemoCodes.Taxonomies[5], DemoCodes.Taxonomies[7]),
            };
            return new Provider { OrganizationId = org.Id, LastName = f.Name.LastName(), FirstName = f.Name.FirstName(), Credentials = f.PickRandom("MD", "DO", "NP", "PA-C"), Npi = RandomNpi(f), Taxonomy = TaxonomyCode.Parse(tax.Code) };
        }).ToList();
        db.Providers.AddRange(providers);
        var referring = await db.Providers.AsNoTracking().Where(p => referringIds.Contains(p.Id)).ToListAsync(ct).ConfigureAwait(false);
        var payers = await db.Payers.AsNoTracking().Where(p => payerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int patientCount = 0, encounterCount = 0, claimCount = 0;
        var ledger = new global::Claimsmith.Billing.Ledger([], clock);
        var orgPatients = new List<Patient>();
        while (claimCount < claims)
        {
            var (patient, coverages) = NewPatient(f, org, payerIds, today, patientCount);
            patientCount++;
            orgPatients.Add(patient);
            db.Patients.Add(patient);
            db.Coverages.AddRange(coverages);
            var visits = Math.Min(f.Random.Int(1, 3), claims - claimCount);
            for (var v = 0; v < visits; v++)
            {
                var dos = today.AddDays(-f.Random.Int(1, 200));
                var encounter = kind switch
                {
                    OrganizationKind.Practice => OfficeVisit(f, org, patient, facility, providers, referring, dos),
                    OrganizationKind.SurgeryCenter => AscCase(f, org, patient, facility, providers, referring, dos),
                    _ => f.Random.Bool(0.5f) ? InpatientStay(f, org, patient, facility, providers, dos) : EmergencyVisit(f, org, patient, facility, providers, dos),
                };
                db.Encounters.Add(encounter);
                db.ClinicalDocuments.Add(Note(f, encounter, patient, today));
                encounterCount++;

                var coverage = coverages.Where(c => c.IsActiveOn(encounter.ServiceFrom)).OrderBy(c => c.Order).First();
                var number = await db.NextClaimNumberAsync(ct).ConfigureAwait(false);
                var result = ClaimBuilder.Build(new ClaimBuildRequest
                {
                    Encounter = encounter,
                    Patient = patient,
                    Coverage = coverage,
                    Payer = payers[coverage.PayerId],
                    Organization = org,
                    Facility = facility,
                    Providers = providers.Concat(referring).ToDictionary(p => p.Id),
                    OtherCoverages = coverages.Where(c => c.Id != coverage.Id).Select(c => (c, payers[c.PayerId])).ToList(),
                    ClaimNumber = number,
                    Actor = "demo-seed",
                }, clock);
                var claim = result.Claim ?? throw new InvalidOperationException("Demo claim did not build: " + string.Join("; ", result.Issues.Select(i => i.Message)));
                ledger.PostCharges(claim, "demo-seed");
                AdvanceLifecycle(f, claim, ledger);
                db.Claims.Add(claim);
                claimCount++;
            }
        }

        // The coding queue: recent encounters with a note and nothing coded yet (one per ten claims).
        for (var q = 0; q < (claims + 9) / 10; q++)
        {
            var patient = f.PickRandom(orgPatients);
            var dos = today.AddDays(-f.Random.Int(1, 45));
            var kindOf = kind == OrganizationKind.Practice ? ClaimKind.Professional : ClaimKind.Institutional;
            var pos = kind switch { OrganizationKind.Hospital => "23", OrganizationKind.SurgeryCenter => "24", _ => "11" };
            var waiting = NewEncounter(org, patient, facility, kindOf, dos, dos, pos);
            waiting.RenderingProviderId = f.PickRandom(providers).Id;
            if (kindOf == ClaimKind.Institutional)
            {
                waiting.FacilityTypeCode = kind == OrganizationKind.Hospital ? "13" : "83";
                waiting.AttendingProviderId = providers[0].Id;
            }

            db.Encounters.Add(waiting);
            db.ClinicalDocuments.Add(Note(f, waiting, patient, today));
            encounterCount++;
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        return (patientCount, encounterCount, claimCount);
    }

    /// <summary>A synthetic progress note in the shape coders read (no real chart, no real person).</summary>
    private ClinicalDocument Note(Faker f, Encounter e, Patient patient, DateOnly today)
    {
        var age = today.Year - patient.BirthDate.Year;
        var assessments = f.PickRandom(DemoCodes.Assessments, f.Random.Int(1, 3));
        var text = $"""
            Chief complaint: {f.PickRandom("follow-up", "new problem", "annual visit", "medication review", "pain")}.
            History of present illness: {age}-year-old {(patient.Sex == Sex.Female ? "woman" : "man")} seen on {e.ServiceFrom:yyyy-MM-dd}. {f.PickRandom("Symptoms for three days.", "Stable since the last visit.", "Worse over the past week.", "No new complaints.")}
            Examination: {f.PickRandom("Vital signs within normal limits.", "Blood pressure 148/92.", "Temperature 38.1 C.", "Tenderness on palpation.")}
            Assessment and plan:
            {string.Join(Environment.NewLine, assessments.Select((a, i) => $"{i + 1}. {a}"))}
            Total time spent: {f.Random.Int(12, 55)} minutes.
            """;
        return new ClinicalDocument
        {
            EncounterId = e.Id,
            Title = "Progress note",
            Kind = "progress note",
            Text = text,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = Actor,
        };
    }

    private static Faker Faker(int seed, int batch) => new("en_US") { Random = new Randomizer(unchecked(seed * 7919 + batch)) };

    private static Address Address(Faker f, bool nineDigitZip = false) => new()
    {
        Line1 = f.Address.StreetAddress(),
        City = f.Address.City(),
        State = f.Address.StateAbbr(),
        PostalCode = f.Random.ReplaceNumbers(nineDigitZip ? "#########" : "#####"),
    };

    private static Npi RandomNpi(Faker f)
    {
        // Synthetic NPIs: valid shape and check digit, type-1 style leading 1.
        var nine = "1" + f.Random.ReplaceNumbers("########");
        return Npi.Parse(nine + Npi.ComputeCheckDigit(nine));
    }

    private static (Patient Patient, List<Coverage> Coverages) NewPatient(Faker f, Organization org, Guid[] payerIds, DateOnly today, int n)
    {
        var sex = f.PickRandom(Sex.Female, Sex.Male);
        var age = f.Random.WeightedRandom([f.Random.Int(0, 17), f.Random.Int(18, 64), f.Random.Int(65, 92)], [0.25f, 0.5f, 0.25f]);
        var patient = new Patient
        {
            OrganizationId = org.Id,
            AccountNumber = $"{org.Name[..Math.Min(3, org.Name.Length)].ToUpperInvariant()}{n + 1:D6}",
            FirstName = f.Name.FirstName(sex == Sex.Female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male),
            LastName = f.Name.LastName(),
            BirthDate = today.AddYears(-age).AddDays(-f.Random.Int(0, 364)),
            Sex = sex,
            Address = Address(f),
            Phone = f.Phone.PhoneNumber("###-###-####"),
        };
        var coverages = new List<Coverage>();
        var from = today.AddYears(-2);
        Coverage Add(Guid payer, CoverageOrder order, SubscriberRelationship rel, Person? subscriber) =>
            new()
            {
                PatientId = patient.Id,
                PayerId = payer,
                Order = order,
                MemberId = f.Random.Replace("???#########").ToUpperInvariant(),
                GroupNumber = f.Random.Bool(0.8f) ? f.Random.Replace("GRP-#####") : null,
                PlanName = f.PickRandom("Gold PPO", "Silver HMO", "Standard", "Choice Plus"),
                Relationship = rel,
                Subscriber = subscriber,
                EffectiveFrom = from,
            };

        if (age >= 65)
        {
            // Medicare primary (MA for hospital stays, MB otherwise), half with a supplemental secondary.
            coverages.Add(Add(org.Kind == OrganizationKind.Hospital ? payerIds[1] : payerIds[0], CoverageOrder.Primary, SubscriberRelationship.Self, null));
            if (f.Random.Bool(0.5f))
            {
                coverages.Add(Add(f.PickRandom(payerIds[3], payerIds[4]), CoverageOrder.Secondary, SubscriberRelationship.Self, null));
            }
        }
        else if (age < 18)
        {
            // Children are on a parent's plan: the subscriber is the parent (837 loop 2000C).
            var parent = new Person
            {
                LastName = patient.LastName,
                FirstName = f.Name.FirstName(),
                BirthDate = patient.BirthDate.AddYears(-f.Random.Int(22, 40)),
                Sex = f.PickRandom(Sex.Female, Sex.Male),
                Address = patient.Address with { },
            };
            coverages.Add(Add(f.PickRandom(payerIds[2], payerIds[3], payerIds[4], payerIds[5], payerIds[6]), CoverageOrder.Primary, SubscriberRelationship.Child, parent));
            if (f.Random.Bool(0.2f))
            {
                var otherParent = parent with { Address = parent.Address! with { }, FirstName = f.Name.FirstName(), Sex = parent.Sex == Sex.Female ? Sex.Male : Sex.Female };
                coverages.Add(Add(f.PickRandom(payerIds[4], payerIds[5]), CoverageOrder.Secondary, SubscriberRelationship.Child, otherParent));
            }
        }
        else
        {
            var spouse = f.Random.Bool(0.3f);
            var subscriber = spouse
                ? new Person { LastName = patient.LastName, FirstName = f.Name.FirstName(), BirthDate = patient.BirthDate.AddYears(f.Random.Int(-5, 5)), Sex = patient.Sex == Sex.Female ? Sex.Male : Sex.Female, Address = patient.Address with { } }
                : null;
            coverages.Add(Add(f.PickRandom(payerIds[3], payerIds[4], payerIds[5], payerIds[6], payerIds[7], payerIds[2]), CoverageOrder.Primary, spouse ? SubscriberRelationship.Spouse : SubscriberRelationship.Self, subscriber));
            if (f.Random.Bool(0.25f))
            {
                coverages.Add(Add(f.PickRandom(payerIds[4], payerIds[5]), CoverageOrder.Secondary, spouse ? SubscriberRelationship.Self : SubscriberRelationship.Spouse,
                    spouse ? null : new Person { LastName = patient.LastName, FirstName = f.Name.FirstName(), BirthDate = patient.BirthDate.AddYears(f.Random.Int(-5, 5)), Sex = patient.Sex == Sex.Female ? Sex.Male : Sex.Female, Address = patient.Address with { } }));
            }
        }

        return (patient, coverages);
    }

    private static Encounter NewEncounter(Organization org, Patient patient, Facility facility, ClaimKind kind, DateOnly from, DateOnly to, string pos) => new()
    {
        OrganizationId = org.Id,
        PatientId = patient.Id,
        FacilityId = facility.Id,
        Kind = kind,
        ServiceFrom = from,
        ServiceTo = to,
        PlaceOfService = pos,
    };

    private static void Diagnoses(Faker f, Encounter e, string[] pool, int min, int max, bool poa)
    {
        foreach (var code in f.PickRandom(pool, f.Random.Int(min, max)))
        {
            e.AddDiagnosis(DiagnosisCode.Parse(code), poa ? f.Random.WeightedRandom([PresentOnAdmission.Yes, PresentOnAdmission.No, PresentOnAdmission.Unknown, PresentOnAdmission.ClinicallyUndetermined], [0.8f, 0.1f, 0.05f, 0.05f]) : null);
        }
    }

    private static ChargeLine Line(string? cpt, string? revenue, decimal charge, decimal units, DateOnly date, int[] pointers, params string[] modifiers)
    {
        var line = new ChargeLine
        {
            ProcedureCode = cpt is null ? null : ProcedureCode.Parse(cpt),
            RevenueCode = revenue is null ? null : RevenueCode.Parse(revenue),
            Charge = Money.Of(charge),
            Units = units,
            ServiceFrom = date,
        };
        line.SetModifiers(modifiers.Select(Modifier.Parse).ToList());
        line.SetPointers(pointers);
        return line;
    }

    private static void Drug(Faker f, Encounter e, string? revenue, int[] pointers)
    {
        var drug = f.PickRandom(DemoCodes.Drugs);
        var units = f.Random.Int(1, 4);
        var line = Line(drug.Hcpcs, revenue, drug.Charge * units, units, e.ServiceFrom, pointers);
        line.Ndc = Ndc.Parse(drug.Ndc);
        line.NdcQuantity = drug.Unit == "UN" ? units : f.Random.Int(1, 10);
        line.NdcUnit = drug.Unit;
        e.AddCharge(line);
    }

    private static Encounter OfficeVisit(Faker f, Organization org, Patient patient, Facility facility, List<Provider> providers, List<Provider> referring, DateOnly dos)
    {
        var e = NewEncounter(org, patient, facility, ClaimKind.Professional, dos, dos, "11");
        e.RenderingProviderId = f.PickRandom(providers).Id;
        Diagnoses(f, e, DemoCodes.OfficeDiagnoses, 1, 4, poa: false);
        var pointers = Enumerable.Range(1, Math.Min(4, e.Diagnoses.Count)).ToArray();
        var withProcedure = f.Random.Bool(0.45f);
        var em = f.PickRandom(DemoCodes.EvaluationAndManagement);
        // CPT: modifier 25 on the E/M when a procedure is done the same day by the same physician.
        e.AddCharge(Line(em, null, 90m + 25m * (em[^1] - '0'), 1, dos, pointers, withProcedure ? ["25"] : []));
        if (withProcedure)
        {
            var proc = f.PickRandom(DemoCodes.OfficeProcedures);
            e.AddCharge(Line(proc.Code, null, proc.Charge, 1, dos, [1], proc.Modifiers));
            if (f.Random.Bool(0.4f))
            {
                e.ReferringProviderId = f.PickRandom(referring).Id;
            }
        }

        if (f.Random.Bool(0.3f))
        {
            Drug(f, e, null, [1]);
        }

        if (f.Random.Bool(0.1f))
        {
            e.PriorAuthorization = f.Random.Replace("PA########");
        }

        return e;
    }

    private static Encounter AscCase(Faker f, Organization org, Patient patient, Facility facility, List<Provider> providers, List<Provider> referring, DateOnly dos)
    {
        var e = NewEncounter(org, patient, facility, ClaimKind.Institutional, dos, dos, "24");
        e.FacilityTypeCode = "83"; // type of bill 083x: ambulatory surgery center
        e.AttendingProviderId = providers[0].Id;
        e.RenderingProviderId = f.PickRandom(providers).Id;
        e.ReferringProviderId = f.PickRandom(referring).Id;
        e.PriorAuthorization = f.Random.Replace("PA########");
        Diagnoses(f, e, DemoCodes.SurgeryDiagnoses, 1, 3, poa: false);
        var proc = f.PickRandom(DemoCodes.AscProcedures);
        e.AddCharge(Line(proc.Code, "0360", f.Random.Int(1800, 5200), 1, dos, [1], proc.Modifiers));
        e.AddCharge(Line(null, "0370", f.Random.Int(300, 900), 1, dos, [1]));
        e.AddCharge(Line(null, "0250", f.Random.Int(40, 200), 1, dos, [1]));
        e.AddCharge(Line(null, "0490", f.Random.Int(400, 1200), 1, dos, [1]));
        Drug(f, e, "0636", [1]);
        return e;
    }

    private static Encounter InpatientStay(Faker f, Organization org, Patient patient, Facility facility, List<Provider> providers, DateOnly admit)
    {
        var days = f.Random.Int(1, 6);
        var e = NewEncounter(org, patient, facility, ClaimKind.Institutional, admit, admit.AddDays(days), "21");
        e.FacilityTypeCode = "11"; // 011x hospital inpatient
        e.AttendingProviderId = f.PickRandom(providers).Id;
        e.AdmissionDate = admit;
        e.AdmissionHour = f.Random.Int(0, 23);
        e.AdmissionType = f.PickRandom("1", "2", "3");
        e.AdmissionSource = f.PickRandom("1", "2", "7");
        e.DischargeDate = admit.AddDays(days);
        e.DischargeHour = f.Random.Int(8, 18);
        e.PatientStatus = f.PickRandom("01", "01", "01", "06", "03");
        Diagnoses(f, e, DemoCodes.InpatientDiagnoses, 2, 6, poa: true);
        e.AddCharge(Line(null, "0120", 1450m * days, days, admit, []));
        e.AddCharge(Line(null, "0250", f.Random.Int(200, 1400), 1, admit, []));
        e.AddCharge(Line("80053", "0300", 85m, 1, admit, []));
        e.AddCharge(Line("85025", "0300", 45m, 1, admit, []));
        e.AddCharge(Line("71046", "0320", 240m, 1, admit, []));
        Drug(f, e, "0636", []);
        return e;
    }

    private static Encounter EmergencyVisit(Faker f, Organization org, Patient patient, Facility facility, List<Provider> providers, DateOnly dos)
    {
        var e = NewEncounter(org, patient, facility, ClaimKind.Institutional, dos, dos, "23");
        e.FacilityTypeCode = "13"; // 013x hospital outpatient
        e.AttendingProviderId = f.PickRandom(providers).Id;
        e.AdmissionType = "1";
        e.AdmissionSource = "7";
        e.PatientStatus = "01";
        Diagnoses(f, e, DemoCodes.OfficeDiagnoses, 1, 3, poa: false);
        e.AddCharge(Line(f.PickRandom("99283", "99284", "99285"), "0450", f.Random.Int(600, 2400), 1, dos, [], "25"));
        e.AddCharge(Line("85025", "0300", 45m, 1, dos, []));
        if (f.Random.Bool(0.5f))
        {
            e.AddCharge(Line("71046", "0320", 240m, 1, dos, []));
        }

        if (f.Random.Bool(0.4f))
        {
            Drug(f, e, "0636", []);
        }

        return e;
    }

    /// <summary>Spreads claims over the lifecycle, with the ledger postings an 835 would cause.</summary>
    private void AdvanceLifecycle(Faker f, Claim claim, global::Claimsmith.Billing.Ledger ledger)
    {
        var target = f.Random.WeightedRandom(
            [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid, ClaimStatus.Closed, ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Appealed],
            [0.2f, 0.15f, 0.12f, 0.08f, 0.17f, 0.1f, 0.06f, 0.08f, 0.04f]);
        var byRemittance = target is ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied && f.Random.Bool(RemittanceShare);
        if (target == ClaimStatus.Draft)
        {
            if (f.Random.Bool(0.1f))
            {
                // A corrected claim waiting to go out: frequency 7 with the payer's original number.
                claim.Frequency = ClaimFrequency.Replacement;
                claim.OriginalReferenceNumber = f.Random.Replace("##############");
            }

            return;
        }

        if (claim.MarkReady("demo-seed", clock).Count > 0)
        {
            return;
        }

        var path = target switch
        {
            ClaimStatus.Ready => [],
            ClaimStatus.Submitted => [ClaimStatus.Submitted],
            ClaimStatus.Accepted => [ClaimStatus.Submitted, ClaimStatus.Accepted],
            ClaimStatus.Paid => [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid],
            ClaimStatus.Closed => [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid, ClaimStatus.Closed],
            ClaimStatus.PartiallyPaid => [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.PartiallyPaid],
            ClaimStatus.Denied => [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Denied],
            _ => new[] { ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Denied, ClaimStatus.Appealed },
        };
        if (byRemittance)
        {
            // Left Accepted: PostRemittancesAsync answers it with an 835 after the organisation batches.
            claim.TransitionTo(ClaimStatus.Submitted, Actor, clock);
            claim.TransitionTo(ClaimStatus.Accepted, Actor, clock, AwaitingRemittance + target);
            return;
        }

        foreach (var status in path)
        {
            claim.TransitionTo(status, "demo-seed", clock);
        }

        if (claim.Status is ClaimStatus.Accepted or ClaimStatus.Submitted or ClaimStatus.Ready)
        {
            return;
        }

        claim.PayerClaimControlNumber = f.Random.Replace("##############");
        var total = claim.TotalCharge.Amount;
        if (claim.Status is ClaimStatus.Paid or ClaimStatus.Closed or ClaimStatus.PartiallyPaid)
        {
            // 835: payment, CO-45 contractual write-off, PR-1/PR-2 moved to the patient.
            var paidShare = claim.Status == ClaimStatus.PartiallyPaid ? 0.3m : f.Random.Decimal(0.45m, 0.7m);
            var paid = Money.Of(decimal.Round(total * paidShare, 2));
            var patientShare = Money.Of(decimal.Round(total * 0.1m, 2));
            var contractual = Money.Of(total) - paid - patientShare;
            if (claim.Status == ClaimStatus.PartiallyPaid)
            {
                contractual = Money.Of(decimal.Round(total * 0.2m, 2));
            }

            ledger.PostPayment(claim, LedgerBucket.Insurance, paid, f.Random.Replace("EFT#########"), "demo-seed");
            if (contractual > Money.Zero)
            {
                ledger.PostAdjustment(claim, LedgerBucket.Insurance, contractual, "CO-45", "demo-seed");
            }

            if (patientShare > Money.Zero)
            {
                ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, patientShare, "demo-seed", f.PickRandom("PR-1", "PR-2", "PR-3"));
                if (claim.Status == ClaimStatus.Closed)
                {
                    ledger.PostPayment(claim, LedgerBucket.Patient, patientShare, "CHECK-" + f.Random.Int(1000, 9999), "demo-seed");
                }
            }
        }
    }

    private static readonly (string Group, string Reason)[] DenialReasons =
    [
        ("CO", "197"), ("CO", "50"), ("CO", "16"), ("CO", "97"), ("CO", "29"), ("CO", "4"), ("CO", "151"), ("CO", "96"),
    ];

    /// <summary>
    /// Answers the claims waiting for an 835 (status-history note <see cref="AwaitingRemittance"/>)
    /// with synthetic 835 files of <see cref="ClaimsPerRemittance"/> claims, posted as a payer's
    /// would be. The trace number comes from the first claim number of the file, so a rerun after a
    /// kill builds new files only for the claims still waiting. About one file in five also pays a
    /// claim number Claimsmith does not know, which waits in the exceptions queue.
    /// </summary>
    private async Task<(int Claims, int Files)> PostRemittancesAsync(int seed, CancellationToken ct)
    {
        List<(Guid Id, string ClaimNumber, string Outcome)> due;
        await using (var db = createContext())
        {
            var rows = await (from c in db.Claims.AsNoTracking()
                              join h in db.ClaimStatusChanges.AsNoTracking() on c.Id equals h.ClaimId
                              where c.Status == ClaimStatus.Accepted && h.By == Actor && h.Note != null && h.Note.StartsWith(AwaitingRemittance)
                              select new { c.Id, c.ClaimNumber, h.Note }).ToListAsync(ct).ConfigureAwait(false);
            due = rows.Select(r => (r.Id, r.ClaimNumber, r.Note![AwaitingRemittance.Length..])).OrderBy(r => r.ClaimNumber, StringComparer.Ordinal).ToList();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int claims = 0, files = 0;
        foreach (var chunk in due.Chunk(ClaimsPerRemittance))
        {
            var trace = $"DEMO{seed}-{chunk[0].ClaimNumber}";
            var f = new Faker("en_US") { Random = new Randomizer(BitConverter.ToInt32(Id(seed, "remittance-" + chunk[0].ClaimNumber, 0).ToByteArray(), 0)) };
            await using var db = createContext();
            var ids = chunk.Select(c => c.Id).ToList();
            var loaded = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct).ConfigureAwait(false);
            var payments = new List<global::Claimsmith.X12.Remittance.ClaimPayment835>();
            foreach (var (id, _, outcome) in chunk)
            {
                payments.Add(Payment(f, loaded[id], outcome));
            }

            if (f.Random.Bool(0.2f))
            {
                // A claim the payer answers that is not ours (a wrong CLP01): the exceptions queue.
                var stray = Payment(f, loaded[chunk[^1].Id], nameof(ClaimStatus.Paid));
                stray.PatientControlNumber = "X" + chunk[^1].ClaimNumber;
                payments.Add(stray);
            }

            var latest = loaded.Values.Max(c => c.ServiceTo);
            var paidOn = latest.AddDays(Math.Max(0, (today.DayNumber - latest.DayNumber) / 2));
            var remittance = PayerSimulator.Remittance(trace, payments, paymentDate: paidOn);
            var service = new RemittancePostingService(db, clock);
            await service.PostFileAsync(PayerSimulator.ToBytes(remittance), Actor, cancellationToken: ct).ConfigureAwait(false);
            claims += chunk.Length;
            files++;
        }

        return (claims, files);
    }

    /// <summary>The payer's answer for one claim: paid with contractual and patient shares, one line denied, or all denied.</summary>
    private static global::Claimsmith.X12.Remittance.ClaimPayment835 Payment(Faker f, Claim claim, string outcome)
    {
        var reason = f.PickRandom(DenialReasons);
        var withDeductible = f.Random.Bool(0.3f);
        IReadOnlyList<global::Claimsmith.X12.Common.Adjustment> Paid(ClaimLine l)
        {
            var charge = l.Charge.Amount;
            var contractual = decimal.Round(charge * 0.25m, 2);
            var coinsurance = decimal.Round(charge * 0.1m, 2);
            var list = new List<global::Claimsmith.X12.Common.Adjustment> { new("CO", "45", contractual), new("PR", "2", coinsurance) };
            if (withDeductible && l.LineNumber == 1)
            {
                list.Add(new("PR", "1", decimal.Round(charge * 0.15m, 2)));
            }

            return list;
        }

        IReadOnlyList<global::Claimsmith.X12.Common.Adjustment> Denied(ClaimLine l) => [new(reason.Group, reason.Reason, l.Charge.Amount)];

        var denyAll = outcome == nameof(ClaimStatus.Denied) || (outcome == nameof(ClaimStatus.PartiallyPaid) && claim.Lines.Count < 2);
        if (denyAll)
        {
            return PayerSimulator.Pay(claim, Denied, status: "4");
        }

        return outcome == nameof(ClaimStatus.PartiallyPaid)
            ? PayerSimulator.Pay(claim, l => l.LineNumber == 1 ? Denied(l) : Paid(l))
            : PayerSimulator.Pay(claim, Paid);
    }

    /// <summary>Opens and files a first-level appeal for every fourth claim denied by an 835 of the seed (none twice).</summary>
    private async Task<int> OpenAppealsAsync(CancellationToken ct)
    {
        await using var db = createContext();
        // Every fourth of all the seed's denied claims, chosen the same way on every run; a rerun
        // skips those already appealed instead of picking every fourth of the rest.
        var items = await db.DenialWorkItems.AsNoTracking()
            .Where(w => !w.Underpayment)
            .Select(w => new { w.ClaimId, w.ClaimNumber, w.ReasonCodes, w.AmountAtStake, w.RemittanceDate, Appealed = db.Appeals.Any(a => a.ClaimId == w.ClaimId) })
            .ToListAsync(ct).ConfigureAwait(false);
        var picked = items.GroupBy(w => w.ClaimId).Select(g => g.OrderBy(w => w.ClaimNumber, StringComparer.Ordinal).First())
            .OrderBy(w => w.ClaimNumber, StringComparer.Ordinal).Where((_, i) => i % 4 == 0).Where(w => !w.Appealed).ToList();
        if (picked.Count == 0)
        {
            return 0;
        }

        var ids = picked.Select(p => p.ClaimId).ToList();
        var claims = await db.Claims.Include(c => c.Lines).Include(c => c.History).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct).ConfigureAwait(false);
        var payerIds = claims.Values.Select(c => c.PayerId).Distinct().ToList();
        var payers = await db.Payers.AsNoTracking().Where(p => payerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);
        var opened = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var item in picked)
        {
            var claim = claims[item.ClaimId];
            var (appeal, _) = global::Claimsmith.Billing.Appeal.Open(claim, [], payers.GetValueOrDefault(claim.PayerId), item.RemittanceDate, item.ReasonCodes, item.AmountAtStake, Actor, clock);
            if (appeal is null)
            {
                continue;
            }

            appeal.File(item.RemittanceDate.AddDays(10), Actor, clock);
            db.Appeals.Add(appeal);
            if (claim.Status is ClaimStatus.Denied or ClaimStatus.PartiallyPaid)
            {
                claim.TransitionTo(ClaimStatus.Appealed, Actor, clock, "Level 1 appeal filed");
            }

            opened++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return opened;
    }
}
