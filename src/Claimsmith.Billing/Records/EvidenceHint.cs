namespace Claimsmith.Billing;

/// <summary>One finding's bearing on one code, for the coder to weigh; never a decision.</summary>
/// <param name="Code">The ICD-10-CM code the hint is about, as suggested or coded.</param>
/// <param name="ObservationId">The finding.</param>
/// <param name="Stance">For or against.</param>
/// <param name="Reason">Why, in words a coder checks against the chart.</param>
public sealed record EvidenceHint(string Code, Guid ObservationId, EvidenceStance Stance, string Reason);
