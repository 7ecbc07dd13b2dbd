namespace Claimsmith.Privacy.Deidentification;

/// <summary>
/// Identifiers the record itself tells us about the patient and their household (names,
/// account and member numbers, street, city, phone), removed wherever they appear in note text
/// even without a cue such as "Mr." or "MRN:".
/// </summary>
public sealed class KnownIdentifiers
{
    private readonly List<(string Value, SafeHarborIdentifier Kind)> _values = [];

    /// <summary>The values, longest first (so "Mary Ann" is replaced before "Mary").</summary>
    public IEnumerable<(string Value, SafeHarborIdentifier Kind)> Values => _values.OrderByDescending(v => v.Value.Length);

    /// <summary>Adds a person's name: the whole and each part of two letters or more.</summary>
    public KnownIdentifiers AddName(params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        if (present.Count > 1)
        {
            Add(string.Join(' ', present), SafeHarborIdentifier.Names);
        }

        foreach (var part in present.SelectMany(p => p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Append(string.Join(' ', present)))
        {
            if (part.Length >= 2)
            {
                Add(part, SafeHarborIdentifier.Names);
            }
        }

        return this;
    }

    /// <summary>Adds an identifier value (account number, member id, street line, city, phone).</summary>
    public KnownIdentifiers Add(string? value, SafeHarborIdentifier kind)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Trim().Length >= 2 && !_values.Contains((value.Trim(), kind)))
        {
            _values.Add((value.Trim(), kind));
        }

        return this;
    }
}
