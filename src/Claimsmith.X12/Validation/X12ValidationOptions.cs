using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Validation;

/// <summary>What the validator checks and how strictly.</summary>
public sealed record X12ValidationOptions
{
    /// <summary>Defaults: everything checked, identifier rules as errors.</summary>
    public static X12ValidationOptions Default { get; } = new();

    /// <summary>Bounds for the tokenizer.</summary>
    public X12ReaderOptions Reader { get; init; } = X12ReaderOptions.Default;

    /// <summary>
    /// Severity of the identifier rules the guides state in notes rather than in element syntax:
    /// NPI check digit (Luhn over 80840) and the billing provider's 9-digit ZIP. Error by default
    /// (payers reject on them). The guides' own example files use placeholder NPIs and 5-digit
    /// ZIPs; validating those examples calls for <see cref="X12IssueSeverity.Warning"/>.
    /// </summary>
    public X12IssueSeverity IdentifierRuleSeverity { get; init; } = X12IssueSeverity.Error;

    /// <summary>Stop collecting issues after this many (a broken file can produce thousands).</summary>
    public int MaxIssues { get; init; } = 10_000;
}
