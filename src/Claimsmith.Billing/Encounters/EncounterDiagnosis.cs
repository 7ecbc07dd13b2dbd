namespace Claimsmith.Billing;

/// <summary>A diagnosis coded on an encounter; <see cref="Sequence"/> 1 is the principal/first-listed.</summary>
public sealed class EncounterDiagnosis
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EncounterId { get; set; }
    public int Sequence { get; set; }
    public DiagnosisCode Code { get; set; }
    public PresentOnAdmission? PresentOnAdmission { get; set; }
}
