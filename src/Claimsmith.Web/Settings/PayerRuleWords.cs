using System.Globalization;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Web.Settings;

/// <summary>A payer rule in plain words: when it applies and what it does to the claim.</summary>
internal static class PayerRuleWords
{
    public static string Describe(PayerRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var when = new List<string>();
        if (rule.Kind is { } kind)
        {
            when.Add($"on {kind.ToString().ToLowerInvariant()} claims");
        }

        if (rule.Codes.Count > 0)
        {
            when.Add($"for procedure code {List(rule.Codes, "or")}");
        }

        if (rule.Diagnoses.Count > 0)
        {
            when.Add($"when a diagnosis is {List(rule.Diagnoses, "or")}");
        }

        if (rule.ModifiersAny.Count > 0)
        {
            when.Add($"when the line has modifier {List(rule.ModifiersAny, "or")}");
        }

        if (rule.ModifiersNone.Count > 0)
        {
            when.Add($"when the line has no modifier {List(rule.ModifiersNone, "or")}");
        }

        if (rule.PlacesOfService.Count > 0)
        {
            when.Add($"at place of service {List(rule.PlacesOfService, "or")}");
        }

        if (rule.MinAge is { } min && rule.MaxAge is { } max)
        {
            when.Add($"for patients aged {min} to {max}");
        }
        else if (rule.MinAge is { } atLeast)
        {
            when.Add($"for patients aged {atLeast} or older");
        }
        else if (rule.MaxAge is { } atMost)
        {
            when.Add($"for patients aged {atMost} or younger");
        }

        if (rule.Sex is { } sex)
        {
            when.Add($"for {sex.ToString().ToLowerInvariant()} patients");
        }

        if (rule.MinUnits is { } minUnits)
        {
            when.Add($"with {Number(minUnits)} or more units");
        }

        if (rule.UnitsOver is { } over)
        {
            when.Add($"with more than {Number(over)} units");
        }

        var action = rule.Action switch
        {
            PayerRuleAction.Error => "the claim stops with an error",
            PayerRuleAction.Warn => "the scrubber warns (the claim may still go)",
            PayerRuleAction.RequireModifier => $"the claim stops unless the line has modifier {rule.Modifier}",
            PayerRuleAction.RequireAuthorization => "the claim stops unless it carries a prior authorization number",
            _ => rule.Action.ToString(),
        };
        var condition = when.Count == 0 ? "On every claim" : Capitalize(string.Join(", ", when));
        return $"{condition}: {action}.";
    }

    private static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} {conjunction} {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };

    private static string Number(decimal d) => d.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
