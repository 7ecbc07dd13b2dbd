namespace Claimsmith.Edits.Findings;

/// <summary>
/// One result of an edit: a stable <see cref="RuleId"/> (see <see cref="RuleIds"/>), how serious
/// it is, the line it concerns (0 for the claim as a whole), a plain message, the rule's source
/// (guideline section, NCCI table, payer rule) and how to fix it.
/// </summary>
/// <param name="RuleId">Stable identifier, e.g. <c>dx.excludes1</c>.</param>
/// <param name="Severity">Error stops the claim; warning and info do not.</param>
/// <param name="Line">1-based service line, or 0 for the claim.</param>
/// <param name="Message">What is wrong, in a coder's words.</param>
/// <param name="Source">Where the rule comes from, e.g. "ICD-10-CM Official Guidelines I.A.12.a".</param>
/// <param name="Fix">What to do about it.</param>
/// <param name="Code">The code concerned (diagnosis or procedure), when there is one.</param>
public sealed record Finding(string RuleId, Severity Severity, int Line, string Message, string Source, string Fix, string? Code = null)
{
    /// <summary>True when the finding stops the claim.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} {RuleId}{(Line > 0 ? $" line {Line}" : "")}: {Message} ({Source}) Fix: {Fix}";
}
