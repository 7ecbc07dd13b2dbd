using System.Buffers;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// A note's candidate codes and their feature vectors, stored as one row-major matrix rented
/// from the shared pool: hundreds of candidates per note would otherwise be hundreds of small
/// arrays per note for the garbage collector. Dispose returns the matrix.
/// </summary>
internal sealed class CandidateRows : IDisposable
{
    private float[] _matrix;

    public CandidateRows(int capacity)
    {
        Rows = new List<LearnedRanker.Row>(capacity);
        _matrix = ArrayPool<float>.Shared.Rent(Math.Max(capacity, 1) * Learning.Features.Count);
    }

    public List<LearnedRanker.Row> Rows { get; }

    public int Count => Rows.Count;

    /// <summary>The features of the rows added so far, row after row.</summary>
    public ReadOnlySpan<float> Matrix => _matrix.AsSpan(0, Rows.Count * Learning.Features.Count);

    /// <summary>Row <paramref name="index"/>'s features (the next row's, to fill, when it equals <see cref="Count"/>).</summary>
    public Span<float> Features(int index) => _matrix.AsSpan(index * Learning.Features.Count, Learning.Features.Count);

    public void Dispose()
    {
        var matrix = Interlocked.Exchange(ref _matrix, []);
        if (matrix.Length > 0)
        {
            ArrayPool<float>.Shared.Return(matrix);
        }
    }
}
