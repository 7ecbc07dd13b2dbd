using System.Buffers;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.Coding.Guidelines;
using Claimsmith.Coding.Knowledge;
using Claimsmith.Coding.Learning;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding;

/// <summary>
/// Computer-assisted coding: reads a note and proposes ICD-10-CM (and, for inpatients,
/// ICD-10-PCS) codes with evidence and rationale. Works from the code-set knowledge alone;
/// with <see cref="CodingModels"/> a learned ranker re-scores the candidates. Thread-safe:
/// one engine serves concurrent requests.
/// </summary>
public sealed class CodingEngine
{
    /// <summary>Longest note coded; the rest is ignored with an issue.</summary>
    public const int MaxNoteLength = 200_000;

    private const double KnowledgeThreshold = 0.35;

    private readonly KnowledgeCoder _knowledge;
    private readonly CodingModels? _models;
    private readonly CodeSetSnapshot _snapshot;
    // Read on every suggestion pair and written once per code: a concurrent map reads without a lock.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(NoteKind Kind, CodeReference Reference)>> _sequencingNotes = new(StringComparer.Ordinal);

    /// <summary>Builds the vocabulary from <paramref name="snapshot"/> (about a second) and keeps the optional models.</summary>
    public CodingEngine(CodeSetSnapshot snapshot, CodingModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
        _knowledge = new KnowledgeCoder(snapshot);
        _models = models;
    }

    /// <summary>Number of vocabulary terms (descriptions, inclusion and index terms, synonyms).</summary>
    public int VocabularySize => _knowledge.VocabularySize;

    /// <summary>Whether learned models take part.</summary>
    public bool HasModels => _models is not null;

    internal KnowledgeCoder Knowledge => _knowledge;

