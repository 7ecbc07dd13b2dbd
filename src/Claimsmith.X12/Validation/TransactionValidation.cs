using Claimsmith.X12.Envelope;
using Claimsmith.X12.Issues;

namespace Claimsmith.X12.Validation;

/// <summary>The verdict on one transaction set, as a 999 AK2 loop would give it.</summary>
/// <param name="Header">ST values and envelopes.</param>
/// <param name="Guide">Name of the guide it was checked against, or null when none applies.</param>
/// <param name="Issues">Its issues.</param>
public sealed record TransactionValidation(X12TransactionHeader Header, string? Guide, IReadOnlyList<X12Issue> Issues)
{
    /// <summary>Whether the transaction set is accepted (no error).</summary>
    public bool IsAccepted => !Issues.Any(i => i.Severity == X12IssueSeverity.Error);

    /// <summary>Whether its SE was missing.</summary>
    public bool TrailerMissing { get; init; }

    /// <summary>Whether SE01 was wrong.</summary>
    public bool CountMismatch { get; init; }

    /// <summary>Whether SE02 did not match ST02.</summary>
    public bool ControlMismatch { get; init; }
}
