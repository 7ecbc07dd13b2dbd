using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Remittance;
using Claimsmith.Web.Audit;
using Claimsmith.Web.CodeSets;
using Claimsmith.Web.Hosting;
using Claimsmith.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Remittance;

/// <summary>
/// Posting an 835 from the workbench: upload the file once (raw body, streamed and bounded) for a
/// preview in plain words (matched claims and patients, CARC/RARC words, balance at line, claim and
/// check level), then post that upload in the background and poll the job's progress. The posting
/// itself is <see cref="RemittancePostingService"/>, as for <c>POST /api/remittances</c>.
/// </summary>
internal static class RemittanceUploadsApi
{
    /// <summary>The largest 835 accepted for upload (large payers send files of tens of megabytes).</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>Claims shown in a preview answer; the rest are counted (the job posts them all).</summary>
    public const int MaxPreviewClaims = 500;

    public static IServiceCollection AddRemittanceJobs(this IServiceCollection services)
    {
        services.AddWorkbenchJobs();
        services.AddSingleton<RemittancePostingJobs>();
        return services;
    }

    public static IEndpointRouteBuilder MapRemittanceUploadsApi(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("/api/remittances/uploads").WithTags("Remittances").Audited("RemittanceJob", "remittance-upload");
        uploads.MapPost("/", Upload).RequireAuthorization(Policies.Billing).WithMetadata(new UploadSizeLimit(MaxUploadBytes))
            .WithSummary("Upload an 835 (raw body, ?name=file name) and preview what posting it would do");
        uploads.MapPost("/{id:guid}/post", StartPosting).RequireAuthorization(Policies.Billing)
            .WithSummary("Post an uploaded 835 in the background; answers the job to poll");
        var jobs = app.MapGroup("/api/remittances/jobs").WithTags("Remittances").Audited("RemittanceJob", "remittance-job");
        jobs.MapGet("/", Jobs).RequireAuthorization(Policies.BillingRead).WithSummary("Posting jobs running or finished recently");
        jobs.MapGet("/{id:guid}", Job).RequireAuthorization(Policies.BillingRead).WithSummary("One posting job's progress");
        return app;
    }

    /// <summary>Raises the host's request body limit for one endpoint (read by the hardening middleware).</summary>
    internal sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    /// <summary>An uploaded file's preview.</summary>
    internal sealed record UploadPreview(Guid Id, string FileName, long Bytes, string FileSha256, int TotalClaims, bool CanPost,
        IReadOnlyList<string> ReadIssues, IReadOnlyList<RemittancePreview> Remittances);

    /// <summary>One remittance (BPR/TRN) of the file.</summary>
    internal sealed record RemittancePreview(string? Payer, string PayerKey, string TraceNumber, decimal PaymentAmount, DateOnly? PaymentDate,
        bool AlreadyPosted, string? Rejected, bool Balanced, IReadOnlyList<string> Issues, decimal ClaimsPaid, decimal ProviderAdjustmentsTotal,
        bool CheckBalances, string CheckBalance, IReadOnlyList<AmountReason> ProviderAdjustments, int ClaimCount, int ClaimsLeftOut,
        IReadOnlyList<ClaimPreview> Claims);

    /// <summary>One claim payment: what posting would do and why, in words.</summary>
    internal sealed record ClaimPreview(int Sequence, string ClaimNumber, Guid? ClaimId, string? Patient, ClaimOutcome Outcome, ClaimStatus? StatusAfter,
        string? ExceptionCode, string? Message, ClaimExplanation? Explanation);

