using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.Remittance;

/// <summary>
/// One 835 (005010X221A1) health care claim payment/advice: the payment (BPR, TRN), payer and
/// payee, claim payments (2100/2110) and provider-level adjustments (PLB).
/// </summary>
public sealed class Remittance835
{
    /// <summary>An empty remittance.</summary>
    public Remittance835()
        : this(0)
    {
    }

    /// <summary>An empty remittance whose claim list starts with room for <paramref name="claimCapacity"/> claims.</summary>
    internal Remittance835(int claimCapacity) => Claims = new List<ClaimPayment835>(claimCapacity);

    /// <summary>ST02.</summary>
    public string? ControlNumber { get; set; }
    /// <summary>BPR01: I remittance with payment, H notification only, C payment accompanies remittance, D make payment only, P prenotification, U split, X handling.</summary>
    public string TransactionHandlingCode { get; set; } = "I";
    /// <summary>BPR02 total actual provider payment.</summary>
    public decimal TotalPayment { get; set; }
    /// <summary>BPR03 C credit, D debit.</summary>
    public string CreditDebitFlag { get; set; } = "C";
    /// <summary>BPR04: ACH, BOP, CHK, FWT, NON.</summary>
    public string PaymentMethod { get; set; } = "CHK";
    /// <summary>BPR05 payment format (CCP, CTX).</summary>
    public string? PaymentFormat { get; set; }
    /// <summary>BPR06-BPR15 banking details as written (sender DFI qualifier/id, account, originating company, receiver DFI/account).</summary>
    public IReadOnlyList<string?> BankingDetails { get; set; } = [];
    /// <summary>BPR16 check issue or EFT effective date.</summary>
    public DateOnly? PaymentDate { get; set; }
    /// <summary>BPR16 as written.</summary>
    public string? PaymentDateText { get; set; }
    /// <summary>TRN02 check or EFT trace number.</summary>
    public string? TraceNumber { get; set; }
    /// <summary>TRN03 payer identifier (1 + tax id).</summary>
    public string? OriginatingCompanyId { get; set; }
    /// <summary>TRN04 originating company supplemental code.</summary>
    public string? OriginatingCompanySupplementalCode { get; set; }
    /// <summary>REF: EV receiver id, F2 version.</summary>
    public List<Reference> References { get; } = [];
    /// <summary>DTM*405 production date.</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>1000A payer.</summary>
    public Party835 Payer { get; set; } = new() { EntityCode = "PR" };
    /// <summary>1000B payee.</summary>
    public Party835 Payee { get; set; } = new() { EntityCode = "PE" };
    /// <summary>CUR foreign currency, as read.</summary>
    public Claimsmith.X12.Tokenizing.X12Segment? Currency { get; set; }
    /// <summary>2000 header numbers (LX) with their provider summaries; claims refer to them by <see cref="ClaimPayment835.HeaderNumber"/>.</summary>
    public List<ClaimHeader835> Headers { get; } = [];
    /// <summary>2100 claim payments, in order, across all LX headers.</summary>
    public List<ClaimPayment835> Claims { get; }
    /// <summary>PLB provider-level adjustments.</summary>
    public List<ProviderAdjustment835> ProviderAdjustments { get; } = [];
    /// <summary>The envelope it was read from.</summary>
    public X12TransactionHeader? Envelope { get; set; }
    /// <summary>Segment number of BPR in the input.</summary>
    public long SegmentNumber { get; set; }

    /// <summary>Sum of claim payments minus provider-level adjustments; equals <see cref="TotalPayment"/> when balanced.</summary>
    public decimal ComputedTotalPayment => Claims.Sum(c => c.Paid) - ProviderAdjustments.Sum(p => p.Amount);
}
