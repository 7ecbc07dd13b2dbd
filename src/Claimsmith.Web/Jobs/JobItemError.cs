namespace Claimsmith.Web.Jobs;

/// <summary>One item a job could not handle: its id, how the screen names it, why in plain words, and where to fix it.</summary>
/// <param name="ItemId">The record's id (a claim, an encounter) or, for posting, the claim number in the file.</param>
/// <param name="Label">What the screen calls it, e.g. "claim C-000123" (never a patient's name).</param>
/// <param name="Message">What went wrong and what to do.</param>
/// <param name="Href">The workbench screen of the item, when it has one.</param>
internal sealed record JobItemError(string ItemId, string Label, string Message, string? Href);
