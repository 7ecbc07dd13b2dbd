namespace Claimsmith.Billing;

/// <summary>Words of the document supporting a suggested code: character offset and length into the document text.</summary>
public sealed class SuggestedEvidence
{
    public int Start { get; set; }
    public int Length { get; set; }
    public string Text { get; set; } = "";
}
