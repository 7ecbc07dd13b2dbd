namespace Claimsmith.X12.Issues;

/// <summary>How bad an issue is. Any <see cref="Error"/> rejects the file or transaction.</summary>
public enum X12IssueSeverity
{
    /// <summary>Worth a look; does not reject.</summary>
    Warning = 0,

    /// <summary>Rejects the transaction (or the interchange, for envelope errors).</summary>
    Error = 1,
}
