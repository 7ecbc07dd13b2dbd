namespace Claimsmith.X12.Claims;

/// <summary>PWK: claim or line supplemental information (paperwork) sent separately.</summary>
/// <param name="ReportType">PWK01, e.g. OZ support data, 09 progress report.</param>
/// <param name="TransmissionCode">PWK02: AA available on request, BM by mail, EL electronically, FX fax.</param>
/// <param name="ControlNumber">PWK06 attachment control number (PWK05 = AC).</param>
public sealed record Attachment(string ReportType, string TransmissionCode, string? ControlNumber = null);
