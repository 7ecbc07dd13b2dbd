using Claimsmith.Billing;

namespace Claimsmith.Web.Jobs;

/// <summary>Scrub many claims in the background: the named claims, or all matching the claims list's filter.</summary>
/// <param name="ClaimIds">The claims to scrub (the list's selection).</param>
/// <param name="Filter">Scrub every claim matching this filter instead (the list's filter; an empty one means every claim).</param>
internal sealed record ClaimScrubJobRequest(IReadOnlyList<Guid>? ClaimIds, ClaimScrubJobFilter? Filter);

/// <summary>The claims list's filter, as the list's query string has it.</summary>
/// <param name="Status">Claim status.</param>
/// <param name="PayerId">Payer.</param>
/// <param name="OlderThanDays">First date of service at least this many days ago.</param>
/// <param name="MinAmount">Total charge from (dollars).</param>
/// <param name="MaxAmount">Total charge up to (dollars).</param>
/// <param name="FindingsOf">Only the claims an earlier batch scrub (this job id) found errors or warnings on: scrub them again after fixing.</param>
internal sealed record ClaimScrubJobFilter(ClaimStatus? Status, Guid? PayerId, int? OlderThanDays, decimal? MinAmount, decimal? MaxAmount, Guid? FindingsOf = null);

/// <summary>Suggest codes in the background for the named encounters, or for every waiting encounter not opened yet that matches the coding queue's filter.</summary>
/// <param name="EncounterIds">The encounters to code.</param>
/// <param name="Filter">Every waiting, not yet opened encounter matching this filter instead (an empty one means all of them).</param>
internal sealed record CodingSuggestionJobRequest(IReadOnlyList<Guid>? EncounterIds, CodingSuggestionJobFilter? Filter);

/// <summary>The coding queue's filter, as the queue's query string has it.</summary>
/// <param name="OrganizationId">Organization.</param>
/// <param name="Setting"><c>professional</c> or <c>institutional</c>.</param>
/// <param name="OlderThanDays">First date of service at least this many days ago.</param>
internal sealed record CodingSuggestionJobFilter(Guid? OrganizationId, string? Setting, int? OlderThanDays);
