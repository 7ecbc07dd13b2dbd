using Claimsmith.X12.Common;
using Claimsmith.X12.Eligibility;
using Claimsmith.X12.Issues;

namespace Claimsmith.Billing;

/// <summary>
/// Reads a 271 (005010X279A1) into <see cref="EligibilityBenefits"/>: the EB loops (2110C/D)
/// grouped into what a front desk asks: is the patient covered, under which plan, how much of
/// the deductible and out-of-pocket maximum is left, and what the copay and coinsurance are.
/// Never throws for a bad file.
/// </summary>
public static class EligibilityReader
{
    /// <summary>Reads every member of every 271 in <paramref name="data"/>.</summary>
    public static EligibilityReadResult Read(ReadOnlyMemory<byte> data)
    {
        var read = EligibilityResponse271Reader.Read(data);
        var members = new List<EligibilityBenefits>();
        foreach (var response in read.Value)
        {
            if (response.Members.Count == 0 && response.Rejections.Count > 0)
            {
                // Rejected at the payer or provider level (2000A/2100B AAA): no member loop.
                members.Add(new EligibilityBenefits
                {
                    Status = "not answered",
                    PayerName = response.PayerName,
                    PayerId = response.PayerId,
                    Rejections = response.Rejections.Select(Rejection).ToList(),
                });
            }

            foreach (var member in response.Members)
            {
                // When the patient is a dependent, the subscriber loop (2000C) only identifies the
                // insured; the answer is in the dependent loop (2000D).
                if (member.LevelCode == "22" && member.Benefits.Count == 0 && member.Rejections.Count == 0 && response.Members.Any(m => m.LevelCode == "23"))
                {
                    continue;
                }

                members.Add(Summarize(response, member));
            }
        }

        var issues = read.Issues.Where(i => i.Severity == X12IssueSeverity.Error).Select(i => new BillingIssue(i.Code, i.Location, i.Message)).ToList();
        if (read.Value.Count == 0)
        {
            issues.Add(new BillingIssue("eligibility.kind", "file", "The file holds no 271 transaction set."));
        }

        return new EligibilityReadResult(members, issues);
    }

    /// <summary>One member's benefits in plain terms.</summary>
    public static EligibilityBenefits Summarize(EligibilityResponse271 response, EligibilityMember271 member)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(member);
        var active = member.Benefits.FirstOrDefault(b => b.InformationCode is "1" or "2" or "3" or "4" or "5");
        var inactive = member.Benefits.FirstOrDefault(b => b.InformationCode is "6" or "7" or "8");
        var rejections = response.Rejections.Concat(member.Rejections).Select(Rejection).ToList();
        bool? isActive = active is not null ? true : inactive is not null ? false : null;
        var status = active is not null ? CoverageStatus(active.InformationCode)
            : inactive is not null ? CoverageStatus(inactive.InformationCode)
            : rejections.Count > 0 ? "not answered" : "not stated";

