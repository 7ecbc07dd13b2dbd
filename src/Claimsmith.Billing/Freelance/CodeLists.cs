namespace Claimsmith.Billing;

/// <summary>Code lists as stored on <see cref="CodedChart"/> and <see cref="QualityReviewItem"/>: dotless, upper case, comma-separated.</summary>
public static class CodeLists
{
    /// <summary>The distinct normalized codes of <paramref name="codes"/>.</summary>
    public static IReadOnlySet<string> Parse(string? codes) =>
        (codes ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>The stored form of a list of codes (normalized, distinct, in the order given).</summary>
    public static string Format(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return string.Join(',', codes.Select(Normalize).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Upper case without dots or spaces.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
