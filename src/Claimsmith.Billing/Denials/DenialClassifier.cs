using System.Collections.Frozen;

namespace Claimsmith.Billing;

/// <summary>
/// Categorises remittance adjustments (X12 835 CAS group code + Claim Adjustment Reason Code,
/// refined by Remittance Advice Remark Codes) for the denial work queue, remittance
/// explanations and denial reports. The code lists follow the X12 CARC/RARC lists'
/// descriptions; a code not listed here is <see cref="DenialCategory.Other"/> and still a
/// denial when its group is CO, OA or PI and it reduced payment.
/// </summary>
public static class DenialClassifier
{
    // CARC -> category. Numbers as published in the X12 Claim Adjustment Reason Code list.
    private static readonly FrozenDictionary<string, DenialCategory> Carcs = new Dictionary<string, DenialCategory>(StringComparer.OrdinalIgnoreCase)
    {
        // Eligibility and registration: coverage dates, identity, dependents, coordination of benefits.
        ["22"] = DenialCategory.EligibilityRegistration, // may be covered by another payer per COB
        ["24"] = DenialCategory.EligibilityRegistration, // covered under a capitation/managed care plan
        ["26"] = DenialCategory.EligibilityRegistration, // expenses incurred prior to coverage
        ["27"] = DenialCategory.EligibilityRegistration, // expenses incurred after coverage terminated
        ["31"] = DenialCategory.EligibilityRegistration, // patient cannot be identified as our insured
        ["32"] = DenialCategory.EligibilityRegistration, // not an eligible dependent
        ["33"] = DenialCategory.EligibilityRegistration, // insured has no dependent coverage
        ["34"] = DenialCategory.EligibilityRegistration, // insured has no coverage for newborns
        ["109"] = DenialCategory.EligibilityRegistration, // not covered by this payer; send to the correct payer
        ["140"] = DenialCategory.EligibilityRegistration, // patient/insured ID and name do not match
        ["177"] = DenialCategory.EligibilityRegistration, // patient has not met eligibility requirements
        ["200"] = DenialCategory.EligibilityRegistration, // expenses incurred during lapse in coverage
        ["204"] = DenialCategory.EligibilityRegistration, // not covered under the patient's current benefit plan

        // Authorization and referral.
        ["15"] = DenialCategory.Authorization, // authorization number missing, invalid or does not apply
        ["38"] = DenialCategory.Authorization, // not provided or authorized by designated providers
        ["39"] = DenialCategory.Authorization, // denied when authorization was requested
        ["62"] = DenialCategory.Authorization, // absence of, or exceeded, precertification
        ["197"] = DenialCategory.Authorization, // precertification/authorization/notification absent
        ["198"] = DenialCategory.Authorization, // precertification/authorization exceeded
        ["243"] = DenialCategory.Authorization, // services not authorized by network/primary care providers
        ["288"] = DenialCategory.Authorization, // referral absent

        // Coding and bundling.
        ["4"] = DenialCategory.CodingBundling, // procedure inconsistent with modifier, or modifier missing
        ["5"] = DenialCategory.CodingBundling, // procedure/bill type inconsistent with place of service
        ["6"] = DenialCategory.CodingBundling, // procedure inconsistent with age
        ["7"] = DenialCategory.CodingBundling, // procedure inconsistent with sex
        ["8"] = DenialCategory.CodingBundling, // procedure inconsistent with provider type/specialty
        ["9"] = DenialCategory.CodingBundling, // diagnosis inconsistent with age
        ["10"] = DenialCategory.CodingBundling, // diagnosis inconsistent with sex
        ["11"] = DenialCategory.CodingBundling, // diagnosis inconsistent with procedure
        ["97"] = DenialCategory.CodingBundling, // included in the payment for another service
        ["146"] = DenialCategory.CodingBundling, // diagnosis invalid for the date of service
        ["181"] = DenialCategory.CodingBundling, // procedure code invalid on the date of service
        ["182"] = DenialCategory.CodingBundling, // modifier invalid on the date of service
        ["189"] = DenialCategory.CodingBundling, // unlisted code billed when a specific code exists
        ["199"] = DenialCategory.CodingBundling, // revenue code and procedure code do not match
        ["231"] = DenialCategory.CodingBundling, // mutually exclusive procedures
        ["234"] = DenialCategory.CodingBundling, // procedure not paid separately
        ["236"] = DenialCategory.CodingBundling, // combination not compatible (NCCI)

        // Medical necessity and non-covered services.
        ["49"] = DenialCategory.MedicalNecessity, // routine/preventive service not covered
        ["50"] = DenialCategory.MedicalNecessity, // not deemed a medical necessity
        ["55"] = DenialCategory.MedicalNecessity, // experimental/investigational
        ["56"] = DenialCategory.MedicalNecessity, // not proven effective
        ["58"] = DenialCategory.MedicalNecessity, // inappropriate place of service
        ["96"] = DenialCategory.MedicalNecessity, // non-covered charge(s)
        ["119"] = DenialCategory.MedicalNecessity, // benefit maximum reached
        ["150"] = DenialCategory.MedicalNecessity, // level of service not supported
        ["151"] = DenialCategory.MedicalNecessity, // number/frequency of services not supported
        ["152"] = DenialCategory.MedicalNecessity, // length of stay not supported
        ["167"] = DenialCategory.MedicalNecessity, // diagnosis not covered

        // Timely filing.
        ["29"] = DenialCategory.TimelyFiling, // time limit for filing has expired

        // Duplicate.
        ["18"] = DenialCategory.Duplicate, // exact duplicate claim/service
        ["B13"] = DenialCategory.Duplicate, // previously paid

        // Missing information.
        ["16"] = DenialCategory.MissingInformation, // lacks information or has submission/billing errors
        ["125"] = DenialCategory.MissingInformation, // submission/billing error(s)
        ["133"] = DenialCategory.MissingInformation, // disposition pending further review
        ["226"] = DenialCategory.MissingInformation, // information requested from the provider not provided
        ["227"] = DenialCategory.MissingInformation, // information requested from the patient not provided
        ["252"] = DenialCategory.MissingInformation, // an attachment/other documentation is required

        // Payment reductions: underpayment when the group is not the ordinary contractual write-off.
        ["42"] = DenialCategory.ContractualUnderpayment, // charges exceed fee schedule (older code)
        ["59"] = DenialCategory.ContractualUnderpayment, // multiple or concurrent procedure rules
        ["131"] = DenialCategory.ContractualUnderpayment, // claim-specific negotiated discount
        ["237"] = DenialCategory.ContractualUnderpayment, // legislated/regulatory penalty
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // CARC 45 (charge exceeds fee schedule), 253 (sequestration) and 94 (processed in excess of
    // charges) are the ordinary contractual outcome when the group is CO.
    private static readonly FrozenSet<string> ContractualCarcs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "45", "94", "253", "144", "A2");

