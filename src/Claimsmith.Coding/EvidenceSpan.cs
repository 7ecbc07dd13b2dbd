namespace Claimsmith.Coding;

/// <summary>Words in the note supporting a suggestion.</summary>
/// <param name="Start">Offset of the first character in <see cref="CodingRequest.Text"/>.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The covered text, for display.</param>
public readonly record struct EvidenceSpan(int Start, int Length, string Text)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
