using System.Globalization;
using Claimsmith.Billing;

namespace Claimsmith.Documents;

/// <summary>
/// Maps a professional claim to the items of the CMS-1500 (02/12) following the NUCC 1500
/// Reference Instruction Manual: six service lines a page (Item 24), the shaded part of a line
/// carrying the NDC (qualifier N4, unit, quantity), diagnoses A-L in Item 21, pointers as letters.
/// </summary>
public static class Cms1500Mapper
{
    /// <summary>Service lines per form (NUCC Item 24 has six).</summary>
    public const int LinesPerPage = 6;

    // Character grid positions of the pre-printed form (line, column), shared with the renderer.
    internal const int InsuredColumn = 50;

    /// <summary>The fields to print, page by page. Throws for institutional claims (they go on a UB-04).</summary>
    public static IReadOnlyList<Cms1500Field> Map(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Kind != ClaimKind.Professional)
        {
            throw new ArgumentException("The CMS-1500 carries professional claims; institutional claims print on a UB-04.", nameof(claim));
        }

        var lines = claim.Lines.OrderBy(l => l.LineNumber).ToList();
        var pages = Math.Max(1, (lines.Count + LinesPerPage - 1) / LinesPerPage);
        var fields = new List<Cms1500Field>();
        for (var page = 1; page <= pages; page++)
        {
            void F(string item, int line, int col, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    fields.Add(new Cms1500Field(item, page, line, col, text.ToUpperInvariant()));
                }
            }

            Header(claim, F);
            var pageLines = lines.Skip((page - 1) * LinesPerPage).Take(LinesPerPage).ToList();
            for (var i = 0; i < pageLines.Count; i++)
            {
                ServiceLine(claim, pageLines[i], 44 + (2 * i), F);
            }

