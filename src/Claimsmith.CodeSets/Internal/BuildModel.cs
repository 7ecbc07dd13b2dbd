using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.CodeSets.Internal;

/// <summary>Everything an import has read, before it is compiled into a snapshot.</summary>
internal sealed class BuildModel
{
    private readonly Dictionary<(CodeSystem, string), BuildEntry> _codes = [];

    public List<BuildEntry> Entries { get; } = [];

    public List<BuildIndexTerm> IndexTerms { get; } = [];

    public List<BuildFee> Fees { get; } = [];

    public List<BuildGpci> Gpcis { get; } = [];

    public List<Edition> Editions { get; } = [];

    public List<string> Sources { get; } = [];

    public BuildEntry Add(BuildEntry entry)
    {
        Entries.Add(entry);
        if (entry.Kind == EntryKind.Code)
        {
            _codes[(entry.System, entry.Code)] = entry;
        }

        return entry;
    }

    public BuildEntry? Find(CodeSystem system, string code) => _codes.GetValueOrDefault((system, code));

    public BuildEntry GetOrAdd(CodeSystem system, string code)
    {
        if (_codes.TryGetValue((system, code), out var e))
        {
            return e;
        }

        return Add(new BuildEntry(system, EntryKind.Code, code));
    }

    public int CountCodes(CodeSystem system) => _codes.Keys.Count(k => k.Item1 == system);
}

internal sealed record BuildIndexTerm(string Text, string? Code, string? See, IndexSource Source, byte Column);

internal sealed record BuildGpci(string Mac, string State, string Locality, string Name, decimal Work, decimal PracticeExpense, decimal Malpractice);

internal sealed class BuildFee
{
    public required string Code { get; init; }

    public string Modifier { get; init; } = "";

    public string? Description { get; init; }

    public required string[] Fields { get; init; }
}
