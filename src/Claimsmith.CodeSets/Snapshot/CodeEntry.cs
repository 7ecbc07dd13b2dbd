using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Fees;

namespace Claimsmith.CodeSets.Snapshot;

/// <summary>
/// A view of one entry of a <see cref="CodeSetSnapshot"/> (a code, or an ICD-10-CM chapter or
/// section). A small value: it allocates nothing until a string is first read.
/// </summary>
public readonly struct CodeEntry : IEquatable<CodeEntry>
{
    private readonly CodeSetSnapshot? _snapshot;

    internal CodeEntry(CodeSetSnapshot snapshot, int id)
    {
        _snapshot = snapshot;
        Id = id;
    }

    internal int Id { get; }

    private CodeSetSnapshot S => _snapshot ?? throw new InvalidOperationException("default CodeEntry");

    private ref readonly EntryRecord R => ref S.Entries[Id];

    /// <summary>True for a default (empty) value.</summary>
    public bool IsDefault => _snapshot is null;

    /// <summary>The code system.</summary>
    public CodeSystem System => (CodeSystem)R.System;

    /// <summary>Chapter, section or code.</summary>
    public EntryKind Kind => (EntryKind)R.Kind;

    /// <summary>The normalised code (ICD-10-CM without its dot).</summary>
    public string Code => S.Str(R.Code)!;

    /// <summary>The code as printed (ICD-10-CM with its dot).</summary>
    public string DisplayCode => System == CodeSystem.Icd10Cm && Kind == EntryKind.Code ? IcdCode.Format(Code) : Code;

    /// <summary>Short description (null for CPT codes without an imported descriptor file).</summary>
    public string? ShortDescription => S.Str(R.Short);

    /// <summary>Full title.</summary>
    public string? LongDescription => S.Str(R.Long);

    /// <summary>Title in the prior edition when the addenda revised it.</summary>
    public string? PriorLongDescription => S.Str(R.PriorLong);

    /// <summary>True when billable in the newest edition.</summary>
    public bool IsBillable => (R.Flags & EntryFlags.BillableCurrent) != 0;

    /// <summary>True when the Tabular List marks this subcategory as holding a placeholder X.</summary>
    public bool IsPlaceholder => (R.Flags & EntryFlags.Placeholder) != 0;

    /// <summary>The parent entry (subcategory, category, section, chapter), or null at the top.</summary>
    public CodeEntry? Parent => R.Parent < 0 ? null : new CodeEntry(S, R.Parent);

    /// <summary>Validity for a date of service.</summary>
    public CodeValidity GetValidity(DateOnly dateOfService) => S.Validity(Id, dateOfService);

    /// <summary>The entry's own instructional notes (not inherited ones).</summary>
    public IReadOnlyList<CodeNote> OwnNotes
    {
        get
        {
            ref readonly var r = ref R;
            if (r.NoteCount == 0)
            {
                return [];
            }

            var notes = S.Notes.Slice(r.NoteStart, r.NoteCount);
            var result = new CodeNote[notes.Length];
            var source = DisplayCode;
            for (var i = 0; i < notes.Length; i++)
            {
                result[i] = new CodeNote((NoteKind)notes[i].Kind, S.Str(notes[i].Text)!, source, notes[i].Character == 0 ? null : (char)notes[i].Character);
            }

            return result;
        }
    }

    /// <summary>
    /// Every note that applies: the entry's own, then those of each ancestor up to the chapter
    /// (ICD-10-CM conventions I.A.12-I.A.17: notes at a category apply to all its codes).
    /// Inclusion terms are not inherited (they describe the level they are written under).
    /// </summary>
    public IReadOnlyList<CodeNote> GetAllNotes()
    {
        var result = new List<CodeNote>(OwnNotes);
        for (var p = Parent; p is { } parent; p = parent.Parent)
        {
            foreach (var n in parent.OwnNotes)
            {
                if (n.Kind != NoteKind.InclusionTerm)
                {
                    result.Add(n);
                }
            }
        }

        return result;
    }

    /// <summary>Notes of one kind, own and inherited (e.g. Excludes1 for the scrubber).</summary>
    public IReadOnlyList<CodeNote> GetNotes(NoteKind kind) => GetAllNotes().Where(n => n.Kind == kind).ToList();

    /// <summary>
    /// The codes and ranges cited by the notes of one kind, own and inherited: for
    /// <see cref="NoteKind.Excludes1"/> the codes never reported together with this one.
    /// </summary>
    public IReadOnlyList<CodeReference> GetReferences(NoteKind kind) => GetNotes(kind).SelectMany(n => n.References).Distinct().ToList();

    /// <summary>True when the code is shorter than seven characters and its category defines 7th characters (guideline I.B.3).</summary>
    public bool RequiresSeventhCharacter => System == CodeSystem.Icd10Cm && Code.Length < 7 && GetSeventhCharacters().Count > 0;

    /// <summary>
    /// The valid 7th characters: the nearest definition up the hierarchy (guideline I.B.3), or
    /// empty when the code takes none.
    /// </summary>
    public IReadOnlyList<SeventhCharacter> GetSeventhCharacters()
    {
        for (CodeEntry? e = this; e is { } cur; e = cur.Parent)
        {
            var defs = cur.OwnNotes.Where(n => n.Kind == NoteKind.SeventhCharacter && n.Character is not null).ToList();
            if (defs.Count > 0)
            {
                return defs.GroupBy(n => n.Character!.Value).Select(g => new SeventhCharacter(g.Key, string.Join("; ", g.Select(x => x.Text)))).ToList();
            }
        }

        return [];
    }

    /// <summary>Fee schedule rows of a HCPCS/CPT code (one per modifier).</summary>
    public IReadOnlyList<FeeScheduleItem> Fees
    {
        get
        {
            ref readonly var r = ref R;
            var result = new FeeScheduleItem[r.FeeCount];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = S.Fee(r.FeeStart + i);
            }

            return result;
        }
    }

    /// <summary>Index entries (Alphabetic Index, Drug and Neoplasm Tables, External Cause Index) that lead to this code.</summary>
    public IReadOnlyList<IndexTermHit> IndexTerms
    {
        get
        {
            ref readonly var r = ref R;
            var result = new IndexTermHit[r.IndexCount];
            for (var i = 0; i < result.Length; i++)
            {
                var termId = S.EntryIndexTerm(r.IndexStart + i);
                ref readonly var t = ref S.IndexTerms[termId];
                result[i] = new IndexTermHit((IndexSource)t.Source, S.Str(t.Text)!, S.Str(t.Code)!);
            }

            return result;
        }
    }

    /// <summary>Chapter &gt; section &gt; category &gt; ... &gt; this entry.</summary>
    public IReadOnlyList<HierarchyLevel> GetHierarchy()
    {
        var result = new List<HierarchyLevel>(8);
        for (CodeEntry? e = this; e is { } cur; e = cur.Parent)
        {
            result.Add(new HierarchyLevel(cur.Kind, cur.DisplayCode, cur.LongDescription ?? ""));
        }

        result.Reverse();
        return result;
    }

    /// <inheritdoc />
    public bool Equals(CodeEntry other) => ReferenceEquals(_snapshot, other._snapshot) && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CodeEntry other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_snapshot, Id);

    /// <summary>Equality.</summary>
    public static bool operator ==(CodeEntry left, CodeEntry right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CodeEntry left, CodeEntry right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => IsDefault ? "" : $"{DisplayCode} {LongDescription}";
}
