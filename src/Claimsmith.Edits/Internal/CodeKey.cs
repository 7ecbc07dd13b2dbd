namespace Claimsmith.Edits.Internal;

/// <summary>
/// A five-character HCPCS/CPT code packed into an int (base 36 per character), so NCCI and MUE
/// tables are keyed without strings on the hot path.
/// </summary>
internal static class CodeKey
{
    public const int None = -1;

    public static int Of(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        if (code.Length != 5)
        {
            return None;
        }

        var k = 0;
        foreach (var ch in code)
        {
            int v;
            if (ch is >= '0' and <= '9')
            {
                v = ch - '0';
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                v = ch - 'A' + 10;
            }
            else if (ch is >= 'a' and <= 'z')
            {
                v = ch - 'a' + 10;
            }
            else
            {
                return None;
            }

            k = (k * 36) + v;
        }

        return k;
    }

    public static long Pair(int column1, int column2) => ((long)column1 << 32) | (uint)column2;
}
