namespace Claimsmith.X12.Validation.Schema;

/// <summary>Implementation-guide usage: Required, Situational, Not used.</summary>
internal enum Usage
{
    Required,
    Situational,
    NotUsed,
}
