namespace Claimsmith.CodeSets.Encoder;

/// <summary>
/// The answer to "may this code be reported on this date of service?".
/// </summary>
/// <param name="Status">Valid, not billable, not yet effective, deleted or unknown.</param>
/// <param name="Edition">The edition that answered (e.g. <c>FY2026</c>).</param>
/// <param name="EffectiveFrom">First date of service the code is known valid (null when open or unknown).</param>
/// <param name="EffectiveTo">Last date of service the code is known valid (null when still current).</param>
/// <param name="ReplacedBy">Codes that replaced a deleted (or now non-billable) code, per the addenda.</param>
/// <param name="Assumed">True when the date lies outside the imported editions and the nearest edition was assumed.</param>
public sealed record CodeValidity(CodeStatus Status, string? Edition, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<string> ReplacedBy, bool Assumed)
{
    /// <summary>True when the code may be reported on a claim for the date.</summary>
    public bool IsValid => Status == CodeStatus.Valid;
}