            // Item 28: NUCC 1500 manual: totals on the last page only; "continued" pages leave it blank.
            var last = page == pages;
            F("28", 57, 50, last ? Amount(claim.TotalCharge) : "CONTINUED");
            F("29", 57, 62, last ? "0 00" : null);
        }

        return fields;
    }

    private static void Header(Claim claim, Action<string, int, int, string?> f)
    {
        // Carrier block, top right.
        f("carrier", 2, 50, claim.Payer.Name);
        f("carrier", 3, 50, claim.Payer.Address?.Line1);
        f("carrier", 4, 50, claim.Payer.Address is { } pa ? $"{pa.City} {pa.State} {pa.PostalCode}" : null);

        // Item 1: type of coverage, from the claim filing indicator (SBR09).
        var box = claim.Payer.ClaimFilingIndicator switch
        {
            "MA" or "MB" => 1,
            "MC" => 8,
            "CH" => 15,
            "VA" => 23,
            "CI" or "BL" or "HM" or "12" or "13" or "14" or "15" or "16" => 30,
            "FI" => 38,
            _ => 44,
        };
        f("1", 9, box, "X");
        f("1a", 9, InsuredColumn, claim.Subscriber.MemberId);

        var p = claim.Patient;
        var s = claim.Subscriber;
        f("2", 11, 1, Name(p.LastName, p.FirstName, p.MiddleName));
        f("3", 11, 31, p.BirthDate.ToString("MM dd yyyy", CultureInfo.InvariantCulture));
        f("3", 11, p.Sex == Sex.Male ? 42 : 47, p.Sex == Sex.Unknown ? null : "X");
        f("4", 11, InsuredColumn, Name(s.LastName, s.FirstName, null));
        f("5", 13, 1, p.Address.Line1);
        f("6", 13, s.Relationship switch { SubscriberRelationship.Self => 33, SubscriberRelationship.Spouse => 38, SubscriberRelationship.Child => 42, _ => 47 }, "X");
        f("7", 13, InsuredColumn, s.Address?.Line1);
        f("5", 15, 1, p.Address.City);
        f("5", 15, 25, p.Address.State);
        f("7", 15, InsuredColumn, s.Address?.City);
        f("7", 15, 74, s.Address?.State);
        f("5", 17, 1, p.Address.PostalCode);
        f("7", 17, InsuredColumn, s.Address?.PostalCode);

        // Items 9, 9a, 9d: the other insured (NUCC: only when item 11d is YES); 11d answers whether there is one.
        if (claim.OtherCoverages.OrderBy(o => o.Order).FirstOrDefault() is { } other)
        {
            f("9", 19, 1, Name(other.SubscriberLastName, other.SubscriberFirstName, null));
            f("9a", 21, 1, other.GroupNumber ?? other.MemberId);
            f("9d", 27, 1, other.PlanName ?? other.PayerName);
        }

        f("11", 19, InsuredColumn, s.GroupNumber);
        f("10a", 21, 41, "X"); // not employment related
        f("11a", 21, 53, s.BirthDate?.ToString("MM dd yyyy", CultureInfo.InvariantCulture));
        f("11a", 21, s.Sex == Sex.Male ? 68 : 75, s.Sex == Sex.Unknown ? null : "X");
        f("10b", 23, 41, "X");
        f("10c", 25, 41, "X");
        f("11c", 25, InsuredColumn, s.PlanName ?? claim.Payer.Name);
        f("11d", 27, claim.OtherCoverages.Count > 0 ? 52 : 57, "X");

        f("12", 30, 6, claim.ReleaseOfInformation ? "SIGNATURE ON FILE" : null);
        f("13", 30, 56, claim.BenefitsAssigned ? "SIGNATURE ON FILE" : null);

        if (claim.ReferringProvider is { } referring)
        {
            f("17", 34, 1, "DN");
            f("17", 34, 4, Name(referring.LastNameOrOrganization, referring.FirstName, null));
            f("17b", 34, 34, referring.Npi);
        }

        if (claim.AdmissionDate is { } admit)
        {
            f("18", 34, 53, admit.ToString("MM dd yy", CultureInfo.InvariantCulture));
            f("18", 34, 66, claim.DischargeDate?.ToString("MM dd yy", CultureInfo.InvariantCulture));
        }

        // Item 21: ICD indicator 0 (ICD-10-CM), diagnoses A-L in four columns of three rows.
        f("21", 37, 45, "0");
        var diagnoses = claim.Diagnoses.OrderBy(d => d.Sequence).Take(12).ToList();
        for (var i = 0; i < diagnoses.Count; i++)
        {
            f("21" + (char)('A' + i), 38 + (i / 4), 3 + (12 * (i % 4)), diagnoses[i].Code.Display);
        }

        if (claim.Frequency != ClaimFrequency.Original)
        {
            f("22", 38, 51, ((int)claim.Frequency).ToString(CultureInfo.InvariantCulture));
            f("22", 38, 62, claim.OriginalReferenceNumber);
        }

        f("23", 40, 51, claim.PriorAuthorization);

        var b = claim.BillingProvider;
        f("25", 57, 1, b.TaxId);
        f("25", 57, 19, "X"); // EIN
        f("26", 57, 23, claim.Patient.AccountNumber);
        f("27", 57, claim.AcceptsAssignment ? 37 : 42, "X");

        var signer = claim.RenderingProvider ?? b;
        f("31", 60, 1, Name(signer.LastNameOrOrganization, signer.FirstName, null));
        f("31", 62, 1, "SIGNATURE ON FILE");
        f("31", 63, 1, claim.CreatedAt.ToString("MM dd yy", CultureInfo.InvariantCulture));
        if (claim.ServiceFacility is { } facility)
        {
            f("32", 60, 23, facility.LastNameOrOrganization);
            f("32", 61, 23, facility.Address?.Line1);
            f("32", 62, 23, facility.Address is { } fa ? $"{fa.City} {fa.State} {fa.PostalCode}" : null);
            f("32a", 63, 23, facility.Npi);
        }

        f("33", 60, InsuredColumn, b.LastNameOrOrganization);
        f("33", 61, InsuredColumn, b.Address?.Line1);
        f("33", 62, InsuredColumn, b.Address is { } ba ? $"{ba.City} {ba.State} {ba.PostalCode}" : null);
        f("33a", 63, InsuredColumn, b.Npi);
        f("33b", 63, 63, b.Taxonomy is null ? null : "ZZ" + b.Taxonomy);
    }

    private static void ServiceLine(Claim claim, ClaimLine line, int shaded, Action<string, int, int, string?> f)
    {
        var main = shaded + 1;
        if (line.Ndc is { } ndc)
        {
            // NUCC Item 24 shaded area: N4 + 11-digit NDC, 3 spaces, unit qualifier + quantity.
            f("24 shaded", shaded, 1, $"N4{ndc.Value}   {line.NdcUnit}{line.NdcQuantity?.ToString("0.###", CultureInfo.InvariantCulture)}");
        }

        if (claim.RenderingProvider?.Taxonomy is { } taxonomy)
        {
            f("24I", shaded, 64, "ZZ");
            f("24J shaded", shaded, 67, taxonomy);
        }

        f("24A", main, 1, line.ServiceFrom.ToString("MM dd yy", CultureInfo.InvariantCulture));
        f("24A", main, 10, (line.ServiceTo ?? line.ServiceFrom).ToString("MM dd yy", CultureInfo.InvariantCulture));
        f("24B", main, 19, line.PlaceOfService ?? claim.PlaceOfService);
        f("24D", main, 25, line.ProcedureCode?.Value);
        var modifiers = line.Modifiers();
        for (var m = 0; m < modifiers.Count; m++)
        {
            f("24D", main, 32 + (3 * m), modifiers[m].Value);
        }

        f("24E", main, 45, string.Concat(line.Pointers().Select(p => (char)('A' + p - 1))));
        f("24F", main, 50, Amount(line.Charge));
        f("24G", main, 60, line.Units.ToString("0.###", CultureInfo.InvariantCulture));
        f("24J", main, 67, claim.RenderingProvider?.Npi);
    }

    /// <summary>NUCC money format: dollars and cents separated by a space, no dollar sign or comma.</summary>
    internal static string Amount(Money m) =>
        m.Amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ' ');

    private static string Name(string last, string? first, string? middle) =>
        first is null ? last : middle is null ? $"{last}, {first}" : $"{last}, {first}, {middle[0]}";
}
