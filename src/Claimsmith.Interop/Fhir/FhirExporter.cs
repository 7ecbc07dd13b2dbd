using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.X12.Remittance;
using Hl7.Fhir.Model;
using F = Hl7.Fhir.Model;

namespace Claimsmith.Interop.Fhir;

/// <summary>
/// Claimsmith's claims, adjudications and coverage as FHIR R4 resources: <c>Claim</c> from a
/// <see cref="Billing.Claim"/>, <c>ExplanationOfBenefit</c> from the claim and its 835 payment
/// (CARIN Blue Button shape where the base R4 profile allows: identifier type <c>uc</c>,
/// adjudication amounts submitted/eligible/benefit, CARC reasons with their group), and
/// <c>Coverage</c>. References point at <c>Patient/{id}</c>, <c>Coverage/{id}</c> and
/// <c>Organization/{id}</c> with Claimsmith's ids.
/// </summary>
public static class FhirExporter
{
    private const string ClaimTypeSystem = "http://terminology.hl7.org/CodeSystem/claim-type";
    private const string AdjudicationSystem = "http://terminology.hl7.org/CodeSystem/adjudication";
    private const string CarcSystem = "https://x12.org/codes/claim-adjustment-reason-codes";
    private const string CasGroupSystem = "https://x12.org/codes/claim-adjustment-group-codes";
    private const string ClaimNumberSystem = "urn:claimsmith:claim-number";
    private const string PlaceOfServiceSystem = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

