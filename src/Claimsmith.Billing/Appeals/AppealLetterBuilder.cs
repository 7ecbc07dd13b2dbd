using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// Builds an <see cref="AppealLetter"/>: the reference block and lines from the claim and the
/// ledger, the denial codes with their descriptions and category, then a template per
/// <see cref="DenialCategory"/> that cites the rule supporting payment and fills in the claim's
/// facts. A fact Claimsmith does not hold is never guessed: it is written as a marked blank
/// (<c>[TO COMPLETE: ...]</c>) and listed in <see cref="AppealLetter.MissingFields"/>.
/// </summary>
public static class AppealLetterBuilder
{
    /// <summary>The marker of a blank the biller fills in.</summary>
    public const string BlankMarker = "[TO COMPLETE: ";

    // CARCs of bundling edits (NCCI procedure-to-procedure and mutually exclusive pairs).
    private static readonly string[] BundlingCarcs = ["97", "231", "234", "236", "B15"];

    // Modifiers that mark a distinct procedural service (NCCI Policy Manual, Chapter I, section E.1).
    private static readonly string[] DistinctModifiers = ["59", "XE", "XP", "XS", "XU"];

    /// <summary>A marked blank for <paramref name="what"/>.</summary>
    public static string Blank(string what) => BlankMarker + what + "]";

    /// <summary>Builds the letter.</summary>
    public static AppealLetter Build(AppealLetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var missing = new List<string>();
        string Fact(string? value, string what)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            missing.Add(what);
            return Blank(what);
        }

        var claim = request.Claim;
        var appeal = request.Appeal;
        var org = request.Organization;
        var inv = CultureInfo.InvariantCulture;
        var patientName = $"{claim.Patient.FirstName} {claim.Patient.LastName}".Trim();
        var dos = claim.ServiceFrom == claim.ServiceTo ? Date(claim.ServiceFrom) : $"{Date(claim.ServiceFrom)} to {Date(claim.ServiceTo)}";
        var accepted = claim.History.Where(h => h.To == ClaimStatus.Accepted).OrderBy(h => h.At).FirstOrDefault();
        var submitted = claim.History.Where(h => h.To == ClaimStatus.Submitted).OrderBy(h => h.At).FirstOrDefault();

        var lines = Lines(claim, request.Entries);
        var appealed = appeal.ClaimLineId is { } lid ? lines.Where(l => claim.Lines.First(x => x.LineNumber == l.LineNumber).Id == lid).ToList() : lines;
        var denials = Denials(appeal, request, Fact);
        var reference = new List<KeyValuePair<string, string>>
        {
            new("Patient", Fact(patientName, "patient name")),
            new("Date of birth", claim.Patient.BirthDate == default ? Fact(null, "patient date of birth") : Date(claim.Patient.BirthDate)),
            new("Member ID", Fact(request.MemberId ?? claim.Subscriber.MemberId, "member ID")),
            new("Claim number", claim.ClaimNumber),
            new("Payer claim number", Fact(claim.PayerClaimControlNumber, "payer claim control number")),
            new("Date(s) of service", dos),
            new("Billed", claim.TotalCharge.ToString()),
            new("Amount appealed", appeal.AmountAppealed.ToString()),
            new("Appeal level", appeal.Level.ToString(inv)),
            new("Date of denial", Date(appeal.DenialDate)),
        };

        var paragraphs = new List<string>
        {
            $"We request {Ordinal(appeal.Level)}-level reconsideration of the denial of {(appeal.ClaimLineId is null ? "claim" : "line(s) " + string.Join(", ", appealed.Select(l => l.LineNumber)) + " of claim")} {claim.ClaimNumber} for services provided to {patientName} on {dos}, denied with {string.Join(", ", denials.Select(d => d.Code))} on {Date(appeal.DenialDate)}. This appeal is filed within the payer's appeal window (deadline {Date(appeal.Deadline)}).",
        };
        var authorities = new List<string>();
        CategoryArgument(appeal.Category, request, appealed, submitted, accepted, paragraphs, authorities, Fact);
        if (!string.IsNullOrWhiteSpace(appeal.Reason))
        {
            paragraphs.Add(appeal.Reason.Trim());
        }

        paragraphs.Add($"We ask that the denied amount of {appeal.AmountAppealed} be reprocessed for payment. Please contact {org.Name}{(string.IsNullOrWhiteSpace(org.Phone) ? "" : " at " + org.Phone)} with any question.");

        var enclosures = appeal.EnclosureList().ToList();
        if (enclosures.Count == 0)
        {
            enclosures.Add(Fact(null, "documents enclosed (e.g. the visit note, the remittance advice)"));
        }

