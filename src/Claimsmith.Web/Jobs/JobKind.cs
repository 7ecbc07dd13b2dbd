namespace Claimsmith.Web.Jobs;

/// <summary>What a workbench job does.</summary>
internal enum JobKind
{
    /// <summary>Posting an uploaded 835 (Remittance/RemittancePostingJob.cs).</summary>
    RemittancePosting = 0,
    /// <summary>Scrubbing many claims from the claims list (Jobs/ClaimScrubJob.cs).</summary>
    ClaimScrub = 1,
    /// <summary>Suggesting codes for the coding queue's waiting encounters (Jobs/CodingSuggestionJob.cs).</summary>
    CodingSuggestions = 2,
}
