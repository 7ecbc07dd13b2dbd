using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// Computes a client's invoice for a period under its contracts. Each piece of work is priced by
/// the contract in effect on its day, so a contract that changes mid-month prices each part of
/// the month by its own terms; the amounts of all contract kinds are added; the minimum monthly
/// fee of the contract in effect at the end of the period tops the subtotal up.
/// </summary>
public static class InvoiceCalculator
{
    /// <summary>How amounts are rounded; printed on every invoice.</summary>
    public const string RoundingRule =
        "Hours are rounded to the hundredth of an hour and each line amount (quantity times rate, "
        + "or collections times the percentage) to the cent, half away from zero; the total is the sum of the rounded lines.";

    /// <summary>Rounds to <paramref name="decimals"/> places, half away from zero (the stated rule).</summary>
    public static decimal Round(decimal value, int decimals = 2) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Computes the invoice.</summary>
    public static InvoiceDraft Compute(InvoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new List<BillingIssue>();
        var contracts = input.Contracts
            .Where(c => c.EffectiveFrom <= input.PeriodEnd && (c.EffectiveTo is null || c.EffectiveTo >= input.PeriodStart))
            .OrderBy(c => c.EffectiveFrom)
            .ToList();
        var labelled = contracts.Count > 1;
        var lines = new List<InvoiceDraftLine>();

        FreelanceContract? ContractOn(DateOnly day, string what, int index)
        {
            if (day < input.PeriodStart || day > input.PeriodEnd)
            {
                issues.Add(new("invoice.outsidePeriod", $"{what}[{index}]", $"Work of {Iso(day)} is outside the period and was left out."));
                return null;
            }

            // The latest contract starting on or before the day wins when two overlap.
            var contract = contracts.LastOrDefault(c => c.CoversDay(day));
            if (contract is null)
            {
                issues.Add(new("invoice.noContract", $"{what}[{index}]", $"No contract is in effect on {Iso(day)}; that work was not billed."));
            }

            return contract;
        }

        string Suffix(FreelanceContract c) => labelled ? $" (contract from {Iso(c.EffectiveFrom)})" : "";

        // Hours: one line per contract and kind of time.
        var time = input.Time.Select((t, i) => (Item: t, Contract: ContractOn(t.Date, "time", i)))
            .Where(x => x.Contract?.HourlyRate is not null)
            .GroupBy(x => (x.Contract!, x.Item.Label))
            .OrderBy(g => g.Key.Item1.EffectiveFrom).ThenBy(g => g.Key.Label, StringComparer.Ordinal);
        foreach (var g in time)
        {
            var hours = Round(g.Sum(x => x.Item.Seconds) / 3600m);
            if (hours == 0m)
            {
                continue;
            }

            var rate = g.Key.Item1.HourlyRate!.Value.Amount;
            lines.Add(new(InvoiceLineKind.Hours, null, $"{g.Key.Label}: {hours.ToString("0.00", CultureInfo.InvariantCulture)} h at {rate.ToString("0.00", CultureInfo.InvariantCulture)}/h{Suffix(g.Key.Item1)}", hours, rate, Money.Of(Round(hours * rate))));
        }

        // Charts: one line per contract and chart type with a rate.
        var charts = input.Charts.Select((c, i) => (Item: c, Contract: ContractOn(c.CodedOn, "charts", i)))
            .Where(x => x.Contract?.ChartRate(x.Item.Type) is not null)
            .GroupBy(x => (x.Contract!, x.Item.Type))
            .OrderBy(g => g.Key.Item1.EffectiveFrom).ThenBy(g => g.Key.Type);
        foreach (var g in charts)
        {
            var count = g.Count();
            var rate = g.Key.Item1.ChartRate(g.Key.Type)!.Value.Amount;
            lines.Add(new(InvoiceLineKind.Charts, g.Key.Type, $"{ChartTypeName(g.Key.Type)} charts coded: {count} at {rate.ToString("0.00", CultureInfo.InvariantCulture)}{Suffix(g.Key.Item1)}", count, rate, Money.Of(Round(count * rate))));
        }

        // Collections: one line per contract, the percentage applied once to the total collected.
        var collected = input.Collections.Select((c, i) => (Item: c, Contract: ContractOn(c.On, "collections", i)))
            .Where(x => x.Contract?.CollectionsPercent is not null)
            .GroupBy(x => x.Contract!)
            .OrderBy(g => g.Key.EffectiveFrom);
        foreach (var g in collected)
        {
            var insurance = g.Where(x => x.Item.From == LedgerBucket.Insurance).Sum(x => x.Item.Amount.Amount);
            var patient = g.Where(x => x.Item.From == LedgerBucket.Patient).Sum(x => x.Item.Amount.Amount);
            var total = insurance + patient;
            var percent = g.Key.CollectionsPercent!.Value;
            lines.Add(new(InvoiceLineKind.Collections, null,
                $"Collections {Dollars(total)} (insurance {Dollars(insurance)}, patients {Dollars(patient)}) at {percent.ToString("0.###", CultureInfo.InvariantCulture)}%{Suffix(g.Key)}",
                total, percent, Money.Of(Round(total * percent / 100m))));
        }

        var subtotal = Money.Sum(lines.Select(l => l.Amount));
        var closing = contracts.LastOrDefault(c => c.CoversDay(input.PeriodEnd)) ?? contracts.LastOrDefault();
        var adjustment = Money.Zero;
        if (closing?.MinimumMonthlyFee is { } minimum && subtotal < minimum)
        {
            adjustment = minimum - subtotal;
            lines.Add(new(InvoiceLineKind.MinimumFee, null, $"Minimum monthly fee {Dollars(minimum.Amount)}: difference to the work billed", 1m, adjustment.Amount, adjustment));
        }

        if (contracts.Count == 0)
        {
            issues.Add(new("invoice.noContract", "contracts", "The client has no contract in effect in the period."));
        }

        return new InvoiceDraft(lines, subtotal, adjustment, subtotal + adjustment, closing?.PaymentTermsDays ?? 30, issues);
    }

    /// <summary>A chart type as printed.</summary>
    public static string ChartTypeName(ChartType type) => type switch
    {
        ChartType.Outpatient => "Outpatient",
        ChartType.EmergencyDepartment => "Emergency department",
        ChartType.Inpatient => "Inpatient",
        ChartType.Surgery => "Surgery",
        _ => type.ToString(),
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Dollars(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
