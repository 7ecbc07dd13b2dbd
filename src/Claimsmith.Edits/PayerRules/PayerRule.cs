using Claimsmith.Edits.Claims;

namespace Claimsmith.Edits.PayerRules;

/// <summary>
/// A rule a user writes as data. Every condition given must hold (empty lists and nulls mean
/// "any"). Code conditions take single codes (<c>97110</c>), ranges (<c>97110-97546</c>) or
/// prefixes (<c>J*</c>, <c>E11.*</c>). A rule with a procedure, modifier or unit condition is
/// checked per service line; otherwise once per claim.
/// </summary>
public sealed record PayerRule
{
    /// <summary>Stable id, reported as the finding's rule id.</summary>
    public required string Id { get; init; }

    /// <summary>Plain message of the finding.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it (a default per action when absent).</summary>
    public string? Fix { get; init; }

    /// <summary>Where the rule comes from (the payer's policy, bulletin, contract section).</summary>
    public string? Source { get; init; }

    /// <summary>What happens when the conditions hold.</summary>
    public PayerRuleAction Action { get; init; }

    /// <summary>The modifier <see cref="PayerRuleAction.RequireModifier"/> asks for.</summary>
    public string? Modifier { get; init; }

    /// <summary>Payer ids the rule applies to.</summary>
    public IReadOnlyList<string> Payers { get; init; } = [];

    /// <summary>Claim kind the rule applies to.</summary>
    public ClaimKind? Kind { get; init; }

    /// <summary>Procedure codes, ranges or prefixes.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>ICD-10-CM codes, ranges or prefixes; one diagnosis of the claim must match.</summary>
    public IReadOnlyList<string> Diagnoses { get; init; } = [];

    /// <summary>The line has at least one of these modifiers.</summary>
    public IReadOnlyList<string> ModifiersAny { get; init; } = [];

    /// <summary>The line has none of these modifiers.</summary>
    public IReadOnlyList<string> ModifiersNone { get; init; } = [];

    /// <summary>Places of service.</summary>
    public IReadOnlyList<string> PlacesOfService { get; init; } = [];

    /// <summary>Youngest age (years at the date of service) the rule applies to.</summary>
    public int? MinAge { get; init; }

    /// <summary>Oldest age the rule applies to.</summary>
    public int? MaxAge { get; init; }

    /// <summary>Sex the rule applies to.</summary>
    public PatientSex? Sex { get; init; }

    /// <summary>The rule applies when the line's units are at least this.</summary>
    public decimal? MinUnits { get; init; }

    /// <summary>The rule applies when the line's units exceed this (a payer's unit limit).</summary>
    public decimal? UnitsOver { get; init; }
}
