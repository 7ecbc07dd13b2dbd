namespace Claimsmith.X12.Claims;

/// <summary>CRC: a condition indicator (ambulance certification 07, patient condition E1/E2/E3, EPSDT ZZ, DME 09, hospice 70/75).</summary>
/// <param name="Category">CRC01 code category.</param>
/// <param name="Response">CRC02 Y/N.</param>
/// <param name="Conditions">CRC03..CRC07 condition codes.</param>
public sealed record ConditionIndicator(string Category, string Response, IReadOnlyList<string> Conditions);
