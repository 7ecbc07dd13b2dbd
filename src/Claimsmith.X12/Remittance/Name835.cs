namespace Claimsmith.X12.Remittance;

/// <summary>An NM1 in loop 2100: QC patient, IL insured, 74 corrected patient, 82 rendering provider, TT crossover carrier, PR corrected priority payer, GB other subscriber.</summary>
/// <param name="EntityCode">NM101.</param>
/// <param name="EntityType">NM102.</param>
/// <param name="LastOrOrganizationName">NM103.</param>
/// <param name="FirstName">NM104.</param>
/// <param name="MiddleName">NM105.</param>
/// <param name="Suffix">NM107.</param>
/// <param name="IdQualifier">NM108.</param>
/// <param name="Id">NM109.</param>
public sealed record Name835(string EntityCode, string EntityType, string? LastOrOrganizationName, string? FirstName, string? MiddleName, string? Suffix, string? IdQualifier, string? Id);
