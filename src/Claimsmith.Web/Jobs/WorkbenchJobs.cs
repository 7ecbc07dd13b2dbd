using System.Collections.Concurrent;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// Runs the workbench's long work in the background and keeps it findable: each job runs on a
/// <see cref="Task"/> of its own with a DI scope of its own, so the user can leave the page, and
/// status requests read its progress. Jobs of one kind for one organization run one after the
/// other (two postings of one practice's remittances never interleave) and at most
/// <see cref="MaxRunning"/> run at once on a host. Nothing here survives a restart: every job
/// commits item by item, so starting it again resumes (posting is idempotent, a scrub or a
/// suggestion is simply done again). On a host with several nodes a job is seen on the node that
/// runs it.
/// </summary>
internal sealed partial class WorkbenchJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkbenchJobs> logger) : IHostedService, IDisposable
{
    /// <summary>How long a finished job stays listed.</summary>
    public static readonly TimeSpan FinishedLifetime = TimeSpan.FromHours(12);

    /// <summary>Finished jobs kept at most on a host (the oldest go first).</summary>
    public const int MaxFinishedKept = 500;

    /// <summary>Jobs working at the same time on a host (the machine also answers the screens).</summary>
    public const int MaxRunning = 2;

    private readonly ConcurrentDictionary<Guid, (WorkbenchJob Job, Task Task)> _jobs = new();
    private readonly ConcurrentDictionary<(JobKind, Guid?), SemaphoreSlim> _lanes = new();
    private readonly SemaphoreSlim _slots = new(MaxRunning, MaxRunning);
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>
    /// Queues a job of <paramref name="kind"/> over <paramref name="itemIds"/> (a batch chosen by
    /// its start request): one item per id for its progress, queued now, and <paramref name="work"/>
    /// given the ids in the order given, copied so that the caller's list is not read again.
    /// </summary>
    public WorkbenchJob Start(JobKind kind, string title, JobStarter starter, JobWords words, IReadOnlyList<Guid> itemIds, Func<JobContext, Guid[], Task> work, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(work);
        Guid[] items = [.. itemIds];
        var job = new WorkbenchJob(Guid.CreateVersion7(), kind, title, starter, items.Length, words, clock.GetUtcNow()) { Details = details };
        return Run(job, context => work(context, items));
    }

    /// <summary>Starts <paramref name="work"/> for <paramref name="job"/> in the background and returns at once.</summary>
    public WorkbenchJob Run(WorkbenchJob job, Func<JobContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(work);
        if (_stopping.IsCancellationRequested)
        {
            throw new InvalidOperationException("The host is stopping: no job can start.");
        }

        Sweep();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Registered before it runs, so that a status request right after the start finds it.
        _jobs[job.Id] = (job, started.Task);
        var task = Task.Run(async () =>
        {
            await started.Task.ConfigureAwait(false);
            await ExecuteAsync(job, work).ConfigureAwait(false);
        });
        _jobs[job.Id] = (job, task);
        started.SetResult();
        return job;
    }

    /// <summary>A job the caller may see, else null (another organization's job is as missing as an unknown one).</summary>
    public WorkbenchJob? Find(Guid id, string actor, Data.Security.OrganizationScope scope) =>
        _jobs.TryGetValue(id, out var entry) && entry.Job.VisibleTo(actor, scope) ? entry.Job : null;

    /// <summary>The caller's visible jobs, newest first: running ones and those finished recently.</summary>
    public IReadOnlyList<WorkbenchJob> List(string actor, Data.Security.OrganizationScope scope)
    {
        Sweep();
        return [.. _jobs.Values.Select(e => e.Job).Where(j => j.VisibleTo(actor, scope)).OrderByDescending(j => j.QueuedAt).ThenByDescending(j => j.Id)];
    }

    private async Task ExecuteAsync(WorkbenchJob job, Func<JobContext, Task> work)
    {
        var lane = _lanes.GetOrAdd((job.Kind, job.Starter.OrganizationId), _ => new SemaphoreSlim(1, 1));
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.CancellationToken, _stopping.Token);
            await lane.WaitAsync(linked.Token).ConfigureAwait(false);
            try
            {
                await _slots.WaitAsync(linked.Token).ConfigureAwait(false);
                try
                {
                    job.Started(clock.GetUtcNow());
                    await using var scope = scopes.CreateAsyncScope();
                    await work(new JobContext(job, scope.ServiceProvider, clock, linked.Token, _stopping.Token)).ConfigureAwait(false);
                    if (!job.IsFinished)
                    {
                        var v = job.View();
                        job.Completed(clock.GetUtcNow(), v.Failed == 0
                            ? $"Done: {v.Succeeded} {job.Words.Items} {job.Words.DonePast}."
                            : $"Done: {v.Succeeded} {job.Words.Items} {job.Words.DonePast}, {v.Failed} could not be (see the errors).");
                    }
                }
                finally
                {
                    _slots.Release();
                }
            }
            finally
            {
                lane.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            job.Failed(clock.GetUtcNow(), $"The server stopped during the work. {job.Words.ResumeAdvice}");
        }
        catch (OperationCanceledException) when (job.CancelledBy is { } by)
        {
            job.Cancelled(clock.GetUtcNow(), $"Cancelled by {by} after {job.Done} of {job.Total} {job.Words.Items}. {job.Words.ResumeAdvice}");
        }
#pragma warning disable CA1031 // a background job reports any failure in words on its status instead of taking the host down
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, job.Id, job.Kind);
            job.Failed(clock.GetUtcNow(),
                $"{job.Words.Work} stopped because of an error on the server. {job.Words.ResumeAdvice} Tell your administrator if it stops again (job {job.Id}).");
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        var finished = _jobs.Values.Select(e => e.Job.View()).Where(v => v.IsFinished).OrderByDescending(v => v.FinishedAt).ToList();
        foreach (var (v, i) in finished.Select((v, i) => (v, i)))
        {
            if (i >= MaxFinishedKept || (v.FinishedAt is { } at && now - at > FinishedLifetime))
            {
                _jobs.TryRemove(v.Id, out _);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Host shutdown: every job stops before its next item and says so; waits for them as long as the host allows.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down twice (a test host disposed after its services) has nothing left to stop.
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        var running = _jobs.Values.Select(e => e.Task).ToList();
        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout passed: the jobs' items are committed one by one, so stopping here loses no half item.
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Dispose();
        _slots.Dispose();
        foreach (var lane in _lanes.Values)
        {
            lane.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workbench job {JobId} ({Kind}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId, JobKind kind);
}
