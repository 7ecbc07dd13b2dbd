namespace Claimsmith.Edits.Findings;

/// <summary>How much a finding matters.</summary>
public enum Severity : byte
{
    /// <summary>A reminder (e.g. a use-additional-code note); never stops the claim.</summary>
    Info = 0,

    /// <summary>Likely to be denied or reduced; the claim may still go.</summary>
    Warning = 1,

    /// <summary>The claim must not go until this is fixed or overridden.</summary>
    Error = 2,
}
