namespace Claimsmith.Billing;

/// <summary>
/// An appeal letter as data, rendered to PDF by Claimsmith.Documents. Every fact comes from the
/// claim, the ledger, the appeal or the code lists; what Claimsmith does not know is left as a
/// marked blank (<see cref="AppealLetterBuilder.Blank"/>) and listed in <see cref="MissingFields"/>
/// for the biller to fill before sending.
/// </summary>
public sealed record AppealLetter
{
    public DateOnly Date { get; init; }
    public required StatementParty From { get; init; }
    /// <summary>Practice identifiers (NPI, tax id) for the header.</summary>
    public string FromIdentifiers { get; init; } = "";
    public required StatementParty To { get; init; }
    /// <summary>Label/value pairs of the reference block (patient, member id, claim numbers, dates).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Reference { get; init; } = [];
    public IReadOnlyList<AppealLetterDenial> Denials { get; init; } = [];
    public DenialCategory Category { get; init; }
    public IReadOnlyList<AppealLetterLine> Lines { get; init; } = [];
    /// <summary>The letter's paragraphs, opening to closing.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    /// <summary>The rules cited in support of payment.</summary>
    public IReadOnlyList<string> Authorities { get; init; } = [];
    public IReadOnlyList<string> Enclosures { get; init; } = [];
    /// <summary>Facts the biller must supply (each appears in the text as a marked blank).</summary>
    public IReadOnlyList<string> MissingFields { get; init; } = [];
    public string Signature { get; init; } = "";
}
