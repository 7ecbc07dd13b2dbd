namespace Claimsmith.Web.Jobs;

/// <summary>How a job's progress is said: "12 of 40 claims scrubbed".</summary>
/// <param name="Items">The items, plural: "claims", "encounters".</param>
/// <param name="ToDo">What waits: "to scrub".</param>
/// <param name="DonePast">What was done: "scrubbed".</param>
/// <param name="Work">The work as a noun, for "Scrubbing stopped because ...": "Scrubbing".</param>
/// <param name="ResumeAdvice">What stays and how to resume after a stop, e.g. "Every claim scrubbed so far keeps its result; start the scrub again for the rest."</param>
internal sealed record JobWords(string Items, string ToDo, string DonePast, string Work, string ResumeAdvice);
