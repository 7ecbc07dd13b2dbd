namespace Claimsmith.X12.Validation.Schema;

/// <summary>A loop of a guide: id, usage, repeat and its children in order; the first child is the trigger segment.</summary>
internal sealed class LoopRule : INode
{
    public LoopRule(string id, string name, Usage usage, int maxRepeat, params INode[] children)
    {
        Id = id;
        Name = name;
        Usage = usage;
        MaxRepeat = maxRepeat;
        Children = children;
    }

    public string Id { get; }

    public string Name { get; }

    public Usage Usage { get; }

    public int MaxRepeat { get; }

    public IReadOnlyList<INode> Children { get; }

    public SegmentRule Trigger => (SegmentRule)Children[0];
}
