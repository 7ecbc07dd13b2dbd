using System.Globalization;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Validation;
using X = Claimsmith.X12.Claims;
using XCommon = Claimsmith.X12.Common;

namespace Claimsmith.Billing.Claims.Export;

/// <summary>
/// Writes claims as one X12 5010 837 interchange (837P 005010X222A1 or 837I 005010X223A2)
/// through <c>Claimsmith.X12</c>, grouped the way the guides nest them: billing provider
/// (2000A) &gt; subscriber (2000B) &gt; patient (2000C, only when the patient is not the
/// subscriber) &gt; claim (2300). The bytes are validated before they are returned.
/// </summary>
public static class Claim837Exporter
{
    /// <summary>The 837 implementation guides recommend at most 5,000 claims (CLM) per transaction set.</summary>
    public const int MaxClaimsPerTransaction = 5000;

    /// <summary>
    /// Builds and validates the batch. All claims must be of <paramref name="kind"/>; the
    /// control number is used for ISA13, GS06 and (numbered from it) each ST02.
    /// </summary>
    public static Claim837Batch Export(IReadOnlyList<Claim> claims, ClaimKind kind, Claim837ExportSettings settings, DateTimeOffset now, long controlNumber)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfZero(claims.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(controlNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(controlNumber, 999_999_999);
        if (claims.FirstOrDefault(c => c.Kind != kind) is { } other)
        {
            throw new ArgumentException($"Claim {other.ClaimNumber} is {other.Kind}, not {kind}: a batch holds one kind.", nameof(claims));
        }

        var submission = ToSubmission(claims, kind, settings, now, controlNumber);
        var control = controlNumber.ToString(CultureInfo.InvariantCulture);
        var (isa, gs) = settings.Envelope(now, control, "HC", submission.ImplementationReference);
        var bytes = X.Claim837Writer.ToBytes(isa, gs, [submission]);
        var validation = X12Validator.Validate(bytes);
        return new Claim837Batch(kind, bytes, claims.Select(c => c.ClaimNumber).ToArray(), validation);
    }

    /// <summary>Maps claims to the X12 837 model without writing it.</summary>
    public static X.Submission837 ToSubmission(IReadOnlyList<Claim> claims, ClaimKind kind, Claim837ExportSettings settings, DateTimeOffset now, long controlNumber)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        var submitter = X.Party837.Organization("41", settings.SubmitterName, "46", settings.SubmitterId);
        submitter.Contacts.Add(new XCommon.Contact("IC", settings.ContactName, [("TE", settings.ContactPhone)]));
        var submission = new X.Submission837
        {
            Kind = kind == ClaimKind.Institutional ? X.ClaimKind.Institutional : X.ClaimKind.Professional,
            BatchId = controlNumber.ToString(CultureInfo.InvariantCulture),
            CreationDate = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            CreationTime = now.ToString("HHmm", CultureInfo.InvariantCulture),
            Submitter = submitter,
            Receiver = X.Party837.Organization("40", settings.ReceiverName, "46", settings.ReceiverId),
        };

        // 2000A: one billing provider loop per billing NPI + tax ID.
        foreach (var byProvider in claims.GroupBy(c => (c.BillingProvider.Npi, c.BillingProvider.TaxId)))
        {
            var first = byProvider.First().BillingProvider;
            var provider = Party(first, "85");
            if (first.TaxId is { Length: > 0 } tin)
            {
                provider.References.Add(new XCommon.Reference("EI", Digits(tin)));
            }

            var billing = new X.BillingProvider837 { Provider = provider };
            if (first.Taxonomy is { Length: > 0 } taxonomy)
            {
                billing.Specialty = ("BI", "PXC", taxonomy);
            }

            submission.BillingProviders.Add(billing);

            // 2000B: one subscriber loop per payer + member.
            foreach (var bySubscriber in byProvider.GroupBy(c => (c.Payer.PayerIdentifier, c.Subscriber.MemberId)))
            {
                var claim0 = bySubscriber.First();
                var sub = claim0.Subscriber;
                var self = sub.Relationship == SubscriberRelationship.Self;
                var subscriberName = X.Party837.Person("IL", sub.LastName, sub.FirstName, "MI", sub.MemberId);
                if (self)
                {
                    // 2010BA N3/N4/DMG are required when the subscriber is the patient.
                    subscriberName.Address = ToAddress(claim0.Patient.Address);
                    subscriberName.Demographics = (Date(claim0.Patient.BirthDate), Gender(claim0.Patient.Sex));
                }
                else
                {
                    subscriberName.Address = sub.Address is null ? null : ToAddress(sub.Address);
                    if (sub.BirthDate is { } born)
                    {
                        subscriberName.Demographics = (Date(born), Gender(sub.Sex));
                    }
                }

                var payer = X.Party837.Organization("PR", claim0.Payer.Name, "PI", claim0.Payer.PayerIdentifier);
                if (claim0.Payer.Address is { } payerAddress)
                {
                    payer.Address = ToAddress(payerAddress);
                }

                var subscriber = new X.Subscriber837
                {
                    PayerResponsibility = Responsibility(sub.Order),
                    RelationshipCode = self ? "18" : null,
                    GroupNumber = sub.GroupNumber,
                    // SBR04 is used only when there is no group number (837P/837I 2000B SBR04 note).
                    GroupName = sub.GroupNumber is null ? sub.PlanName : null,
                    ClaimFilingIndicator = claim0.Payer.ClaimFilingIndicator,
                    Name = subscriberName,
                    Payer = payer,
                };
                AddClaims(subscriber, bySubscriber, self, kind);
                billing.Subscribers.Add(subscriber);
            }
        }

        return submission;

        static void AddClaims(X.Subscriber837 subscriber, IEnumerable<Claim> claims, bool self, ClaimKind kind)
        {
            if (self)
            {
                subscriber.Claims.AddRange(claims.Select(c => ToClaim(c, kind)));
                return;
            }

            // 2000C: the patient is a dependent; one loop per patient.
            foreach (var byPatient in claims.GroupBy(c => c.PatientId))
            {
                var claim0 = byPatient.First();
                var name = X.Party837.Person("QC", claim0.Patient.LastName, claim0.Patient.FirstName, null, null);
                name.MiddleName = claim0.Patient.MiddleName;
                name.Address = ToAddress(claim0.Patient.Address);
                name.Demographics = (Date(claim0.Patient.BirthDate), Gender(claim0.Patient.Sex));
                var patient = new X.Patient837 { RelationshipCode = RelationshipCode(claim0.Subscriber.Relationship), Name = name };
                patient.Claims.AddRange(byPatient.Select(c => ToClaim(c, kind)));
                subscriber.Patients.Add(patient);
            }
        }
    }

