namespace Claimsmith.Billing;

/// <summary>An acknowledgement file read into <see cref="AcknowledgementItem"/>s, with the problems found reading it.</summary>
/// <param name="Kind">999 or 277CA; null when the file is neither.</param>
/// <param name="ControlNumber">ISA13 of the file.</param>
/// <param name="Items">One item per transaction set (999) or claim (277CA).</param>
/// <param name="Issues">Reading problems (code, location, message).</param>
public sealed record AcknowledgementReport(AcknowledgementKind? Kind, string? ControlNumber, IReadOnlyList<AcknowledgementItem> Items, IReadOnlyList<BillingIssue> Issues);
