namespace Claimsmith.X12.Remittance;

/// <summary>LQ: a remark code on a service line (HE = RARC, RX = NCPDP reject reason).</summary>
/// <param name="Qualifier">LQ01.</param>
/// <param name="Code">LQ02.</param>
public sealed record RemarkCode(string Qualifier, string Code);
