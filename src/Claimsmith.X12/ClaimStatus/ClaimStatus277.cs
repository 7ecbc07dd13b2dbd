using Claimsmith.X12.Common;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>
/// The status of one claim in a 277CA (loop 2200D/E) or 277 response: the patient level with
/// its trace (TRN02 = the 837 CLM01), statuses, payer claim control number and service lines,
/// plus the provider it was billed under.
/// </summary>
public sealed class ClaimStatus277
{
    /// <summary>The patient/subscriber level (HL PT, 22 or 23).</summary>
    public required StatusEntity277 Patient { get; set; }
    /// <summary>The billing provider level (HL 19) above, when present.</summary>
    public StatusEntity277? Provider { get; set; }
    /// <summary>REF: 1K payer claim control number, D9 clearinghouse trace, BLT bill type, EJ patient account.</summary>
    public List<Reference> References { get; } = [];
    /// <summary>2220 service lines.</summary>
    public List<ServiceLineStatus277> ServiceLines { get; } = [];

    /// <summary>TRN02 claim trace: the patient control number (837 CLM01).</summary>
    public string? PatientControlNumber => Patient.Traces.Count > 0 ? Patient.Traces[0] : null;

    /// <summary>REF*1K payer claim control number.</summary>
    public string? PayerClaimControlNumber => References.Find(r => r.Qualifier == "1K")?.Value;

    /// <summary>The claim's statuses.</summary>
    public IReadOnlyList<StatusInfo> Statuses => Patient.Statuses;

    /// <summary>Whether any claim-level status is a rejection category.</summary>
    public bool IsRejected => Patient.Statuses.Any(s => s.IsRejection);
}
