namespace Claimsmith.Billing;

/// <summary>
/// Builds the claim for the next payer after a prior payer adjudicated: a copy of the prior
/// claim addressed to the next coverage, carrying the prior payer as an other subscriber with
/// its adjudication (837 2320 CAS, AMT*D, AMT*EAF; 2330B DTP*573, REF*F8) and each line's
/// payment (2430 SVD, CAS, DTP*573). The numbers must balance as the 837 guides require
/// (837P/837I 2320 and 2430 notes): per line, charge = paid + line adjustments; per claim,
/// charge = paid + claim adjustments + line adjustments.
/// </summary>
public static class SecondaryClaimBuilder
{
    /// <summary>Builds the draft; issues with a stable code explain a refusal.</summary>
    public static ClaimBuildResult Build(SecondaryClaimRequest request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var prior = request.PriorClaim;
        var adjudication = request.Adjudication;
        var next = request.NextCoverage;
        var issues = new List<BillingIssue>();

        if (prior.Status is ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.Submitted or ClaimStatus.Rejected or ClaimStatus.Voided)
        {
            issues.Add(new BillingIssue("secondary.status", "claim", $"A {prior.Status} claim has not been adjudicated by its payer."));
        }

        if (prior.Frequency == ClaimFrequency.Void)
        {
            issues.Add(new BillingIssue("secondary.status", "claim", "A void claim has no adjudication to pass on."));
        }

        if (next.PatientId != prior.PatientId)
        {
            issues.Add(new BillingIssue("secondary.coverage", "coverageId", "The coverage does not belong to the claim's patient."));
        }
        else if (next.Order <= prior.Subscriber.Order)
        {
            issues.Add(new BillingIssue("secondary.coverage", "coverageId", $"The next payer must come after the claim's {prior.Subscriber.Order} payer; this coverage is {next.Order}."));
        }
        else if (!next.IsActiveOn(prior.ServiceFrom))
        {
            issues.Add(new BillingIssue("secondary.coverage", "coverageId", $"The coverage is not in effect on {prior.ServiceFrom:yyyy-MM-dd}."));
        }

        if (next.PayerId != request.NextPayer.Id)
        {
            throw new ArgumentException("The next payer is not the coverage's payer.", nameof(request));
        }

        // Match each adjudicated line to one of ours.
        var matched = new Dictionary<Guid, PrimaryLineAdjudication>();
        for (var i = 0; i < adjudication.Lines.Count; i++)
        {
            var a = adjudication.Lines[i];
            var line = a.ClaimLineId is { } id ? prior.Lines.Find(l => l.Id == id)
                : a.LineControlNumber is { Length: > 0 } lcn ? prior.Lines.Find(l => l.LineControlNumber == lcn)
                : a.LineNumber is { } n ? prior.Lines.Find(l => l.LineNumber == n)
                : null;
            if (line is null)
            {
                issues.Add(new BillingIssue("secondary.line", $"lines[{i}]", "The adjudicated line matches no line of the claim."));
            }
            else if (!matched.TryAdd(line.Id, a))
            {
                issues.Add(new BillingIssue("secondary.line", $"lines[{i}]", $"Line {line.LineNumber} is adjudicated twice."));
            }
        }

        // 837 2430: SVD02 + line CAS = the line charge; 2320: AMT*D + claim CAS + line CAS = CLM02.
        foreach (var line in prior.Lines.OrderBy(l => l.LineNumber))
        {
            if (matched.TryGetValue(line.Id, out var a))
            {
                var accounted = a.Paid + Money.Sum(a.Adjustments.Select(x => x.Amount));
                if (accounted != line.Charge)
                {
                    issues.Add(new BillingIssue("secondary.balance", $"lines[{line.LineNumber - 1}]", $"Line {line.LineNumber}: paid {a.Paid} plus adjustments is {accounted}, not the charge {line.Charge}."));
                }
            }
        }

        var claimAccounted = adjudication.Paid + Money.Sum(adjudication.ClaimAdjustments.Select(x => x.Amount))
            + Money.Sum(adjudication.Lines.SelectMany(l => l.Adjustments).Select(x => x.Amount));
        if (claimAccounted != prior.TotalCharge)
        {
            issues.Add(new BillingIssue("secondary.balance", "claim", $"Paid {adjudication.Paid} plus adjustments is {claimAccounted}, not the claim charge {prior.TotalCharge}."));
        }

        var linesPaid = Money.Sum(adjudication.Lines.Select(l => l.Paid));
        if (adjudication.Lines.Count > 0 && linesPaid != adjudication.Paid)
        {
            issues.Add(new BillingIssue("secondary.balance", "claim", $"The lines' paid amounts add up to {linesPaid}, not the claim's {adjudication.Paid}."));
        }

        if (issues.Count > 0)
        {
            return new ClaimBuildResult(null, issues);
        }

        var now = clock.GetUtcNow();
        var priorPayerId = adjudication.PayerIdentifier is { Length: > 0 } pid ? pid : prior.Payer.PayerIdentifier;
        var claim = ClaimCopier.Copy(prior, request.ClaimNumber, request.Actor, now);
        claim.CoverageId = next.Id;
        claim.PayerId = next.PayerId;
        claim.Payer = new ClaimPayer
        {
            Name = request.NextPayer.Name,
            PayerIdentifier = request.NextPayer.PayerIdentifier,
            ClaimFilingIndicator = request.NextPayer.ClaimFilingIndicator,
            Address = request.NextPayer.Address is { } address ? address with { } : null,
        };
        claim.Subscriber = Subscriber(next, request.Patient);

        // The next payer's own entry leaves the other-coverage list; the prior payer joins it
        // with its adjudication (an entry already there for it is replaced).
        claim.OtherCoverages.RemoveAll(o => o.Order == next.Order || o.PayerIdentifier == request.NextPayer.PayerIdentifier && o.MemberId == next.MemberId);
        claim.OtherCoverages.RemoveAll(o => o.Order == prior.Subscriber.Order);
        claim.OtherCoverages.Add(new ClaimOtherCoverage
        {
            Order = prior.Subscriber.Order,
            Relationship = prior.Subscriber.Relationship,
            MemberId = prior.Subscriber.MemberId,
            GroupNumber = prior.Subscriber.GroupNumber,
            PlanName = prior.Subscriber.PlanName,
            SubscriberLastName = prior.Subscriber.LastName,
            SubscriberFirstName = prior.Subscriber.FirstName,
            SubscriberBirthDate = prior.Subscriber.BirthDate,
            SubscriberSex = prior.Subscriber.Sex,
            PayerName = adjudication.PayerName is { Length: > 0 } name ? name : prior.Payer.Name,
            PayerIdentifier = priorPayerId,
            ClaimFilingIndicator = prior.Payer.ClaimFilingIndicator,
            PayerClaimControlNumber = adjudication.PayerClaimControlNumber ?? prior.PayerClaimControlNumber,
            AdjudicationDate = adjudication.PaidDate,
            PaidAmount = adjudication.Paid,
            RemainingPatientLiability = adjudication.RemainingPatientLiability,
            Adjustments = [.. adjudication.ClaimAdjustments],
        });
        claim.OtherCoverages.Sort((a, b) => a.Order.CompareTo(b.Order));

        foreach (var line in claim.Lines)
        {
            var source = prior.Lines.Single(l => l.LineNumber == line.LineNumber);
            if (matched.TryGetValue(source.Id, out var a))
            {
                var patientShare = Money.Sum(a.Adjustments.Where(x => x.Group == "PR").Select(x => x.Amount));
                line.OtherPayerAdjudications.Add(new ClaimLineAdjudication(priorPayerId, a.Paid, a.PaidUnits ?? line.Units, adjudication.PaidDate, [.. a.Adjustments], patientShare));
            }
        }

        var order = next.Order == CoverageOrder.Tertiary ? "Tertiary" : "Secondary";
        claim.History.Add(new ClaimStatusChange
        {
            ClaimId = claim.Id,
            From = null,
            To = ClaimStatus.Draft,
            At = now,
            By = request.Actor,
            Note = $"{order} claim built from claim {prior.ClaimNumber} after {prior.Payer.Name} paid {adjudication.Paid}",
        });
        prior.RecordEvent(request.Actor, clock, $"{order} claim {claim.ClaimNumber} built for {request.NextPayer.Name}");
        return new ClaimBuildResult(claim, []);
    }

    private static ClaimSubscriber Subscriber(Coverage coverage, Patient patient)
    {
        var self = coverage.Relationship == SubscriberRelationship.Self || coverage.Subscriber is null;
        var address = self ? patient.Address : coverage.Subscriber!.Address ?? patient.Address;
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
            Address = address with { },
        };
    }
}
