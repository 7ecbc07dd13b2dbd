using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Internal;

/// <summary>Receives the inside of each transaction set from <see cref="EnvelopeParser"/>.</summary>
internal interface ITransactionHandler
{
    /// <summary>ST read; return false to skip this transaction (wrong type).</summary>
    bool BeginTransaction(TransactionContext context);

    /// <summary>A segment between ST and SE.</summary>
    void Segment(TransactionContext context, X12SegmentView segment);

    /// <summary>SE read, or the transaction was cut off.</summary>
    void EndTransaction(TransactionContext context);
}
