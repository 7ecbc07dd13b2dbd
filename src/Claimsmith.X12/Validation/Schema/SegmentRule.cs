namespace Claimsmith.X12.Validation.Schema;

/// <summary>A segment at one place of a guide: usage, repeat, element usages and code lists, and the qualifier that identifies it.</summary>
internal sealed class SegmentRule : INode
{
    private readonly Dictionary<int, Usage> _elementUsage = [];
    private readonly Dictionary<(int Element, int Component), Usage> _componentUsage = [];
    private readonly Dictionary<(int Element, int Component), HashSet<string>> _codes = [];

    public SegmentRule(string id, Usage usage, int maxUse)
    {
        Id = id;
        Usage = usage;
        MaxUse = maxUse;
        Elements = SegmentDictionary.Get(id) ?? throw new InvalidOperationException($"No dictionary entry for {id}.");
    }

    public string Id { get; }

    public Usage Usage { get; }

    public int MaxUse { get; }

    public IReadOnlyList<ElementDef> Elements { get; }

    /// <summary>Element whose value identifies this rule among rules with the same segment id.</summary>
    public int QualifierPosition { get; private set; }

    public HashSet<string>? QualifierCodes { get; private set; }

    /// <summary>Component of <see cref="QualifierPosition"/> holding the qualifier (0 for a simple element).</summary>
    public int QualifierComponent { get; private set; }

    /// <summary>Repeat limits for repeatable elements (element → max repeats).</summary>
    public Dictionary<int, int> MaxRepeats { get; } = [];

    public string Name => Id;

    /// <summary>Element usages as a string of R/S/N for elements 1..n (missing positions are Not Used).</summary>
    public SegmentRule U(string usages)
    {
        var tokens = usages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            _elementUsage[i + 1] = Parse(tokens[i]);
        }

        return this;
    }

    /// <summary>Component usages of a composite element.</summary>
    public SegmentRule CU(int element, string usages)
    {
        var tokens = usages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            _componentUsage[(element, i + 1)] = Parse(tokens[i]);
        }

        return this;
    }

    /// <summary>The codes the guide lists for an element.</summary>
    public SegmentRule Codes(int element, params string[] codes) => Codes(element, 0, codes);

    /// <summary>The codes the guide lists for a component.</summary>
    public SegmentRule Codes(int element, int component, params string[] codes)
    {
        _codes[(element, component)] = new HashSet<string>(codes, StringComparer.Ordinal);
        return this;
    }

    /// <summary>The qualifier that tells this rule apart (its codes are also the element's code list).</summary>
    public SegmentRule Q(int element, params string[] codes)
    {
        QualifierPosition = element;
        QualifierCodes = new HashSet<string>(codes, StringComparer.Ordinal);
        _codes[(element, 0)] = QualifierCodes;
        return this;
    }

    /// <summary>The qualifier is a component (HI01-1 tells principal from other diagnoses).</summary>
    public SegmentRule QC(int element, int component, params string[] codes)
    {
        QualifierPosition = element;
        QualifierComponent = component;
        QualifierCodes = new HashSet<string>(codes, StringComparer.Ordinal);
        _codes[(element, component)] = QualifierCodes;
        return this;
    }

    /// <summary>
    /// Qualifier values of which at least one segment of this rule must appear in each loop
    /// iteration. Used where the guide lists one required and several situational rows of the same
    /// segment at the same position (so their order is free and they share one rule), e.g. 837I
    /// 2300 DTP*434 statement dates among the other claim dates.
    /// </summary>
    public HashSet<string>? RequiredQualifiers { get; private set; }

    /// <summary>Requires a segment with one of <paramref name="codes"/> as its qualifier (see <see cref="RequiredQualifiers"/>).</summary>
    public SegmentRule RequireOne(params string[] codes)
    {
        RequiredQualifiers = new HashSet<string>(codes, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Allows element repetition up to <paramref name="max"/>.</summary>
    public SegmentRule Repeats(int element, int max)
    {
        MaxRepeats[element] = max;
        return this;
    }

    public Usage ElementUsage(int position) => _elementUsage.GetValueOrDefault(position, Usage.NotUsed);

    public Usage ComponentUsage(int element, int component) =>
        _componentUsage.TryGetValue((element, component), out var u) ? u : component == 1 ? Usage.Required : Usage.Situational;

    public HashSet<string>? CodesFor(int element, int component) => _codes.GetValueOrDefault((element, component));

    private static Usage Parse(string token) => token switch
    {
        "R" => Usage.Required,
        "S" => Usage.Situational,
        "N" => Usage.NotUsed,
        _ => throw new ArgumentException($"Bad usage token '{token}'."),
    };
}
