using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets;
using Claimsmith.Coding.Guidelines;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Knowledge;

/// <summary>
/// The rule-based pass: vocabulary matches, their assertions, refinement to billable codes,
/// the guideline treatment of each assertion, most-specific pruning and combination codes.
/// </summary>
internal sealed class KnowledgeCoder
{
    private readonly Lexicon _lexicon;
    private readonly CodeRefiner _refiner;

    public KnowledgeCoder(CodeSetSnapshot snapshot)
    {
        // The refiner and the vocabulary both read every tabular description: stem each text once.
        var stems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] StemsOf(string text)
        {
            if (!stems.TryGetValue(text, out var s))
            {
                stems[text] = s = Lexicon.StemsOf(text);
            }

            return s;
        }

        _refiner = new CodeRefiner(snapshot, StemsOf);
        _lexicon = Lexicon.Build(snapshot, StemsOf);
    }

    public CodeRefiner Refiner => _refiner;

    public int VocabularySize => _lexicon.Count;

    public Dictionary<(CodeSystem, string), Candidate> Code(NoteText note, CareSetting setting, PatientSex sex, List<ExcludedFinding> excluded, List<CodingIssue> issues)
    {
        var candidates = new Dictionary<(CodeSystem, string), Candidate>();
        // Each sentence's stems, gathered when a match in it first needs refining.
        var sentenceStems = new StemSet?[note.Sentences.Length];
        StemSet StemsOf(int s)
        {
            if (sentenceStems[s] is not { } set)
            {
                var (first, end) = note.Sentences[s];
                sentenceStems[s] = set = StemSet.Of(note.Tokens, first, end);
            }

            return set;
        }

        Candidate Get(CodeSystem system, string code)
        {
            ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(candidates, (system, code), out _);
            return c ??= new Candidate(code, system);
        }

        foreach (var m in _lexicon.Match(note))
        {
            var stems = StemsOf(m.Sentence);
            var code = m.Term.System == CodeSystem.Icd10Cm
                ? _refiner.Refine(m.Term.Code, stems, CodeRefiner.Episode(stems))
                : m.Term.Code;
            if (code is null)
            {
                continue;
            }

            var lo = m.Tokens.Min();
            var hi = m.Tokens.Max();
            var start = note.Tokens[lo].Start;
            var end = note.Tokens[hi].Start + note.Tokens[hi].Length;
            var length = end - start;
            var c = Get(m.Term.System, code);
            c.AnyScore = Math.Max(c.AnyScore, m.Score);
            c.FirstToken = Math.Min(c.FirstToken, lo);
            var counts = m.Assertion == Assertion.Present || (m.Assertion == Assertion.Uncertain && setting == CareSetting.Inpatient);
            switch (m.Assertion)
            {
                case Assertion.Present: c.Present++; break;
                case Assertion.Negated: c.Negated++; break;
                case Assertion.Family: c.Family++; break;
                case Assertion.Historical: c.Historical++; break;
                case Assertion.Hypothetical: c.Hypothetical++; break;
                case Assertion.Uncertain: c.Uncertain++; break;
            }

            if (counts)
            {
                if (m.Score > c.Score || c.Term.Length == 0)
                {
                    c.Term = m.Term.Text;
                    c.Source = m.Term.Source;
                    c.TermStems = m.Term.Stems.Length;
                }

                c.Score = Math.Max(c.Score, m.Score);
                if (c.WantsEvidence(start, length))
                {
                    // The span's text is cut from the note only when it is kept.
                    c.AddEvidence(new EvidenceSpan(start, length, note.Text[start..end]));
                }

                foreach (var t in m.Tokens)
                {
                    c.EvidenceTokens.Add(t);
                }

                if (code != m.Term.Code && !c.HasGuideline(GuidelineText.Specificity))
                {
                    c.AddGuideline(code.Length == 7 && m.Term.Code.Length < 6 ? GuidelineText.SeventhCharacter : GuidelineText.Specificity);
                }

                if (m.Assertion == Assertion.Uncertain && !c.HasGuideline(GuidelineText.UncertainInpatient))
                {
                    c.AddGuideline(GuidelineText.UncertainInpatient);
                }

                continue;
            }

            var (guideline, z) = m.Assertion switch
            {
                Assertion.Negated => (GuidelineText.Negated, null),
                Assertion.Hypothetical => (GuidelineText.Hypothetical, null),
                Assertion.Family => (GuidelineText.Family, m.Term.System == CodeSystem.Icd10Cm ? HistoryCodes.Family(code) : null),
                Assertion.Historical => (GuidelineText.Historical, m.Term.System == CodeSystem.Icd10Cm ? HistoryCodes.Personal(code) : null),
                _ => (GuidelineText.UncertainOutpatient, (string?)null),
            };
            if (excluded.Count < 200 && !IsExcluded(excluded, code, start, length))
            {
                excluded.Add(new ExcludedFinding(_refiner.Display(m.Term.System, code), m.Assertion, new EvidenceSpan(start, length, note.Text[start..end]), guideline));
            }

            if (z is not null && _refiner.IsBillable(CodeSystem.Icd10Cm, z))
            {
                var h = Get(CodeSystem.Icd10Cm, z);
                h.FromRule = true;
                h.Present++;
                h.Score = Math.Max(h.Score, m.Score);
                h.AnyScore = Math.Max(h.AnyScore, m.Score);
                h.FirstToken = Math.Min(h.FirstToken, lo);
                if (h.Term.Length == 0)
                {
                    h.Term = m.Term.Text;
                    h.Source = SuggestionSource.GuidelineRule;
                    h.AddGuideline(guideline);
                }

                if (h.WantsEvidence(start, length))
                {
                    h.AddEvidence(new EvidenceSpan(start, length, note.Text[start..end]));
                }

                h.Coded = true;
            }
        }

        foreach (var c in candidates.Values)
        {
            if (c.Score > 0)
            {
                c.Coded = true;
            }
        }

        PruneLessSpecific(candidates);
        ApplyCombinations(candidates);

        foreach (var c in candidates.Values)
        {
            if (c.Coded && SexEdits.Conflicts(c.Code, sex))
            {
                c.Coded = false;
                issues.Add(new CodingIssue("CAC010", c.Code, $"{_refiner.Display(c.System, c.Code)} is not coded: {GuidelineText.SexEdit}."));
            }
        }

        return candidates;
    }

    /// <summary>
    /// Whether a finding for <paramref name="code"/> at these offsets is already listed (the same
    /// words: the evidence text follows from the offsets). Compared as the list compared before,
    /// code against the listed display code.
    /// </summary>
    private static bool IsExcluded(List<ExcludedFinding> excluded, string code, int start, int length)
    {
        foreach (var e in excluded)
        {
            if (e.Code == code && e.Evidence.Start == start && e.Evidence.Length == length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A code whose supporting words are all part of a longer match in the same category is
    /// the less specific reading of the same phrase (I.B.7): "renal colic" also matches
    /// "colic"; only the longer one is reported.
    /// </summary>
    private static void PruneLessSpecific(Dictionary<(CodeSystem, string), Candidate> candidates)
    {
        var coded = new List<Candidate>();
        foreach (var c in candidates.Values)
        {
            if (c.Coded && !c.FromRule && c.HasEvidenceTokens)
            {
                coded.Add(c);
            }
        }

        foreach (var a in coded)
        {
            foreach (var b in coded)
            {
                if (ReferenceEquals(a, b) || a.System != b.System || !b.Coded)
                {
                    continue;
                }

                var sameFamily = a.Code.Length >= 3 && b.Code.Length >= 3 && (a.Code[..3] == b.Code[..3] || a.Code[0] == 'R');
                if (sameFamily && a.TokensProperSubsetOf(b))
                {
                    a.Coded = false;
                    break;
                }
            }
        }
    }

    private void ApplyCombinations(Dictionary<(CodeSystem, string), Candidate> candidates)
    {
        var coded = candidates.Values.Where(c => c.Coded && c.System == CodeSystem.Icd10Cm).Select(c => c.Code).ToList();
        foreach (var change in CombinationRules.Apply(coded))
        {
            if (!_refiner.IsBillable(CodeSystem.Icd10Cm, change.Added))
            {
                continue;
            }

            if (!candidates.TryGetValue((CodeSystem.Icd10Cm, change.Added), out var added))
            {
                candidates[(CodeSystem.Icd10Cm, change.Added)] = added = new Candidate(change.Added, CodeSystem.Icd10Cm);
            }

            added.FromRule = true;
            added.Coded = true;
            added.Source = SuggestionSource.GuidelineRule;
            added.AddGuideline(change.Guideline);
            var terms = new List<string>();
            foreach (var from in change.From)
            {
                if (candidates.TryGetValue((CodeSystem.Icd10Cm, from), out var f))
                {
                    added.Score = Math.Max(added.Score, f.Score);
                    added.AnyScore = Math.Max(added.AnyScore, f.AnyScore);
                    added.Present += f.Present;
                    added.FirstToken = Math.Min(added.FirstToken, f.FirstToken);
                    foreach (var e in f.Evidence)
                    {
                        added.AddEvidence(e);
                    }

                    if (f.Term.Length > 0 && !terms.Contains(f.Term))
                    {
                        terms.Add(f.Term);
                    }
                }
            }

            added.Term = string.Join(" + ", terms);

            // Hypertensive categories take one code each: the combination replaces a less complete
            // reading in the same category ("hypertensive heart disease" I11.9 once heart failure makes it I11.0).
            if (change.Added[0] == 'I')
            {
                foreach (var other in candidates.Values)
                {
                    if (other != added && other.Coded && other.System == CodeSystem.Icd10Cm && other.Code.Length >= 3
                        && string.CompareOrdinal(other.Code, 0, change.Added, 0, 3) == 0)
                    {
                        other.Coded = false;
                    }
                }
            }
            foreach (var r in change.Removed)
            {
                if (candidates.TryGetValue((CodeSystem.Icd10Cm, r), out var removed))
                {
                    removed.Coded = false;
                }
            }
        }
    }
}
