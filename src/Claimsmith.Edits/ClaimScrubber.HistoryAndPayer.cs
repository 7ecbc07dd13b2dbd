using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.Internal;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Edits;

public sealed partial class ClaimScrubber
{
    private void CheckHistory(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        if (_options.History is not { } history || claim.PatientId is null || s.FirstDate is not { } first || s.LastDate is not { } last)
        {
            return;
        }

        // 90 days back covers the longest global period (090).
        var prior = history.GetServices(claim.PatientId, first.AddDays(-90), last, claim.Id);
        if (prior.Count == 0)
        {
            return;
        }

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var p = s.Proc[i];
            if (p is null || s.Dates[i] is not { } date)
            {
                continue;
            }

            var mods = s.Mods[i];
            foreach (var ps in prior)
            {
                var sameProvider = ps.BillingNpi == claim.BillingNpi && (claim.RenderingNpi is null || ps.RenderingNpi is null || ps.RenderingNpi == claim.RenderingNpi);
                if (!sameProvider)
                {
                    continue;
                }

                // Duplicate: same patient, provider, date and service (repeat modifiers 76/77/91 declare a repeat).
                if (ps.Date == date && string.Equals(ps.ProcedureCode, p.Code, StringComparison.OrdinalIgnoreCase)
                    && (mods & (Mods.M76 | Mods.M77 | Mods.M91)) == 0 && SameModifiers(ps.Modifiers, line.Modifiers))
                {
                    Add(ref f, new Finding(RuleIds.Duplicate, Severity.Error, line.Number, $"{p.Code} on {date:yyyy-MM-dd} was already billed on claim {ps.ClaimId} by the same provider.", "Payer duplicate claim edit (CARC 18)", "Do not resend: check the earlier claim's status; for a correction send a replacement claim (frequency 7); for a true repeat append 76/77/91.", p.Code));
                    continue;
                }

                if (ps.Date >= date)
                {
                    continue;
                }

                var surgery = Proc(ps.ProcedureCode);
                var days = surgery.Global switch
                {
                    GlobalPeriod.Ten => 10,
                    GlobalPeriod.Ninety => 90,
                    _ => 0,
                };
                if (days == 0 || date.DayNumber - ps.Date.DayNumber > days)
                {
                    continue;
                }

                // The postoperative period of the earlier surgery: an E/M needs 24 (unrelated), a
                // procedure 58/78/79 (CMS Claims Processing Manual ch. 12 §40.1-40.4).
                if (p.IsEm && (mods & (Mods.M24 | Mods.M25 | Mods.M57 | Mods.M79)) == 0)
                {
                    Add(ref f, new Finding(RuleIds.GlobalPostOpEm, Severity.Error, line.Number, $"E/M {p.Code} on {date:yyyy-MM-dd} falls in the {days}-day global period of {surgery.Code} ({ps.Date:yyyy-MM-dd}, claim {ps.ClaimId}); postoperative visits are part of the surgical package.", $"{Mpfs}, global days {surgery.GlobalDays}; CMS Claims Processing Manual ch. 12 §40.1", "Append 24 when the visit was unrelated to the surgery (documented); otherwise do not bill it.", p.Code));
                }
                else if (p.IsSurgical && (mods & (Mods.M58 | Mods.M78 | Mods.M79)) == 0)
                {
                    Add(ref f, new Finding(RuleIds.GlobalPostOpEm, Severity.Error, line.Number, $"{p.Code} on {date:yyyy-MM-dd} falls in the {days}-day global period of {surgery.Code} ({ps.Date:yyyy-MM-dd}, claim {ps.ClaimId}).", $"{Mpfs}, global days {surgery.GlobalDays}; CMS Claims Processing Manual ch. 12 §40.2-40.4", "Append 58 (staged/related), 78 (return to the OR for a complication) or 79 (unrelated procedure).", p.Code));
                }
            }
        }
    }

    private static bool SameModifiers(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var found = false;
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private void CheckPayer(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        if (claim.PayerId is { } payerId && _payers.TryGetValue(payerId, out var profile) && profile.TimelyFilingDays is { } limit && s.FirstDate is { } first)
        {
            var today = DateOnly.FromDateTime(_options.Time.GetUtcNow().UtcDateTime);
            var age = today.DayNumber - first.DayNumber;
            if (age > limit)
            {
                Add(ref f, new Finding(RuleIds.TimelyFiling, Severity.Error, 0, $"The earliest date of service {first:yyyy-MM-dd} is {age} days ago; {profile.Name ?? payerId} accepts claims within {limit} days.", $"Payer timely filing limit ({profile.Name ?? payerId}, {limit} days)", "Send it only with proof of timely filing (an earlier acceptance report) or a delay reason code (CLM20); otherwise write it off.", null));
            }
            else if (age > limit - 14)
            {
                Add(ref f, new Finding(RuleIds.TimelyFiling, Severity.Warning, 0, $"Only {limit - age} days remain in {profile.Name ?? payerId}'s {limit}-day filing limit.", $"Payer timely filing limit ({profile.Name ?? payerId}, {limit} days)", "Send the claim now.", null));
            }
        }

        if (_rules.Length > 0)
        {
            EvaluateRules(claim, s.Age, _rules, ref f);
        }
    }

    internal static void EvaluateRules(ScrubClaim claim, int? age, CompiledRule[] rules, ref List<Finding>? f)
    {
        string[]? dx = null;
        foreach (var rule in rules)
        {
            if (rule.Diagnoses.Length > 0 && dx is null)
            {
                dx = new string[claim.Diagnoses.Count];
                for (var i = 0; i < dx.Length; i++)
                {
                    dx[i] = claim.Diagnoses[i].Code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
                }
            }

            if (!rule.ClaimMatches(claim, age, dx ?? []))
            {
                continue;
            }

            if (!rule.IsLineRule)
            {
                Fire(rule, claim, 0, null, ref f);
                continue;
            }

            for (var i = 0; i < claim.Lines.Count; i++)
            {
                var line = claim.Lines[i];
                var code = line.ProcedureCode ?? "";
                if (code.Length == 0 && rule.Codes.Length > 0)
                {
                    continue;
                }

                var upper = IsUpper(code) ? code : code.Trim().ToUpperInvariant();
                if (!rule.LineMatches(claim, line, upper))
                {
                    continue;
                }

                if (rule.Rule.Action == PayerRuleAction.RequireModifier && CompiledRule.HasAny(line.Modifiers, rule.RequiredModifier))
                {
                    continue;
                }

                Fire(rule, claim, line.Number, upper, ref f);
            }
        }
    }

    private static bool IsUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsAsciiLetterLower(c) || c == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static void Fire(CompiledRule rule, ScrubClaim claim, int line, string? code, ref List<Finding>? f)
    {
        var r = rule.Rule;
        switch (r.Action)
        {
            case PayerRuleAction.Error:
                Add(ref f, new Finding(r.Id, Severity.Error, line, r.Message, rule.Source, rule.Fix, code));
                break;
            case PayerRuleAction.Warn:
                Add(ref f, new Finding(r.Id, Severity.Warning, line, r.Message, rule.Source, rule.Fix, code));
                break;
            case PayerRuleAction.RequireModifier:
                Add(ref f, new Finding(r.Id, Severity.Error, line, r.Message, rule.Source, rule.Fix, code));
                break;
            case PayerRuleAction.RequireAuthorization:
                if (string.IsNullOrWhiteSpace(claim.PriorAuthorization))
                {
                    Add(ref f, new Finding(r.Id, Severity.Error, line, r.Message, rule.Source, rule.Fix, code));
                }

                break;
        }
    }
}
