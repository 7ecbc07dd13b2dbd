namespace Claimsmith.Billing;

/// <summary>Copies a claim's content to a new draft claim (secondary, corrected and void claims start this way).</summary>
internal static class ClaimCopier
{
    public static Claim Copy(Claim source, string claimNumber, string actor, DateTimeOffset now)
    {
        var claim = new Claim
        {
            ClaimNumber = claimNumber,
            Kind = source.Kind,
            OrganizationId = source.OrganizationId,
            EncounterId = source.EncounterId,
            PatientId = source.PatientId,
            CoverageId = source.CoverageId,
            PayerId = source.PayerId,
            ServiceFrom = source.ServiceFrom,
            ServiceTo = source.ServiceTo,
            PlaceOfService = source.PlaceOfService,
            FacilityTypeCode = source.FacilityTypeCode,
            PriorAuthorization = source.PriorAuthorization,
            AdmissionDate = source.AdmissionDate,
            AdmissionHour = source.AdmissionHour,
            AdmissionType = source.AdmissionType,
            AdmissionSource = source.AdmissionSource,
            DischargeDate = source.DischargeDate,
            DischargeHour = source.DischargeHour,
            PatientStatus = source.PatientStatus,
            ProviderSignatureOnFile = source.ProviderSignatureOnFile,
            AcceptsAssignment = source.AcceptsAssignment,
            BenefitsAssigned = source.BenefitsAssigned,
            ReleaseOfInformation = source.ReleaseOfInformation,
            // Owned values are copied (with { }): EF Core maps each owned instance to one owner.
            BillingProvider = Party(source.BillingProvider)!,
            RenderingProvider = Party(source.RenderingProvider),
            AttendingProvider = Party(source.AttendingProvider),
            ReferringProvider = Party(source.ReferringProvider),
            ServiceFacility = Party(source.ServiceFacility),
            Payer = source.Payer with { Address = Copy(source.Payer.Address) },
            Subscriber = source.Subscriber with { Address = Copy(source.Subscriber.Address) },
            Patient = source.Patient with { Address = Copy(source.Patient.Address)! },
            OtherCoverages = source.OtherCoverages.Select(o => o with { }).ToList(),
            PredecessorClaimId = source.Id,
            CreatedAt = now,
            CreatedBy = actor,
        };
        foreach (var dx in source.Diagnoses.OrderBy(d => d.Sequence))
        {
            claim.Diagnoses.Add(new ClaimDiagnosis { ClaimId = claim.Id, Sequence = dx.Sequence, Code = dx.Code, PresentOnAdmission = dx.PresentOnAdmission });
        }

        var number = 0;
        foreach (var line in source.Lines.OrderBy(l => l.LineNumber))
        {
            number++;
            claim.Lines.Add(ClaimLine.CopyOf(line, claim.Id, number, $"{claimNumber}-{number}"));
        }

        return claim;
    }

    private static ClaimParty? Party(ClaimParty? party) => party is null ? null : party with { Address = Copy(party.Address) };

    private static Address? Copy(Address? address) => address is null ? null : address with { };
}