    private static X.Claim837 ToClaim(Claim claim, ClaimKind kind)
    {
        var institutional = kind == ClaimKind.Institutional;
        var frequency = ((int)claim.Frequency).ToString(CultureInfo.InvariantCulture);
        var x = new X.Claim837
        {
            PatientControlNumber = claim.ClaimNumber,
            TotalCharge = claim.TotalCharge.Amount,
            // CLM05: place of service (qualifier B) on 837P; the first two digits of the type of bill (qualifier A) on 837I.
            FacilityCode = institutional ? (claim.FacilityTypeCode ?? "") : (claim.PlaceOfService ?? ""),
            FacilityCodeQualifier = institutional ? "A" : "B",
            FrequencyCode = frequency,
            ProviderSignature = institutional ? null : (claim.ProviderSignatureOnFile ? "Y" : "N"),
            AssignmentCode = claim.AcceptsAssignment ? "A" : "C",
            BenefitsAssignment = claim.BenefitsAssigned ? "Y" : "N",
            ReleaseOfInformation = claim.ReleaseOfInformation ? "Y" : "I",
            PatientSignatureSource = null,
            PriorAuthorization = claim.PriorAuthorization,
            // REF*F8 carries the payer's claim number on replacement (7) and void (8) claims.
            OriginalReferenceNumber = claim.Frequency is ClaimFrequency.Replacement or ClaimFrequency.Void
                ? claim.OriginalReferenceNumber ?? claim.PayerClaimControlNumber
                : null,
        };

        if (institutional)
        {
            // 837I 2300: DTP*434 statement period (required), DTP*435 admission, DTP*096 discharge hour, CL1.
            x.Dates.Add(XCommon.DateReference.Range("434", claim.ServiceFrom, claim.ServiceTo));
            if (claim.AdmissionDate is { } admitted)
            {
                x.Dates.Add(claim.AdmissionHour is { } hour
                    ? new XCommon.DateReference("435", "DT", Date(admitted) + hour.ToString("00", CultureInfo.InvariantCulture) + "00")
                    : XCommon.DateReference.Of("435", admitted));
            }

            if (claim.DischargeHour is { } dischargeHour)
            {
                x.Dates.Add(new XCommon.DateReference("096", "TM", dischargeHour.ToString("00", CultureInfo.InvariantCulture) + "00"));
            }

            if (claim.AdmissionType is not null || claim.AdmissionSource is not null || claim.PatientStatus is not null)
            {
                x.InstitutionalCode = new X.InstitutionalClaimCode(claim.AdmissionType, claim.AdmissionSource, claim.PatientStatus);
            }
        }

        // HI: ABK principal then ABF others; 837I carries present-on-admission in component 9.
        foreach (var dx in claim.Diagnoses.OrderBy(d => d.Sequence))
        {
            var code = x.HealthCareCodes.Count == 0 ? X.HealthCareCode.Principal(dx.Code.Value) : X.HealthCareCode.Other(dx.Code.Value);
            if (institutional && Poa(dx.PresentOnAdmission) is { } poa)
            {
                code = code with { PresentOnAdmission = poa };
            }

            x.HealthCareCodes.Add(code);
        }

        if (institutional)
        {
            if (claim.AttendingProvider is { } attending)
            {
                x.Providers.Add(ProviderParty(attending, "71", "AT"));
            }

            if (claim.RenderingProvider is { } rendering && rendering.Npi != claim.AttendingProvider?.Npi)
            {
                x.Providers.Add(ProviderParty(rendering, "82", null));
            }

            if (claim.ServiceFacility is { } facility)
            {
                x.Providers.Add(Party(facility, "77"));
            }

            if (claim.ReferringProvider is { } referring)
            {
                x.Providers.Add(ProviderParty(referring, "DN", null));
            }
        }
        else
        {
            if (claim.ReferringProvider is { } referring)
            {
                x.Providers.Add(ProviderParty(referring, "DN", null));
            }

            // 2310B is sent only when the rendering provider differs from the billing provider.
            if (claim.RenderingProvider is { } rendering && rendering.Npi != claim.BillingProvider.Npi)
            {
                x.Providers.Add(ProviderParty(rendering, "82", "PE"));
            }

            if (claim.ServiceFacility is { } facility && facility.Npi != claim.BillingProvider.Npi)
            {
                x.Providers.Add(Party(facility, "77"));
            }
        }

        foreach (var other in claim.OtherCoverages)
        {
            x.OtherSubscribers.Add(ToOtherSubscriber(other));
        }

        var number = 0;
        foreach (var line in claim.Lines.OrderBy(l => l.LineNumber))
        {
            x.Lines.Add(ToLine(line, claim, institutional, ++number));
        }

        return x;
    }

