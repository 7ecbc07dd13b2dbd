using Claimsmith.Billing;

namespace Claimsmith.Web.Common;

/// <summary>
/// Collects field-level errors for an RFC 7807 validation problem (<c>errors</c> keyed by
/// field path) while parsing request text into domain values.
/// </summary>
internal sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void AddIssues(IEnumerable<BillingIssue> issues)
    {
        foreach (var i in issues)
        {
            Add(i.Location, $"{i.Message} ({i.Code})");
        }
    }

    public string Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
            return "";
        }

        if (value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return value.Trim();
    }

    public string? Optional(string field, string? value, int maxLength = 200)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public delegate bool TryParser<T>(ReadOnlySpan<char> text, out T value);

    public T Code<T>(string field, string? value, TryParser<T> parse, string what)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
            return default;
        }

        if (!parse(value, out var parsed))
        {
            Add(field, $"'{value}' is not a valid {what}.");
        }

        return parsed;
    }

    public T? OptionalCode<T>(string field, string? value, TryParser<T> parse, string what)
        where T : struct =>
        string.IsNullOrWhiteSpace(value) ? null : Code(field, value, parse, what);

    public string Digits(string field, string? value, int length, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Required.");
            }

            return "";
        }

        if (value.Length != length || !value.All(char.IsAsciiDigit))
        {
            Add(field, $"Must be {length} digits.");
        }

        return value;
    }

    public Address Address(string field, AddressDto? dto)
    {
        if (dto is null)
        {
            Add(field, "Required.");
            return new Address();
        }

        var state = Required($"{field}.state", dto.State, 2);
        var zip = Required($"{field}.postalCode", dto.PostalCode, 10);
        if (zip.Length > 0 && !(zip.Length is 5 or 9 && zip.All(char.IsAsciiDigit)))
        {
            Add($"{field}.postalCode", "ZIP code must be 5 or 9 digits.");
        }

        return new Address
        {
            Line1 = Required($"{field}.line1", dto.Line1, 55),
            Line2 = Optional($"{field}.line2", dto.Line2, 55),
            City = Required($"{field}.city", dto.City, 30),
            State = state.ToUpperInvariant(),
            PostalCode = zip,
        };
    }
}
