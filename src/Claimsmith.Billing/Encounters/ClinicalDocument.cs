namespace Claimsmith.Billing;

/// <summary>Clinical note text attached to an encounter (the coder's source of truth).</summary>
public sealed class ClinicalDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EncounterId { get; set; }
    public required string Title { get; set; }
    /// <summary>E.g. progress note, operative report, discharge summary.</summary>
    public string Kind { get; set; } = "note";
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