    private static X.OtherSubscriber837 ToOtherSubscriber(ClaimOtherCoverage other)
    {
        var x = new X.OtherSubscriber837
        {
            PayerResponsibility = Responsibility(other.Order),
            RelationshipCode = RelationshipCode(other.Relationship),
            GroupNumber = other.GroupNumber,
            GroupName = other.GroupNumber is null ? other.PlanName : null,
            ClaimFilingIndicator = other.ClaimFilingIndicator,
            BenefitsAssignment = "Y",
            ReleaseOfInformation = "Y",
        };
        x.Parties.Add(X.Party837.Person("IL", other.SubscriberLastName, other.SubscriberFirstName, "MI", other.MemberId));
        var payer = X.Party837.Organization("PR", other.PayerName, "PI", other.PayerIdentifier);
        if (other.IsAdjudicated)
        {
            // 2320 CAS (claim-level adjustments), AMT*D payer paid (required when the other payer
            // adjudicated the claim), AMT*EAF remaining patient liability; 2330B DTP*573 and REF*F8.
            x.Adjustments.AddRange(other.Adjustments.Select(ToAdjustment));
            x.Amounts.Add(new XCommon.Amount("D", (other.PaidAmount ?? Money.Zero).Amount));
            if (other.RemainingPatientLiability is { } remaining)
            {
                x.Amounts.Add(new XCommon.Amount("EAF", remaining.Amount));
            }

            payer.Dates.Add(XCommon.DateReference.Of("573", other.AdjudicationDate!.Value));
            if (other.PayerClaimControlNumber is { Length: > 0 } icn)
            {
                payer.References.Add(new XCommon.Reference("F8", icn));
            }
        }

        x.Parties.Add(payer);
        return x;
    }

    private static XCommon.Adjustment ToAdjustment(OtherPayerAdjustment a) => new(a.Group, a.ReasonCode, a.Amount.Amount, a.Quantity);

