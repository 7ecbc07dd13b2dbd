using Claimsmith.Web.Audit;
using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.Coding;
using Claimsmith.Coding.Decisions;
using Claimsmith.Coding.EvaluationAndManagement;
using Claimsmith.Data;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Coding;

/// <summary>
/// Computer-assisted coding over the API: <c>POST /api/coding/suggest</c> codes a note;
/// <c>POST /api/encounters/{id}/suggestions</c> codes an encounter's clinical documents and stores
/// the suggestion set; coders record decisions on each suggestion
/// (<c>POST /api/encounters/{id}/suggestions/{sid}/decisions</c>), from which
/// <c>GET /api/coding/decisions/stats</c> reports acceptance rate, precision and recall per code.
/// </summary>
internal static class CodingApi
{
    private const int MaxSuggestionsLimit = 100;

    public static IServiceCollection AddCoding(this IServiceCollection services)
    {
        services.AddSingleton<CodingEngineProvider>();
        return services;
    }

    public static IEndpointRouteBuilder MapCodingApi(this IEndpointRouteBuilder app)
    {
        var coding = app.MapGroup("/api/coding").WithTags("Coding").Audited("Note", "coding");
        coding.MapPost("/suggest", Suggest).RequireAuthorization(Policies.Coding)
            .WithSummary("Suggest codes for a clinical note")
            .WithDescription("ICD-10-CM diagnoses (and ICD-10-PCS procedures for inpatients), each with score, evidence spans (character offsets into `text`) and rationale; findings not coded (negated, family history, history, hypothetical, uncertain outpatient) with the guideline; with `officeVisit` the 2021 office E/M level from documented total time or the MDM elements given. `all` returns every ranked candidate instead of those above the acceptance threshold.");
        coding.MapGet("/decisions/stats", Stats).RequireAuthorization(Policies.Read)
            .WithSummary("Acceptance rate, precision and recall of the suggestions per code")
            .WithDescription("From coders' decisions (the latest per document and code), optionally between `from` and `to` (dates of decision, yyyy-MM-dd) and for one `coder`.");

        var encounters = app.MapGroup("/api/encounters/{id:guid}/suggestions").WithTags("Coding").Audited("Encounter", "encounter-suggestions");
        encounters.MapPost("/", SuggestForEncounter).RequireAuthorization(Policies.Coding)
            .WithSummary("Code the encounter's clinical documents and store the suggestions");
        encounters.MapGet("/", ListSets).RequireAuthorization(Policies.Read);
        encounters.MapGet("/{sid:guid}", GetSet).RequireAuthorization(Policies.Read);
        encounters.MapPost("/{sid:guid}/decisions", Decide).RequireAuthorization(Policies.Coding)
            .WithSummary("Record coder decisions on suggestions: accepted, rejected, changed to another code, or a code added");
        return app;
    }