    /// <summary>Codes a note.</summary>
    public CodingResult Suggest(CodingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issues = new List<CodingIssue>();
        var excluded = new List<ExcludedFinding>();
        var text = request.Text ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new CodingIssue("CAC001", "", "The note is empty; nothing to code."));
            return new CodingResult([], [], [], issues, false);
        }

        if (text.Length > MaxNoteLength)
        {
            issues.Add(new CodingIssue("CAC002", MaxNoteLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"The note is longer than {MaxNoteLength} characters; the rest is not coded."));
            text = text[..MaxNoteLength];
        }

        if (_snapshot.GetEdition(CodeSystem.Icd10Cm) is { } edition && (request.DateOfService < edition.KnownFrom || request.DateOfService > edition.KnownTo))
        {
            issues.Add(new CodingIssue("CAC003", request.DateOfService.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                $"The date of service is outside the loaded edition {edition.Name}; codes may not be valid on that date."));
        }

        var note = NoteText.Parse(text);
        var candidates = _knowledge.Code(note, request.Setting, request.Sex, excluded, issues);
        var inpatient = request.Setting == CareSetting.Inpatient;
        var diagnoses = Rank(CodeSystem.Icd10Cm, note, candidates, request, out var usedModel);
        IReadOnlyList<CodeSuggestion> procedures = [];
        var usedPcsModel = false;
        if (inpatient && request.IncludeProcedures)
        {
            procedures = Rank(CodeSystem.Icd10Pcs, note, candidates, request, out usedPcsModel);
        }

        return new CodingResult(Sequence(diagnoses), procedures, excluded, issues, usedModel || usedPcsModel);
    }

    // The cascade keeps this many candidates per suggestion wanted for the full tree ensemble.
    private const int CascadeFactor = 4;
    private const int CascadeMinimum = 100;

    private List<CodeSuggestion> Rank(CodeSystem system, NoteText note, Dictionary<(CodeSystem, string), Candidate> candidates, CodingRequest request, out bool usedModel)
    {
        var ranker = _models?.For(system);
        var refiner = _knowledge.Refiner;
        var scored = new List<(string Code, double Score, Candidate? K, (float Sum, float Max, int Token, string Gram) Assoc, int Votes)>();
        usedModel = ranker?.Trees is not null;
        if (ranker?.Trees is { } trees)
        {
            using var rows = LearnedRanker.Candidates(ranker.Stats, system, note, candidates, refiner, request.Setting == CareSetting.Inpatient);
            var probabilityBuffer = ArrayPool<double>.Shared.Rent(rows.Count);
            var keptBuffer = ArrayPool<bool>.Shared.Rent(rows.Count);
            var probabilities = probabilityBuffer.AsSpan(0, rows.Count);
            var kept = keptBuffer.AsSpan(0, rows.Count);
            var keep = Math.Max(CascadeMinimum, CascadeFactor * request.MaxSuggestions);
            trees.Probabilities(rows.Matrix, Features.Count, probabilities, keep, kept);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows.Rows[i];
                if (!kept[i] || SexEdits.Conflicts(row.Code, request.Sex))
                {
                    continue;
                }

                scored.Add((row.Code, probabilities[i], row.Knowledge, row.Association, row.Votes));
            }

            ArrayPool<double>.Shared.Return(probabilityBuffer);
            ArrayPool<bool>.Shared.Return(keptBuffer);
        }
        else
        {
            foreach (var ((sys, code), c) in candidates)
            {
                if (sys == system && c.Coded)
                {
                    scored.Add((code, 1 - Math.Exp(-c.Score / 6.0), c, default, 0));
                }
            }
        }

        var threshold = request.Threshold ?? (ranker?.Trees is not null ? ranker.Threshold : KnowledgeThreshold);
        var result = new List<CodeSuggestion>();
        // Only the best MaxSuggestions can be returned: drop the rows below the MaxSuggestions-th
        // score before the full sort (by score, then code), which compares strings on ties.
        if (scored.Count > request.MaxSuggestions)
        {
            var scores = ArrayPool<double>.Shared.Rent(scored.Count);
            for (var i = 0; i < scored.Count; i++)
            {
                scores[i] = scored[i].Score;
            }

            var all = scores.AsSpan(0, scored.Count);
            all.Sort();
            var floor = all[^Math.Max(1, request.MaxSuggestions)];
            ArrayPool<double>.Shared.Return(scores);
            scored.RemoveAll(s => s.Score < floor);
        }

        // Codes are distinct within a system, so (score descending, code) is a total order and an
        // unstable in-place sort gives the order the stable LINQ sort gave.
        scored.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Code, b.Code);
        });
        foreach (var s in scored)
        {
            if (result.Count >= request.MaxSuggestions || (request.ApplyThreshold && s.Score < threshold && result.Count > 0))
            {
                break;
            }

            if (request.ApplyThreshold && s.Score < threshold && result.Count == 0 && !usedModel)
            {
                break;
            }

            result.Add(Build(system, note, s.Code, s.Score, s.K, s.Assoc, s.Votes));
        }

        return result;
    }

    private CodeSuggestion Build(CodeSystem system, NoteText note, string code, double score, Candidate? k, (float Sum, float Max, int Token, string Gram) assoc, int votes)
    {
        var refiner = _knowledge.Refiner;
        var evidence = new List<EvidenceSpan>();
        SuggestionRationale rationale;
        if (k is not null && k.Evidence.Count > 0 && (k.Coded || k.Score > 0))
        {
            evidence.AddRange(k.Evidence);
            rationale = new SuggestionRationale(k.Term, k.Source, refiner.Path(system, code), [.. k.Guidelines]);
        }
        else
        {
            var words = new List<string>();
            if (assoc.Sum > 0 && assoc.Token < note.Tokens.Length)
            {
                var t = note.Tokens[assoc.Token];
                var start = t.Start;
                if (assoc.Gram.Contains(' ', StringComparison.Ordinal) && assoc.Token > 0)
                {
                    start = note.Tokens[assoc.Token - 1].Start;
                }

                evidence.Add(new EvidenceSpan(start, t.Start + t.Length - start, note.Text[start..(t.Start + t.Length)]));
                words.Add($"phrase associated with {code} in coded notes");
            }

            if (votes > 0)
            {
                words.Add($"coded in {votes} similar notes");
            }

            rationale = new SuggestionRationale(string.Join("; ", words), SuggestionSource.Learned, refiner.Path(system, code), []);
        }

        return new CodeSuggestion(system, code, refiner.Display(system, code), refiner.Describe(system, code), Math.Round(score, 4), evidence, rationale, 0);
    }

    /// <summary>
    /// Reporting order: by score, then moved so that an etiology precedes a manifestation
    /// whose tabular entry says "code first", and a code whose entry says "use additional
    /// code" precedes that additional code (I.A.12, I.A.13).
    /// </summary>
    private List<CodeSuggestion> Sequence(List<CodeSuggestion> ranked)
    {
        // Positions of the ranked suggestions (indices into ranked), and each one's sequencing
        // notes looked up once instead of once per pair compared.
        var n = ranked.Count;
        var notes = new IReadOnlyList<(NoteKind Kind, CodeReference Reference)>[n];
        var order = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            notes[i] = NotesOf(ranked[i].Code);
            order.Add(i);
        }

        var moved = new bool[n];
        for (var pass = 0; pass < 3; pass++)
        {
            var changed = false;
            for (var i = 0; i < order.Count; i++)
            {
                for (var j = i + 1; j < order.Count; j++)
                {
                    // order[j] must come first if order[i] says "code first order[j]" or order[j] says "use additional order[i]".
                    if (MustPrecede(ranked[order[j]].Code, notes[order[j]], ranked[order[i]].Code, notes[order[i]]))
                    {
                        var x = order[j];
                        order.RemoveAt(j);
                        order.Insert(i, x);
                        moved[x] = true;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        var position = new int[n];
        for (var p = 0; p < n; p++)
        {
            position[order[p]] = p + 1;
        }

        var result = new List<CodeSuggestion>(n);
        for (var i = 0; i < n; i++)
        {
            var s = ranked[i];
            result.Add(s with
            {
                Sequence = position[i],
                Rationale = moved[i] && !s.Rationale.Guidelines.Contains(GuidelineText.CodeFirst)
                    ? s.Rationale with { Guidelines = [.. s.Rationale.Guidelines, GuidelineText.CodeFirst] }
                    : s.Rationale,
            });
        }

        return result;
    }

    private static bool MustPrecede(string first, IReadOnlyList<(NoteKind Kind, CodeReference Reference)> firstNotes,
        string second, IReadOnlyList<(NoteKind Kind, CodeReference Reference)> secondNotes)
    {
        foreach (var (kind, reference) in secondNotes)
        {
            if (kind == NoteKind.CodeFirst && reference.Matches(first))
            {
                return true;
            }
        }

        foreach (var (kind, reference) in firstNotes)
        {
            if (kind == NoteKind.UseAdditionalCode && reference.Matches(second))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<(NoteKind, CodeReference)> NotesOf(string code)
    {
        if (_sequencingNotes.TryGetValue(code, out var cached))
        {
            return cached;
        }

        var list = new List<(NoteKind, CodeReference)>();
        if (_snapshot.TryFind(CodeSystem.Icd10Cm, code, out var entry))
        {
            foreach (var note in entry.GetAllNotes())
            {
                if (note.Kind is NoteKind.CodeFirst or NoteKind.UseAdditionalCode)
                {
                    foreach (var r in note.References)
                    {
                        list.Add((note.Kind, r));
                    }
                }
            }
        }

        return _sequencingNotes.GetOrAdd(code, list);
    }
}