    private static X.ServiceLine837 ToLine(ClaimLine line, Claim claim, bool institutional, int number)
    {
        var modifiers = line.Modifiers().Select(m => m.Value).ToArray();
        var x = new X.ServiceLine837
        {
            LineNumber = number,
            Procedure = line.ProcedureCode is { } code ? X.ProcedureCode.Hcpcs(code.Value, modifiers) : null,
            RevenueCode = institutional ? line.RevenueCode?.ToString() : null,
            Charge = line.Charge.Amount,
            Units = line.Units,
            // SV105 is sent only when the line's place of service differs from CLM05.
            PlaceOfService = !institutional && line.PlaceOfService is { } pos && pos != claim.PlaceOfService ? pos : null,
            LineItemControlNumber = line.LineControlNumber.Length > 0 ? line.LineControlNumber : null,
        };
        if (!institutional)
        {
            x.DiagnosisPointers.AddRange(line.Pointers());
        }

        x.Dates.Add(line.ServiceTo is { } to && to != line.ServiceFrom
            ? XCommon.DateReference.Range("472", line.ServiceFrom, to)
            : XCommon.DateReference.Of("472", line.ServiceFrom));

        if (line.Ndc is { } ndc)
        {
            x.Drug = new X.DrugIdentification { Ndc = ndc.Value, Quantity = line.NdcQuantity ?? 1m, Unit = line.NdcUnit ?? "UN" };
        }

        // 2430: each prior payer's line adjudication; SVD01 repeats that payer's 2330B NM109.
        foreach (var a in line.OtherPayerAdjudications)
        {
            var svd = new X.LineAdjudication837
            {
                PayerId = a.PayerIdentifier,
                PaidAmount = a.Paid.Amount,
                Procedure = x.Procedure,
                RevenueCode = institutional ? x.RevenueCode : null,
                PaidUnits = a.PaidUnits,
            };
            svd.Adjustments.AddRange(a.Adjustments.Select(ToAdjustment));
            svd.Dates.Add(XCommon.DateReference.Of("573", a.AdjudicationDate));
            if (a.RemainingPatientLiability != Money.Zero)
            {
                svd.Amounts.Add(new XCommon.Amount("EAF", a.RemainingPatientLiability.Amount));
            }

            x.Adjudications.Add(svd);
        }

        return x;
    }

    private static X.Party837 ProviderParty(ClaimParty party, string entityCode, string? specialtyQualifier)
    {
        var x = Party(party, entityCode);

        // The 2310 person loops (referring, rendering, attending) carry no address; rendering
        // and attending carry their taxonomy in PRV.
        x.Address = null;
        if (specialtyQualifier is not null && party.Taxonomy is { Length: > 0 } taxonomy)
        {
            x.Specialty = (specialtyQualifier, "PXC", taxonomy);
        }

        return x;
    }

    private static X.Party837 Party(ClaimParty party, string entityCode)
    {
        var npi = party.Npi is { Length: > 0 } n ? n : null;
        var x = party.IsPerson
            ? X.Party837.Person(entityCode, party.LastNameOrOrganization, party.FirstName, npi is null ? null : "XX", npi)
            : X.Party837.Organization(entityCode, party.LastNameOrOrganization, npi is null ? null : "XX", npi);
        if (party.Address is { } address)
        {
            x.Address = ToAddress(address);
        }

        return x;
    }

    private static XCommon.Address ToAddress(Address a) => new()
    {
        Line1 = a.Line1,
        Line2 = string.IsNullOrWhiteSpace(a.Line2) ? null : a.Line2,
        City = a.City,
        State = a.State,
        PostalCode = Digits(a.PostalCode),
    };

    private static string Responsibility(CoverageOrder order) => order switch
    {
        CoverageOrder.Primary => "P",
        CoverageOrder.Secondary => "S",
        CoverageOrder.Tertiary => "T",
        _ => "U",
    };

    // PAT01 / SBR02 individual relationship codes (5010): 01 spouse, 18 self, 19 child, G8 other.
    private static string RelationshipCode(SubscriberRelationship relationship) => relationship switch
    {
        SubscriberRelationship.Self => "18",
        SubscriberRelationship.Spouse => "01",
        SubscriberRelationship.Child => "19",
        _ => "G8",
    };

    // HI0x-9 present-on-admission: Y, N, U, W; exempt codes are reported with the indicator left blank.
    private static string? Poa(PresentOnAdmission? poa) => poa switch
    {
        PresentOnAdmission.Yes => "Y",
        PresentOnAdmission.No => "N",
        PresentOnAdmission.Unknown => "U",
        PresentOnAdmission.ClinicallyUndetermined => "W",
        _ => null,
    };

    private static string Gender(Sex sex) => sex switch
    {
        Sex.Female => "F",
        Sex.Male => "M",
        _ => "U",
    };

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
