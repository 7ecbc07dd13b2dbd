namespace Claimsmith.X12.Envelope;

/// <summary>Where a transaction set sits: its ST values and the envelopes around it.</summary>
/// <param name="TransactionSetId">ST01, e.g. 837.</param>
/// <param name="ControlNumber">ST02.</param>
/// <param name="ImplementationReference">ST03 when present, otherwise GS08.</param>
/// <param name="Interchange">The ISA around it.</param>
/// <param name="Group">The GS around it.</param>
public sealed record X12TransactionHeader(
    string TransactionSetId,
    string ControlNumber,
    string ImplementationReference,
    X12InterchangeHeader Interchange,
    X12GroupHeader Group);
