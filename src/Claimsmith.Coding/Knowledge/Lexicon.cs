using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Knowledge;

/// <summary>
/// The coding vocabulary: tabular descriptions and inclusion terms, index and neoplasm table
/// entries, and the clinical synonyms; matched against each sentence as bags of stems (the
/// words of a term may come in any order, as index entries invert them: "Colic, renal").
/// </summary>
internal sealed class Lexicon
{
    private const int MaxTermStems = 7;

    private static readonly string[] MalignantContext = ["carcinoma", "cancer", "malignant", "malignancy", "adenocarcinoma", "sarcoma", "neoplasm", "tumor", "tumour", "carcinom", "malign", "lymphoma"];
    private static readonly string[] SecondaryContext = ["metastasis", "metastases", "metastatic", "secondary"];
    private static readonly string[] BenignContext = ["benign", "adenoma", "fibroma", "lipoma", "cyst", "papilloma", "leiomyoma", "hemangioma"];

    private readonly Term[] _terms;
    private readonly float[] _termIdf;
    private readonly Dictionary<string, float> _idf;

    // Terms by the number of their key (rarest) stem; null where no term has that key. Every stem
    // of a term or context is numbered when the vocabulary is built, so a note's stem numbered
    // later (at or past this length) is in no term.
    private readonly int[]?[] _byKey;
    private readonly System.Collections.Concurrent.ConcurrentBag<MatchScratch> _scratch = [];

