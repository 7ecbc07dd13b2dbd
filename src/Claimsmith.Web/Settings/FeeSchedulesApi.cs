using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.CodeSets.Codes;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Claimsmith.Web.Workbench;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Settings;

/// <summary>
/// The practice fee schedule (charge master): the charge per unit of a CPT/HCPCS code, with or
/// without a modifier, over a period of dates of service. Admins keep it; billers and auditors
/// read it. The coding screen prices charge lines from it. Every call is audited.
/// </summary>
internal static class FeeSchedulesApi
{
    /// <summary>Most rows one CSV import may hold.</summary>
    public const int MaxImportRows = 5000;

    public static IEndpointRouteBuilder MapFeeSchedulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/fee-schedules").WithTags("Fee schedules").Audited("FeeSchedule", "fee-schedule");
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead)
            .WithSummary("Fee schedule rows of the organizations in scope (filters: organizationId, code, on = a date of service)");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin)
            .WithSummary("Add a row: procedureCode, modifier (optional), amount per unit, effectiveFrom, effectiveTo (optional)");
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Admin);
        api.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.Admin);
        api.MapPost("/import", Import).RequireAuthorization(Policies.Admin)
            .WithSummary("Import rows from CSV (code,modifier,amount,from,to): all rows or none, each problem with its line and column");
        return app;
    }

    internal sealed record FeeScheduleRequest(Guid? OrganizationId, string? ProcedureCode, string? Modifier, decimal? Amount, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, long? Version);

    /// <summary>A row as the API shows it.</summary>
    internal sealed record FeeScheduleRow(Guid Id, Guid OrganizationId, string ProcedureCode, string? Modifier, decimal Amount, DateOnly EffectiveFrom, DateOnly? EffectiveTo, long Version)
    {
        public static FeeScheduleRow From(FeeScheduleEntry e) =>
            new(e.Id, e.OrganizationId, e.ProcedureCode.Value, e.Modifier.Length == 0 ? null : e.Modifier, e.Amount.Amount, e.EffectiveFrom, e.EffectiveTo, e.Version);
    }

    internal static async Task<Results<Ok<Page<FeeScheduleRow>>, ValidationProblem>> List(ClaimsmithDbContext db, Guid? organizationId, string? code, DateOnly? on, int? page, int? pageSize, CancellationToken ct)
    {
        var q = db.FeeScheduleEntries.AsNoTracking();
        if (organizationId is { } org)
        {
            q = q.Where(e => e.OrganizationId == org);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            if (!ProcedureCode.TryParse(code, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [$"'{code}' is not a CPT/HCPCS code (five characters, e.g. 99213 or J0696)."] });
            }

            q = q.Where(e => e.ProcedureCode == parsed);
        }

        if (on is { } date)
        {
            q = q.Where(e => e.EffectiveFrom <= date && (e.EffectiveTo == null || e.EffectiveTo >= date));
        }

        var ordered = q.OrderBy(e => e.ProcedureCode).ThenBy(e => e.Modifier).ThenByDescending(e => e.EffectiveFrom).ThenBy(e => e.Id);
        var result = await Paging.From(page, pageSize).ApplyAsync(ordered, ct);
        return TypedResults.Ok(new Page<FeeScheduleRow>([.. result.Items.Select(FeeScheduleRow.From)], result.PageNumber, result.PageSize, result.Total));
    }

    internal static async Task<Results<Ok<FeeScheduleRow>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var row = await db.FeeScheduleEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, row);
        return TypedResults.Ok(FeeScheduleRow.From(row));
    }

    internal static async Task<Results<Created<FeeScheduleRow>, ValidationProblem, ProblemHttpResult>> Create(FeeScheduleRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var entry = new FeeScheduleEntry();
        var v = new Validation();
        if (await OrganizationForAsync(request.OrganizationId, db, http, ct) is { } org)
        {
            entry.OrganizationId = org;
        }
        else
        {
            v.Add("organizationId", "Name the organization whose fee schedule this is (one you work for).");
        }

        Apply(request, entry, v, FieldNames.Api);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "The fee schedule row was not saved.");
        }

        if (await OverlapAsync(db, entry, ct) is { } overlap)
        {
            return overlap;
        }

        db.FeeScheduleEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, entry);
        return TypedResults.Created($"/api/fee-schedules/{entry.Id}", FeeScheduleRow.From(entry));
    }

    internal static async Task<Results<Ok<FeeScheduleRow>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, FeeScheduleRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var entry = await db.FeeScheduleEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        Apply(request, entry, v, FieldNames.Api);
        return await VersionedRows.UpdateAsync(db, http, entry, request.Version, v, "The fee schedule row was not saved.",
            token => OverlapAsync(db, entry, token), FeeScheduleRow.From, ct);
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(Guid id, [FromQuery] long? version, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var entry = await db.FeeScheduleEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        return await VersionedRows.DeleteAsync(db, http, entry, version, ct);
    }

    internal sealed record ImportResult(int Imported, Guid OrganizationId);

    /// <summary>
    /// POST /api/fee-schedules/import?organizationId= with a CSV body (text/csv or plain text):
    /// <c>code,modifier,amount,from,to</c>, a header line optional. Every row is checked (shape,
    /// amount, dates, overlaps with each other and with the rows already saved) before anything is
    /// written; one problem anywhere and nothing is saved, the 400 listing each problem under
    /// <c>line N, column</c>.
    /// </summary>
    internal static async Task<Results<Ok<ImportResult>, ValidationProblem>> Import(Guid? organizationId, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var v = new Validation();
        if (await OrganizationForAsync(organizationId, db, http, ct) is not { } org)
        {
            v.Add("organizationId", "Name the organization whose fee schedule this is (one you work for).");
            return TypedResults.ValidationProblem(v.Errors, title: "Nothing was imported.");
        }

        string text;
        using (var reader = new StreamReader(http.Request.Body))
        {
            text = await reader.ReadToEndAsync(ct);
        }

        var parsed = FeeScheduleCsv.Parse(text, MaxImportRows);
        foreach (var issue in parsed.Issues)
        {
            v.Add(issue.Location, issue.Message);
        }

        var entries = new List<(int Line, FeeScheduleEntry Entry)>();
        foreach (var row in parsed.Rows)
        {
            var entry = new FeeScheduleEntry { OrganizationId = org };
            var rowProblems = new Validation();
            Apply(new FeeScheduleRequest(org, row.Code, row.Modifier, row.Amount, row.From, row.To, null), entry, rowProblems, FieldNames.Csv(row.Line));
            foreach (var (field, messages) in rowProblems.Errors)
            {
                foreach (var m in messages)
                {
                    v.Add(field, m);
                }
            }

            if (rowProblems.IsValid)
            {
                entries.Add((row.Line, entry));
            }
        }

        if (v.IsValid && entries.Count == 0)
        {
            v.Add("file", "The file holds no rows: one line per charge, code,modifier,amount,from,to.");
        }

        // Overlaps are checked among the good rows even when other lines have problems, so that one
        // round of corrections fixes the file.
        if (entries.Count > 0)
        {
            // Overlaps within the file: per code and modifier, in date order, a row must start after
            // the previous one ends (the open-ended row last). Then with what is saved (one query).
            foreach (var group in entries.GroupBy(e => (e.Entry.ProcedureCode, e.Entry.Modifier)))
            {
                var ordered = group.OrderBy(e => e.Entry.EffectiveFrom).ThenBy(e => e.Line).ToList();
                var reach = ordered[0]; // the row seen so far that ends last
                for (var i = 1; i < ordered.Count; i++)
                {
                    var current = ordered[i];
                    if (current.Entry.Overlaps(reach.Entry.EffectiveFrom, reach.Entry.EffectiveTo))
                    {
                        var (later, earlier) = current.Line > reach.Line ? (current, reach) : (reach, current);
                        v.Add(FieldNames.Csv(later.Line).From, $"The period overlaps line {earlier.Line} ({Describe(earlier.Entry)}).");
                    }

                    if ((current.Entry.EffectiveTo ?? DateOnly.MaxValue) > (reach.Entry.EffectiveTo ?? DateOnly.MaxValue))
                    {
                        reach = current;
                    }
                }
            }

            var codes = entries.Select(e => e.Entry.ProcedureCode).Distinct().ToList();
            var saved = await db.FeeScheduleEntries.AsNoTracking().Where(e => e.OrganizationId == org && codes.Contains(e.ProcedureCode)).ToListAsync(ct);
            foreach (var (line, entry) in entries)
            {
                if (saved.FirstOrDefault(s => s.ProcedureCode == entry.ProcedureCode && s.Modifier == entry.Modifier && s.Overlaps(entry.EffectiveFrom, entry.EffectiveTo)) is { } clash)
                {
                    v.Add(FieldNames.Csv(line).From, $"The period overlaps the saved row {Describe(clash)}: end that row first or change this one.");
                }
            }
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "Nothing was imported: correct the lines named and import the file again.");
        }

        db.FeeScheduleEntries.AddRange(entries.Select(e => e.Entry));
        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction, all rows or none
        return TypedResults.Ok(new ImportResult(entries.Count, org));
    }

    /// <summary>
    /// The organization a new row belongs to: the one named (if the caller works for it), else
    /// the working organization chosen in the workbench, else the caller's only organization.
    /// </summary>
    private static async Task<Guid?> OrganizationForAsync(Guid? requested, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        if (requested is { } id)
        {
            return await db.Organizations.AnyAsync(o => o.Id == id, ct) ? id : null;
        }

        if (WorkingOrganizationMiddleware.Current(http) is { } working)
        {
            return working;
        }

        var visible = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync(ct);
        return visible.Count == 1 ? visible[0] : null;
    }

    /// <summary>What a problem names: the request's fields, or an import's line and column.</summary>
    private sealed record FieldNames(string Code, string Modifier, string Amount, string From, string To)
    {
        public static readonly FieldNames Api = new("procedureCode", "modifier", "amount", "effectiveFrom", "effectiveTo");

        public static FieldNames Csv(int line) =>
            new($"line {line}, column 1 (code)", $"line {line}, column 2 (modifier)", $"line {line}, column 3 (amount)", $"line {line}, column 4 (from)", $"line {line}, column 5 (to)");
    }

    /// <summary>Parses and checks the request into <paramref name="entry"/>, naming problems by <paramref name="names"/>.</summary>
    private static void Apply(FeeScheduleRequest r, FeeScheduleEntry entry, Validation v, FieldNames names)
    {
        // Shape of the code by the HCPCS rules of the code sets (Level I CPT or Level II), stored as the claim's procedure code.
        if (string.IsNullOrWhiteSpace(r.ProcedureCode))
        {
            v.Add(names.Code, "Required: the CPT/HCPCS code (e.g. 99213 or J0696).");
        }
        else if (!HcpcsCode.TryParse(r.ProcedureCode, out var hcpcs) || !ProcedureCode.TryParse(hcpcs.Value, out var code))
        {
            v.Add(names.Code, $"'{r.ProcedureCode.Trim()}' is not a CPT/HCPCS code: five characters, 5 digits (99213), 4 digits and F/T/U (0001U) or a letter A-V and 4 digits (J0696).");
        }
        else
        {
            entry.ProcedureCode = code;
        }

        entry.Modifier = "";
        if (!string.IsNullOrWhiteSpace(r.Modifier))
        {
            if (Modifier.TryParse(r.Modifier, out var modifier))
            {
                entry.Modifier = modifier.Value;
            }
            else
            {
                v.Add(names.Modifier, $"'{r.Modifier.Trim()}' is not a modifier: two letters or digits (26, TC, LT), or empty for the code without one.");
            }
        }

        if (r.Amount is not { } amount)
        {
            v.Add(names.Amount, "Required: the charge per unit in dollars (e.g. 125.00).");
        }
        else if (amount < 0m)
        {
            v.Add(names.Amount, "The charge cannot be negative.");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            v.Add(names.Amount, "At most two decimals (whole cents).");
        }
        else if (amount > 9_999_999.99m)
        {
            v.Add(names.Amount, "At most 9,999,999.99 (837 SV102).");
        }
        else
        {
            entry.Amount = Money.Of(amount);
        }

        if (r.EffectiveFrom is not { } from)
        {
            v.Add(names.From, "Required: the first date of service the charge applies to (yyyy-MM-dd).");
        }
        else
        {
            entry.EffectiveFrom = from;
        }

        entry.EffectiveTo = r.EffectiveTo;
        if (r.EffectiveFrom is { } f && r.EffectiveTo is { } t && t < f)
        {
            v.Add(names.To, $"The last day ({Day(t)}) is before the first ({Day(f)}): it must be on or after the first day, or empty while the charge is current.");
        }
    }

    /// <summary>A 409 naming the fields when another row of the same code and modifier covers any of these dates.</summary>
    private static async Task<ProblemHttpResult?> OverlapAsync(ClaimsmithDbContext db, FeeScheduleEntry entry, CancellationToken ct)
    {
        var to = entry.EffectiveTo ?? DateOnly.MaxValue;
        var clash = await db.FeeScheduleEntries.AsNoTracking()
            .Where(e => e.OrganizationId == entry.OrganizationId && e.ProcedureCode == entry.ProcedureCode && e.Modifier == entry.Modifier && e.Id != entry.Id
                && e.EffectiveFrom <= to && (e.EffectiveTo == null || e.EffectiveTo >= entry.EffectiveFrom))
            .OrderBy(e => e.EffectiveFrom).FirstOrDefaultAsync(ct);
        if (clash is null)
        {
            return null;
        }

        var message = $"The row of {Describe(clash)} covers some of these dates: end that row the day before this one starts, or change this period.";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The period overlaps another fee schedule row.",
            Detail = message,
            Type = "https://claimsmith.dev/problems/fee-schedule-overlap",
            Extensions =
            {
                ["errors"] = new Dictionary<string, string[]> { ["effectiveFrom"] = [$"Overlaps {Describe(clash)}."] },
                ["conflictingId"] = clash.Id,
            },
        });
    }

    private static string Describe(FeeScheduleEntry e) =>
        $"{e.ProcedureCode}{(e.Modifier.Length > 0 ? "-" + e.Modifier : "")} from {Day(e.EffectiveFrom)} {(e.EffectiveTo is { } t ? "to " + Day(t) : "with no end date")}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
