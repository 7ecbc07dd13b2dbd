using Claimsmith.Billing;

namespace Claimsmith.Data.Tests;

/// <summary>A small synthetic practice with one claim-ready encounter.</summary>
internal sealed class Sample
{
    public static Npi NpiFor(string firstNine) => Npi.Parse(firstNine + Npi.ComputeCheckDigit(firstNine));

    public Organization Organization { get; }
    public Provider Rendering { get; }
    public Provider Referring { get; }
    public Facility Facility { get; }
    public Payer Payer { get; }
    public Patient Patient { get; }
    public Coverage Coverage { get; }
    public Encounter Encounter { get; }
    public Payer SecondPayer { get; }
    public Coverage Secondary { get; }

    public Sample()
    {
        var suffix = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Organization = new Organization
        {
            Name = "Birch Surgical Group " + suffix,
            Kind = OrganizationKind.Practice,
            TaxId = "987654321",
            Npi = NpiFor("123450000"),
            Taxonomy = TaxonomyCode.Parse("208600000X"),
            Address = new Address { Line1 = "9 Elm Rd", City = "Columbus", State = "OH", PostalCode = "432150001" },
        };
        Rendering = new Provider { OrganizationId = Organization.Id, LastName = "Ortiz", FirstName = "Rae", Npi = NpiFor("155550000"), Taxonomy = TaxonomyCode.Parse("208600000X") };
        Referring = new Provider { LastName = "Nguyen", FirstName = "Tam", Npi = NpiFor("166660000") };
        Facility = new Facility { OrganizationId = Organization.Id, Name = "Birch ASC", Npi = NpiFor("177770000"), PlaceOfService = "24", Address = new Address { Line1 = "10 Elm Rd", City = "Columbus", State = "OH", PostalCode = "43215" } };
        Payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYN01", ClaimFilingIndicator = "CI", TimelyFilingDays = 180 };
        Patient = new Patient { OrganizationId = Organization.Id, AccountNumber = "ACC" + suffix, LastName = "Rivera", FirstName = "Alex", BirthDate = new DateOnly(2010, 6, 1), Sex = Sex.Male, Address = new Address { Line1 = "5 Oak Ct", City = "Dublin", State = "OH", PostalCode = "43017" } };
        Coverage = new Coverage
        {
            PatientId = Patient.Id,
            PayerId = Payer.Id,
            MemberId = "MEM" + suffix,
            GroupNumber = "GRP1",
            Relationship = SubscriberRelationship.Child,
            Subscriber = new Person { LastName = "Rivera", FirstName = "Morgan", BirthDate = new DateOnly(1980, 2, 2), Sex = Sex.Female, Address = new Address { Line1 = "5 Oak Ct", City = "Dublin", State = "OH", PostalCode = "43017" } },
            EffectiveFrom = new DateOnly(2025, 1, 1),
        };
        SecondPayer = new Payer { Name = "Synthetic Supplemental", PayerIdentifier = "SUP02", ClaimFilingIndicator = "12" };
        Secondary = new Coverage { PatientId = Patient.Id, PayerId = SecondPayer.Id, Order = CoverageOrder.Secondary, MemberId = "SUP" + suffix, EffectiveFrom = new DateOnly(2025, 6, 1) };
        Encounter = new Encounter
        {
            OrganizationId = Organization.Id,
            PatientId = Patient.Id,
            FacilityId = Facility.Id,
            Kind = ClaimKind.Professional,
            ServiceFrom = new DateOnly(2026, 2, 3),
            ServiceTo = new DateOnly(2026, 2, 3),
            PlaceOfService = "24",
            RenderingProviderId = Rendering.Id,
            ReferringProviderId = Referring.Id,
            PriorAuthorization = "AUTH77",
        };
        Encounter.AddDiagnosis(DiagnosisCode.Parse("M17.11"));
        Encounter.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
        var knee = new ChargeLine { ProcedureCode = ProcedureCode.Parse("20610"), Charge = Money.Of(310.25m), Units = 1, ServiceFrom = Encounter.ServiceFrom };
        knee.SetModifiers([Modifier.Parse("RT"), Modifier.Parse("59")]);
        knee.SetPointers([1]);
        Encounter.AddCharge(knee);
        var drug = new ChargeLine { ProcedureCode = ProcedureCode.Parse("J3301"), Charge = Money.Of(42.10m), Units = 4, ServiceFrom = Encounter.ServiceFrom, Ndc = Ndc.Parse("00003-0293-05"), NdcQuantity = 1, NdcUnit = "ML" };
        drug.SetPointers([1, 2]);
        Encounter.AddCharge(drug);
        Encounter.Documents.Add(new ClinicalDocument { EncounterId = Encounter.Id, Title = "Procedure note", Text = "Right knee injection, synthetic note.", CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "coder1" });
    }

    public void AddTo(ClaimsmithDbContext db)
    {
        db.AddRange(Organization, Rendering, Referring, Facility, Payer, SecondPayer, Patient, Coverage, Secondary, Encounter);
    }

    public ClaimBuildRequest BuildRequest(string claimNumber) => new()
    {
        Encounter = Encounter,
        Patient = Patient,
        Coverage = Coverage,
        Payer = Payer,
        Organization = Organization,
        Facility = Facility,
        Providers = new Dictionary<Guid, Provider> { [Rendering.Id] = Rendering, [Referring.Id] = Referring },
        OtherCoverages = [(Secondary, SecondPayer)],
        ClaimNumber = claimNumber,
        Actor = "biller1",
    };
}
