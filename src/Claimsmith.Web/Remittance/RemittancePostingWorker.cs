using Claimsmith.Data;
using Claimsmith.Data.Remittance;

namespace Claimsmith.Web.Remittance;

/// <summary>
/// Runs the queued posting jobs one at a time, each in its own DI scope (its own database
/// context) with the organization scope of the user who started it. The posting itself is
/// <see cref="RemittancePostingService.PostFileAsync"/>: one transaction per claim payment, so a
/// job stopped by an error or a shutdown leaves only whole claims posted, and posting the same
/// file again resumes.
/// </summary>
internal sealed partial class RemittancePostingWorker(RemittancePostingJobs jobs, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RemittancePostingWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the job in hand stopped between claims; posting the file again resumes it.
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        jobs.Close();
        return base.StopAsync(cancellationToken);
    }

    internal async Task RunAsync(RemittancePostingJob job, CancellationToken ct)
    {
        var content = job.TakeContent();
        if (content is null)
        {
            return;
        }

        job.Started(clock.GetUtcNow());
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            db.OrganizationScope = job.Scope;
            var service = new RemittancePostingService(db, clock) { ClaimCommitted = job.ClaimDone };
            var result = await service.PostFileAsync(content, job.Actor, job.OrganizationId, ct).ConfigureAwait(false);
            job.Completed(clock.GetUtcNow(), [.. result.Remittances.Where(r => r.RemittanceId is not null).Select(r => r.RemittanceId!.Value)],
                result.PostedClaims,
                result.Remittances.Sum(r => r.Claims.Count(c => c.Outcome == ClaimOutcome.Exception)),
                result.Remittances.Sum(r => r.Claims.Count(c => c.Outcome == ClaimOutcome.AlreadyPosted)),
                Describe(result));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            job.Failed(clock.GetUtcNow(), "The server stopped while posting. Every claim posted so far is complete; upload and post the same file again to post the rest.");
            throw;
        }
#pragma warning disable CA1031 // a background job reports any failure in words on its status instead of ending the worker
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, job.Id, job.FileName);
            job.Failed(clock.GetUtcNow(),
                "Posting stopped because of an error on the server. Every claim posted so far is complete; post the same file again to resume, and tell your administrator if it stops again (job " + job.Id + ").");
        }
    }

    /// <summary>The outcome of a file in words.</summary>
    internal static string Describe(RemittanceFileResult result)
    {
        if (result.ReadIssues.Count > 0)
        {
            return "Nothing was posted: the file is not a readable 835. " + string.Join(" ", result.ReadIssues.Take(5));
        }

        var parts = new List<string>();
        foreach (var r in result.Remittances)
        {
            if (r.Rejected is not null)
            {
                parts.Add($"Check {r.TraceNumber} was not posted: {r.Rejected}");
                continue;
            }

            var posted = r.Claims.Count(c => c.Outcome == ClaimOutcome.Posted);
            var exceptions = r.Claims.Count(c => c.Outcome == ClaimOutcome.Exception);
            var earlier = r.Claims.Count(c => c.Outcome == ClaimOutcome.AlreadyPosted);
            parts.Add($"Check {r.TraceNumber}: {posted} claim payment(s) posted" +
                (exceptions > 0 ? $", {exceptions} waiting in the exceptions queue" : "") +
                (earlier > 0 ? $", {earlier} posted by an earlier run" : "") + ".");
        }

        return parts.Count == 0 ? "The file holds no remittance." : string.Join(" ", parts);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting job {JobId} ({FileName}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId, string fileName);
}
