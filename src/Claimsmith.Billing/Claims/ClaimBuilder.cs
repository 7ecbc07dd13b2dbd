namespace Claimsmith.Billing;

/// <summary>
/// Builds a draft claim from an encounter: copies the coded diagnoses in sequence, turns each
/// charge into a claim line with its pointers renumbered to the claim's diagnoses, and takes a
/// copy of the billing/rendering/attending/referring providers, facility, payer, subscriber and
/// patient so that the claim alone is enough to write an 837 or a CMS-1500.
/// </summary>
public static class ClaimBuilder
{
    /// <summary>Builds the claim; issues with a stable code explain a refusal.</summary>
    public static ClaimBuildResult Build(ClaimBuildRequest request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var e = request.Encounter;
        var issues = new List<BillingIssue>();

        if (request.Coverage.PatientId != request.Patient.Id || e.PatientId != request.Patient.Id)
        {
            issues.Add(new BillingIssue("claim.coverage", "coverageId", "The coverage does not belong to the encounter's patient."));
        }

        if (!request.Coverage.IsActiveOn(e.ServiceFrom))
        {
            issues.Add(new BillingIssue("claim.coverage", "coverageId", $"The coverage is not in effect on {e.ServiceFrom:yyyy-MM-dd}."));
        }

        if (e.Charges.Count == 0)
        {
            issues.Add(new BillingIssue("claim.lines", "charges", "The encounter has no charges to bill."));
        }

        if (e.Diagnoses.Count == 0)
        {
            issues.Add(new BillingIssue("claim.diagnoses", "diagnoses", "The encounter has no diagnoses."));
        }

        if (issues.Count > 0)
        {
            return new ClaimBuildResult(null, issues);
        }

        var now = clock.GetUtcNow();
        var claim = new Claim
        {
            ClaimNumber = request.ClaimNumber,
            Kind = e.Kind,
            OrganizationId = e.OrganizationId,
            EncounterId = e.Id,
            PatientId = request.Patient.Id,
            CoverageId = request.Coverage.Id,
            PayerId = request.Payer.Id,
            ServiceFrom = e.ServiceFrom,
            ServiceTo = e.ServiceTo,
            PlaceOfService = e.Kind == ClaimKind.Professional ? e.PlaceOfService : null,
            FacilityTypeCode = e.Kind == ClaimKind.Institutional ? e.FacilityTypeCode : null,
            PriorAuthorization = e.PriorAuthorization,
            AdmissionDate = e.AdmissionDate,
            AdmissionHour = e.AdmissionHour,
            AdmissionType = e.AdmissionType,
            AdmissionSource = e.AdmissionSource,
            DischargeDate = e.DischargeDate,
            DischargeHour = e.DischargeHour,
            PatientStatus = e.PatientStatus,
            BillingProvider = new ClaimParty
            {
                LastNameOrOrganization = request.Organization.Name,
                Npi = request.Organization.Npi.Value,
                Taxonomy = request.Organization.Taxonomy?.Value,
                TaxId = request.Organization.TaxId,
                Address = Copy(request.Organization.Address),
            },
            RenderingProvider = Party(request, e.RenderingProviderId),
            AttendingProvider = Party(request, e.AttendingProviderId),
            ReferringProvider = Party(request, e.ReferringProviderId),
            ServiceFacility = request.Facility is { } f
                ? new ClaimParty { LastNameOrOrganization = f.Name, Npi = f.Npi?.Value, Address = Copy(f.Address) }
                : null,
            Payer = new ClaimPayer
            {
                Name = request.Payer.Name,
                PayerIdentifier = request.Payer.PayerIdentifier,
                ClaimFilingIndicator = request.Payer.ClaimFilingIndicator,
                Address = Copy(request.Payer.Address),
            },
            Subscriber = Subscriber(request.Coverage, request.Patient),
            Patient = new ClaimPatient
            {
                AccountNumber = request.Patient.AccountNumber,
                LastName = request.Patient.LastName,
                FirstName = request.Patient.FirstName,
                MiddleName = request.Patient.MiddleName,
                BirthDate = request.Patient.BirthDate,
                Sex = request.Patient.Sex,
                Address = Copy(request.Patient.Address)!,
            },
            CreatedAt = now,
            CreatedBy = request.Actor,
        };

        foreach (var (coverage, payer) in request.OtherCoverages.Where(o => o.Coverage.Id != request.Coverage.Id && o.Coverage.IsActiveOn(e.ServiceFrom)).OrderBy(o => o.Coverage.Order))
        {
            var subscriber = Subscriber(coverage, request.Patient);
            claim.OtherCoverages.Add(new ClaimOtherCoverage
            {
                Order = coverage.Order,
                Relationship = coverage.Relationship,
                MemberId = coverage.MemberId,
                GroupNumber = coverage.GroupNumber,
                PlanName = coverage.PlanName,
                SubscriberLastName = subscriber.LastName,
                SubscriberFirstName = subscriber.FirstName,
                SubscriberBirthDate = subscriber.BirthDate,
                SubscriberSex = subscriber.Sex,
                PayerName = payer.Name,
                PayerIdentifier = payer.PayerIdentifier,
                ClaimFilingIndicator = payer.ClaimFilingIndicator,
            });
        }

        // Diagnoses in the coder's order; pointers on charges name encounter sequences, so map
        // them to claim positions (1-based), as SV107 points into the claim's HI list.
        var ordered = e.Diagnoses.OrderBy(d => d.Sequence).ToList();
        var position = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            position[ordered[i].Sequence] = i + 1;
            claim.Diagnoses.Add(new ClaimDiagnosis { ClaimId = claim.Id, Sequence = i + 1, Code = ordered[i].Code, PresentOnAdmission = ordered[i].PresentOnAdmission });
        }

