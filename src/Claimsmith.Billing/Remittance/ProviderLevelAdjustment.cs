namespace Claimsmith.Billing;

/// <summary>
/// One PLB adjustment (835 guide 1.10.2.1.3): recorded against the remittance, never a claim. A
/// positive amount reduces the check (WO overpayment recovery, FB forward balance, 72 authorized
/// return); a negative one increases it (L6 interest).
/// </summary>
public sealed class ProviderLevelAdjustment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RemittanceId { get; set; }
    /// <summary>PLB01 provider identifier.</summary>
    public string ProviderIdentifier { get; set; } = "";
    /// <summary>PLB03-1 reason: L6 interest, WO overpayment recovery, FB forward balance, 72 authorized return, CS adjustment, ...</summary>
    public string ReasonCode { get; set; } = "";
    /// <summary>PLB03-2, e.g. the payer claim control number a recoupment refers to.</summary>
    public string? Reference { get; set; }
    public Money Amount { get; set; }

    /// <summary>What the reason code means, in words.</summary>
    public string Description => ReasonCode switch
    {
        "L6" => "interest owed",
        "WO" => "overpayment recovery (recoupment)",
        "FB" => "forwarding balance",
        "72" => "authorized return",
        "CS" => "adjustment",
        "J1" => "non-reimbursable",
        "50" => "late charge",
        "51" => "interest penalty charge",
        "90" => "early payment allowance",
        "AP" => "acceleration of benefits",
        "B2" => "rebate",
        "B3" => "recovery allowance",
        "BD" => "bad debt adjustment",
        "BN" => "bonus",
        "C5" => "temporary allowance",
        "E3" => "withholding",
        "FC" => "fund allocation",
        "GO" => "garnishment",
        "IR" => "internal revenue service withholding",
        "IS" => "interim settlement",
        "L3" => "penalty",
        "LE" => "levy",
        "OA" => "organization adjustment",
        "OB" => "offset for affiliated providers",
        "PI" => "periodic interim payment",
        "PL" => "payment final",
        "RA" => "retro-activity adjustment",
        "SL" => "student loan repayment",
        "TL" => "third party liability",
        "WU" => "unspecified recovery",
        _ => "provider-level adjustment " + ReasonCode,
    };
}
