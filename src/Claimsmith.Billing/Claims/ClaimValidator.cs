namespace Claimsmith.Billing;

/// <summary>
/// Local completeness checks before a claim may be marked ready: what the 837 implementation
/// guides require on every claim. Code existence and payer rules belong to the scrubber
/// (Claimsmith.Edits) and the code sets; these checks need nothing but the claim.
/// </summary>
public static class ClaimValidator
{
    /// <summary>837P allows 12 diagnosis codes in HI (loop 2300); 837I allows 1 principal + 24 other.</summary>
    public const int MaxProfessionalDiagnoses = 12;

    /// <summary>837I: principal diagnosis plus 24 other diagnosis codes.</summary>
    public const int MaxInstitutionalDiagnoses = 25;

    /// <summary>837P loop 2400 repeats at most 50 times; 837I at most 999.</summary>
    public const int MaxProfessionalLines = 50;

    /// <summary>Returns every problem found; empty when the claim is complete.</summary>
    public static IReadOnlyList<BillingIssue> Validate(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var issues = new List<BillingIssue>();
        void Add(string code, string location, string message) => issues.Add(new BillingIssue(code, location, message));

        if (string.IsNullOrWhiteSpace(claim.ClaimNumber) || claim.ClaimNumber.Length > 20)
        {
            Add("claim.number", "claimNumber", "The patient control number must be 1 to 20 characters (CLM01).");
        }

        if (claim.BillingProvider.Npi is null || !Npi.TryParse(claim.BillingProvider.Npi, out _))
        {
            Add("provider.npi", "billingProvider.npi", "The billing provider needs a valid NPI.");
        }

        if (string.IsNullOrEmpty(claim.BillingProvider.TaxId) || claim.BillingProvider.TaxId.Length != 9 || !claim.BillingProvider.TaxId.All(char.IsAsciiDigit))
        {
            Add("provider.taxId", "billingProvider.taxId", "The billing provider needs a nine-digit EIN (REF*EI).");
        }

        if (string.IsNullOrWhiteSpace(claim.Payer.PayerIdentifier))
        {
            Add("payer.id", "payer.payerIdentifier", "The payer ID is required (2010BB NM109).");
        }

        if (!ClaimFilingIndicator.IsValid(claim.Payer.ClaimFilingIndicator))
        {
            Add("payer.filingIndicator", "payer.claimFilingIndicator", $"Unknown claim filing indicator '{claim.Payer.ClaimFilingIndicator}'.");
        }

        if (string.IsNullOrWhiteSpace(claim.Subscriber.MemberId))
        {
            Add("subscriber.memberId", "subscriber.memberId", "The subscriber's member ID is required.");
        }

        if (claim.Frequency != ClaimFrequency.Original && string.IsNullOrWhiteSpace(claim.OriginalReferenceNumber))
        {
            Add("claim.originalReference", "originalReferenceNumber", "Replacement and void claims need the payer's original claim number (REF*F8).");
        }

        if (claim.ServiceTo < claim.ServiceFrom)
        {
            Add("claim.dates", "serviceTo", "The last date of service is before the first.");
        }

        var maxDiagnoses = claim.Kind == ClaimKind.Professional ? MaxProfessionalDiagnoses : MaxInstitutionalDiagnoses;
        if (claim.Diagnoses.Count == 0)
        {
            Add("claim.diagnoses", "diagnoses", "A claim needs at least one diagnosis.");
        }
        else if (claim.Diagnoses.Count > maxDiagnoses)
        {
            Add("claim.diagnoses", "diagnoses", $"A {claim.Kind} claim carries at most {maxDiagnoses} diagnoses.");
        }

        if (claim.Kind == ClaimKind.Institutional)
        {
            if (string.IsNullOrEmpty(claim.FacilityTypeCode) || claim.FacilityTypeCode.Length != 2)
            {
                Add("claim.typeOfBill", "facilityTypeCode", "An institutional claim needs the two-digit facility type code (type of bill).");
            }

            // UB-04 FL 67: inpatient (type of bill 11x/12x) diagnoses carry a POA indicator.
            if (claim.FacilityTypeCode is "11" or "12")
            {
                for (var i = 0; i < claim.Diagnoses.Count; i++)
                {
                    if (claim.Diagnoses[i].PresentOnAdmission is null)
                    {
                        Add("diagnosis.poa", $"diagnoses[{i}].presentOnAdmission", "Inpatient diagnoses need a present-on-admission indicator.");
                    }
                }
            }
        }
        else if (string.IsNullOrEmpty(claim.PlaceOfService) || claim.PlaceOfService.Length != 2 || !claim.PlaceOfService.All(char.IsAsciiDigit))
        {
            Add("claim.placeOfService", "placeOfService", "A professional claim needs a two-digit place of service.");
        }

        if (claim.Lines.Count == 0)
        {
            Add("claim.lines", "lines", "A claim needs at least one service line.");
        }
        else if (claim.Kind == ClaimKind.Professional && claim.Lines.Count > MaxProfessionalLines)
        {
            Add("claim.lines", "lines", $"A professional claim carries at most {MaxProfessionalLines} lines.");
        }

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var at = $"lines[{i}]";
            if (claim.Kind == ClaimKind.Professional && line.ProcedureCode is null)
            {
                Add("line.procedure", $"{at}.procedureCode", "A professional line needs a CPT/HCPCS code.");
            }

            if (claim.Kind == ClaimKind.Institutional && line.RevenueCode is null)
            {
                Add("line.revenueCode", $"{at}.revenueCode", "An institutional line needs a revenue code.");
            }

            if (line.Units <= 0m)
            {
                Add("line.units", $"{at}.units", "Units must be greater than zero.");
            }

            if (line.Charge.IsNegative)
            {
                Add("line.charge", $"{at}.charge", "A line charge cannot be negative.");
            }

            if (line.ServiceFrom < claim.ServiceFrom || (line.ServiceTo ?? line.ServiceFrom) > claim.ServiceTo)
            {
                Add("line.dates", $"{at}.serviceFrom", "Line dates must fall within the claim's dates of service.");
            }

            var pointers = line.Pointers();
            if (claim.Kind == ClaimKind.Professional && pointers.Count == 0)
            {
                Add("line.pointers", $"{at}.diagnosisPointers", "A professional line needs at least one diagnosis pointer (SV107).");
            }

            foreach (var p in pointers)
            {
                if (p < 1 || p > claim.Diagnoses.Count)
                {
                    Add("line.pointers", $"{at}.diagnosisPointers", $"Pointer {p} does not name a diagnosis on the claim.");
                }
            }

            if (line.Ndc is not null && (line.NdcQuantity is null or <= 0m || string.IsNullOrEmpty(line.NdcUnit)))
            {
                Add("line.ndc", $"{at}.ndcQuantity", "A drug line with an NDC needs a quantity and a unit (CTP04/CTP05).");
            }
        }

        return issues;
    }
}