    /// <summary>A FHIR Claim for <paramref name="claim"/>, stamped <paramref name="created"/>.</summary>
    public static F.Claim ToClaim(Billing.Claim claim, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var fhir = new F.Claim
        {
            Id = claim.Id.ToString(),
            Identifier = [new Identifier(ClaimNumberSystem, claim.ClaimNumber)],
            Status = claim.Status == ClaimStatus.Voided ? FinancialResourceStatusCodes.Cancelled : claim.Status == ClaimStatus.Draft ? FinancialResourceStatusCodes.Draft : FinancialResourceStatusCodes.Active,
            Type = ClaimType(claim.Kind),
            Use = ClaimUseCode.Claim,
            Patient = new ResourceReference("Patient/" + claim.PatientId),
            BillablePeriod = new Period(new FhirDateTime(claim.ServiceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new FhirDateTime(claim.ServiceTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            CreatedElement = new FhirDateTime(claim.CreatedAt == default ? created : claim.CreatedAt),
            Insurer = new ResourceReference("Organization/" + claim.PayerId) { Display = claim.Payer.Name },
            Provider = Party(claim.BillingProvider, "Organization/" + claim.OrganizationId),
            Priority = new CodeableConcept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
            Insurance =
            [
                new F.Claim.InsuranceComponent
                {
                    Sequence = 1,
                    Focal = true,
                    Coverage = new ResourceReference("Coverage/" + claim.CoverageId),
                    PreAuthRef = claim.PriorAuthorization is { } auth ? [auth] : [],
                },
            ],
            Total = MoneyOf(claim.TotalCharge.Amount),
        };
        if (claim.PlaceOfService is { } pos)
        {
            fhir.Facility = new ResourceReference { Display = "Place of service " + pos };
        }

        foreach (var dx in claim.Diagnoses.OrderBy(d => d.Sequence))
        {
            fhir.Diagnosis.Add(new F.Claim.DiagnosisComponent
            {
                Sequence = dx.Sequence,
                Diagnosis = new CodeableConcept(CodeSystems.Icd10Cm, Icd10(dx.Code.ToString())),
                Type = dx.Sequence == 1 ? [new CodeableConcept("http://terminology.hl7.org/CodeSystem/ex-diagnosistype", "principal")] : [],
            });
        }

        foreach (var line in claim.Lines.OrderBy(l => l.LineNumber))
        {
            var item = new F.Claim.ItemComponent
            {
                Sequence = line.LineNumber,
                ProductOrService = Product(line),
                Modifier = [.. line.Modifiers().Select(m => new CodeableConcept(CodeSystems.Cpt, m.ToString()))],
                Serviced = new Date(line.ServiceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Quantity = new Quantity { Value = line.Units },
                UnitPrice = line.Units == 0 ? null : MoneyOf(Math.Round(line.Charge.Amount / line.Units, 2)),
                Net = MoneyOf(line.Charge.Amount),
                DiagnosisSequence = [.. line.Pointers().Select(p => (int?)p)],
            };
            if ((line.PlaceOfService ?? claim.PlaceOfService) is { } lpos)
            {
                item.Location = new CodeableConcept(PlaceOfServiceSystem, lpos);
            }

            if (line.RevenueCode is { } rev)
            {
                item.Revenue = new CodeableConcept("https://www.nubc.org/CodeSystem/RevenueCodes", rev.ToString());
            }

            fhir.Item.Add(item);
        }

        return fhir;
    }

    /// <summary>
    /// An ExplanationOfBenefit for <paramref name="claim"/> as the payer adjudicated it in
    /// <paramref name="payment"/> (835 loop 2100 with its 2110 service lines). Lines match on
    /// REF*6R line item control number, else on position.
    /// </summary>
    public static ExplanationOfBenefit ToExplanationOfBenefit(Billing.Claim claim, ClaimPayment835 payment, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(payment);
        var eob = new ExplanationOfBenefit
        {
            Id = claim.Id.ToString() + (payment.IsReversal ? "-r" : ""),
            Status = payment.IsReversal ? ExplanationOfBenefit.ExplanationOfBenefitStatus.Cancelled : ExplanationOfBenefit.ExplanationOfBenefitStatus.Active,
            Type = ClaimType(claim.Kind),
            Use = ClaimUseCode.Claim,
            Patient = new ResourceReference("Patient/" + claim.PatientId),
            BillablePeriod = new Period(new FhirDateTime(claim.ServiceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new FhirDateTime(claim.ServiceTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            CreatedElement = new FhirDateTime(created),
            Insurer = new ResourceReference("Organization/" + claim.PayerId) { Display = claim.Payer.Name },
            Provider = Party(claim.BillingProvider, "Organization/" + claim.OrganizationId),
            Claim = new ResourceReference("Claim/" + claim.Id),
            Outcome = ClaimProcessingCodes.Complete,
            Disposition = payment.StatusCode switch
            {
                "1" => "Processed as primary",
                "2" => "Processed as secondary",
                "3" => "Processed as tertiary",
                "4" => "Denied",
                "22" => "Reversal of previous payment",
                _ => "Status " + payment.StatusCode,
            },
            Insurance = [new ExplanationOfBenefit.InsuranceComponent { Focal = true, Coverage = new ResourceReference("Coverage/" + claim.CoverageId) }],
        };
        // CARIN BB: the payer's claim number is the unique claim identifier (type "uc").
        if (payment.PayerClaimControlNumber is { } icn)
        {
            eob.Identifier.Add(new Identifier("urn:claimsmith:payer-claim-control-number", icn)
            {
                Type = new CodeableConcept("http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType", "uc"),
            });
        }

        eob.Identifier.Add(new Identifier(ClaimNumberSystem, claim.ClaimNumber));
        foreach (var dx in claim.Diagnoses.OrderBy(d => d.Sequence))
        {
            eob.Diagnosis.Add(new ExplanationOfBenefit.DiagnosisComponent
            {
                Sequence = dx.Sequence,
                Diagnosis = new CodeableConcept(CodeSystems.Icd10Cm, Icd10(dx.Code.ToString())),
            });
        }

        var lines = claim.Lines.OrderBy(l => l.LineNumber).ToList();
        var used = new HashSet<ClaimLine>();
        for (var i = 0; i < payment.ServiceLines.Count; i++)
        {
            var svc = payment.ServiceLines[i];
            var line = lines.FirstOrDefault(l => svc.LineItemControlNumber is { } lic && l.LineControlNumber == lic)
                ?? lines.Where(l => !used.Contains(l)).FirstOrDefault(l => svc.Procedure is { } p && l.ProcedureCode?.ToString() == p.Code)
                ?? (i < lines.Count && !used.Contains(lines[i]) ? lines[i] : null);
            if (line is not null)
            {
                used.Add(line);
            }

            var item = new ExplanationOfBenefit.ItemComponent
            {
                Sequence = line?.LineNumber ?? i + 1,
                ProductOrService = line is not null ? Product(line) : new CodeableConcept(CodeSystems.Cpt, svc.Procedure?.Code ?? "unknown"),
                Serviced = (svc.ServiceDate ?? line?.ServiceFrom) is { } d ? new Date(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                Quantity = svc.UnitsPaid is { } u ? new Quantity { Value = u } : line is not null ? new Quantity { Value = line.Units } : null,
                Net = MoneyOf(svc.Charge),
            };
            item.Adjudication.Add(Adjudication("submitted", svc.Charge));
            if (svc.Allowed is { } allowed)
            {
                item.Adjudication.Add(Adjudication("eligible", allowed));
            }

            item.Adjudication.Add(Adjudication("benefit", svc.Paid));
            foreach (var adj in svc.Adjustments)
            {
                item.Adjudication.Add(Adjustment(adj.Group, adj.ReasonCode, adj.Amount));
            }

            // LQ*HE remark codes (RARC) explain the line: a process note each, referenced by the item.
            foreach (var remark in svc.Remarks.Where(r => r.Qualifier == "HE"))
            {
                var note = eob.ProcessNote.Find(n => n.Text == "RARC " + remark.Code);
                if (note is null)
                {
                    note = new ExplanationOfBenefit.NoteComponent { Number = eob.ProcessNote.Count + 1, Type = NoteType.Display, Text = "RARC " + remark.Code };
                    eob.ProcessNote.Add(note);
                }

                item.NoteNumberElement.Add(new PositiveInt(note.Number));
            }

            eob.Item.Add(item);
        }

        // Claim-level adjustments (CAS in loop 2100) apply to the whole claim.
        foreach (var adj in payment.Adjustments)
        {
            eob.Adjudication.Add(Adjustment(adj.Group, adj.ReasonCode, adj.Amount));
        }

        eob.Total.Add(new ExplanationOfBenefit.TotalComponent { Category = Category("submitted"), Amount = MoneyOf(payment.Charge) });
        eob.Total.Add(new ExplanationOfBenefit.TotalComponent { Category = Category("benefit"), Amount = MoneyOf(payment.Paid) });
        if (payment.PatientResponsibility is { } pr)
        {
            eob.Total.Add(new ExplanationOfBenefit.TotalComponent
            {
                Category = new CodeableConcept("http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication", "memberliability"),
                Amount = MoneyOf(pr),
            });
        }

        eob.Payment = new ExplanationOfBenefit.PaymentComponent { Amount = MoneyOf(payment.Paid) };
        return eob;
    }

    /// <summary>A FHIR Coverage for <paramref name="coverage"/> of <paramref name="patient"/> with <paramref name="payer"/>.</summary>
    public static F.Coverage ToCoverage(Billing.Coverage coverage, Billing.Patient patient, Payer payer)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(payer);
        var fhir = new F.Coverage
        {
            Id = coverage.Id.ToString(),
            Status = FinancialResourceStatusCodes.Active,
            SubscriberId = coverage.MemberId,
            Beneficiary = new ResourceReference("Patient/" + patient.Id),
            Relationship = new CodeableConcept("http://terminology.hl7.org/CodeSystem/subscriber-relationship", coverage.Relationship switch
            {
                SubscriberRelationship.Self => "self",
                SubscriberRelationship.Spouse => "spouse",
                SubscriberRelationship.Child => "child",
                _ => "other",
            }),
            Period = new Period
            {
                Start = coverage.EffectiveFrom == DateOnly.MinValue ? null : coverage.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                End = coverage.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            Payor = [new ResourceReference("Organization/" + payer.Id) { Display = payer.Name }],
            Order = (int)coverage.Order,
        };
        if (coverage.GroupNumber is { } group)
        {
            fhir.Class.Add(new F.Coverage.ClassComponent { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/coverage-class", "group"), Value = group });
        }

        if (coverage.PlanName is { } plan)
        {
            fhir.Class.Add(new F.Coverage.ClassComponent { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/coverage-class", "plan"), Value = plan, Name = plan });
        }

        return fhir;
    }

    private static CodeableConcept ClaimType(ClaimKind kind) =>
        new(ClaimTypeSystem, kind == ClaimKind.Institutional ? "institutional" : "professional");

    private static ResourceReference Party(ClaimParty party, string reference) => new(reference)
    {
        Display = party.FirstName is null ? party.LastNameOrOrganization : party.FirstName + " " + party.LastNameOrOrganization,
        Identifier = party.Npi is { Length: > 0 } npi ? new Identifier(CodeSystems.Npi, npi) : null,
    };

    private static CodeableConcept Product(ServiceLine line) =>
        line.ProcedureCode is { } p ? new CodeableConcept(p.ToString().Length == 5 && char.IsAsciiLetter(p.ToString()[0]) ? CodeSystems.Hcpcs : CodeSystems.Cpt, p.ToString())
        : line.RevenueCode is { } r ? new CodeableConcept("https://www.nubc.org/CodeSystem/RevenueCodes", r.ToString())
        : new CodeableConcept { Text = "Unspecified service" };

    /// <summary>ICD-10-CM is written with its dot after the third character (A00.0) in FHIR.</summary>
    private static string Icd10(string code) => code.Length > 3 && !code.Contains('.', StringComparison.Ordinal) ? code[..3] + "." + code[3..] : code;

    private static ExplanationOfBenefit.AdjudicationComponent Adjudication(string category, decimal amount) =>
        new() { Category = Category(category), Amount = MoneyOf(amount) };

    private static ExplanationOfBenefit.AdjudicationComponent Adjustment(string group, string reason, decimal amount)
    {
        // Deductible (CARC 1) and copay (CARC 3) have their own adjudication categories; the rest
        // are told by group code with the CARC as the reason (CARIN BB adjudication reason slice).
        var category = (group, reason) switch
        {
            ("PR", "1") => Category("deductible"),
            ("PR", "3") => Category("copay"),
            _ => new CodeableConcept(CasGroupSystem, group),
        };
        return new ExplanationOfBenefit.AdjudicationComponent
        {
            Category = category,
            Reason = new CodeableConcept(CarcSystem, reason),
            Amount = MoneyOf(amount),
        };
    }

    private static CodeableConcept Category(string code) => new(AdjudicationSystem, code);

    private static F.Money MoneyOf(decimal amount) => new() { Value = amount, Currency = F.Money.Currencies.USD };
}
