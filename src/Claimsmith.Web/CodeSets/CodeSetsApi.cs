using System.Globalization;
using System.Text.Json.Serialization;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Claimsmith.Web.CodeSets;

/// <summary>
/// The code-set API: show a code for a date of service, search, and the fee schedule. Bad
/// input gets an RFC 7807 problem (400); no imported snapshot gets a 503 problem that says how
/// to import one.
/// </summary>
public static class CodeSetsApi
{
    /// <summary>Registers the snapshot singleton and string enums in JSON.</summary>
    public static IServiceCollection AddCodeSets(this IServiceCollection services)
    {
        services.AddSingleton<CodeSetSnapshotProvider>();
        services.TryAddSingleton(TimeProvider.System);

        // Enums (code systems, note kinds, statuses) travel as their names, which the OpenAPI document lists.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>Maps <c>/api/codes</c> and <c>/api/fees</c>.</summary>
    public static IEndpointRouteBuilder MapCodeSetsApi(this IEndpointRouteBuilder app)
    {
        // Code lookups carry no patient data: every signed-in role may use them.
        var codes = app.MapGroup("/api/codes").WithTags("Code sets").RequireAuthorization(Policies.Read);
        codes.MapGet("/search", Search)
            .WithName("SearchCodes")
            .WithSummary("Ranked search across ICD-10-CM, ICD-10-PCS and HCPCS")
            .WithDescription("Words and word beginnings, common clinical abbreviations (CHF, COPD, DM2, HTN, CKD, MI, UTI, ...), codes and code prefixes, and Alphabetic Index / Drug / Neoplasm table terms. `system` limits to one of icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc, group; `date` (yyyy-MM-dd) leaves out codes that do not exist on that date of service; `limit` 1-500 (default 20).");
        codes.MapGet("/{system}/{code}", Show)
            .WithName("ShowCode")
            .WithSummary("Show a code for a date of service")
            .WithDescription("Descriptions, header or billable, validity for the date (default today) and replacements, hierarchy, every instructional note own and inherited, 7th characters, placeholder X, fee schedule rows and index terms. `system` is icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc or group.");
        app.MapGroup("/api/fees").WithTags("Fee schedule").RequireAuthorization(Policies.Read).MapGet("/{code}", Fee)
            .WithName("FeeSchedule")
            .WithSummary("Medicare Physician Fee Schedule values and price for a code")
            .WithDescription("RVUs and indicators per modifier; with `locality` (MAC-locality such as 13202-01, ST-NN or the name) the facility and non-facility prices: (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x conversion factor. `modifier` picks the 26/TC/53 row.");
        return app;
    }

    private static ProblemHttpResult Problem(int status, string title, string detail, string type) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: $"https://claimsmith.dev/problems/{type}");

