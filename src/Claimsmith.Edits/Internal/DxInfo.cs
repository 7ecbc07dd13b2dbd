using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Edits.Internal;

/// <summary>What the diagnosis edits need to know about one ICD-10-CM code, computed once per code.</summary>
internal sealed class DxInfo
{
    private static readonly CodeReference[] NoRefs = [];

    private ValiditySlot? _slot;

    public required string Input { get; init; }

    /// <summary>Dotless upper-case code, or the raw input when its shape is wrong.</summary>
    public required string Code { get; init; }

    public bool ShapeValid { get; init; }

    public bool Found { get; init; }

    public CodeEntry Entry { get; init; }

    public string Display => ShapeValid ? IcdCode.Format(Code) : Input;

    /// <summary>For a code missing its 7th character: the valid characters ("" when none is required).</summary>
    public string SeventhCharacters { get; init; } = "";

    /// <summary>For an unknown seven-character code whose stem takes 7th characters: the stem is known and the character is not one of them.</summary>
    public bool SeventhInvalid { get; init; }

    /// <summary>A shorter code needs a 7th character (possibly after placeholder X).</summary>
    public bool SeventhMissing { get; init; }

    public CodeReference[] Excludes1 { get; init; } = NoRefs;

    public string? Excludes1Text { get; init; }

    public bool IsManifestation { get; init; }

    public CodeReference[] CodeFirst { get; init; } = NoRefs;

    public CodeReference[] UseAdditional { get; init; } = NoRefs;

    public string? UseAdditionalText { get; init; }

    public bool IsExternalCause { get; init; }

    public AgeGroup Age { get; init; }

    public char Sex { get; init; }

    public bool IsUnspecified { get; init; }

    public string? Title { get; init; }

    public CodeValidity Validity(CodeSetSnapshot snapshot, DateOnly date)
    {
        // ICD-10-CM changes on October 1 (and, rarely, April 1): one answer per half fiscal year.
        var period = (date.Year * 2) + (date.Month >= 10 ? 2 : date.Month >= 4 ? 1 : 0);
        var slot = _slot;
        if (slot is not null && slot.Period == period)
        {
            return slot.Validity;
        }

        var v = Entry.IsDefault ? snapshot.Check(CodeSystem.Icd10Cm, Code, date) : Entry.GetValidity(date);
        _slot = new ValiditySlot(period, v);
        return v;
    }

    public static DxInfo Build(CodeSetSnapshot snapshot, string input)
    {
        if (!IcdCode.TryParse(input, out var icd))
        {
            return new DxInfo { Input = input, Code = input.Trim(), ShapeValid = false };
        }

        var code = icd.Value;
        var isExternal = code[0] is 'V' or 'W' or 'X' or 'Y';
        if (!snapshot.TryFind(CodeSystem.Icd10Cm, code, out var entry))
        {
            // Not a code: perhaps a stem that lacks its 7th character, or a wrong 7th character.
            var (missing, invalid, chars) = SeventhCharacterProblem(snapshot, code);
            return new DxInfo
            {
                Input = input, Code = code, ShapeValid = true, Found = false, SeventhMissing = missing, SeventhInvalid = invalid,
                SeventhCharacters = chars, IsExternalCause = isExternal,
            };
        }

        var seventh = entry.RequiresSeventhCharacter ? string.Concat(entry.GetSeventhCharacters().Select(c => c.Character)) : "";
        var notes = entry.GetAllNotes();
        var excl = Refs(notes, NoteKind.Excludes1, categoryOnly: false);
        var codeFirst = Refs(notes, NoteKind.CodeFirst, categoryOnly: false);
        var useAdd = Refs(notes, NoteKind.UseAdditionalCode, categoryOnly: true);
        var title = entry.LongDescription ?? "";

        return new DxInfo
        {
            Input = input,
            Code = code,
            ShapeValid = true,
            Found = true,
            Entry = entry,
            Title = title,
            SeventhMissing = seventh.Length > 0,
            SeventhCharacters = seventh,
            Excludes1 = excl.Refs,
            Excludes1Text = excl.Text,
            // Guideline I.A.13: manifestation codes say "in [other] diseases classified elsewhere".
            IsManifestation = title.Contains("diseases classified elsewhere", StringComparison.OrdinalIgnoreCase),
            CodeFirst = codeFirst.Refs,
            UseAdditional = useAdd.Refs,
            UseAdditionalText = useAdd.Text,
            IsExternalCause = isExternal,
            Age = AgeSexRules.AgeOf(code),
            Sex = AgeSexRules.SexOf(code),

            // A subdivision titled "unspecified" has specific siblings in its category.
            IsUnspecified = code.Length > 3 && title.Contains("unspecified", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static (CodeReference[] Refs, string? Text) Refs(IReadOnlyList<CodeNote> notes, NoteKind kind, bool categoryOnly)
    {
        List<CodeReference>? refs = null;
        string? text = null;
        foreach (var n in notes)
        {
            // Use-additional reminders come from the code and its category; notes of whole
            // sections and chapters are too broad to remind on every claim.
            if (n.Kind != kind || (categoryOnly && (n.Source.Contains('-', StringComparison.Ordinal) || !char.IsAsciiLetter(n.Source[0]))))
            {
                continue;
            }

            foreach (var r in n.References)
            {
                refs ??= [];
                if (!refs.Contains(r))
                {
                    refs.Add(r);
                }
            }

            text ??= n.Text;
        }

        return (refs?.ToArray() ?? NoRefs, text);
    }

    private static (bool Missing, bool Invalid, string Chars) SeventhCharacterProblem(CodeSetSnapshot snapshot, string code)
    {
        // Guideline I.B.3: a 7th character is required where the category defines them; placeholder X fills empty positions.
        if (code.Length == 7)
        {
            for (var len = 6; len >= 3; len--)
            {
                if (snapshot.TryFind(CodeSystem.Icd10Cm, code.AsSpan(0, len), out var e))
                {
                    if (!e.RequiresSeventhCharacter)
                    {
                        break;
                    }

                    var chars = string.Concat(e.GetSeventhCharacters().Select(c => c.Character));
                    return (false, !chars.Contains(code[6], StringComparison.Ordinal), chars);
                }
            }
        }

        return (false, false, "");
    }
}
