namespace Claimsmith.Coding.Text;

/// <summary>
/// The distinct stem numbers (<see cref="WordPool.StemId"/>) of a stretch of text, sorted, so
/// membership is a binary search over a few dozen integers instead of a string hash.
/// </summary>
internal readonly struct StemSet
{
    private readonly int[] _sorted;

    private StemSet(int[] sorted) => _sorted = sorted;

    /// <summary>The stems of tokens [<paramref name="first"/>, <paramref name="end"/>) (every token, stop words included).</summary>
    public static StemSet Of(Token[] tokens, int first, int end)
    {
        var ids = new int[end - first];
        var n = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].StemId >= 0)
            {
                ids[n++] = tokens[i].StemId;
            }
        }

        var span = ids.AsSpan(0, n);
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (distinct == 0 || span[distinct - 1] != span[i])
            {
                span[distinct++] = span[i];
            }
        }

        return new StemSet(distinct == ids.Length ? ids : span[..distinct].ToArray());
    }

    public bool Contains(int stemId) => _sorted is not null && Array.BinarySearch(_sorted, stemId) >= 0;
}
