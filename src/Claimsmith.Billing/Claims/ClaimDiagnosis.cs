namespace Claimsmith.Billing;

/// <summary>A diagnosis on the claim (HI: sequence 1 is ABK/ABJ principal, the rest ABF/ABF; up to 12 on 837P).</summary>
public sealed class ClaimDiagnosis
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClaimId { get; set; }
    public int Sequence { get; set; }
    public DiagnosisCode Code { get; set; }
    public PresentOnAdmission? PresentOnAdmission { get; set; }
}