    private static ProblemHttpResult NoSnapshot(CodingEngineProvider engines) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "No code sets imported: notes cannot be coded",
            detail: $"No code-set snapshot at {engines.SnapshotPath}. Run 'claimsmith codes import' (see README, 'Importing the official code sets').",
            type: "https://claimsmith.dev/problems/no-snapshot");

    internal static Results<Ok<SuggestResponse>, ValidationProblem, ProblemHttpResult> Suggest(SuggestRequest request, CodingEngineProvider engines)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            v.Add("text", "Required: the note to code.");
        }
        else if (request.Text.Length > CodingEngine.MaxNoteLength)
        {
            v.Add("text", $"At most {CodingEngine.MaxNoteLength} characters.");
        }

        if (request.DateOfService is null)
        {
            v.Add("dateOfService", "Required (yyyy-MM-dd): it selects the code-set edition.");
        }

        if (request.Age is < 0 or > 130)
        {
            v.Add("age", "Between 0 and 130.");
        }

        if (request.MaxSuggestions is < 1 or > MaxSuggestionsLimit)
        {
            v.Add("maxSuggestions", $"Between 1 and {MaxSuggestionsLimit}.");
        }

        if (request.OfficeVisit is not null && request.Setting == CareSetting.Inpatient)
        {
            v.Add("officeVisit", "Office E/M levels apply to outpatient visits.");
        }

        if (request.OfficeVisit?.TotalMinutes is < 0 or > 1440)
        {
            v.Add("officeVisit.totalMinutes", "Between 0 and 1440.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        if (engines.Get() is not { } engine)
        {
            return NoSnapshot(engines);
        }

        var text = request.Text!;
        var result = engine.Suggest(new CodingRequest(text, request.Setting ?? CareSetting.Outpatient, request.DateOfService!.Value, request.Age, request.Sex ?? PatientSex.Unknown)
        {
            ApplyThreshold = request.All != true,
            MaxSuggestions = request.MaxSuggestions ?? 30,
        });
        var issues = result.Issues.ToList();
        var em = request.OfficeVisit is { } office ? OfficeVisitLevel(office, text, issues) : null;
        return TypedResults.Ok(new SuggestResponse(result.Diagnoses, result.Procedures, result.Excluded, issues, result.UsedLearnedModel, em));
    }

    /// <summary>
    /// The 2021 office E/M level: from total time (given, or documented in the note) and the MDM
    /// elements given. With neither there is nothing to level, which is said as an issue.
    /// </summary>
    private static EmResult? OfficeVisitLevel(OfficeVisitRequest office, string note, List<CodingIssue> issues)
    {
        var minutes = office.TotalMinutes ?? EmLevelCalculator.ReadTotalMinutes(note);
        if (minutes is null && office.Problems is null && office.Data is null && office.Risk is null)
        {
            issues.Add(new CodingIssue("CAC030", "officeVisit", "No total time is documented and no MDM elements (problems, data, risk) were given: no E/M level."));
            return null;
        }

        return EmLevelCalculator.Calculate(new EmInput(office.NewPatient ?? false, minutes, office.Problems ?? new EmProblems(), office.Data ?? new EmData(), office.Risk ?? MdmLevel.Straightforward));
    }

    internal static async Task<Results<Created<SuggestionSetResponse>, NotFound, ProblemHttpResult>> SuggestForEncounter(
        Guid id, EncounterSuggestRequest? request, ClaimsmithDbContext db, CodingEngineProvider engines, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var encounter = await db.Encounters.AsNoTracking().Include(e => e.Documents).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (encounter is null)
        {
            return TypedResults.NotFound();
        }

        if (encounter.Documents.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The encounter has no clinical documents to code.",
                detail: "Add the notes first (POST /api/encounters/{id}/documents).", type: "https://claimsmith.dev/problems/no-documents");
        }

        if (engines.Get() is not { } engine)
        {
            return NoSnapshot(engines);
        }

        var patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == encounter.PatientId, ct);
        var set = BuildSuggestionSet(engine, encounter, patient, request?.Setting, request?.All == true, http.Actor(), clock.GetUtcNow());
        db.SuggestionSets.Add(set);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/encounters/{id}/suggestions/{set.Id}", SuggestionSetResponse.From(set));
    }

    /// <summary>
    /// Codes every clinical document of <paramref name="encounter"/> (documents loaded) for
    /// <paramref name="patient"/> and returns the suggestion set to store: what opening the coding
    /// screen, <c>POST /api/encounters/{id}/suggestions</c> and the batch coding job store alike.
    /// </summary>
    internal static SuggestionSet BuildSuggestionSet(CodingEngine engine, Encounter encounter, Patient patient, CareSetting? setting, bool all, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(encounter);
        ArgumentNullException.ThrowIfNull(patient);
        var chosen = setting ?? DefaultSetting(encounter);
        var age = AgeAt(patient.BirthDate, encounter.ServiceFrom);
        var sex = patient.Sex switch
        {
            Sex.Female => PatientSex.Female,
            Sex.Male => PatientSex.Male,
            _ => PatientSex.Unknown,
        };

        var set = new SuggestionSet
        {
            EncounterId = encounter.Id,
            Setting = chosen,
            DateOfService = encounter.ServiceFrom,
            CreatedAt = at,
            CreatedBy = actor,
        };
        foreach (var doc in encounter.Documents.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id))
        {
            var result = engine.Suggest(new CodingRequest(doc.Text, chosen, encounter.ServiceFrom, age, sex) { ApplyThreshold = !all });
            set.UsedLearnedModel |= result.UsedLearnedModel;
            set.Suggestions.AddRange(result.Diagnoses.Select((s, i) => SuggestedCode.From(s, set.Id, doc.Id, i + 1)));
            set.Suggestions.AddRange(result.Procedures.Select((s, i) => SuggestedCode.From(s, set.Id, doc.Id, i + 1)));
        }

        return set;
    }

    // An inpatient stay bills on type of bill 11x, 18x or 21x (837I CLM05); everything else is coded under the outpatient rules.
    private static CareSetting DefaultSetting(Encounter e) =>
        e.Kind == ClaimKind.Institutional && e.FacilityTypeCode is "11" or "18" or "21" ? CareSetting.Inpatient : CareSetting.Outpatient;

    private static int? AgeAt(DateOnly birth, DateOnly date)
    {
        if (birth == default || birth > date)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        return date < birth.AddYears(age) ? age - 1 : age;
    }

    internal static async Task<Results<Ok<List<SuggestionSetResponse>>, NotFound>> ListSets(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Encounters.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var sets = await Sets(db).Where(s => s.EncounterId == id).ToListAsync(ct);
        return TypedResults.Ok(sets.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(SuggestionSetResponse.From).ToList());
    }

    internal static async Task<Results<Ok<SuggestionSetResponse>, NotFound>> GetSet(Guid id, Guid sid, ClaimsmithDbContext db, CancellationToken ct)
    {
        var set = await Sets(db).FirstOrDefaultAsync(s => s.Id == sid && s.EncounterId == id, ct);
        return set is null ? TypedResults.NotFound() : TypedResults.Ok(SuggestionSetResponse.From(set));
    }

    private static IQueryable<SuggestionSet> Sets(ClaimsmithDbContext db) =>
        db.SuggestionSets.AsNoTracking().Include(s => s.Suggestions).Include(s => s.Decisions).AsSplitQuery();

    internal static async Task<Results<Ok<List<CodingDecision>>, NotFound, ValidationProblem>> Decide(
        Guid id, Guid sid, DecisionsRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var set = await db.SuggestionSets.AsNoTracking().Include(s => s.Suggestions).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == sid && s.EncounterId == id, ct);
        if (set is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (request.Decisions is not { Count: > 0 } items)
        {
            v.Add("decisions", "Required: at least one decision.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var documents = await db.ClinicalDocuments.AsNoTracking().Where(d => d.EncounterId == id).Select(d => d.Id).ToListAsync(ct);
        var suggestions = set.Suggestions.ToDictionary(s => s.Id);
        var coder = http.Actor();
        var at = clock.GetUtcNow();
        var decisions = new List<CodingDecision>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"decisions[{i}]";
            if (item.Kind is not { } kind)
            {
                v.Add($"{field}.kind", "Required: Accepted, Rejected, Changed or Added.");
                continue;
            }

            if (kind == DecisionKind.Added)
            {
                var documentId = item.DocumentId ?? (documents.Count == 1 ? documents[0] : Guid.Empty);
                if (!documents.Contains(documentId))
                {
                    v.Add($"{field}.documentId", "Name the encounter's document the added code comes from.");
                }

                if (Normalize(item.Code, null) is not { } added)
                {
                    v.Add($"{field}.code", "Required: an ICD-10-CM or ICD-10-PCS code.");
                    continue;
                }

                decisions.Add(new CodingDecision { SetId = set.Id, DocumentId = documentId, Kind = kind, FinalCode = added, Coder = coder, DecidedAt = at });
                continue;
            }

            if (item.SuggestionId is not { } sugId || !suggestions.TryGetValue(sugId, out var suggestion))
            {
                v.Add($"{field}.suggestionId", "Name a suggestion of this set.");
                continue;
            }

            string? final = suggestion.Code;
            if (kind == DecisionKind.Rejected)
            {
                final = null;
            }
            else if (kind == DecisionKind.Changed)
            {
                final = Normalize(item.Code, suggestion.System);
                if (final is null)
                {
                    v.Add($"{field}.code", $"Required: the {(suggestion.System == CodeSystem.Icd10Pcs ? "ICD-10-PCS" : "ICD-10-CM")} code the suggestion was changed to.");
                    continue;
                }

                if (final == suggestion.Code)
                {
                    v.Add($"{field}.code", "The same code as suggested: that is an acceptance.");
                    continue;
                }
            }

            decisions.Add(new CodingDecision
            {
                SetId = set.Id,
                SuggestionId = suggestion.Id,
                DocumentId = suggestion.DocumentId,
                SuggestedCode = suggestion.Code,
                Kind = kind,
                FinalCode = final,
                Coder = coder,
                DecidedAt = at,
            });
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.CodingDecisions.AddRange(decisions);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(decisions);
    }

    /// <summary>The code dotless and upper case when it has the shape of its system (either system when null), else null.</summary>
    private static string? Normalize(string? code, CodeSystem? system)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (system is null or CodeSystem.Icd10Cm && DiagnosisCode.TryParse(code, out var dx))
        {
            return dx.Value;
        }

        // ICD-10-PCS: seven characters, digits and letters except I and O.
        var pcs = code.Trim().ToUpperInvariant();
        return system is null or CodeSystem.Icd10Pcs && pcs.Length == 7 && pcs.All(c => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O'))) ? pcs : null;
    }

    internal static async Task<Results<Ok<DecisionStatsResponse>, ValidationProblem>> Stats(DateOnly? from, DateOnly? to, string? coder, ClaimsmithDbContext db, CancellationToken ct)
    {
        var query = db.CodingDecisions.AsNoTracking();
        if (from is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(d => d.DecidedAt >= start);
        }

        if (to is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(d => d.DecidedAt < end);
        }

        if (!string.IsNullOrWhiteSpace(coder))
        {
            query = query.Where(d => d.Coder == coder);
        }

        var rows = await query.ToListAsync(ct);
        var perCode = DecisionMetrics.PerCode(rows.Select(r => r.ToCoderDecision()));
        var suggested = perCode.Sum(c => c.Suggested);
        var accepted = perCode.Sum(c => c.Accepted);
        var reported = perCode.Sum(c => c.Reported);
        var rate = suggested > 0 ? (double)accepted / suggested : double.NaN;
        var overall = new CodeStats("*", suggested, accepted, reported, CodeStats.Finite(rate), CodeStats.Finite(rate), CodeStats.Finite(reported > 0 ? (double)accepted / reported : double.NaN));
        return TypedResults.Ok(new DecisionStatsResponse(rows.Count, overall, perCode.Select(CodeStats.From).ToList()));
    }
}
