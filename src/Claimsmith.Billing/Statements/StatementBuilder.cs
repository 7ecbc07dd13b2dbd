using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// Builds a <see cref="PatientStatement"/> from the ledger: every amount on it is a sum of
/// ledger entries, so the statement's totals equal the ledger's balances exactly. Visits with
/// nothing owed by anyone and no activity are left off.
/// </summary>
public static class StatementBuilder
{
    /// <summary>Builds the statement.</summary>
    public static PatientStatement Build(StatementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var byClaim = request.Entries.ToLookup(e => e.ClaimId);
        var visits = new List<StatementVisit>();
        var aging = AgingTotals.Empty;
        foreach (var claim in request.Claims.OrderBy(c => c.ServiceFrom).ThenBy(c => c.ClaimNumber, StringComparer.Ordinal))
        {
            if (claim.PatientId != request.Patient.Id)
            {
                throw new ArgumentException("A claim of another patient was passed.", nameof(request));
            }

            var entries = byClaim[claim.Id].ToList();
            var totals = LedgerTotals.Of(entries);
            if (totals.Balance == Money.Zero && totals.PatientBalance == Money.Zero && entries.Count == 0)
            {
                continue;
            }

            var bucket = AgingTotals.BucketOf(AgingTotals.DaysBetween(claim.ServiceFrom, request.StatementDate));
            if (totals.PatientBalance > Money.Zero)
            {
                aging = aging.Add(bucket, totals.PatientBalance);
            }

            visits.Add(new StatementVisit
            {
                ClaimId = claim.Id,
                ClaimNumber = claim.ClaimNumber,
                ServiceDate = claim.ServiceFrom,
                PayerName = claim.Payer.Name,
                Lines = claim.Lines.OrderBy(l => l.LineNumber).Select(l => new StatementLine(
                    l.LineNumber, l.ServiceFrom, l.ProcedureCode?.Value ?? l.RevenueCode?.Value ?? "",
                    l.Modifiers().Count > 0 ? string.Join(' ', l.Modifiers().Select(m => m.Value)) : null, l.Units, l.Charge)).ToList(),
                Totals = totals,
                Aging = bucket,
            });
        }

        var sum = LedgerTotals.Of(request.Entries.Where(e => request.Claims.Any(c => c.Id == e.ClaimId)));
        var org = request.Organization;
        var patient = request.Patient;
        var howToPay = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Mail a check payable to {org.Name} to the address above; write account {patient.AccountNumber} on it."),
        };
        if (!string.IsNullOrWhiteSpace(org.Phone))
        {
            howToPay.Add($"Pay by card or set up a payment plan: call {org.Phone}.");
        }

        howToPay.AddRange(request.PaymentInstructions);
        return new PatientStatement
        {
            StatementNumber = request.StatementNumber,
            StatementDate = request.StatementDate,
            DueDate = request.StatementDate.AddDays(request.DueInDays),
            PatientId = patient.Id,
            OrganizationId = org.Id,
            Practice = new StatementParty(org.Name, org.Address, org.Phone),
            Patient = new StatementParty(FullName(patient), patient.Address, null, patient.AccountNumber),
            Visits = visits,
            Totals = sum,
            AmountDue = sum.PatientBalance > Money.Zero ? sum.PatientBalance : Money.Zero,
            Credit = sum.PatientBalance < Money.Zero ? -sum.PatientBalance : Money.Zero,
            PendingInsurance = sum.InsuranceBalance,
            Aging = aging,
            HowToPay = howToPay,
            PlanInstallmentDue = request.PlanInstallmentDue,
        };
    }

    private static string FullName(Patient p) => string.IsNullOrWhiteSpace(p.MiddleName) ? $"{p.FirstName} {p.LastName}" : $"{p.FirstName} {p.MiddleName} {p.LastName}";
}
