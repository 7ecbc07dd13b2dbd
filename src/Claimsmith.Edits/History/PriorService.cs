namespace Claimsmith.Edits.History;

/// <summary>A service line of an earlier claim of the same patient (for duplicate and global-period edits).</summary>
/// <param name="ClaimId">The earlier claim.</param>
/// <param name="BillingNpi">Its billing provider.</param>
/// <param name="RenderingNpi">Its rendering provider, when different.</param>
/// <param name="Date">Date of service.</param>
/// <param name="ProcedureCode">CPT/HCPCS code.</param>
/// <param name="Modifiers">Its modifiers.</param>
public sealed record PriorService(string ClaimId, string? BillingNpi, string? RenderingNpi, DateOnly Date, string ProcedureCode, IReadOnlyList<string> Modifiers);
