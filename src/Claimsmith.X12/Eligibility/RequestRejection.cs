namespace Claimsmith.X12.Eligibility;

/// <summary>AAA: why a request (or part of it) could not be answered.</summary>
/// <param name="Valid">AAA01 Y/N valid request indicator.</param>
/// <param name="ReasonCode">AAA03 reject reason: 42 unable to respond now, 43 invalid provider, 50 provider ineligible for inquiries, 72 invalid member id, 75 subscriber not found, ...</param>
/// <param name="FollowUpAction">AAA04: C please correct and resubmit, N resubmission not allowed, R resubmission allowed, ...</param>
public sealed record RequestRejection(string Valid, string? ReasonCode, string? FollowUpAction);