        return new EligibilityBenefits
        {
            Active = isActive,
            Status = status,
            PayerName = response.PayerName,
            PayerId = response.PayerId,
            MemberLastName = member.LastName,
            MemberFirstName = member.FirstName,
            MemberId = member.MemberId,
            Level = member.LevelCode == "23" ? "dependent" : "subscriber",
            Traces = member.Traces.ToList(),
            Plan = member.Benefits.Where(b => b.InformationCode is "1" or "2" or "3" or "4" or "5" or "6" && b.PlanDescription is { Length: > 0 }).Select(b => b.PlanDescription).FirstOrDefault()
                ?? member.References.Find(r => r.Qualifier == "18")?.Value,
            GroupNumber = member.References.Find(r => r.Qualifier is "6P" or "IG")?.Value,
            Dates = member.Dates.Select(Date).ToList(),
            Deductibles = Amounts(member, "C", "deductible"),
            OutOfPocket = Amounts(member, "G", "out-of-pocket"),
            Copays = member.Benefits.Where(b => b.InformationCode == "B" && b.Amount is not null)
                .SelectMany(b => Types(b).Select(t => new ServiceBenefit(t, ServiceTypeCodes.Describe(t), Network(b.InNetwork), Cash(b.Amount!.Value), null, Period(b.TimePeriod))))
                .Distinct().ToList(),
            // EB08 is a decimal fraction (0.2 = 20%) in 5010.
            Coinsurance = member.Benefits.Where(b => b.InformationCode == "A" && b.Percent is not null)
                .SelectMany(b => Types(b).Select(t => new ServiceBenefit(t, ServiceTypeCodes.Describe(t), Network(b.InNetwork), null, b.Percent!.Value * 100m, Period(b.TimePeriod))))
                .Distinct().ToList(),
            CoveredServices = member.Benefits.Where(b => b.InformationCode == "1").SelectMany(b => b.ServiceTypes).Distinct().Select(ServiceTypeCodes.Describe).ToList(),
            Rejections = rejections,
            Messages = member.Benefits.SelectMany(b => b.Messages).Distinct().ToList(),
        };
    }

    // EB loops for one kind (C deductible, G out of pocket) grouped by level, network and
    // service types; EB06 says whether the amount is the period total, year to date or remaining.
    private static List<BenefitAmount> Amounts(EligibilityMember271 member, string code, string kind)
    {
        var result = new List<BenefitAmount>();
        foreach (var group in member.Benefits.Where(b => b.InformationCode == code && b.Amount is not null)
                     .GroupBy(b => (Level: Level(b.CoverageLevel), Network: Network(b.InNetwork), Types: string.Join(",", Types(b)))))
        {
            Money? total = null, met = null, remaining = null;
            foreach (var b in group)
            {
                var amount = Cash(b.Amount!.Value);
                switch (b.TimePeriod)
                {
                    case "29" or "33":
                        remaining ??= amount;
                        break;
                    case "24":
                        met ??= amount;
                        break;
                    default:
                        total ??= amount;
                        break;
                }
            }

            if (met is null && total is { } t && remaining is { } r)
            {
                met = t - r;
            }

            var types = group.Key.Types.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ServiceTypeCodes.Describe).ToList();
            result.Add(new BenefitAmount(kind, group.Key.Level, group.Key.Network, types, total, met, remaining));
        }

        return result;
    }

    private static List<string> Types(EligibilityBenefit b) => b.ServiceTypes.Count > 0 ? b.ServiceTypes : ["30"];

    private static string CoverageStatus(string code) => code switch
    {
        "1" => "active coverage",
        "2" => "active - full risk capitation",
        "3" => "active - services capitated",
        "4" => "active - services capitated to primary care physician",
        "5" => "active - pending investigation",
        "6" => "inactive",
        "7" => "inactive - pending eligibility update",
        "8" => "inactive - pending investigation",
        _ => $"benefit code {code}",
    };

    // EB02 coverage level code.
    private static string Level(string? code) => code switch
    {
        null or "" => "not stated",
        "IND" => "individual",
        "FAM" => "family",
        "EMP" => "employee only",
        "ESP" => "employee and spouse",
        "ECH" => "employee and children",
        "CHD" => "children only",
        "DEP" => "dependents only",
        "SPC" => "spouse and children",
        "SPO" => "spouse only",
        _ => $"level {code}",
    };

    // EB12 in plan network indicator: Y in, N out, W not applicable (applies to both).
    private static string Network(string? code) => code switch
    {
        "Y" => "in network",
        "N" => "out of network",
        "W" => "in and out of network",
        _ => "not stated",
    };

    // EB06 time period qualifier.
    private static string? Period(string? code) => code switch
    {
        null or "" => null,
        "6" => "per hour",
        "7" => "per day",
        "13" => "24 hours",
        "21" => "years",
        "22" => "service year",
        "23" => "calendar year",
        "24" => "year to date",
        "25" => "contract",
        "26" => "per episode",
        "27" => "per visit",
        "28" => "outlier",
        "29" => "remaining",
        "30" => "exceeded",
        "31" => "not exceeded",
        "32" => "lifetime",
        "33" => "lifetime remaining",
        "34" => "per month",
        "35" => "per week",
        "36" => "per admission",
        _ => $"period {code}",
    };

    private static string Date(DateReference d)
    {
        var what = d.Qualifier switch
        {
            "291" => "plan",
            "307" => "eligibility",
            "346" => "plan begin",
            "347" => "plan end",
            "356" => "eligibility begin",
            "357" => "eligibility end",
            "472" => "service",
            _ => $"date {d.Qualifier}",
        };
        return d.EndDate is { } end && d.Date is { } start && end != start
            ? $"{what}: {start:yyyy-MM-dd} to {end:yyyy-MM-dd}"
            : $"{what}: {d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? d.Value}";
    }

    // AAA03 reject reason and AAA04 follow-up action (271 guide, 2000A/2100A/2100B/2100C AAA).
    private static string Rejection(RequestRejection r)
    {
        var reason = r.ReasonCode switch
        {
            "04" => "authorized quantity exceeded",
            "15" => "required application data missing",
            "41" => "authorization/access restrictions",
            "42" => "unable to respond at this time",
            "43" => "invalid or missing provider identification",
            "44" => "invalid or missing provider name",
            "45" => "invalid or missing provider specialty",
            "47" => "invalid or missing provider state",
            "48" => "invalid or missing referring provider identification",
            "50" => "provider ineligible for inquiries",
            "51" => "provider not on file",
            "52" => "service dates not within provider plan enrollment",
            "56" => "inappropriate date",
            "57" => "invalid or missing date(s) of service",
            "58" => "invalid or missing date of birth",
            "60" => "date of birth follows date(s) of service",
            "62" => "date of service not within allowable inquiry period",
            "63" => "date of service in future",
            "71" => "patient birth date does not match that for the patient on the database",
            "72" => "invalid or missing subscriber/insured ID",
            "73" => "invalid or missing subscriber/insured name",
            "75" => "subscriber/insured not found",
            "76" => "duplicate subscriber/insured ID number",
            "78" => "subscriber/insured not in group/plan identified",
            "79" => "invalid participant identification",
            null or "" => "no reason given",
            _ => $"reason {r.ReasonCode}",
        };
        var action = r.FollowUpAction switch
        {
            "C" => "please correct and resubmit",
            "N" => "resubmission not allowed",
            "P" => "please resubmit original transaction",
            "R" => "resubmission allowed",
            "S" => "do not resubmit; inquiry initiated to a third party",
            "W" => "please wait 30 days and resubmit",
            "X" => "please wait 10 days and resubmit",
            "Y" => "do not resubmit; we will hand over to the right party",
            _ => null,
        };
        return action is null ? reason : $"{reason} ({action})";
    }

    // Amounts in a file are untrusted: X12 R elements may carry more than two decimals.
    private static Money Cash(decimal amount) => Money.Of(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
}
