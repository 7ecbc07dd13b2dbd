namespace Claimsmith.Billing;

/// <summary>
/// A chart (an encounter) marked coded, with the codes reported at that moment (diagnoses and
/// procedures, dotless, comma-separated), who did it and when. The first coder-level record of an
/// encounter is the one billed per chart and counted for productivity; a second-level review is
/// a record at <see cref="CodingLevel.SecondLevelReview"/>. Rows are only ever added.
/// </summary>
public sealed class CodedChart
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid EncounterId { get; set; }
    public ChartType ChartType { get; set; }
    public CodingLevel Level { get; set; }
    /// <summary>User name of the coder or reviewer.</summary>
    public required string Coder { get; set; }
    /// <summary>The codes, dotless, comma-separated, in reporting order.</summary>
    public string Codes { get; set; } = "";
    /// <summary>When the first clinical document of the encounter arrived (start of turnaround).</summary>
    public DateTimeOffset? DocumentArrivedAt { get; set; }
    public DateTimeOffset CodedAt { get; set; }

    /// <summary>The codes as a set (normalized: upper case, no dots).</summary>
    public IReadOnlySet<string> CodeSet => CodeLists.Parse(Codes);
}
