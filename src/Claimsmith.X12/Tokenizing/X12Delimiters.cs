namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// The four separators of an interchange. In X12 they are not fixed: the ISA segment, which is
/// fixed width (106 bytes), declares them by position: element separator at byte 3, repetition
/// separator at byte 82 (ISA11), component separator at byte 104 (ISA16) and the segment
/// terminator at byte 105.
/// </summary>
/// <param name="Element">Separates elements (usually <c>*</c>).</param>
/// <param name="Component">Separates components of a composite (usually <c>:</c>).</param>
/// <param name="Repetition">Separates repeats of an element (usually <c>^</c>); 0 when none.</param>
/// <param name="Segment">Ends a segment (usually <c>~</c>).</param>
public readonly record struct X12Delimiters(byte Element, byte Component, byte Repetition, byte Segment)
{
    /// <summary>The common choice: <c>*</c>, <c>:</c>, <c>^</c>, <c>~</c>.</summary>
    public static X12Delimiters Default { get; } = new((byte)'*', (byte)':', (byte)'^', (byte)'~');

    /// <summary>Whether the four separators are distinct and none is a letter, digit or space.</summary>
    public bool IsValid
    {
        get
        {
            if (!IsSeparatorByte(Element) || !IsSeparatorByte(Component) || !IsSeparatorByte(Segment))
            {
                return false;
            }

            if (Repetition != 0 && !IsSeparatorByte(Repetition))
            {
                return false;
            }

            return Element != Component && Element != Segment && Component != Segment
                && (Repetition == 0 || (Repetition != Element && Repetition != Component && Repetition != Segment));
        }
    }

    /// <summary>Whether <paramref name="b"/> is one of the separators.</summary>
    public bool IsDelimiter(byte b) => b == Element || b == Component || b == Segment || (Repetition != 0 && b == Repetition);

    private static bool IsSeparatorByte(byte b) =>
        !(b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)' ');
}
