namespace Claimsmith.Billing;

/// <summary>
/// The reading of one adjustment reason (group code, CARC, optional RARCs): its category,
/// whether it is a denial to be worked, and the recommended action in words.
/// </summary>
/// <param name="Category">The denial category.</param>
/// <param name="IsDenial">True when the amount is worth working (appeal, correct, rebill); false for contractual and patient amounts.</param>
/// <param name="Action">What a biller should do next, in plain words.</param>
/// <param name="Basis">The code that decided the category (e.g. <c>CARC 197</c> or <c>RARC N290</c>).</param>
public sealed record DenialClassification(DenialCategory Category, bool IsDenial, string Action, string Basis);
