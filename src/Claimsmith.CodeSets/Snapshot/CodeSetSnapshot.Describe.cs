using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.CodeSets.Snapshot;

public sealed partial class CodeSetSnapshot
{
    internal int EntryIndexTerm(int index) => Section<int>(SectionId.EntryIndexTerms)[index];

    /// <summary>Finds an ICD-10-CM code.</summary>
    public bool TryFind(Codes.IcdCode code, out CodeEntry entry) => TryFind(CodeSystem.Icd10Cm, code.Value, out entry);

    /// <summary>Finds an ICD-10-PCS code.</summary>
    public bool TryFind(Codes.PcsCode code, out CodeEntry entry) => TryFind(CodeSystem.Icd10Pcs, code.Value, out entry);

    /// <summary>Finds a HCPCS/CPT code.</summary>
    public bool TryFind(Codes.HcpcsCode code, out CodeEntry entry) => TryFind(CodeSystem.Hcpcs, code.Value, out entry);

    /// <summary>
    /// Every imported index entry (Alphabetic Index, External Cause Index, Drug and Neoplasm
    /// Table cells), with the code as printed, or the "see" reference when it has no code.
    /// </summary>
    public IEnumerable<IndexTermHit> EnumerateIndexTerms()
    {
        for (var i = 0; i < IndexTermCount; i++)
        {
            var t = IndexTerms[i];
            yield return new IndexTermHit((IndexSource)t.Source, Str(t.Text)!, Str(t.Code) ?? ("see " + Str(t.See)));
        }
    }

    /// <summary>
    /// Everything the encoder shows about a code on a date of service, or null when the code is
    /// not in the snapshot.
    /// </summary>
    public CodeDetails? Describe(CodeSystem system, ReadOnlySpan<char> code, DateOnly dateOfService)
    {
        if (!TryFind(system, code, out var entry))
        {
            return null;
        }

        var validity = entry.GetValidity(dateOfService);
        var sevenths = entry.GetSeventhCharacters();
        return new CodeDetails
        {
            System = system,
            Code = entry.DisplayCode,
            ShortDescription = entry.ShortDescription,
            LongDescription = entry.LongDescription,
            PriorDescription = entry.PriorLongDescription,
            IsHeader = validity.Status == CodeStatus.NotBillable || (validity.Status != CodeStatus.Valid && !entry.IsBillable),
            Validity = validity,
            DateOfService = dateOfService,
            Hierarchy = entry.GetHierarchy(),
            Notes = entry.GetAllNotes(),
            SeventhCharacters = sevenths,
            PlaceholderNote = PlaceholderNote(entry, sevenths.Count > 0),
            Fees = entry.Fees,
            IndexTerms = entry.IndexTerms,
        };
    }

    private static string? PlaceholderNote(CodeEntry entry, bool needsSeventh)
    {
        if (entry.System != CodeSystem.Icd10Cm)
        {
            return null;
        }

        var code = entry.Code;
        if (code.Length >= 5 && code.AsSpan(3).Contains('X'))
        {
            return "X here is a placeholder: it holds a position so that later characters (such as the 7th) stay in place (guideline I.A.5).";
        }

        if (needsSeventh && code.Length < 6)
        {
            return $"This code needs a 7th character; fill the empty positions before it with the placeholder X (e.g. {Format(code.PadRight(6, 'X'))}A) (guideline I.B.3).";
        }

        if (needsSeventh && code.Length == 6)
        {
            return $"This code needs a 7th character (e.g. {Format(code)}A) (guideline I.B.3).";
        }

        return null;
    }

    private static string Format(string dotless) => Codes.IcdCode.Format(dotless);
}
