namespace Claimsmith.Edits.PayerRules;

/// <summary>What the scrubber knows about a payer beyond its rules.</summary>
/// <param name="PayerId">The payer id as on the claim.</param>
/// <param name="Name">Display name.</param>
/// <param name="TimelyFilingDays">Days after the date of service within which the claim must be received.</param>
public sealed record PayerProfile(string PayerId, string? Name = null, int? TimelyFilingDays = null);
