using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests;

/// <summary>Small synthetic master data for domain tests.</summary>
internal static class TestData
{
    // Synthetic NPIs with valid check digits (computed, not real providers).
    public static Npi NpiFor(string firstNine) => Npi.Parse(firstNine + Npi.ComputeCheckDigit(firstNine));

    public static ClaimBuildRequest Request(ClaimKind kind = ClaimKind.Professional, SubscriberRelationship relationship = SubscriberRelationship.Self)
    {
        var org = new Organization
        {
            Name = "Maple Family Practice",
            TaxId = "123456789",
            Npi = NpiFor("123456789"),
            Taxonomy = TaxonomyCode.Parse("207Q00000X"),
            Address = new Address { Line1 = "1 Main St", City = "Springfield", State = "IL", PostalCode = "627010001" },
        };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "A100", LastName = "Doe", FirstName = "Casey", BirthDate = new DateOnly(2015, 3, 4), Sex = Sex.Female };
        var payer = new Payer { Name = "Acme Health", PayerIdentifier = "ACME1", ClaimFilingIndicator = "CI" };
        var coverage = new Coverage
        {
            PatientId = patient.Id,
            PayerId = payer.Id,
            MemberId = "M123",
            Relationship = relationship,
            Subscriber = relationship == SubscriberRelationship.Self ? null : new Person { LastName = "Doe", FirstName = "Jordan", BirthDate = new DateOnly(1985, 1, 2), Sex = Sex.Male },
            EffectiveFrom = new DateOnly(2025, 1, 1),
        };
        var rendering = new Provider { LastName = "Smith", FirstName = "Ana", Npi = NpiFor("198765432"), Taxonomy = TaxonomyCode.Parse("207Q00000X") };
        var referring = new Provider { LastName = "Lee", FirstName = "Sam", Npi = NpiFor("111222333") };
        var encounter = new Encounter
        {
            OrganizationId = org.Id,
            PatientId = patient.Id,
            Kind = kind,
            ServiceFrom = new DateOnly(2026, 3, 10),
            ServiceTo = new DateOnly(2026, 3, kind == ClaimKind.Institutional ? 12 : 10),
            PlaceOfService = "11",
            FacilityTypeCode = kind == ClaimKind.Institutional ? "11" : null,
            RenderingProviderId = rendering.Id,
            ReferringProviderId = referring.Id,
        };
        var poa = kind == ClaimKind.Institutional ? PresentOnAdmission.Yes : (PresentOnAdmission?)null;
        encounter.AddDiagnosis(DiagnosisCode.Parse("E11.22"), poa);
        encounter.AddDiagnosis(DiagnosisCode.Parse("I10"), poa);
        var c1 = new ChargeLine { ProcedureCode = ProcedureCode.Parse("99214"), Charge = Money.Of(150m), Units = 1, ServiceFrom = encounter.ServiceFrom, RevenueCode = kind == ClaimKind.Institutional ? RevenueCode.Parse("0450") : null };
        c1.SetModifiers([Modifier.Parse("25")]);
        c1.SetPointers([1, 2]);
        encounter.AddCharge(c1);
        var c2 = new ChargeLine { ProcedureCode = ProcedureCode.Parse("J1100"), Charge = Money.Of(25.50m), Units = 2, ServiceFrom = encounter.ServiceFrom, Ndc = Ndc.Parse("00409-4888-01"), NdcQuantity = 2, NdcUnit = "ML", RevenueCode = kind == ClaimKind.Institutional ? RevenueCode.Parse("0636") : null };
        c2.SetPointers([2]);
        encounter.AddCharge(c2);
        return new ClaimBuildRequest
        {
            Encounter = encounter,
            Patient = patient,
            Coverage = coverage,
            Payer = payer,
            Organization = org,
            Providers = new Dictionary<Guid, Provider> { [rendering.Id] = rendering, [referring.Id] = referring },
            ClaimNumber = "CS000001",
            Actor = "biller1",
        };
    }
}
