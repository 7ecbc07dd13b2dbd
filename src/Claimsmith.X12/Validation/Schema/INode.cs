namespace Claimsmith.X12.Validation.Schema;

/// <summary>A child of a loop: a segment rule or a nested loop.</summary>
internal interface INode
{
    Usage Usage { get; }

    string Name { get; }
}
