namespace Claimsmith.Data;

/// <summary>A named counter (claim numbers), advanced atomically with UPDATE ... RETURNING.</summary>
public sealed class NumberSequence
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
