namespace Claimsmith.Web.Jobs;

/// <summary>
/// One long piece of workbench work (posting an 835, scrubbing many claims, suggesting codes for
/// many encounters) running in the background: who started it for which organization, "N of M
/// done", how many items succeeded and failed, the first <see cref="MaxErrors"/> per-item errors,
/// and its state. The job runs on <see cref="WorkbenchJobs"/>; progress is written by the job's
/// task and read by status requests on other threads, so the counters are updated with
/// <see cref="Interlocked"/> and the rest under a lock.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The cancellation source has no timer and no linked registrations; a late Cancel or status read may still touch it after the job ended, so it is left to the collector.")]
internal sealed class WorkbenchJob
{
    /// <summary>Per-item errors kept; the rest are counted (a batch of 10,000 bad claims must not fill memory).</summary>
    public const int MaxErrors = 100;

    private readonly Lock _gate = new();
    private readonly List<JobItemError> _errors = [];
    private readonly Dictionary<string, int> _tallies = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _total, _done, _succeeded, _failed, _errorsLeftOut;
    private JobState _state;
    private string _message = "Waiting to start.";
    private DateTimeOffset? _startedAt, _finishedAt;
    private string? _cancelledBy;
    private (string Href, string Text)? _link;

    public WorkbenchJob(Guid id, JobKind kind, string title, JobStarter starter, int total, JobWords words, DateTimeOffset queuedAt)
    {
        ArgumentNullException.ThrowIfNull(starter);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Id = id;
        Kind = kind;
        Title = title;
        Starter = starter;
        Words = words;
        _total = total;
        QueuedAt = queuedAt;
    }

    public Guid Id { get; }

    public JobKind Kind { get; }

    /// <summary>What the job does in a few words, e.g. "Scrub 40 selected claims".</summary>
    public string Title { get; }

    public JobStarter Starter { get; }

    public JobWords Words { get; }

    /// <summary>What only this kind of job keeps (a batch scrub: <see cref="ClaimScrubFindings"/>), for the screens that show its outcome.</summary>
    public object? Details { get; init; }

    public DateTimeOffset QueuedAt { get; }

    /// <summary>Items to handle.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Items handled so far.</summary>
    public int Done => Math.Min(Volatile.Read(ref _done), Total);

    /// <summary>Cancelled by a user (the job stops before its next item).</summary>
    public CancellationToken CancellationToken => _cancel.Token;

    /// <summary>Completes when the job has ended, whatever the outcome.</summary>
    public Task Completion => _completion.Task;

    public JobState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public bool IsFinished => State is JobState.Done or JobState.Failed or JobState.Cancelled;

    /// <summary>Who may see it: the user who started it, staff of every organization, or a user whose scope covers the job's organization.</summary>
    public bool VisibleTo(string actor, Data.Security.OrganizationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return string.Equals(actor, Starter.Actor, StringComparison.OrdinalIgnoreCase)
            || scope.IsUnrestricted
            || (Starter.OrganizationId is { } org && scope.OrganizationIds.Contains(org));
    }