        var lineNumber = 0;
        foreach (var charge in e.Charges.OrderBy(c => c.Sequence))
        {
            lineNumber++;
            var line = ClaimLine.From(charge, claim.Id, lineNumber, $"{request.ClaimNumber}-{lineNumber}");
            var pointers = new List<int>();
            foreach (var p in charge.Pointers())
            {
                if (position.TryGetValue(p, out var pos))
                {
                    pointers.Add(pos);
                }
                else
                {
                    issues.Add(new BillingIssue("line.pointers", $"charges[{lineNumber - 1}].diagnosisPointers", $"Pointer {p} names no diagnosis on the encounter."));
                }
            }

            line.SetPointers(pointers);
            claim.Lines.Add(line);
        }

        claim.History.Add(new ClaimStatusChange { ClaimId = claim.Id, From = null, To = ClaimStatus.Draft, At = now, By = request.Actor, Note = "Built from encounter" });
        return new ClaimBuildResult(issues.Count == 0 ? claim : null, issues);
    }

    // The claim keeps its own copy: an address instance belongs to one owner (and EF Core maps
    // each owned instance to exactly one row).
    private static Address? Copy(Address? address) => address is null ? null : address with { };

    private static ClaimParty? Party(ClaimBuildRequest request, Guid? providerId) =>
        providerId is { } id && request.Providers.TryGetValue(id, out var p)
            ? new ClaimParty { LastNameOrOrganization = p.LastName, FirstName = p.FirstName, Npi = p.Npi.Value, Taxonomy = p.Taxonomy?.Value }
            : null;

    private static ClaimSubscriber Subscriber(Coverage coverage, Patient patient)
    {
        var self = coverage.Relationship == SubscriberRelationship.Self || coverage.Subscriber is null;
        return new ClaimSubscriber
        {
            Order = coverage.Order,
            Relationship = coverage.Relationship,
            MemberId = coverage.MemberId,
            GroupNumber = coverage.GroupNumber,
            PlanName = coverage.PlanName,
            LastName = self ? patient.LastName : coverage.Subscriber!.LastName,
            FirstName = self ? patient.FirstName : coverage.Subscriber!.FirstName,
            BirthDate = self ? patient.BirthDate : coverage.Subscriber!.BirthDate,
            Sex = self ? patient.Sex : coverage.Subscriber!.Sex,
            Address = Copy(self ? patient.Address : coverage.Subscriber!.Address ?? patient.Address),
        };
    }
}
