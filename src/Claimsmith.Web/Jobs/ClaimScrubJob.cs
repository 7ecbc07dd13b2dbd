using Claimsmith.Billing;
using Claimsmith.Web.Claims;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// Scrubs many claims in the background: the claims chosen on the claims list (selected, or all
/// matching its filter) go through <see cref="ClaimScrubService"/> exactly as
/// <c>POST /api/claims/{id}/scrub</c> does, a few at a time (one load of coverage, payers, history
/// and overrides per few claims), each claim counted as clean, with errors or with warnings only.
/// A claim the scrubber cannot check is listed as the job's error and the rest go on. Like the
/// single scrub, nothing is written to the claims: the outcome per claim is kept on the job
/// (<see cref="ClaimScrubFindings"/>) and the claims list filters on it.
/// </summary>
internal static partial class ClaimScrubJob
{
    /// <summary>Claims loaded and scrubbed together; the job can stop between two such groups.</summary>
    public const int ChunkSize = 20;

    /// <summary>Claims at most in one batch scrub.</summary>
    public const int MaxClaims = 20_000;

    public static readonly JobWords Words = new("claims", "to scrub", "scrubbed", "Scrubbing",
        "Nothing about a claim is changed by scrubbing; start the scrub again to check the rest.");

    /// <summary>Queues the scrub of <paramref name="claimIds"/> (in the order given) for <paramref name="starter"/>.</summary>
    public static WorkbenchJob Start(WorkbenchJobs runner, JobStarter starter, IReadOnlyList<Guid> claimIds, string title)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var findings = new ClaimScrubFindings();
        return runner.Start(JobKind.ClaimScrub, title, starter, Words, claimIds, (context, ids) => RunAsync(context, ids, findings), findings);
    }

    internal static async Task RunAsync(JobContext context, Guid[] claimIds, ClaimScrubFindings findings)
    {
        var job = context.Job;
        var db = context.Db;
        var scrubber = context.Services.GetRequiredService<ClaimScrubService>();
        var logger = context.Services.GetRequiredService<ILogger<ClaimScrubService>>();
        foreach (var chunk in claimIds.Chunk(ChunkSize))
        {
            context.ThrowIfCancelled();
            var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
                .Where(c => chunk.Contains(c.Id)).ToListAsync(context.Stopping).ConfigureAwait(false);
            var byId = claims.ToDictionary(c => c.Id);
            IReadOnlyList<ClaimScrubReport>? reports;
            try
            {
                reports = await scrubber.ScrubAsync(db, claims, context.Stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad claim must not lose the others of its group: scrub them one by one.
                LogGroupFailed(logger, ex, job.Id);
                reports = await OneByOneAsync(context, scrubber, claims, logger).ConfigureAwait(false);
            }

            if (reports is null)
            {
                job.Failed(context.Clock.GetUtcNow(), $"No code sets are imported, so no claim can be scrubbed (looked for {scrubber.SnapshotPath}). An administrator runs 'claimsmith codes import' (README, 'Importing the official code sets'), then start the scrub again.");
                return;
            }

            var reported = new HashSet<Guid>();
            foreach (var r in reports)
            {
                reported.Add(r.ClaimId);
                findings.Add(r.ClaimId, r.Errors, r.Warnings);
                job.Tally(r.Errors > 0 ? "withErrors" : r.Warnings > 0 ? "withWarnings" : "clean");
                job.Succeeded();
            }

            foreach (var id in chunk.Where(id => !reported.Contains(id)))
            {
                job.ItemFailed(byId.TryGetValue(id, out var claim)
                    ? new JobItemError(id.ToString(), "claim " + claim.ClaimNumber, "The scrubber could not check this claim because of an error on the server. Open it and scrub it alone; tell your administrator if that fails too.", "/claims/" + id)
                    : new JobItemError(id.ToString(), "claim " + id.ToString()[..8], "The claim no longer exists or is no longer in your organizations: it was not scrubbed.", null));
            }

            if (claims.Count > 0)
            {
                // The scrub read these claims (diagnoses, lines, the patient's history) on the user's behalf.
                await context.AuditAsync("claim-scrub.job.read", "Claim", [.. claims.Select(c => c.Id.ToString())], $"batch scrub job {job.Id}").ConfigureAwait(false);
            }
        }

        var v = job.View();
        var clean = v.Tallies.GetValueOrDefault("clean");
        var errors = v.Tallies.GetValueOrDefault("withErrors");
        var warnings = v.Tallies.GetValueOrDefault("withWarnings");
        if (findings.Count > 0)
        {
            job.Link("/claims?scrub=" + job.Id, $"Show the {findings.Count} claim(s) with findings");
        }

        job.Completed(context.Clock.GetUtcNow(),
            $"Scrubbed {v.Succeeded} claim(s): {clean} clean, {errors} with errors, {warnings} with warnings only" +
            (v.Failed > 0 ? $"; {v.Failed} could not be scrubbed (see below)." : "."));
    }

    private static async Task<List<ClaimScrubReport>?> OneByOneAsync(JobContext context, ClaimScrubService scrubber, List<Claim> claims, ILogger logger)
    {
        var reports = new List<ClaimScrubReport>();
        foreach (var claim in claims)
        {
            try
            {
                var one = await scrubber.ScrubAsync(context.Db, [claim], context.Stopping).ConfigureAwait(false);
                if (one is null)
                {
                    return null;
                }

                reports.AddRange(one);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogClaimFailed(logger, ex, context.Job.Id, claim.Id);
            }
        }

        return reports;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch scrub {JobId}: a group of claims failed; scrubbing them one by one")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch scrub {JobId}: claim {ClaimId} could not be scrubbed")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, Guid jobId, Guid claimId);
}
