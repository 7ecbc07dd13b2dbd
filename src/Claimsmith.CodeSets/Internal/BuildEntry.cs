using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.CodeSets.Internal;

/// <summary>A code-set entry while an import assembles it (mutable; compiled into the snapshot).</summary>
internal sealed class BuildEntry
{
    public BuildEntry(CodeSystem system, EntryKind kind, string code)
    {
        System = system;
        Kind = kind;
        Code = code;
    }

    public CodeSystem System { get; }

    public EntryKind Kind { get; }

    /// <summary>Normalised code (ICD without dot), or the chapter number / section range.</summary>
    public string Code { get; }

    public string? ShortDescription { get; set; }

    public string? LongDescription { get; set; }

    /// <summary>Long description in the prior edition when the addenda revised it.</summary>
    public string? PriorLongDescription { get; set; }

    public BuildEntry? Parent { get; set; }

    public List<(NoteKind Kind, char Character, string Text)> Notes { get; } = [];

    public int ValidFrom { get; set; } = int.MinValue;

    public int ValidTo { get; set; } = int.MaxValue;

    public bool BillablePrior { get; set; }

    public bool BillableCurrent { get; set; }

    public bool Placeholder { get; set; }

    public bool FromTabular { get; set; }

    public List<string> ReplacedBy { get; } = [];

    public int Id { get; set; } = -1;
}
