namespace Claimsmith.X12.Validation.Schema;

/// <summary>Short builders for the guide tables.</summary>
internal static class G
{
    public const int Unbounded = int.MaxValue;

    public static SegmentRule R(string id, int max = 1) => new(id, Usage.Required, max);

    public static SegmentRule S(string id, int max = 1) => new(id, Usage.Situational, max);

    public static LoopRule RL(string id, string name, int max, params INode[] children) => new(id, name, Usage.Required, max, children);

    public static LoopRule SL(string id, string name, int max, params INode[] children) => new(id, name, Usage.Situational, max, children);
}
