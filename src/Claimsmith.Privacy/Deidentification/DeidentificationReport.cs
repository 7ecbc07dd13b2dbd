using System.Text.Json.Serialization;

namespace Claimsmith.Privacy.Deidentification;

/// <summary>
/// What a de-identification removed or generalised, per Safe Harbor identifier type: every
/// occurrence counted once, from record fields and from note text alike.
/// </summary>
public sealed class DeidentificationReport
{
    private readonly Dictionary<SafeHarborIdentifier, int> _removed = [];
    private readonly Dictionary<SafeHarborIdentifier, int> _generalized = [];

    /// <summary>Values deleted or replaced by a tag (a name, a phone number, a street).</summary>
    public IReadOnlyDictionary<SafeHarborIdentifier, int> Removed => _removed;

    /// <summary>Values kept in a coarser form (a date to its year, a ZIP to its first three digits, an age over 89 to 90+).</summary>
    public IReadOnlyDictionary<SafeHarborIdentifier, int> Generalized => _generalized;

    /// <summary>Records written (patients, encounters, claims).</summary>
    public int Records { get; set; }

    /// <summary>Notes whose text was scrubbed.</summary>
    public int Notes { get; set; }

    /// <summary>Total removals of <paramref name="identifier"/>.</summary>
    public int RemovedCount(SafeHarborIdentifier identifier) => _removed.GetValueOrDefault(identifier);

    /// <summary>Total generalisations of <paramref name="identifier"/>.</summary>
    public int GeneralizedCount(SafeHarborIdentifier identifier) => _generalized.GetValueOrDefault(identifier);

    /// <summary>Counts one removal.</summary>
    public void AddRemoved(SafeHarborIdentifier identifier, int count = 1) => _removed[identifier] = _removed.GetValueOrDefault(identifier) + count;

    /// <summary>Counts one generalisation.</summary>
    public void AddGeneralized(SafeHarborIdentifier identifier, int count = 1) => _generalized[identifier] = _generalized.GetValueOrDefault(identifier) + count;

    /// <summary>A JSON-friendly view: identifier names to counts.</summary>
    [JsonIgnore]
    public object Summary => new
    {
        method = "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)",
        records = Records,
        notes = Notes,
        removed = _removed.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value),
        generalized = _generalized.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value),
    };
}
