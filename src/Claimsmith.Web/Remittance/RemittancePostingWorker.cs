using Claimsmith.Data.Remittance;
using Claimsmith.Web.Jobs;

namespace Claimsmith.Web.Remittance;

/// <summary>
/// The work of a posting job, run by <see cref="WorkbenchJobs"/> in a DI scope of its own (its own
/// database context) with the organization scope of the user who started it. The posting itself is
/// <see cref="RemittancePostingService.PostFileAsync"/>: one transaction per claim payment, so a
/// job stopped by an error, a cancel or a shutdown leaves only whole claims posted, and posting the
/// same file again resumes. The runner says in words why a job stopped.
/// </summary>
internal static class RemittancePostingWorker
{
    /// <summary>Where claim payments left in the exceptions queue are resolved by hand.</summary>
    private const string ExceptionsHref = "/remittance/exceptions";

    internal static async Task RunAsync(RemittancePostingJob job, JobContext context)
    {
        var content = job.TakeContent();
        if (content is null)
        {
            return;
        }

        job.Started(context.Clock.GetUtcNow());
        var service = new RemittancePostingService(context.Db, context.Clock) { ClaimCommitted = job.ClaimDone };
        var result = await service.PostFileAsync(content, job.Actor, job.OrganizationId, context.Cancellation).ConfigureAwait(false);
        foreach (var c in result.Remittances.SelectMany(r => r.Claims).Where(c => c.Outcome == ClaimOutcome.Exception))
        {
            job.Job.RecordError(new JobItemError(c.ClaimNumber, "claim payment " + c.ClaimNumber,
                (c.Message ?? "Not posted.") + " It waits in the exceptions queue.", ExceptionsHref));
        }

        job.Completed(context.Clock.GetUtcNow(), [.. result.Remittances.Where(r => r.RemittanceId is not null).Select(r => r.RemittanceId!.Value)],
            result.PostedClaims,
            result.Remittances.Sum(r => r.Claims.Count(c => c.Outcome == ClaimOutcome.Exception)),
            result.Remittances.Sum(r => r.Claims.Count(c => c.Outcome == ClaimOutcome.AlreadyPosted)),
            Describe(result));
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
}
