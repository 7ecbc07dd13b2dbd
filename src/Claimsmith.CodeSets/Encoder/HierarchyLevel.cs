namespace Claimsmith.CodeSets.Encoder;

/// <summary>One level of a code's hierarchy (chapter &gt; section &gt; category &gt; ... &gt; code).</summary>
/// <param name="Kind">Chapter, section or code.</param>
/// <param name="Code">Chapter number, section range or display code.</param>
/// <param name="Description">Its title.</param>
public sealed record HierarchyLevel(EntryKind Kind, string Code, string Description);