        var payer = request.Payer;
        var payerAddress = payer?.Address ?? claim.Payer.Address;
        if (payerAddress is null || string.IsNullOrWhiteSpace(payerAddress.Line1))
        {
            missing.Add("payer appeals address");
        }

        return new AppealLetter
        {
            Date = request.Date,
            From = new StatementParty(org.Name, org.Address, org.Phone),
            FromIdentifiers = string.Create(inv, $"NPI {org.Npi.Value}   Tax ID {org.TaxId}"),
            To = new StatementParty($"{payer?.Name ?? claim.Payer.Name} - Appeals", payerAddress ?? new Address { Line1 = Blank("payer appeals address") }),
            Reference = reference,
            Denials = denials,
            Category = appeal.Category,
            Lines = lines,
            Paragraphs = paragraphs,
            Authorities = authorities,
            Enclosures = enclosures,
            MissingFields = missing.Distinct().ToList(),
            Signature = Fact(request.SignedBy, "name and title of the person signing"),
        };
    }

    private static List<AppealLetterLine> Lines(Claim claim, IReadOnlyList<LedgerEntry> entries)
    {
        var byLine = entries.Where(e => e.ClaimLineId is not null).ToLookup(e => e.ClaimLineId!.Value);
        return claim.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var t = LedgerTotals.Of(byLine[l.Id], entries);
            var dx = string.Join(", ", l.Pointers().Select(p => claim.Diagnoses.FirstOrDefault(d => d.Sequence == p)?.Code.Display).Where(d => d is not null));
            return new AppealLetterLine(l.LineNumber, l.ServiceFrom, l.ProcedureCode?.Value ?? l.RevenueCode?.Value ?? "",
                string.Join(' ', l.Modifiers().Select(m => m.Value)), dx, l.Units, l.Charge, t.InsurancePayments, t.Adjustments);
        }).ToList();
    }

    private static List<AppealLetterDenial> Denials(Appeal appeal, AppealLetterRequest request, Func<string?, string, string> fact)
    {
        var result = new List<AppealLetterDenial>();
        var codes = appeal.DenialCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rarcs = codes.Where(c => !c.Contains('-', StringComparison.Ordinal)).ToList();
        foreach (var code in codes)
        {
            if (code.Split('-', 2) is [var group, var carc])
            {
                var category = DenialClassifier.Classify(group, carc, rarcs).Category;
                result.Add(new AppealLetterDenial(code, fact(request.DescribeCarc?.Invoke(carc), $"description of CARC {carc}"), category));
            }
            else
            {
                result.Add(new AppealLetterDenial(code, fact(request.DescribeRarc?.Invoke(code), $"description of RARC {code}"), appeal.Category));
            }
        }

        if (result.Count == 0)
        {
            result.Add(new AppealLetterDenial(fact(null, "denial reason codes (CARC/RARC)"), "", appeal.Category));
        }

        return result;
    }

    private static void CategoryArgument(
        DenialCategory category, AppealLetterRequest request, List<AppealLetterLine> lines, ClaimStatusChange? submitted, ClaimStatusChange? accepted,
        List<string> paragraphs, List<string> authorities, Func<string?, string, string> fact)
    {
        var claim = request.Claim;
        var appeal = request.Appeal;
        var dx = string.Join(", ", claim.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code.Display));
        var carcs = appeal.DenialCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('-', 2)).Where(p => p.Length == 2).Select(p => p[1]).ToList();
        switch (category)
        {
            case DenialCategory.CodingBundling when carcs.Any(c => BundlingCarcs.Contains(c, StringComparer.OrdinalIgnoreCase)):
            {
                var distinct = lines.Where(l => l.Modifiers.Split(' ').Any(m => DistinctModifiers.Contains(m))).ToList();
                var which = distinct.Count > 0
                    ? string.Join("; ", distinct.Select(l => $"line {l.LineNumber}, {l.ProcedureCode} with modifier {string.Join(' ', l.Modifiers.Split(' ').Where(m => DistinctModifiers.Contains(m)))}"))
                    : fact(null, "the line and the distinct-service modifier (59, XE, XS, XP or XU) it carries");
                paragraphs.Add($"The procedures were distinct services and are not bundled: {which}. The modifier is appended because the service was performed at a {fact(null, "separate site, separate session, or separate encounter: which, and where the record shows it")}, as the NCCI Policy Manual allows for a distinct procedural service; the procedure note documents it.");
                authorities.Add("NCCI Policy Manual for Medicare Services, Chapter I, section E (modifiers and modifier indicators; modifier 59 and the -X{EPSU} modifiers).");
                authorities.Add("CPT modifier 59 definition: distinct procedural service.");
                break;
            }

            case DenialCategory.CodingBundling:
            {
                var section = claim.Kind == ClaimKind.Institutional
                    ? "Sections II and III (selection of principal and other diagnoses for inpatient care)"
                    : "Section IV (Diagnostic Coding and Reporting Guidelines for Outpatient Services)";
                paragraphs.Add($"The diagnosis codes on the claim ({(dx.Length > 0 ? dx : fact(null, "diagnosis codes"))}) were valid on the date of service and reported as the ICD-10-CM Official Guidelines for Coding and Reporting require in {section}, supported by the documentation enclosed. The procedure codes are consistent with those diagnoses.");
                authorities.Add($"ICD-10-CM Official Guidelines for Coding and Reporting, Section I.A (conventions) and {section}.");
                break;
            }

            case DenialCategory.MedicalNecessity:
                paragraphs.Add($"The services were reasonable and necessary for the diagnosis and treatment of the patient's condition ({(dx.Length > 0 ? dx : fact(null, "diagnosis codes"))}). They meet the coverage indications of {fact(appeal.LcdReference, "the LCD/NCD (or payer policy) reference and the criteria met")}, as the enclosed records document.");
                authorities.Add("Social Security Act section 1862(a)(1)(A): items and services reasonable and necessary for the diagnosis or treatment of illness or injury.");
                authorities.Add($"Coverage determination: {fact(appeal.LcdReference, "the LCD/NCD (or payer policy) reference and the criteria met")}.");
                break;

            case DenialCategory.TimelyFiling:
            {
                var limit = request.Payer?.TimelyFilingDays;
                var submittedText = submitted is null ? fact(null, "date the claim was first submitted") : Date(DateOnly.FromDateTime(submitted.At.UtcDateTime));
                var acceptedText = accepted is null ? fact(null, "date of the 999/277CA acceptance") : Date(DateOnly.FromDateTime(accepted.At.UtcDateTime));
                var limitText = limit is { } days
                    ? string.Create(CultureInfo.InvariantCulture, $"the payer's {days}-day filing limit (ending {Date(claim.ServiceFrom.AddDays(days))})")
                    : fact(null, "the payer's filing limit");
                paragraphs.Add($"The claim was filed on time: it was first submitted on {submittedText} and accepted on {acceptedText}, within {limitText} from the date of service {Date(claim.ServiceFrom)}. The enclosed acceptance report (999 acknowledgment and 277CA claim acknowledgment) is proof of timely filing.");
                authorities.Add("Proof of timely filing: the electronic acceptance report (X12 999 / 277CA) showing the payer or its clearinghouse received the claim.");
                break;
            }

            case DenialCategory.Authorization:
                paragraphs.Add($"The service was authorized: authorization number {fact(claim.PriorAuthorization, "authorization number")} was obtained before the service on {fact(null, "date the authorization was obtained")} and was on the claim. A copy of the authorization is enclosed.");
                authorities.Add("The payer's prior authorization requirements for the service (authorization on file).");
                break;

            case DenialCategory.EligibilityRegistration:
                paragraphs.Add($"The patient was covered on the date of service: member ID {fact(request.MemberId ?? claim.Subscriber.MemberId, "member ID")}, verified on {fact(null, "date of the eligibility verification (271 response)")}. The enclosed eligibility response shows the coverage active on {Date(claim.ServiceFrom)}.");
                authorities.Add("Eligibility verification (X12 270/271) for the date of service.");
                break;

            case DenialCategory.Duplicate:
                paragraphs.Add($"This claim is not a duplicate: the services billed on {Date(claim.ServiceFrom)} are distinct from those of {fact(null, "the claim the payer took it for, and what differs (date, procedure, modifier)")}.");
                authorities.Add("Separate services on the same day reported with the distinguishing modifiers or dates.");
                break;

            case DenialCategory.MissingInformation:
                paragraphs.Add($"The information the payer requested is enclosed: {fact(appeal.Enclosures is { Length: > 0 } ? string.Join(", ", appeal.EnclosureList()) : null, "the information or attachment requested")}. Please reprocess the claim with it.");
                authorities.Add("The remark codes on the remittance naming the missing information.");
                break;

            case DenialCategory.ContractualUnderpayment:
                paragraphs.Add($"The claim was underpaid: {string.Join("; ", lines.Select(l => $"line {l.LineNumber} ({l.ProcedureCode}) paid {l.Paid}"))}, while the contracted rate is {fact(null, "the contract or fee schedule rate per line")}.");
                authorities.Add($"The provider agreement with the payer: {fact(null, "contract name, section and effective date")}.");
                break;

            default:
                paragraphs.Add($"The services were billed correctly and are payable: {fact(null, "the reason the denial is wrong, with the supporting record")}.");
                break;
        }
    }

    private static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