    /// <summary>Who may cancel it: the user who started it or an administrator who can see it.</summary>
    public bool CancellableBy(string actor, bool isAdmin) =>
        isAdmin || string.Equals(actor, Starter.Actor, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sets the number of items once it is known (posting knows it from the file).</summary>
    public void SetTotal(int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Volatile.Write(ref _total, total);
    }

    public void Started(DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_state != JobState.Queued)
            {
                return;
            }

            _state = JobState.Running;
            _startedAt = at;
            _message = Words.Work + ".";
        }
    }

    /// <summary>An item succeeded.</summary>
    public void Succeeded()
    {
        Interlocked.Increment(ref _succeeded);
        Interlocked.Increment(ref _done);
    }

    /// <summary>An item failed: recorded (the first <see cref="MaxErrors"/>) and counted; the job goes on with the next.</summary>
    public void ItemFailed(JobItemError error)
    {
        RecordError(error);
        Interlocked.Increment(ref _failed);
        Interlocked.Increment(ref _done);
    }

    /// <summary>Lists a per-item error without counting the item (for work that reports its counts with <see cref="Counts"/>).</summary>
    public void RecordError(JobItemError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (_errors.Count < MaxErrors)
            {
                _errors.Add(error);
            }
            else
            {
                _errorsLeftOut++;
            }
        }
    }

    /// <summary>Progress reported as a count (posting reports claims committed so far).</summary>
    public void DoneSoFar(int done) => Interlocked.Exchange(ref _done, done);

    /// <summary>Sets the succeeded and failed counts at once (posting learns them at the end).</summary>
    public void Counts(int succeeded, int failed)
    {
        Interlocked.Exchange(ref _succeeded, succeeded);
        Interlocked.Exchange(ref _failed, failed);
    }

    /// <summary>Adds to a named count of the outcome, e.g. "clean", "withErrors".</summary>
    public void Tally(string name, int add = 1)
    {
        lock (_gate)
        {
            _tallies[name] = _tallies.GetValueOrDefault(name) + add;
        }
    }

    /// <summary>A link the finished job offers, e.g. to the claims with findings.</summary>
    public void Link(string href, string text)
    {
        lock (_gate)
        {
            _link = (href, text);
        }
    }

    /// <summary>Asks the job to stop before its next item; false when it has already ended.</summary>
    public bool Cancel(string by)
    {
        lock (_gate)
        {
            if (_state is JobState.Done or JobState.Failed or JobState.Cancelled)
            {
                return false;
            }

            _cancelledBy ??= by;
        }

        _cancel.Cancel();
        return true;
    }

    /// <summary>The user who asked it to stop, if anyone did.</summary>
    public string? CancelledBy
    {
        get
        {
            lock (_gate)
            {
                return _cancelledBy;
            }
        }
    }

    public void Completed(DateTimeOffset at, string message) => Finish(JobState.Done, at, message);

    public void Failed(DateTimeOffset at, string message) => Finish(JobState.Failed, at, message);

    public void Cancelled(DateTimeOffset at, string message) => Finish(JobState.Cancelled, at, message);

    private void Finish(JobState state, DateTimeOffset at, string message)
    {
        lock (_gate)
        {
            if (_state is JobState.Done or JobState.Failed or JobState.Cancelled)
            {
                return;
            }

            _state = state;
            _startedAt ??= at;
            _finishedAt = at;
            _message = message;
        }

        // The token source is not disposed: a late Cancel or a view may still touch it, and it holds no timer.
        _completion.TrySetResult();
    }

    /// <summary>A consistent copy for a status answer; <paramref name="canCancel"/> says whether the asker may cancel it.</summary>
    public JobView View(bool canCancel = false)
    {
        lock (_gate)
        {
            var total = Total;
            var done = Done;
            var finished = _state is JobState.Done or JobState.Failed or JobState.Cancelled;
            return new JobView(Id, Kind, Title, _state, total, done, Volatile.Read(ref _succeeded), Volatile.Read(ref _failed),
                [.. _errors], _errorsLeftOut, Starter.Actor, Starter.OrganizationId, QueuedAt, _startedAt, _finishedAt,
                Progress(done, total), _message, new Dictionary<string, int>(_tallies, StringComparer.Ordinal),
                _link?.Href, _link?.Text, canCancel && !finished, _cancelledBy);
        }
    }

    private string Progress(int done, int total) => _state switch
    {
        JobState.Queued => $"Waiting to start: {total} {Words.Items} {Words.ToDo}.",
        JobState.Running => $"{done} of {total} {Words.Items} {Words.DonePast}.",
        JobState.Done => $"Done: {done} of {total} {Words.Items} handled.",
        _ => $"Stopped after {done} of {total} {Words.Items}.",
    };
}
