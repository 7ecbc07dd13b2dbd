using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.Web.CodeSets;

namespace Claimsmith.Web.Workbench.Denials;

/// <summary>
/// The denial screens' words for adjustment codes: the CAS group (X12 835 CAS01), the CARC and
/// RARC descriptions from the imported code sets (when a snapshot holds them), and the denial
/// category in plain words, so a biller reads why the money was not paid without a code book.
/// </summary>
internal static class DenialWords
{
    /// <summary>One code of a work item with its words.</summary>
    internal sealed record CodeWords(string Code, string Words);

    /// <summary>The category in plain words (the meaning given in <see cref="DenialCategory"/>).</summary>
    public static string Category(DenialCategory category) => category switch
    {
        DenialCategory.EligibilityRegistration => "Eligibility or registration: coverage not active, patient not identified, or another payer is primary",
        DenialCategory.Authorization => "Authorization: prior authorization, precertification or referral absent or exceeded",
        DenialCategory.CodingBundling => "Coding or bundling: code, modifier, age, sex or place-of-service conflict, or bundled by NCCI",
        DenialCategory.MedicalNecessity => "Medical necessity: not covered for the diagnosis, or not considered necessary",
        DenialCategory.TimelyFiling => "Timely filing: received after the payer's time limit",
        DenialCategory.Duplicate => "Duplicate: the payer already adjudicated this claim or service",
        DenialCategory.MissingInformation => "Missing information: an item, attachment or documentation is missing or invalid",
        DenialCategory.ContractualUnderpayment => "Underpayment: paid less than the contract or fee schedule allows",
        DenialCategory.Contractual => "Contractual write-off agreed with the payer",
        DenialCategory.PatientResponsibility => "Amount the patient owes",
        _ => "Other: read the reason and remark codes",
    };

    /// <summary>Short label of a category for filters and columns.</summary>
    public static string Label(DenialCategory category) => category switch
    {
        DenialCategory.EligibilityRegistration => "Eligibility",
        DenialCategory.Authorization => "Authorization",
        DenialCategory.CodingBundling => "Coding / bundling",
        DenialCategory.MedicalNecessity => "Medical necessity",
        DenialCategory.TimelyFiling => "Timely filing",
        DenialCategory.Duplicate => "Duplicate",
        DenialCategory.MissingInformation => "Missing information",
        DenialCategory.ContractualUnderpayment => "Underpayment",
        DenialCategory.Contractual => "Contractual",
        DenialCategory.PatientResponsibility => "Patient responsibility",
        _ => "Other",
    };

    /// <summary>The claim adjustment group (835 CAS01) in words.</summary>
    public static string Group(string group) => group.ToUpperInvariant() switch
    {
        "CO" => "contractual obligation, not billable to the patient",
        "PR" => "patient responsibility",
        "OA" => "other adjustment",
        "PI" => "payer-initiated reduction",
        "CR" => "correction or reversal",
        _ => "group " + group,
    };

    /// <summary>The CSS class of a deadline cell: overdue, near (two weeks or less) or neither.</summary>
    public static string DeadlineClass(int daysLeft) => daysLeft < 0 ? "deadline overdue" : daysLeft <= 14 ? "deadline near" : "deadline";

    /// <summary>Days left in words.</summary>
    public static string DaysText(int daysLeft) => daysLeft switch
    {
        < 0 => $"(overdue by {-daysLeft} day{(daysLeft == -1 ? "" : "s")})",
        0 => "(due today)",
        1 => "(1 day left)",
        _ => $"({daysLeft} days left)",
    };

    /// <summary>
    /// Each code of <paramref name="reasonCodes"/> (as stored: <c>CO-197, N54</c>) with its words;
    /// a code the imported lists do not describe says so rather than guessing.
    /// </summary>
    public static IReadOnlyList<CodeWords> Explain(string reasonCodes, CodeSetSnapshotProvider codes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var snapshot = codes.Get();
        string? Describe(CodeSystem system, string code) =>
            snapshot?.Describe(system, code, date) is { } d ? d.LongDescription ?? d.ShortDescription : null;

        var result = new List<CodeWords>();
        foreach (var code in (reasonCodes ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (code.Split('-', 2) is [var group, var carc])
            {
                var words = Describe(CodeSystem.Carc, carc);
                result.Add(new CodeWords(code, $"CARC {carc} ({Group(group)}): {words ?? "no description in the imported code sets"}"));
            }
            else
            {
                var words = Describe(CodeSystem.Rarc, code);
                result.Add(new CodeWords(code, $"Remark {code}: {words ?? "no description in the imported code sets"}"));
            }
        }

        return result;
    }
}