    private static ProblemHttpResult NoSnapshot(CodeSetSnapshotProvider provider) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "No code sets imported", $"No code-set snapshot at {provider.SnapshotPath}. Run 'claimsmith codes import' (see README, 'Importing the official code sets').", "no-snapshot");

    private static bool TryDate(string? text, TimeProvider time, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool ShapeIsValid(CodeSystem system, string code) => system switch
    {
        CodeSystem.Icd10Cm => IcdCode.TryParse(code, out _),
        CodeSystem.Icd10Pcs => PcsCode.TryParse(code, out _) || (code.Length is >= 3 and < 7 && code.All(char.IsAsciiLetterOrDigit)),
        CodeSystem.Hcpcs => HcpcsCode.TryParse(code, out _),
        _ => code.Length is >= 1 and <= 5 && code.All(char.IsAsciiLetterOrDigit),
    };

    /// <summary>GET /api/codes/{system}/{code}?date=</summary>
    internal static Results<Ok<CodeDetails>, ProblemHttpResult> Show(string system, string code, [FromQuery] string? date, [FromServices] CodeSetSnapshotProvider provider, [FromServices] TimeProvider time)
    {
        if (!CodeSystemNames.TryParse(system, out var sys))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown code system", $"'{system}' is not a code system; use icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc or group.", "unknown-system");
        }

        if (!ShapeIsValid(sys, code))
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed code", $"'{code}' is not shaped like a {sys.ToName()} code.", "malformed-code");
        }

        if (!TryDate(date, time, out var dos))
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad date", $"'{date}' is not a date (yyyy-MM-dd).", "bad-date");
        }

        var snapshot = provider.Get();
        if (snapshot is null)
        {
            return NoSnapshot(provider);
        }

        var details = snapshot.Describe(sys, code, dos);
        return details is null
            ? Problem(StatusCodes.Status404NotFound, "Unknown code", $"{code} is not a {sys.ToName()} code in the imported editions.", "unknown-code")
            : TypedResults.Ok(details);
    }

    /// <summary>GET /api/codes/search?q=&amp;system=&amp;date=&amp;limit=</summary>
    internal static Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult> Search([FromQuery] string? q, [FromQuery] string? system, [FromQuery] string? date, [FromQuery] int? limit, [FromServices] CodeSetSnapshotProvider provider)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad query", "q is required (at most 200 characters).", "bad-query");
        }

        CodeSystem? sys = null;
        if (!string.IsNullOrWhiteSpace(system))
        {
            if (!CodeSystemNames.TryParse(system, out var s))
            {
                return Problem(StatusCodes.Status400BadRequest, "Unknown code system", $"'{system}' is not a code system; use icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc or group.", "unknown-system");
            }

            sys = s;
        }

        DateOnly? dos = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad date", $"'{date}' is not a date (yyyy-MM-dd).", "bad-date");
            }

            dos = d;
        }

        if (limit is < 1 or > 500)
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad limit", "limit must be between 1 and 500.", "bad-limit");
        }

        var snapshot = provider.Get();
        if (snapshot is null)
        {
            return NoSnapshot(provider);
        }

        return TypedResults.Ok(snapshot.Search(q, new SearchOptions { Systems = sys is { } one ? [one] : null, DateOfService = dos, Limit = limit ?? 20 }));
    }

    /// <summary>GET /api/fees/{code}?locality=&amp;date=&amp;modifier=</summary>
    internal static Results<Ok<FeeQuote>, ProblemHttpResult> Fee(string code, [FromQuery] string? locality, [FromQuery] string? date, [FromQuery] string? modifier, [FromServices] CodeSetSnapshotProvider provider, [FromServices] TimeProvider time)
    {
        if (!HcpcsCode.TryParse(code, out var hcpcs))
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed code", $"'{code}' is not a CPT/HCPCS code.", "malformed-code");
        }

        if (!TryDate(date, time, out var dos))
        {
            return Problem(StatusCodes.Status400BadRequest, "Bad date", $"'{date}' is not a date (yyyy-MM-dd).", "bad-date");
        }

        var snapshot = provider.Get();
        if (snapshot is null)
        {
            return NoSnapshot(provider);
        }

        if (!snapshot.TryFind(CodeSystem.Hcpcs, hcpcs.Value, out var entry) || entry.Fees.Count == 0)
        {
            return Problem(StatusCodes.Status404NotFound, "Not in the fee schedule", $"{hcpcs} has no Medicare Physician Fee Schedule values.", "unknown-code");
        }

        var validity = entry.GetValidity(dos);
        if (string.IsNullOrWhiteSpace(locality))
        {
            return TypedResults.Ok(new FeeQuote(hcpcs.Value, dos, validity, entry.Fees, null, null, null));
        }

        if (!snapshot.TryFindLocality(locality, out var loc))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown locality", $"'{locality}' is not a Medicare locality (or is ambiguous); use MAC-locality such as 13202-01.", "unknown-locality");
        }

        var nonFacility = snapshot.Price(hcpcs, modifier, loc, facility: false);
        if (nonFacility is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Not in the fee schedule", $"{hcpcs} has no row for modifier '{modifier}'.", "unknown-modifier");
        }

        return TypedResults.Ok(new FeeQuote(hcpcs.Value, dos, validity, entry.Fees, loc, nonFacility, snapshot.Price(hcpcs, modifier, loc, facility: true)));
    }
}