    // Amounts the patient owes: deductible, coinsurance, copayment, blood deductible, spending account.
    private static readonly FrozenSet<string> PatientCarcs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "1", "2", "3", "66", "142", "187", "241");

    // Remark codes that say more precisely what is wrong with a generic CARC 16/96/125.
    private static readonly FrozenDictionary<string, DenialCategory> Rarcs = new Dictionary<string, DenialCategory>(StringComparer.OrdinalIgnoreCase)
    {
        ["M51"] = DenialCategory.CodingBundling, // missing/incomplete/invalid procedure code
        ["M76"] = DenialCategory.CodingBundling, // missing/incomplete/invalid diagnosis
        ["M77"] = DenialCategory.CodingBundling, // missing/incomplete/invalid place of service
        ["M80"] = DenialCategory.CodingBundling, // not covered when performed during the same session as another
        ["N20"] = DenialCategory.CodingBundling, // not paid separately
        ["N30"] = DenialCategory.EligibilityRegistration, // patient ineligible for this service
        ["N54"] = DenialCategory.Authorization, // claim information inconsistent with pre-certified/authorized services
        ["MA04"] = DenialCategory.EligibilityRegistration, // secondary payment cannot be considered without the primary's identity
        ["N115"] = DenialCategory.MedicalNecessity, // decision based on a local coverage determination
        ["M25"] = DenialCategory.MedicalNecessity, // information furnished does not substantiate the need for this level
        ["N290"] = DenialCategory.MissingInformation, // missing/incomplete/invalid rendering provider identifier
        ["MA130"] = DenialCategory.MissingInformation, // incomplete or invalid information; submit a new claim
        ["N286"] = DenialCategory.MissingInformation, // missing/incomplete/invalid referring provider identifier
        ["MA27"] = DenialCategory.MissingInformation, // missing/incomplete/invalid entitlement number or name
        ["N382"] = DenialCategory.MissingInformation, // missing/incomplete/invalid patient identifier
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<DenialCategory, string> Actions = new Dictionary<DenialCategory, string>
    {
        [DenialCategory.EligibilityRegistration] = "Re-verify eligibility and the patient's identity, subscriber and payer order (270/271); correct the registration and bill the right payer, or bill the patient if there is no coverage.",
        [DenialCategory.Authorization] = "Find the authorization or referral number; if it exists, send a corrected claim with it; if not, request a retro-authorization or appeal with the records showing urgency.",
        [DenialCategory.CodingBundling] = "Review the codes and modifiers against the note and NCCI edits; send a corrected claim (frequency 7) if the coding was wrong, or appeal citing the modifier policy if the service was distinct.",
        [DenialCategory.MedicalNecessity] = "Check the diagnosis codes and coverage policy (LCD/NCD); correct the diagnosis if under-coded, otherwise appeal with the documentation; bill the patient only if an ABN or waiver was signed.",
        [DenialCategory.TimelyFiling] = "Look for proof of timely filing (999/277CA acceptance, clearinghouse report) and appeal with it; without proof the amount is written off, not billed to the patient.",
        [DenialCategory.Duplicate] = "Check whether the original claim was paid; if this was a distinct service, send a corrected claim with the right modifiers or dates; otherwise no action.",
        [DenialCategory.MissingInformation] = "Read the remark codes, supply the missing information or attachment, and resubmit a corrected claim.",
        [DenialCategory.ContractualUnderpayment] = "Compare the payment with the contract or fee schedule; if it is short, request a reprocessing or appeal the underpayment with the contract rate.",
        [DenialCategory.Contractual] = "None: the contractual write-off agreed with the payer.",
        [DenialCategory.PatientResponsibility] = "Bill the patient (or the secondary payer first, if any) for the amount the patient owes.",
        [DenialCategory.Other] = "Read the reason and remark codes and call the payer if the reason is unclear.",
    }.ToFrozenDictionary();

    /// <summary>The recommended action for a category, in plain words.</summary>
    public static string ActionFor(DenialCategory category) => Actions[category];

    /// <summary>
    /// Classifies one adjustment. <paramref name="groupCode"/> is the CAS01 group (CO, PR, OA,
    /// PI, CR); <paramref name="reasonCode"/> the CARC (CAS02); <paramref name="remarkCodes"/>
    /// the RARCs of the claim or line (MIA/MOA/LQ), which refine generic reasons.
    /// </summary>
    public static DenialClassification Classify(string groupCode, string reasonCode, IEnumerable<string>? remarkCodes = null)
    {
        ArgumentNullException.ThrowIfNull(groupCode);
        ArgumentNullException.ThrowIfNull(reasonCode);
        var group = groupCode.Trim().ToUpperInvariant();
        var carc = reasonCode.Trim();

        // Group PR: the patient owes it, whatever the reason (a PR-96 non-covered service billed
        // to the patient under a signed waiver is still the patient's).
        if (group == "PR")
        {
            return Result(DenialCategory.PatientResponsibility, isDenial: false, $"CARC {carc}");
        }

        if (ContractualCarcs.Contains(carc))
        {
            return Result(DenialCategory.Contractual, isDenial: false, $"CARC {carc}");
        }

        if (PatientCarcs.Contains(carc))
        {
            // A deductible or coinsurance reason under CO/OA is how some payers show amounts a
            // prior payer left to the patient; it is not the practice's denial to work.
            return Result(DenialCategory.PatientResponsibility, isDenial: false, $"CARC {carc}");
        }

        if (carc == "23")
        {
            // Impact of the prior payer's adjudication: the ordinary secondary-claim adjustment.
            return Result(DenialCategory.Contractual, isDenial: false, "CARC 23");
        }

        Carcs.TryGetValue(carc, out var category);
        var basis = $"CARC {carc}";
        // Generic reasons (16, 96, 125, unknown codes) are refined by the first remark code with a known meaning.
        if (category is DenialCategory.Other or DenialCategory.MissingInformation or DenialCategory.MedicalNecessity && remarkCodes is not null)
        {
            foreach (var remark in remarkCodes)
            {
                if (Rarcs.TryGetValue(remark.Trim(), out var refined) && refined != category)
                {
                    category = refined;
                    basis = $"RARC {remark.Trim().ToUpperInvariant()}";
                    break;
                }
            }
        }

        return Result(category, isDenial: true, basis);
    }

    private static DenialClassification Result(DenialCategory category, bool isDenial, string basis) =>
        new(category, isDenial, Actions[category], basis);
}
