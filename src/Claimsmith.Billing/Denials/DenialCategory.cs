namespace Claimsmith.Billing;

/// <summary>
/// Why money on a claim or line was not paid, grouped the way a denial work queue is worked:
/// each category has its own fix (re-verify coverage, obtain an authorization, correct the
/// coding, appeal with records, ...). <see cref="PatientResponsibility"/> and
/// <see cref="Contractual"/> are the ordinary outcomes of adjudication, not denials.
/// </summary>
public enum DenialCategory
{
    /// <summary>Not a recognised denial reason; read the CARC and RARC text.</summary>
    Other = 0,
    /// <summary>Coverage not active, patient not identified, wrong or other payer primary.</summary>
    EligibilityRegistration = 1,
    /// <summary>Prior authorization, precertification or referral absent or exceeded.</summary>
    Authorization = 2,
    /// <summary>Code, modifier, age/sex/place-of-service conflicts, bundling (NCCI), unlisted codes.</summary>
    CodingBundling = 3,
    /// <summary>Not medically necessary, not covered for the diagnosis, experimental, level not supported.</summary>
    MedicalNecessity = 4,
    /// <summary>Filed after the payer's time limit.</summary>
    TimelyFiling = 5,
    /// <summary>Exact duplicate of a claim or service already adjudicated.</summary>
    Duplicate = 6,
    /// <summary>Information, attachment or documentation missing or invalid.</summary>
    MissingInformation = 7,
    /// <summary>Paid less than the contract or fee schedule allows (reductions beyond the contractual write-off).</summary>
    ContractualUnderpayment = 8,
    /// <summary>The contractual write-off of a participating provider (e.g. CO-45); not worked as a denial.</summary>
    Contractual = 9,
    /// <summary>Deductible, coinsurance, copay and other amounts the patient owes (group PR); not a denial.</summary>
    PatientResponsibility = 10,
}