    internal static async Task<Results<Ok<UploadPreview>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, string? name, ClaimsmithDbContext db, TimeProvider clock, RemittancePostingJobs jobs, CodeSetSnapshotProvider codes,
        AuditRecorder audit, CancellationToken ct)
    {
        if (request.ContentLength > MaxUploadBytes)
        {
            return TooLarge(request.ContentLength.Value);
        }

        var fileName = string.IsNullOrWhiteSpace(name) ? "upload.835" : Path.GetFileName(name.Trim());
        if (fileName.Length > 200)
        {
            fileName = fileName[..200];
        }

        // Streamed in chunks with the bound checked as it grows (a chunked body declares no length).
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int n;
            while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + n > MaxUploadBytes)
                {
                    return TooLarge(buffer.Length + n);
                }

                buffer.Write(chunk, 0, n);
            }

            content = buffer.ToArray();
        }

        if (content.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The file is empty. Choose the 835 file the payer sent (it starts with ISA)."] },
                title: "No file was uploaded.");
        }

        var result = await new RemittancePostingService(db, clock).PreviewFileAsync(content, Describer(codes), ct);
        var preview = await BuildPreviewAsync(db, result, ct);
        var canPost = result.ReadIssues.Count == 0 && preview.Any(r => !r.AlreadyPosted);
        var total = preview.Sum(r => r.ClaimCount);
        var staged = canPost ? jobs.Stage(fileName, content, total, request.HttpContext.Actor()) : null;
        var claimIds = preview.SelectMany(r => r.Claims).Where(c => c.ClaimId is not null).Select(c => c.ClaimId!.Value.ToString()).Distinct().ToList();
        if (claimIds.Count > 0)
        {
            // The preview names patients: the claims it showed are recorded like any claim read.
            await audit.RecordAsync(request.HttpContext, "remittance-upload.preview.claims", AuditOutcome.Success, "Claim", claimIds, null, $"preview of {fileName}");
        }

        return TypedResults.Ok(new UploadPreview(staged?.Id ?? Guid.Empty, fileName, content.Length, result.FileSha256, total, canPost, result.ReadIssues, preview));
    }

    internal static Results<Accepted<PostingJobView>, ProblemHttpResult> StartPosting(Guid id, ClaimsmithDbContext db, HttpContext http, RemittancePostingJobs jobs)
    {
        // A user who works for one organization posts that organization's remittances (as POST /api/remittances).
        var job = jobs.Start(id, JobStarter.From(http, db));
        if (job is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no upload to post with this id.",
                detail: $"An upload waits {RemittancePostingJobs.UploadLifetime.TotalMinutes:0} minutes for its \"Post\", can be posted once, and only by who uploaded it. Upload the file again.",
                type: "https://claimsmith.dev/problems/remittance-upload-gone");
        }

        return TypedResults.Accepted($"/api/remittances/jobs/{job.Id}", job.View());
    }

    internal static Ok<IReadOnlyList<PostingJobView>> Jobs(ClaimsmithDbContext db, HttpContext http, RemittancePostingJobs jobs) =>
        TypedResults.Ok(jobs.List(http.Actor(), db.OrganizationScope));

    internal static Results<Ok<PostingJobView>, NotFound> Job(Guid id, ClaimsmithDbContext db, HttpContext http, RemittancePostingJobs jobs) =>
        jobs.Find(id, http.Actor(), db.OrganizationScope) is { } job ? TypedResults.Ok(job.View()) : TypedResults.NotFound();

    /// <summary>CARC and RARC words from the imported code sets (the code itself when none is imported).</summary>
    internal static Func<string, string, string?> Describer(CodeSetSnapshotProvider codes)
    {
        var snapshot = codes.Get();
        return (system, code) => snapshot is not null && snapshot.TryFind(system == "RARC" ? CodeSystem.Rarc : CodeSystem.Carc, code, out var entry)
            ? entry.LongDescription ?? entry.ShortDescription
            : null;
    }

    private static ProblemHttpResult TooLarge(long bytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
            detail: $"The file has {bytes / (1024.0 * 1024):0.0} MB or more; at most {MaxUploadBytes / (1024 * 1024)} MB can be uploaded at once. Ask the payer or clearinghouse to split the remittance into smaller files.",
            type: "https://claimsmith.dev/problems/remittance-too-large");

    private static async Task<List<RemittancePreview>> BuildPreviewAsync(ClaimsmithDbContext db, RemittanceFileResult result, CancellationToken ct)
    {
        // The claims named in the file that this user can see, with their patients, in one query per remittance page.
        var numbers = result.Remittances.SelectMany(r => r.Claims.Take(MaxPreviewClaims)).Select(c => c.ClaimNumber).Distinct().ToList();
        var claims = new Dictionary<string, (Guid Id, string Patient)>(StringComparer.Ordinal);
        foreach (var slice in numbers.Chunk(500))
        {
            var rows = await db.Claims.AsNoTracking().Where(c => slice.Contains(c.ClaimNumber))
                .Select(c => new { c.Id, c.ClaimNumber, c.Patient.LastName, c.Patient.FirstName }).ToListAsync(ct);
            foreach (var r in rows)
            {
                claims[r.ClaimNumber] = (r.Id, r.LastName + ", " + r.FirstName);
            }
        }

        var list = new List<RemittancePreview>();
        foreach (var r in result.Remittances)
        {
            var e = r.Explanation;
            var paid = e.Claims.Sum(c => c.Paid);
            var plb = e.ProviderAdjustments.Sum(p => p.Amount);
            // 835 guide 1.10.2.1: BPR02 = the sum of CLP04 less the sum of the PLB adjustments.
            var expected = paid - plb;
            var balances = expected == r.PaymentAmount;
            var words = $"Check {Dollars(r.PaymentAmount)}; claims paid {Dollars(paid)}" + (plb == 0 ? "" : $" less provider adjustments {Dollars(plb)}") +
                $" = {Dollars(expected)}: " + (balances ? "balances." : $"does not balance (off by {Dollars(r.PaymentAmount - expected)}).");
            var claimsShown = r.Claims.Take(MaxPreviewClaims).Select((c, i) =>
            {
                var match = claims.TryGetValue(c.ClaimNumber, out var m) ? m : ((Guid Id, string Patient)?)null;
                var explanation = i < e.Claims.Count ? e.Claims[i] : null;
                return new ClaimPreview(c.Sequence, c.ClaimNumber, match?.Id, match?.Patient, c.Outcome, c.Status, c.ExceptionCode, c.Message, explanation);
            }).ToList();
            list.Add(new RemittancePreview(e.Payer, r.PayerKey, r.TraceNumber, r.PaymentAmount, e.PaymentDate, r.AlreadyPosted, r.Rejected, e.Balanced, e.Issues,
                paid, plb, balances, words, e.ProviderAdjustments, r.Claims.Count, Math.Max(0, r.Claims.Count - MaxPreviewClaims), claimsShown));
        }

        return list;
    }

    private static string Dollars(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
