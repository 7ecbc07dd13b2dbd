using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.Validation;

/// <summary>The verdict on one functional group (a 999 covers one group).</summary>
/// <param name="Header">GS values.</param>
/// <param name="Transactions">Its transaction sets.</param>
public sealed record GroupValidation(X12GroupHeader Header, IReadOnlyList<TransactionValidation> Transactions)
{
    /// <summary>GE missing.</summary>
    public bool TrailerMissing { get; init; }

    /// <summary>GE01 wrong.</summary>
    public bool CountMismatch { get; init; }

    /// <summary>GE02 does not match GS06.</summary>
    public bool ControlMismatch { get; init; }
}
