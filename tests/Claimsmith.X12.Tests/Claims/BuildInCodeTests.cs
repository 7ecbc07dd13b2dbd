using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Validation;

namespace Claimsmith.X12.Tests.Claims;

/// <summary>The way the billing core uses the library: build models in code, write, validate, read back.</summary>
public sealed class BuildInCodeTests
{
    private static readonly X12InterchangeHeader Isa = new() { SenderId = "CLAIMSMITH", ReceiverId = "PAYER", Date = "260101", Time = "1200", ControlNumber = "7" };

    private static Submission837 Professional()
    {
        var sub = new Submission837
        {
            BatchId = "B1", CreationDate = "20260101", CreationTime = "1200",
            Submitter = Party837.Organization("41", "CLAIMSMITH CLINIC", "46", "S12345"),
            Receiver = Party837.Organization("40", "ACME HEALTH PLAN", "46", "R67890"),
        };
        sub.Submitter.Contacts.Add(new Contact("IC", "BILLING OFFICE", [("TE", "5555550100")]));
        var billing = Party837.Organization("85", "CLAIMSMITH CLINIC", "XX", "1234567893");
        billing.Address = new Address { Line1 = "100 MAIN ST", City = "SPRINGFIELD", State = "IL", PostalCode = "627011234" };
        billing.References.Add(new Reference("EI", "123456789"));
        var bp = new BillingProvider837 { Provider = billing };
        sub.BillingProviders.Add(bp);
        var subscriber = new Subscriber837
        {
            Name = Party837.Person("IL", "DOE", "JOHN", "MI", "MEM1"),
            Payer = Party837.Organization("PR", "ACME HEALTH PLAN", "PI", "PAYER01"),
            RelationshipCode = null,
        };
        var patient = new Patient837 { RelationshipCode = "19", Name = Party837.Person("QC", "DOE", "JIMMY", null, null) };
        patient.Name.Address = new Address { Line1 = "5 ELM ST", City = "SPRINGFIELD", State = "IL", PostalCode = "62701" };
        patient.Name.Demographics = ("20150601", "M");
        var claim = new Claim837
        {
            PatientControlNumber = "PCN9", TotalCharge = 170m, FacilityCode = "11", FrequencyCode = "7", ProviderSignature = "Y",
            OriginalReferenceNumber = "PAYERCLAIM1", PriorAuthorization = "AUTH1",
        };
        claim.HealthCareCodes.Add(HealthCareCode.Principal("J06.9"));
        claim.HealthCareCodes.Add(HealthCareCode.Other("R05.1"));
        var line1 = new ServiceLine837 { Procedure = ProcedureCode.Hcpcs("99213", "25"), Charge = 120m, ServiceDate = new DateOnly(2025, 12, 28), LineItemControlNumber = "L1" };
        line1.DiagnosisPointers.AddRange([1, 2]);
        var line2 = new ServiceLine837 { Procedure = ProcedureCode.Hcpcs("J1100"), Charge = 50m, ServiceDate = new DateOnly(2025, 12, 28) };
        line2.DiagnosisPointers.Add(1);
        line2.Drug = new DrugIdentification { Ndc = "00009004722", Quantity = 1, Unit = "ML" };
        claim.Lines.AddRange([line1, line2]);
        var primary = new OtherSubscriber837 { PayerResponsibility = "P", RelationshipCode = "01", ClaimFilingIndicator = "CI", BenefitsAssignment = "Y", ReleaseOfInformation = "Y" };
        primary.Adjustments.Add(new Adjustment("PR", "1", 40m));
        primary.Amounts.Add(new Amount("D", 100m));
        primary.Parties.Add(Party837.Person("IL", "DOE", "JANE", "MI", "OTHER1"));
        primary.Parties.Add(Party837.Organization("PR", "FIRST PAYER", "PI", "FP01"));
        claim.OtherSubscribers.Add(primary);
        patient.Claims.Add(claim);
        subscriber.Patients.Add(patient);
        bp.Subscribers.Add(subscriber);
        return sub;
    }

    [Fact]
    public void SecondaryCorrectedClaimForDependent_WritesAValid837P_ThatReadsBack()
    {
        var bytes = Claim837Writer.ToBytes(Isa, new X12GroupHeader { FunctionalId = "HC", SenderCode = "CLAIMSMITH", ReceiverCode = "PAYER", Date = "20260101", Time = "1200", ControlNumber = "7", Version = "005010X222A1" }, [Professional()]);
        var validation = X12Validator.Validate(bytes);
        Assert.True(validation.IsAccepted, string.Join("\n", validation.Issues));
        Assert.Empty(validation.Issues);
        var back = Assert.Single(Claim837Reader.Read(bytes).Value);
        var claim = Assert.Single(back.AllClaims);
        Assert.Equal(("7", "PAYERCLAIM1", 170m), (claim.FrequencyCode, claim.OriginalReferenceNumber, claim.TotalCharge));
        Assert.Equal("00009004722", claim.Lines[1].Drug!.Ndc);
        Assert.Equal(100m, claim.OtherSubscribers[0].PayerPaidAmount);
        Assert.Equal("19", back.BillingProviders[0].Subscribers[0].Patients[0].RelationshipCode);
    }

    [Fact]
    public void Remittance_BuiltInCode_WritesAValidBalanced835()
    {
        var r = new Remittance835 { PaymentMethod = "CHK", PaymentDate = new DateOnly(2026, 1, 10), TraceNumber = "CHK1", OriginatingCompanyId = "1512345678" };
        r.Payer = new Party835 { EntityCode = "PR", Name = "ACME", Address = new Address { Line1 = "1 WAY", City = "CHICAGO", State = "IL", PostalCode = "60601" } };
        r.Payer.Contacts.Add(new Contact("BL", "SUPPORT", [("TE", "8005550100")]));
        r.Payee = new Party835 { EntityCode = "PE", Name = "CLINIC", IdQualifier = "XX", Id = "1234567893" };
        var claim = new ClaimPayment835 { PatientControlNumber = "PCN9", StatusCode = "2", Charge = 170m, Paid = 30m, PatientResponsibility = 0m, FilingIndicator = "12", PayerClaimControlNumber = "PCC9" };
        claim.Names.Add(new Name835("QC", "1", "DOE", "JIMMY", null, null, null, null));
        claim.Adjustments.Add(new Adjustment("OA", "23", 140m));
        r.Claims.Add(claim);
        r.TotalPayment = 30m;
        var bytes = Remittance835Writer.ToBytes(Isa, new X12GroupHeader { FunctionalId = "HP", SenderCode = "P", ReceiverCode = "C", Date = "20260110", Time = "0900", ControlNumber = "3", Version = "005010X221A1" }, [r]);
        var validation = X12Validator.Validate(bytes);
        Assert.True(validation.IsAccepted, string.Join("\n", validation.Issues));
        var back = Assert.Single(Remittance835Reader.Read(bytes).Value);
        Assert.Equal(30m, back.TotalPayment);
        Assert.Equal(new Adjustment("OA", "23", 140m), Assert.Single(back.Claims[0].Adjustments));
    }
}
