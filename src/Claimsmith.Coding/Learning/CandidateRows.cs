using System.Buffers;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// A note's candidate codes and their feature vectors, stored as one row-major matrix rented
/// from the shared pool, with the rows themselves in a rented array too: hundreds of candidates
/// per note would otherwise be hundreds of small arrays and a large list per note for the
/// garbage collector. Dispose returns both.
/// </summary>
internal sealed class CandidateRows : IDisposable
{
    private float[] _matrix;
    private LearnedRanker.Row[] _rows;
    private int _count;

    public CandidateRows(int capacity)
    {
        _rows = ArrayPool<LearnedRanker.Row>.Shared.Rent(Math.Max(capacity, 1));
        _matrix = ArrayPool<float>.Shared.Rent(Math.Max(capacity, 1) * Learning.Features.Count);
    }

    /// <summary>The rows added so far.</summary>
    public ReadOnlySpan<LearnedRanker.Row> Rows => _rows.AsSpan(0, _count);

    public int Count => _count;

    /// <summary>The features of the rows added so far, row after row.</summary>
    public ReadOnlySpan<float> Matrix => _matrix.AsSpan(0, _count * Learning.Features.Count);

    /// <summary>Row <paramref name="index"/>'s features (the next row's, to fill, when it equals <see cref="Count"/>).</summary>
    public Span<float> Features(int index) => _matrix.AsSpan(index * Learning.Features.Count, Learning.Features.Count);

    /// <summary>Adds a row whose features were filled at <see cref="Features"/>(<see cref="Count"/>); grows both buffers when full.</summary>
    public void Add(LearnedRanker.Row row)
    {
        if (_count == _rows.Length)
        {
            var rows = ArrayPool<LearnedRanker.Row>.Shared.Rent(_rows.Length * 2);
            _rows.AsSpan(0, _count).CopyTo(rows);
            Release(_rows, _count);
            _rows = rows;
        }

        _rows[_count++] = row;
        if (_count * Learning.Features.Count > _matrix.Length)
        {
            throw new InvalidOperationException("A row's features must be filled within the capacity given.");
        }
    }

    private static void Release(LearnedRanker.Row[] rows, int used)
    {
        // The rows hold codes and candidates: clear them so the pool keeps nothing of the note alive.
        rows.AsSpan(0, used).Clear();
        ArrayPool<LearnedRanker.Row>.Shared.Return(rows);
    }

    public void Dispose()
    {
        var matrix = Interlocked.Exchange(ref _matrix, []);
        if (matrix.Length > 0)
        {
            ArrayPool<float>.Shared.Return(matrix);
        }

        var rows = Interlocked.Exchange(ref _rows, []);
        if (rows.Length > 0)
        {
            Release(rows, _count);
        }

        _count = 0;
    }
}
