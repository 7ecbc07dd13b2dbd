using System.Collections.Frozen;

namespace Claimsmith.Coding.Text;

/// <summary>
/// NegEx-style context: trigger phrases open a scope over the following (or, for post
/// triggers, preceding) words of the same sentence, closed early by a terminator ("but").
/// The guideline behind each assertion: negated and hypothetical findings are not coded;
/// family history goes to Z80-Z84; resolved conditions to personal history Z85-Z87
/// (ICD-10-CM I.C.21.c.4); uncertain diagnoses are coded as established only for inpatients
/// (II.H, III.C) and as their symptoms for outpatients (IV.H).
/// </summary>
internal static class AssertionDetector
{
    private sealed record Trigger(string[] Words, Assertion Assertion, bool Post, int Scope);

    // Triggers by their first word, longest first within each word (the order Build gives):
    // a token that starts no trigger costs one lookup instead of a comparison per trigger.
    private static readonly FrozenDictionary<string, Trigger[]> TriggersByFirstWord =
        Build().GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly HashSet<string> Terminators = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "except", "apart", "aside", "whereas", "yet", "now", "currently", "presents",
        "presented", "complains", "reports", "admitted", "diagnosed", "shows", "showed", "revealed", "reveals", "which",
    };

    private static Trigger[] Build()
    {
        var list = new List<Trigger>();
        void Add(Assertion a, bool post, int scope, params string[] phrases)
        {
            foreach (var p in phrases)
            {
                list.Add(new Trigger(p.Split(' '), a, post, scope));
            }
        }

        Add(Assertion.Negated, false, 10, "no", "not", "denies", "denied", "deny", "without", "negative for", "no evidence of",
            "no signs of", "absence of", "absent", "free of", "ruled out", "rules out", "excluded", "never", "nor", "neither",
            "resolution of", "did not", "does not", "no history of");
        Add(Assertion.Negated, true, 6, "was ruled out", "were ruled out", "is ruled out", "was excluded", "were excluded",
            "negative", "not seen", "not found", "was absent", "were absent", "not detected", "unremarkable");
        Add(Assertion.Family, false, 40, "family history", "family history of", "fh", "mother", "father", "brother", "sister",
            "sibling", "siblings", "maternal", "paternal", "grandmother", "grandfather", "aunt", "uncle", "cousin", "son", "daughter",
            "relatives", "familial history");
        Add(Assertion.Hypothetical, false, 8, "if", "should", "in case", "risk of", "at risk for", "return if", "to prevent",
            "prophylaxis of", "prevention of", "in the event");
        Add(Assertion.Historical, false, 8, "history of", "personal history of", "past medical history", "past history of", "pmh",
            "h o", "previous", "previously", "prior", "status post", "s p", "resolved", "remote", "childhood", "years ago",
            "in the past", "formerly", "former");
        Add(Assertion.Historical, true, 5, "resolved", "in the past", "years ago", "in remission");
        Add(Assertion.Uncertain, false, 6, "probable", "probably", "suspected", "suspect", "suspicion of", "suspicious for",
            "possible", "possibly", "likely", "rule out", "r o", "questionable", "query", "consistent with", "compatible with",
            "suggestive of", "suggesting", "differential diagnosis", "cannot be excluded", "presumed", "presumptive");
        Add(Assertion.Uncertain, true, 5, "cannot be ruled out", "cannot be excluded", "is suspected", "was suspected",
            "is likely", "is probable", "not excluded");

        // Longer phrases first so "no evidence of" wins over "no", "family history" over "history of".
        return [.. list.OrderByDescending(t => t.Words.Length)];
    }

    /// <summary>Which assertion wins when scopes overlap: the more restrictive one.</summary>
    private static int Rank(Assertion a) => a switch
    {
        Assertion.Negated => 5,
        Assertion.Family => 4,
        Assertion.Hypothetical => 3,
        Assertion.Historical => 2,
        Assertion.Uncertain => 1,
        _ => 0,
    };

    public static Assertion[] Detect(string text, Token[] tokens, List<(int First, int End)> sentences)
    {
        var result = new Assertion[tokens.Length];
        foreach (var (first, end) in sentences)
        {
            var i = first;
            while (i < end)
            {
                var matched = Match(tokens, i, end);
                if (matched is null)
                {
                    i++;
                    continue;
                }

                var len = matched.Words.Length;
                if (matched.Post)
                {
                    // Backwards to the clause start (a comma or the sentence start).
                    var stop = Math.Max(first, i - matched.Scope);
                    for (var j = i - 1; j >= stop; j--)
                    {
                        if (Terminators.Contains(tokens[j].Lower) || HasCommaBetween(text, tokens[j], tokens[j + 1]))
                        {
                            if (!HasCommaBetween(text, tokens[j], tokens[j + 1]))
                            {
                                break;
                            }

                            Set(result, j + 1, matched.Assertion);
                            break;
                        }

                        Set(result, j, matched.Assertion);
                    }
                }
                else
                {
                    var stop = Math.Min(end, i + len + matched.Scope);
                    for (var j = i + len; j < stop; j++)
                    {
                        if (Terminators.Contains(tokens[j].Lower))
                        {
                            break;
                        }

                        Set(result, j, matched.Assertion);
                    }
                }

                i += len;
            }
        }

        return result;
    }

    private static bool HasCommaBetween(string text, Token a, Token b)
    {
        for (var k = a.Start + a.Length; k < b.Start; k++)
        {
            if (text[k] is ',' or ':' or '(' or ')')
            {
                return true;
            }
        }

        return false;
    }

    private static void Set(Assertion[] result, int index, Assertion a)
    {
        if (Rank(a) > Rank(result[index]))
        {
            result[index] = a;
        }
    }

    private static Trigger? Match(Token[] tokens, int i, int end)
    {
        if (!TriggersByFirstWord.TryGetValue(tokens[i].Lower, out var candidates))
        {
            return null;
        }

        foreach (var t in candidates)
        {
            if (i + t.Words.Length > end)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < t.Words.Length; k++)
            {
                if (!string.Equals(tokens[i + k].Lower, t.Words[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return t;
            }
        }

        return null;
    }
}
