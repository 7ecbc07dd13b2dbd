using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Documents;

/// <summary>A transaction set as a list of materialised segments (ST and SE excluded).</summary>
public sealed class X12Transaction
{
    /// <summary>ST values and envelopes.</summary>
    public required X12TransactionHeader Header { get; init; }

    /// <summary>The segments between ST and SE.</summary>
    public List<X12Segment> Segments { get; } = [];
}
