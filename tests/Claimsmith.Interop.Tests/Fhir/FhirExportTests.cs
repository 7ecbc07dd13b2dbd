using Claimsmith.Billing;
using Claimsmith.Interop.Fhir;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;
using Hl7.Fhir.Model;

namespace Claimsmith.Interop.Tests.Fhir;

public sealed class FhirExportTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    internal static Billing.Claim SampleClaim()
    {
        var claim = new Billing.Claim
        {
            ClaimNumber = "CS00000042",
            CreatedBy = "biller@example.org",
            CreatedAt = Now,
            OrganizationId = Guid.CreateVersion7(),
            PatientId = Guid.CreateVersion7(),
            PayerId = Guid.CreateVersion7(),
            CoverageId = Guid.CreateVersion7(),
            EncounterId = Guid.CreateVersion7(),
            ServiceFrom = new DateOnly(2025, 3, 4),
            ServiceTo = new DateOnly(2025, 3, 4),
            PlaceOfService = "11",
            Status = ClaimStatus.Paid,
            BillingProvider = new ClaimParty { LastNameOrOrganization = "North Clinic", Npi = "1234567893", TaxId = "123456789" },
            Payer = new ClaimPayer { Name = "Synthetic Health Plan", PayerIdentifier = "SYNTH01" },
        };
        claim.Diagnoses.Add(new ClaimDiagnosis { ClaimId = claim.Id, Sequence = 1, Code = DiagnosisCode.Parse("E119") });
        claim.Diagnoses.Add(new ClaimDiagnosis { ClaimId = claim.Id, Sequence = 2, Code = DiagnosisCode.Parse("I10") });
        var l1 = new ClaimLine { ClaimId = claim.Id, LineNumber = 1, LineControlNumber = "L1", ProcedureCode = Billing.ProcedureCode.Parse("99214"), Charge = Billing.Money.Of(150m), Units = 1, ServiceFrom = claim.ServiceFrom };
        l1.SetPointers([1, 2]);
        var l2 = new ClaimLine { ClaimId = claim.Id, LineNumber = 2, LineControlNumber = "L2", ProcedureCode = Billing.ProcedureCode.Parse("83036"), Charge = Billing.Money.Of(40m), Units = 1, ServiceFrom = claim.ServiceFrom };
        l2.SetPointers([1]);
        claim.Lines.Add(l1);
        claim.Lines.Add(l2);
        return claim;
    }

    internal static ClaimPayment835 SamplePayment()
    {
        var payment = new ClaimPayment835 { PatientControlNumber = "CS00000042", StatusCode = "1", Charge = 190m, Paid = 110m, PatientResponsibility = 20m, PayerClaimControlNumber = "ICN-7788" };
        var s1 = new ServicePayment835 { Procedure = new X12.Claims.ProcedureCode("HC", "99214"), Charge = 150m, Paid = 90m };
        s1.References.Add(new Reference("6R", "L1"));
        s1.Amounts.Add(new Amount("B6", 110m));
        s1.Adjustments.Add(new Adjustment("CO", "45", 40m));
        s1.Adjustments.Add(new Adjustment("PR", "3", 20m));
        var s2 = new ServicePayment835 { Procedure = new X12.Claims.ProcedureCode("HC", "83036"), Charge = 40m, Paid = 20m };
        s2.References.Add(new Reference("6R", "L2"));
        s2.Adjustments.Add(new Adjustment("CO", "45", 20m));
        payment.ServiceLines.Add(s1);
        payment.ServiceLines.Add(s2);
        return payment;
    }

    [Fact]
    public void Claim_PassesTheValidator()
    {
        var fhir = FhirExporter.ToClaim(SampleClaim(), Now);
        Assert.Equal(2, fhir.Item.Count);
        Assert.Equal("E11.9", ((CodeableConcept)fhir.Diagnosis[0].Diagnosis).Coding[0].Code);
        Assert.Equal(190m, fhir.Total!.Value);
        var issues = FhirValidator.Validate(fhir);
        Assert.DoesNotContain(issues, i => i.IsError);
    }

    [Fact]
    public void ExplanationOfBenefit_PassesTheValidator_LinesMatchedOnControlNumber()
    {
        var eob = FhirExporter.ToExplanationOfBenefit(SampleClaim(), SamplePayment(), Now);
        Assert.Equal("uc", eob.Identifier[0].Type!.Coding[0].Code);
        Assert.Equal("ICN-7788", eob.Identifier[0].Value);
        Assert.Equal([1, 2], eob.Item.Select(i => i.Sequence ?? 0));
        var first = eob.Item[0];
        Assert.Equal(90m, first.Adjudication.Single(a => a.Category!.Coding[0].Code == "benefit").Amount!.Value);
        Assert.Equal(110m, first.Adjudication.Single(a => a.Category!.Coding[0].Code == "eligible").Amount!.Value);
        Assert.Equal(20m, first.Adjudication.Single(a => a.Category!.Coding[0].Code == "copay").Amount!.Value);
        Assert.Equal("45", first.Adjudication.Single(a => a.Category!.Coding[0].Code == "CO").Reason!.Coding[0].Code);
        Assert.Equal(110m, eob.Payment!.Amount!.Value);
        var issues = FhirValidator.Validate(eob);
        Assert.DoesNotContain(issues, i => i.IsError);
    }

    [Fact]
    public void Coverage_PassesTheValidator()
    {
        var patient = new Billing.Patient { AccountNumber = "A1", LastName = "Doe", FirstName = "Jan", BirthDate = new DateOnly(1980, 2, 3) };
        var payer = new Payer { Name = "Synthetic Health Plan", PayerIdentifier = "SYNTH01" };
        var coverage = new Billing.Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "SHP-1", GroupNumber = "G1", EffectiveFrom = new DateOnly(2024, 1, 1) };
        var fhir = FhirExporter.ToCoverage(coverage, patient, payer);
        Assert.Equal("SHP-1", fhir.SubscriberId);
        Assert.DoesNotContain(FhirValidator.Validate(fhir), i => i.IsError);
    }

    [Fact]
    public void Validator_FindsAnError_WhenARequiredElementIsMissing()
    {
        var fhir = FhirExporter.ToClaim(SampleClaim(), Now);
        fhir.Patient = null!;
        fhir.Insurance.Clear();
        var issues = FhirValidator.Validate(fhir);
        Assert.Contains(issues, i => i.IsError);
    }

    [Fact]
    public void Claim_SerializesAsFhirJson()
    {
        var json = FhirJson.Serialize(FhirExporter.ToClaim(SampleClaim(), Now));
        Assert.Contains("\"resourceType\":\"Claim\"", json, StringComparison.Ordinal);
        Assert.Contains("\"CS00000042\"", json, StringComparison.Ordinal);
    }
}
