namespace Claimsmith.X12.Issues;

/// <summary>
/// One problem found in an X12 input, located the way a 999 locates it.
/// </summary>
/// <param name="Code">Stable code from <see cref="X12IssueCodes"/>; match on this, never on the message.</param>
/// <param name="Severity">Whether it rejects.</param>
/// <param name="SegmentNumber">1-based segment number in the whole input (0 when not tied to a segment).</param>
/// <param name="SegmentPositionInTransaction">1-based position counted from ST as in 999 IK302 (0 outside a transaction).</param>
/// <param name="Loop">Implementation-guide loop id, e.g. <c>2300</c>, when known.</param>
/// <param name="SegmentId">Segment identifier, e.g. <c>CLM</c>, when known.</param>
/// <param name="ElementPosition">1-based element position (IK401), when the issue is about an element.</param>
/// <param name="ComponentPosition">1-based component position, when about a component.</param>
/// <param name="Message">Plain-language description.</param>
public sealed record X12Issue(
    string Code,
    X12IssueSeverity Severity,
    long SegmentNumber,
    int SegmentPositionInTransaction,
    string? Loop,
    string? SegmentId,
    int? ElementPosition,
    int? ComponentPosition,
    string Message)
{
    /// <summary>The transaction set control number (ST02) the issue belongs to, when inside one.</summary>
    public string? TransactionControlNumber { get; init; }

    /// <summary>999 segment syntax error code (IK304) or element syntax error code (IK403) this maps to.</summary>
    public string? AckErrorCode { get; init; }

    /// <summary>A short location such as <c>segment 31 (CLM, loop 2300) element 2</c>.</summary>
    public string Location
    {
        get
        {
            var s = SegmentNumber > 0 ? $"segment {SegmentNumber}" : "file";
            if (SegmentId is not null || Loop is not null)
            {
                s += $" ({SegmentId}{(Loop is null ? string.Empty : $", loop {Loop}")})";
            }

            if (ElementPosition is { } e)
            {
                s += $" element {e}";
            }

            if (ComponentPosition is { } c)
            {
                s += $" component {c}";
            }

            return s;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Severity} {Code} at {Location}: {Message}";
}