    private Lexicon(List<Term> terms)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            foreach (var s in t.Stems)
            {
                df[s] = df.GetValueOrDefault(s) + 1;
            }
        }

        var n = Math.Max(1, terms.Count);
        _idf = df.ToDictionary(p => p.Key, p => (float)Math.Log((double)n / p.Value), StringComparer.Ordinal);
        var ordered = new List<Term>(terms.Count);
        var keys = new Dictionary<int, List<int>>();
        var limit = 0;
        // Rarest stem first, ties in ordinal order (a total order: a term's stems are distinct).
        Comparison<string> rarestFirst = (a, b) =>
        {
            var byFrequency = df[a].CompareTo(df[b]);
            return byFrequency != 0 ? byFrequency : string.CompareOrdinal(a, b);
        };
        foreach (var t in terms)
        {
            // Rarest stem first: it keys the term, so a sentence only checks terms whose rarest word it has.
            var stems = (string[])t.Stems.Clone();
            Array.Sort(stems, rarestFirst);
            var ids = Array.ConvertAll(stems, WordPool.StemId);
            var context = t.Context is null ? null : Array.ConvertAll(t.Context, WordPool.StemId);
            limit = Math.Max(limit, ids.Max() + 1);
            if (context is { Length: > 0 })
            {
                limit = Math.Max(limit, context.Max() + 1);
            }

            var term = t with { Stems = stems, StemIds = ids, ContextIds = context };
            if (!keys.TryGetValue(ids[0], out var list))
            {
                keys[ids[0]] = list = [];
            }

            list.Add(ordered.Count);
            ordered.Add(term);
        }

        _terms = [.. ordered];
        _termIdf = [.. _terms.Select(t => t.Stems.Sum(Idf))];
        _byKey = new int[]?[limit];
        foreach (var (key, list) in keys)
        {
            _byKey[key] = [.. list];
        }
    }

    /// <summary>
    /// Per-thread scratch for <see cref="Match"/>: the position of each stem in the current
    /// sentence, valid where its stamp equals the sentence's generation (no clearing per sentence).
    /// </summary>
    private sealed class MatchScratch(int stems)
    {
        public readonly int[] Stamp = new int[stems];
        public readonly int[] Position = new int[stems];
        public readonly List<int> Order = new(64);
        public int Generation;

        public int NextGeneration()
        {
            if (Generation == int.MaxValue)
            {
                Array.Clear(Stamp);
                Generation = 0;
            }

            return ++Generation;
        }
    }

    public int Count => _terms.Length;

    public float Idf(string stem) => _idf.GetValueOrDefault(stem, 8f);

    /// <summary>Builds the vocabulary from a snapshot (descriptions, inclusion and index terms) plus the synonyms.</summary>
    public static Lexicon Build(CodeSetSnapshot snapshot) => Build(snapshot, StemsOf);

    /// <summary><see cref="Build(CodeSetSnapshot)"/> with the stems of a text from <paramref name="stemsOf"/> (shared with the refiner, which reads the same descriptions).</summary>
    public static Lexicon Build(CodeSetSnapshot snapshot, Func<string, string[]> stemsOf)
    {
        var terms = new List<Term>(200_000);
        var seen = new HashSet<(string, string)>();
        void Add(string text, string code, CodeSystem system, SuggestionSource source, string[]? context = null, int max = MaxTermStems)
        {
            var stems = stemsOf(text);
            if (stems.Length == 0 || stems.Length > max || !seen.Add((string.Join(' ', stems.Order(StringComparer.Ordinal)) + "|" + system, code)))
            {
                return;
            }

            terms.Add(new Term(stems, code, system, source, text, context));
        }

        foreach (var (phrase, code) in ClinicalSynonyms.Diagnoses)
        {
            var dotless = code.Replace(".", "", StringComparison.Ordinal);
            if (snapshot.TryFind(CodeSystem.Icd10Cm, dotless, out _))
            {
                Add(phrase, dotless, CodeSystem.Icd10Cm, SuggestionSource.Synonym);
            }
        }

        foreach (var (phrase, code) in ClinicalSynonyms.Procedures)
        {
            if (snapshot.TryFind(CodeSystem.Icd10Pcs, code, out var e) && e.IsBillable)
            {
                Add(phrase, code, CodeSystem.Icd10Pcs, SuggestionSource.Synonym);
            }
        }

        // Whether a parent lists 7th characters, once per parent: its codes with the A, D and S
        // episodes (and more) ask about the same parent.
        var parents = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool HasSeventhCharacters(CodeEntry parent)
        {
            if (!parents.TryGetValue(parent.Code, out var has))
            {
                parents[parent.Code] = has = parent.GetSeventhCharacters().Count > 0;
            }

            return has;
        }

        foreach (var entry in snapshot.Enumerate(CodeSystem.Icd10Cm))
        {
            if (entry.Kind != EntryKind.Code)
            {
                continue;
            }

            var code = entry.Code;

            // A 7th-character code repeats its parent's words plus the episode of care; the
            // refiner chooses the character from the note (I.C.19.a), so only the parent is a term.
            var seventh = code.Length == 7 && entry.Parent is { } parent && HasSeventhCharacters(parent);
            if (entry.LongDescription is { } d && !seventh)
            {
                Add(d, code, CodeSystem.Icd10Cm, SuggestionSource.TabularDescription);
            }

            foreach (var note in entry.OwnNotes)
            {
                if (note.Kind == NoteKind.InclusionTerm)
                {
                    Add(note.Text, code, CodeSystem.Icd10Cm, SuggestionSource.InclusionTerm);
                }
            }
        }

        foreach (var entry in snapshot.Enumerate(CodeSystem.Icd10Pcs))
        {
            if (entry.Kind == EntryKind.Code && entry.IsBillable && entry.LongDescription is { } d)
            {
                Add(d, entry.Code, CodeSystem.Icd10Pcs, SuggestionSource.TabularDescription, null, 5);
            }
        }

        foreach (var hit in snapshot.EnumerateIndexTerms())
        {
            AddIndexTerm(hit, Add);
        }

        return new Lexicon(terms);
    }

    private static void AddIndexTerm(IndexTermHit hit, Action<string, string, CodeSystem, SuggestionSource, string[]?, int> add)
    {
        if (hit.Code.StartsWith("see", StringComparison.Ordinal) || hit.Source is IndexSource.ExternalCause or IndexSource.DrugTable)
        {
            // Drug table columns are poisonings/adverse effects and external causes need the event
            // described; a drug name alone in a note is a medication list, not a code.
            return;
        }

        var code = hit.Code.TrimEnd('-').Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        if (code.Length < 3)
        {
            return;
        }

        var text = hit.Text;
        string[]? context = null;
        if (hit.Source == IndexSource.NeoplasmTable)
        {
            // "kidney (Malignant Primary)": the column becomes a context requirement, the site is the term.
            var paren = text.LastIndexOf('(');
            var column = paren >= 0 ? text[paren..].ToUpperInvariant() : "";
            text = paren >= 0 ? text[..paren] : text;
            text = text.Replace("Neoplasm", "", StringComparison.OrdinalIgnoreCase);
            context = column.Contains("SECONDARY", StringComparison.Ordinal) ? SecondaryContext
                : column.Contains("PRIMARY", StringComparison.Ordinal) ? MalignantContext
                : column.Contains("BENIGN", StringComparison.Ordinal) ? BenignContext
                : null;
            if (context is null)
            {
                return;
            }

            context = [.. context.Select(c => Stemmer.Stem(c))];
        }

        add(text, code, CodeSystem.Icd10Cm, SuggestionSource.IndexTerm, context, MaxTermStems);
    }

    public static string[] StemsOf(string text)
    {
        var result = new List<string>(6);
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            // Lower-cased into a stack buffer and looked up in the word pool: no substring per word.
            var word = i - start <= buffer.Length
                ? WordPool.Get(buffer[..text.AsSpan(start, i - start).ToLowerInvariant(buffer)])
                : WordPool.Get(text[start..i].ToLowerInvariant());
            var lower = word.Lower;
            if (word.IsStopWord || Vocabulary.ClassificationWords.Contains(lower) || !Vocabulary.IsMatchWord(lower))
            {
                continue;
            }

            var stem = word.Stem;
            if (!result.Contains(stem))
            {
                result.Add(stem);
            }
        }

        return [.. result];
    }

    /// <summary>Whether the sentence has one of the context stems (a loop: no delegate per neoplasm term).</summary>
    private static bool AnyIn(int[] context, int[] stamp, int generation)
    {
        foreach (var c in context)
        {
            if (stamp[c] == generation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All terms found in the note, sentence by sentence.</summary>
    public List<TermMatch> Match(NoteText note)
    {
        if (!_scratch.TryTake(out var scratch))
        {
            scratch = new MatchScratch(_byKey.Length);
        }

        try
        {
            return MatchWith(note, scratch);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private List<TermMatch> MatchWith(NoteText note, MatchScratch scratch)
    {
        var matches = new List<TermMatch>();
        var stamp = scratch.Stamp;
        var positions = scratch.Position;
        var order = scratch.Order;
        var byKey = _byKey;
        var tokens = note.Tokens;
        Span<int> buffer = stackalloc int[MaxTermStems + 1];
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            var (first, end) = note.Sentences[s];
            var generation = scratch.NextGeneration();
            order.Clear();

            // The sentence's stems in order of first appearance (stop words skipped), with that
            // first position: the order terms are tried in, and so the order of the matches.
            for (var i = first; i < end; i++)
            {
                var id = tokens[i].StemId;
                if ((uint)id >= (uint)byKey.Length || tokens[i].IsStopWord || stamp[id] == generation)
                {
                    continue;
                }

                stamp[id] = generation;
                positions[id] = i;
                order.Add(id);
            }

            foreach (var key in order)
            {
                if (byKey[key] is not { } candidates)
                {
                    continue;
                }

                var keyPosition = positions[key];
                foreach (var termId in candidates)
                {
                    // Most terms fail on their second stem: check into a stack buffer, allocate only for a match.
                    // The first stem is the key, present at keyPosition: the check starts at the second.
                    var term = _terms[termId];
                    var ids = term.StemIds;
                    var found = buffer[..ids.Length];
                    found[0] = keyPosition;
                    var ok = true;
                    int lo = keyPosition, hi = keyPosition;
                    for (var k = 1; k < ids.Length; k++)
                    {
                        var sid = ids[k];
                        if (stamp[sid] != generation)
                        {
                            ok = false;
                            break;
                        }

                        var position = positions[sid];
                        found[k] = position;
                        lo = Math.Min(lo, position);
                        hi = Math.Max(hi, position);
                    }

                    if (!ok || (term.ContextIds is { } ctx && !AnyIn(ctx, stamp, generation)))
                    {
                        continue;
                    }

                    var spread = hi - lo + 1 - found.Length;
                    if (spread > 3 + (2 * found.Length))
                    {
                        continue;
                    }

                    var matched = found.ToArray();
                    var score = _termIdf[termId] - (0.3f * spread);
                    var assertion = Assertion.Present;
                    foreach (var t in matched)
                    {
                        var a = note.Assertions[t];
                        if (a != Assertion.Present && (assertion == Assertion.Present || a == Assertion.Negated))
                        {
                            assertion = a;
                        }
                    }

                    matches.Add(new TermMatch(term, matched, score, assertion, s));
                }
            }
        }

        return matches;
    }
}
