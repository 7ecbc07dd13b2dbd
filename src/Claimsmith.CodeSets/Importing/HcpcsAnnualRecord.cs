namespace Claimsmith.CodeSets.Importing;

/// <summary>A HCPCS Level II code or modifier assembled from the annual file's records.</summary>
/// <param name="Code">The code (5 characters) or modifier (2).</param>
/// <param name="IsModifier">True for modifier records (record id 7/8).</param>
/// <param name="LongDescription">Long description, continuation records joined.</param>
/// <param name="ShortDescription">Short description (28 characters at most).</param>
/// <param name="AddDate">Date the code was added, when given.</param>
/// <param name="EffectiveDate">Date the latest action took effect, when given.</param>
/// <param name="TerminationDate">Date the code ends, when given.</param>
/// <param name="ActionCode">Action code (A add, C change, D discontinue, N no change, ...).</param>
public sealed record HcpcsAnnualRecord(string Code, bool IsModifier, string LongDescription, string ShortDescription, DateOnly? AddDate, DateOnly? EffectiveDate, DateOnly? TerminationDate, string ActionCode);
