using Claimsmith.Web.Coding;

namespace Claimsmith.Web.Workbench.Coding;

/// <summary>What the coding screen holds before it is saved: diagnoses in sequence and charge lines.</summary>
internal sealed record DraftCoding(string[]? Diagnoses, DraftCharge[]? Charges);

/// <summary>A charge line of the coding screen: CPT/HCPCS (or revenue code for institutional), units, amount, modifiers.</summary>
internal sealed record DraftCharge(string? Code, string? RevenueCode, decimal? Units, decimal? Charge, string[]? Modifiers);

/// <summary>Saving the coding screen: the draft, the coder's decisions on the suggestion set, and the encounter version read.</summary>
internal sealed record SaveCoding(string[]? Diagnoses, DraftCharge[]? Charges, Guid? SetId, IReadOnlyList<DecisionRequest>? Decisions, long? Version);
