using System.Collections.Concurrent;
using Claimsmith.Data.Security;
using Claimsmith.Web.Jobs;

namespace Claimsmith.Web.Remittance;

/// <summary>
/// The in-memory registry of 835 uploads and posting jobs (one per host). An upload is kept for a
/// while after its preview so that "Post" does not send tens of megabytes again; a posting job runs
/// on the workbench's job runner (<see cref="WorkbenchJobs"/>, the work is
/// <see cref="RemittancePostingWorker"/>), not on the request, so the user can leave the page.
/// Nothing here survives a restart, and nothing needs to: posting is idempotent by payer and trace
/// number with one transaction per claim, so posting the same file again resumes where it stopped.
/// </summary>
internal sealed class RemittancePostingJobs(WorkbenchJobs runner, TimeProvider clock)
{
    /// <summary>How long an upload waits for its "Post".</summary>
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(1);

    /// <summary>Uploads kept per user (older ones are dropped first).</summary>
    public const int UploadsPerUser = 3;

    private readonly ConcurrentDictionary<Guid, StagedUpload> _uploads = new();
    private readonly ConcurrentDictionary<Guid, RemittancePostingJob> _jobs = new();

    /// <summary>An uploaded 835 waiting to be posted.</summary>
    internal sealed record StagedUpload(Guid Id, string FileName, byte[] Content, int TotalClaims, string Actor, DateTimeOffset UploadedAt);

    /// <summary>Keeps an upload for a later <see cref="Start(Guid, JobStarter)"/>.</summary>
    public StagedUpload Stage(string fileName, byte[] content, int totalClaims, string actor)
    {
        Sweep();
        var mine = _uploads.Values.Where(u => u.Actor == actor).OrderByDescending(u => u.UploadedAt).Skip(UploadsPerUser - 1).ToList();
        foreach (var old in mine)
        {
            _uploads.TryRemove(old.Id, out _);
        }

        var upload = new StagedUpload(Guid.CreateVersion7(), fileName, content, totalClaims, actor, clock.GetUtcNow());
        _uploads[upload.Id] = upload;
        return upload;
    }

    /// <summary>Queues the posting of an upload of <paramref name="actor"/>; null when there is no such upload (expired, or someone else's).</summary>
    public RemittancePostingJob? Start(Guid uploadId, string actor, OrganizationScope scope, Guid? organizationId) =>
        Start(uploadId, new JobStarter(actor, null, null, scope, organizationId));

    /// <summary>Queues the posting of an upload of the <paramref name="starter"/>; null when there is no such upload (expired, or someone else's).</summary>
    public RemittancePostingJob? Start(Guid uploadId, JobStarter starter)
    {
        ArgumentNullException.ThrowIfNull(starter);
        if (!_uploads.TryGetValue(uploadId, out var upload) || upload.Actor != starter.Actor || !_uploads.TryRemove(uploadId, out _))
        {
            return null;
        }

        var job = new RemittancePostingJob(Guid.CreateVersion7(), upload.FileName, upload.Content, upload.TotalClaims, starter, clock.GetUtcNow());
        _jobs[job.Id] = job;
        runner.Run(job.Job, context => RemittancePostingWorker.RunAsync(job, context));
        return job;
    }

    /// <summary>A job the caller may see.</summary>
    public RemittancePostingJob? Find(Guid id, string actor, OrganizationScope scope) =>
        _jobs.TryGetValue(id, out var job) && job.VisibleTo(actor, scope) ? job : null;

    /// <summary>The caller's visible jobs, newest first: running ones and those finished recently.</summary>
    public IReadOnlyList<PostingJobView> List(string actor, OrganizationScope scope)
    {
        Sweep();
        return [.. _jobs.Values.Where(j => j.VisibleTo(actor, scope)).Select(j => j.View()).OrderByDescending(v => v.QueuedAt)];
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var u in _uploads.Values.Where(u => now - u.UploadedAt > UploadLifetime))
        {
            _uploads.TryRemove(u.Id, out _);
        }

        foreach (var j in _jobs.Values)
        {
            var v = j.View();
            if (v.IsFinished && v.FinishedAt is { } at && now - at > WorkbenchJobs.FinishedLifetime)
            {
                _jobs.TryRemove(j.Id, out _);
            }
        }
    }
}
