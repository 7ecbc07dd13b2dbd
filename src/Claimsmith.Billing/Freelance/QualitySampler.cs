using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Claimsmith.Billing;

/// <summary>
/// Draws the random sample of charts for a quality review. Each chart gets a key from SHA-256 of
/// the seed and its id, and the charts with the smallest keys are the sample: the same seed and
/// charts always give the same sample, in any order and on any .NET version (System.Random's
/// sequence is not guaranteed across versions), while a new seed gives an independent draw.
/// </summary>
public static class QualitySampler
{
    /// <summary>Up to <paramref name="size"/> charts of <paramref name="charts"/>, in sample order.</summary>
    public static IReadOnlyList<Guid> Sample(IEnumerable<Guid> charts, long seed, int size)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return [.. charts.Distinct().Select(id => (Id: id, Key: Key(seed, id))).OrderBy(x => x.Key).ThenBy(x => x.Id).Take(size).Select(x => x.Id)];
    }

    /// <summary>
    /// The sample size for <paramref name="population"/> charts at <paramref name="percent"/> percent,
    /// rounded up, at least <paramref name="minimum"/> (all charts when there are fewer).
    /// </summary>
    public static int SizeFor(int population, decimal percent, int minimum)
    {
        var size = (int)Math.Ceiling(population * percent / 100m);
        return Math.Min(population, Math.Max(size, minimum));
    }

    private static ulong Key(long seed, Guid id)
    {
        Span<byte> input = stackalloc byte[24];
        BinaryPrimitives.WriteInt64LittleEndian(input, seed);
        id.TryWriteBytes(input[8..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
