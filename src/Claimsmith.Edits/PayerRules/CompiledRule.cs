using Claimsmith.Edits.Claims;

namespace Claimsmith.Edits.PayerRules;

/// <summary>A payer rule made ready to evaluate without allocating.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(PayerRule rule)
    {
        Rule = rule;
        Payers = rule.Payers.Select(p => p.Trim()).ToArray();
        Codes = rule.Codes.Select(c => CodePattern.TryParse(c, out var p) ? p : throw new ArgumentException($"rule {rule.Id}: bad code '{c}'", nameof(rule))).ToArray();
        Diagnoses = rule.Diagnoses.Select(c => CodePattern.TryParse(c, out var p) ? p : throw new ArgumentException($"rule {rule.Id}: bad code '{c}'", nameof(rule))).ToArray();
        ModifiersAny = rule.ModifiersAny.Select(m => m.Trim().ToUpperInvariant()).ToArray();
        ModifiersNone = rule.ModifiersNone.Select(m => m.Trim().ToUpperInvariant()).ToArray();
        Places = rule.PlacesOfService.Select(p => p.Trim()).ToArray();
        RequiredModifier = rule.Modifier is { } m ? [m.Trim().ToUpperInvariant()] : [];
        IsLineRule = Codes.Length > 0 || ModifiersAny.Length > 0 || ModifiersNone.Length > 0 || rule.MinUnits is not null || rule.UnitsOver is not null
            || rule.Action == PayerRuleAction.RequireModifier;
        Source = rule.Source ?? $"Payer rule {rule.Id}";
        Fix = rule.Fix ?? rule.Action switch
        {
            PayerRuleAction.RequireModifier => $"Append modifier {rule.Modifier} when it applies, or correct the code.",
            PayerRuleAction.RequireAuthorization => "Obtain the payer's prior authorization and enter its number (REF*G1), or hold the claim.",
            _ => "Correct the claim as the payer's rule asks, or override with a reason.",
        };
    }

    public PayerRule Rule { get; }

    public string[] Payers { get; }

    public CodePattern[] Codes { get; }

    public CodePattern[] Diagnoses { get; }

    public string[] ModifiersAny { get; }

    public string[] ModifiersNone { get; }

    public string[] Places { get; }

    public string[] RequiredModifier { get; }

    public bool IsLineRule { get; }

    public string Source { get; }

    public string Fix { get; }

    public bool ClaimMatches(ScrubClaim claim, int? age, string[] dxCodes)
    {
        var r = Rule;
        if (r.Kind is { } k && k != claim.Kind)
        {
            return false;
        }

        if (Payers.Length > 0 && (claim.PayerId is null || Array.IndexOf(Payers, claim.PayerId.Trim()) < 0))
        {
            return false;
        }

        if ((r.MinAge is not null || r.MaxAge is not null) && (age is null || age < (r.MinAge ?? int.MinValue) || age > (r.MaxAge ?? int.MaxValue)))
        {
            return false;
        }

        if (r.Sex is { } sex && sex != claim.PatientSex)
        {
            return false;
        }

        if (Diagnoses.Length > 0 && !AnyMatch(Diagnoses, dxCodes))
        {
            return false;
        }

        return IsLineRule || Places.Length == 0 || (claim.PlaceOfService is { } pos && Array.IndexOf(Places, pos) >= 0);
    }

    public bool LineMatches(ScrubClaim claim, ScrubLine line, string upperCode)
    {
        if (Places.Length > 0)
        {
            var pos = line.PlaceOfService ?? claim.PlaceOfService;
            if (pos is null || Array.IndexOf(Places, pos) < 0)
            {
                return false;
            }
        }

        if (Codes.Length > 0)
        {
            var any = false;
            foreach (var p in Codes)
            {
                if (p.Matches(upperCode))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        if (ModifiersAny.Length > 0 && !HasAny(line.Modifiers, ModifiersAny))
        {
            return false;
        }

        if (ModifiersNone.Length > 0 && HasAny(line.Modifiers, ModifiersNone))
        {
            return false;
        }

        if (Rule.MinUnits is { } min && line.Units < min)
        {
            return false;
        }

        return Rule.UnitsOver is not { } over || line.Units > over;
    }

    internal static bool HasAny(IReadOnlyList<string> mods, string[] wanted)
    {
        for (var i = 0; i < mods.Count; i++)
        {
            foreach (var w in wanted)
            {
                if (string.Equals(mods[i], w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyMatch(CodePattern[] patterns, string[] codes)
    {
        foreach (var c in codes)
        {
            foreach (var p in patterns)
            {
                if (p.Matches(c))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
