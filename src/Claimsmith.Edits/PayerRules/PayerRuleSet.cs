using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.CodeSets.Importing;

namespace Claimsmith.Edits.PayerRules;

/// <summary>
/// Payers and their rules, written as JSON by users:
/// <code>
/// { "payers": [ { "payerId": "87726", "timelyFilingDays": 90 } ],
///   "rules": [ { "id": "UHC-PT-GP", "payers": ["87726"], "codes": ["97110-97546"],
///                "action": "require-modifier", "modifier": "GP",
///                "message": "Therapy services need GP" } ] }
/// </code>
/// </summary>
public sealed record PayerRuleSet
{
    /// <summary>An empty rule set.</summary>
    public static readonly PayerRuleSet Empty = new();

    /// <summary>Payer profiles (timely filing).</summary>
    public IReadOnlyList<PayerProfile> Payers { get; init; } = [];

    /// <summary>Rules in the order they run.</summary>
    public IReadOnlyList<PayerRule> Rules { get; init; } = [];

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    /// <summary>Reads a rule set from JSON; malformed input gives issues and an empty or partial set, never an exception.</summary>
    public static (PayerRuleSet RuleSet, IReadOnlyList<ImportIssue> Issues) Parse(string json, string fileName = "rules.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        var issues = new List<ImportIssue>();
        PayerRuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<PayerRuleSet>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            issues.Add(new ImportIssue("rules.json-invalid", fileName, (int)(ex.LineNumber ?? 0) + 1, ex.Message));
            return (Empty, issues);
        }

        if (set is null)
        {
            issues.Add(new ImportIssue("rules.json-invalid", fileName, 0, "the file holds no rule set"));
            return (Empty, issues);
        }

        var good = new List<PayerRule>(set.Rules.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in set.Rules)
        {
            var problem = Check(r, ids);
            if (problem is null)
            {
                good.Add(r);
            }
            else
            {
                issues.Add(new ImportIssue("rules.rule-invalid", fileName, 0, $"rule '{r.Id}': {problem}"));
            }
        }

        return (set with { Rules = good }, issues);
    }

    /// <summary>Writes the rule set as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static string? Check(PayerRule r, HashSet<string> ids)
    {
        if (string.IsNullOrWhiteSpace(r.Id))
        {
            return "an id is required";
        }

        if (!ids.Add(r.Id))
        {
            return "the id is used twice";
        }

        if (r.Action == PayerRuleAction.RequireModifier && string.IsNullOrWhiteSpace(r.Modifier))
        {
            return "require-modifier needs \"modifier\"";
        }

        foreach (var c in r.Codes.Concat(r.Diagnoses))
        {
            if (!CodePattern.TryParse(c, out _))
            {
                return $"'{c}' is not a code, range (A-B) or prefix (X*)";
            }
        }

        return null;
    }
}
