namespace Claimsmith.X12.Internal;

/// <summary>
/// Storage behind a model's <see cref="List{T}"/> property that usually holds one item (a line's
/// service date, its REF*6R, its AMT*B6; a claim's patient name): the item itself until a second
/// one arrives or someone asks for the list. A non-empty list costs a <see cref="List{T}"/> and its
/// array (64 bytes for one item), about a third of what the 835 reader allocated per claim; one item
/// costs nothing beyond the field. The public property hands out a real list on first access
/// (<see cref="List"/>), which from then on is the only store, so callers see the same items and
/// their changes exactly as before; readers inside the library use <see cref="Count"/>, the indexer
/// and <see cref="Last"/>, which never build the list.
/// </summary>
/// <remarks>Not thread-safe, like the <see cref="List{T}"/> it stands for.</remarks>
internal struct OneOrMany<T>
    where T : class
{
    // null (empty), a T (one item) or a List<T> (handed out, or more than one item).
    private object? _value;

    /// <summary>Number of items.</summary>
    public readonly int Count => _value switch
    {
        null => 0,
        List<T> list => list.Count,
        _ => 1,
    };

    /// <summary>Item <paramref name="index"/> (0-based).</summary>
    public readonly T this[int index]
    {
        get
        {
            if (_value is List<T> list)
            {
                return list[index];
            }

            if (index != 0 || _value is null)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return (T)_value;
        }
    }

    /// <summary>The last item, or null when empty.</summary>
    public readonly T? Last => _value switch
    {
        null => null,
        List<T> list => list.Count > 0 ? list[^1] : null,
        _ => (T)_value,
    };

    /// <summary>
    /// The first item for which <paramref name="match"/> holds with <paramref name="arg"/> (a
    /// qualifier, say), or null, without building the list. The argument is passed rather than
    /// captured so a static lambda allocates nothing.
    /// </summary>
    public readonly T? Find<TArg>(TArg arg, Func<T, TArg, bool> match)
    {
        for (var i = 0; i < Count; i++)
        {
            var item = this[i];
            if (match(item, arg))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The items as a list, built on first use (with capacity for one more item, as the model's lists had).</summary>
    public List<T> List
    {
        get
        {
            if (_value is List<T> list)
            {
                return list;
            }

            var created = new List<T>(1);
            if (_value is not null)
            {
                created.Add((T)_value);
            }

            _value = created;
            return created;
        }
    }

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        switch (_value)
        {
            case null:
                _value = item;
                break;
            case List<T> list:
                list.Add(item);
                break;
            default:
                _value = new List<T>(2) { (T)_value, item };
                break;
        }
    }
}
