namespace Claimsmith.Billing;

/// <summary>
/// How the payer adjudicated one claim in one remittance (835 loop 2100 with its 2110 lines), as
/// stored for posting, the denial work queue, secondary claims (COB loops 2320/2430) and EOB
/// exports. The money fields are as the payer sent them; <see cref="State"/> says whether they
/// are on the ledger.
/// </summary>
public sealed class ClaimAdjudication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RemittanceId { get; set; }
    /// <summary>0-based position of the CLP in the transaction set: the resume point of an interrupted posting.</summary>
    public int Sequence { get; set; }
    /// <summary>The organization of the matched claim, else of the remittance.</summary>
    public Guid? OrganizationId { get; set; }
    /// <summary>The claim matched by CLP01; null while in the exceptions queue.</summary>
    public Guid? ClaimId { get; set; }
    /// <summary>CLP01 (our CLM01).</summary>
    public string PatientControlNumber { get; set; } = "";
    /// <summary>CLP02 claim status code.</summary>
    public string StatusCode { get; set; } = "";
    /// <summary>CLP03.</summary>
    public Money Charge { get; set; }
    /// <summary>CLP04.</summary>
    public Money Paid { get; set; }
    /// <summary>CLP05.</summary>
    public Money? PatientResponsibility { get; set; }
    /// <summary>CLP06.</summary>
    public string? FilingIndicator { get; set; }
    /// <summary>CLP07 payer claim control number.</summary>
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>NM1*TT crossover carrier the claim was forwarded to (CLP02 19, 20, 21).</summary>
    public string? CrossoverPayerName { get; set; }
    /// <summary>NM1*TT NM109.</summary>
    public string? CrossoverPayerId { get; set; }
    /// <summary>Claim-level remark codes (MOA/MIA), comma separated.</summary>
    public string? RemarkCodes { get; set; }
    /// <summary>Statement period start (DTM*232) or the first line's date.</summary>
    public DateOnly? ServiceDate { get; set; }
    public AdjudicationState State { get; set; }
    /// <summary>Why it waits in the exceptions queue: a stable code (<c>remit.unmatchedClaim</c>, ...).</summary>
    public string? ExceptionCode { get; set; }
    /// <summary>The exception in plain words.</summary>
    public string? ExceptionMessage { get; set; }
    /// <summary>The adjudication a reversal (CLP02 22) cancelled.</summary>
    public Guid? ReversesAdjudicationId { get; set; }
    /// <summary>The payer paid more than the charge; flagged for a refund decision (ledger verify allows the credit).</summary>
    public bool Overpayment { get; set; }
    public DateTimeOffset? PostedAt { get; set; }
    public string? PostedBy { get; set; }
    /// <summary>Service lines (2110).</summary>
    public List<AdjudicationLine> Lines { get; set; } = [];
    /// <summary>Every CAS, claim level (<see cref="AdjudicationAdjustment.LineId"/> null) and line level.</summary>
    public List<AdjudicationAdjustment> Adjustments { get; set; } = [];

    /// <summary>CLP02 22.</summary>
    public bool IsReversal => StatusCode == "22";

    /// <summary>CLP02 19, 20, 21: processed and forwarded to another payer.</summary>
    public bool IsCrossover => StatusCode is "19" or "20" or "21";

    /// <summary>The claim-level adjustments.</summary>
    public IEnumerable<AdjudicationAdjustment> ClaimAdjustments => Adjustments.Where(a => a.LineId is null);

    /// <summary>The adjustments of one line.</summary>
    public IEnumerable<AdjudicationAdjustment> AdjustmentsOf(AdjudicationLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Adjustments.Where(a => a.LineId == line.Id);
    }

    /// <summary>The remark codes as a list.</summary>
    public IReadOnlyList<string> Remarks => AdjudicationLine.Split(RemarkCodes);
}
