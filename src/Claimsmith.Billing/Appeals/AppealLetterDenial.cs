namespace Claimsmith.Billing;

/// <summary>One denial code on an appeal letter with its published description and category.</summary>
/// <param name="Code">Group-CARC (<c>CO-50</c>) or a RARC (<c>N115</c>).</param>
/// <param name="Description">The code's description from the imported CARC/RARC list, or a marked blank.</param>
/// <param name="Category">The <see cref="DenialClassifier"/> category (for a RARC, of the claim's codes together).</param>
public sealed record AppealLetterDenial(string Code, string Description, DenialCategory Category);
