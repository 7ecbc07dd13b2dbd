using Claimsmith.Data.Security;

namespace Claimsmith.Web.Remittance;

/// <summary>What a posting job is doing.</summary>
internal enum PostingJobState
{
    /// <summary>Waiting for the worker.</summary>
    Queued = 0,
    /// <summary>Posting claim payments.</summary>
    Running = 1,
    /// <summary>Done (possibly with exceptions, which the message names).</summary>
    Completed = 2,
    /// <summary>Stopped by an error; what was committed stays (one transaction per claim) and posting the file again resumes.</summary>
    Failed = 3,
}

/// <summary>
/// One 835 file being posted in the background. Progress is written by the worker and read by
/// status requests on other threads, so the counters are updated with <see cref="Interlocked"/>
/// and the rest under a lock.
/// </summary>
internal sealed class RemittancePostingJob
{
    private readonly Lock _gate = new();
    private int _done;
    private PostingJobState _state;
    private string _message = "Waiting to start.";
    private DateTimeOffset? _startedAt, _finishedAt;
    private IReadOnlyList<Guid> _remittanceIds = [];
    private int _posted, _exceptions, _earlier;
    private byte[]? _content;

    public RemittancePostingJob(Guid id, string fileName, byte[] content, int totalClaims, string actor, OrganizationScope scope, Guid? organizationId, DateTimeOffset queuedAt)
    {
        Id = id;
        FileName = fileName;
        _content = content;
        TotalClaims = totalClaims;
        Actor = actor;
        Scope = scope;
        OrganizationId = organizationId;
        QueuedAt = queuedAt;
    }

    public Guid Id { get; }

    public string FileName { get; }

    /// <summary>Claim payments in the file (CLP segments), known from the preview.</summary>
    public int TotalClaims { get; }

    /// <summary>The user who started it.</summary>
    public string Actor { get; }

    /// <summary>The organization scope of the request that started it: the job sees and posts exactly what that user could.</summary>
    public OrganizationScope Scope { get; }

    /// <summary>The payee organization when the user works for exactly one.</summary>
    public Guid? OrganizationId { get; }

    public DateTimeOffset QueuedAt { get; }

    /// <summary>The file, until the job has run (then released).</summary>
    public byte[]? TakeContent()
    {
        lock (_gate)
        {
            var c = _content;
            _content = null;
            return c;
        }
    }

    public void Started(DateTimeOffset at)
    {
        lock (_gate)
        {
            _state = PostingJobState.Running;
            _startedAt = at;
            _message = "Posting.";
        }
    }

    /// <summary>Called after each claim payment's transaction commits.</summary>
    public void ClaimDone(int committedSoFar) => Interlocked.Exchange(ref _done, committedSoFar);

    public void Completed(DateTimeOffset at, IReadOnlyList<Guid> remittanceIds, int posted, int exceptions, int earlier, string message)
    {
        lock (_gate)
        {
            _state = PostingJobState.Completed;
            _finishedAt = at;
            _remittanceIds = remittanceIds;
            (_posted, _exceptions, _earlier) = (posted, exceptions, earlier);
            _message = message;
            Interlocked.Exchange(ref _done, Math.Max(Volatile.Read(ref _done), posted + exceptions + earlier));
        }
    }

    public void Failed(DateTimeOffset at, string message)
    {
        lock (_gate)
        {
            _state = PostingJobState.Failed;
            _finishedAt = at;
            _message = message;
        }
    }

    /// <summary>Who may see it: the user who started it, or anyone whose scope covers its organization.</summary>
    public bool VisibleTo(string actor, OrganizationScope scope) =>
        string.Equals(actor, Actor, StringComparison.OrdinalIgnoreCase)
        || scope.IsUnrestricted
        || (OrganizationId is { } org && scope.OrganizationIds.Contains(org));

    /// <summary>A consistent copy for a status answer.</summary>
    public PostingJobView View()
    {
        lock (_gate)
        {
            var done = Math.Min(Volatile.Read(ref _done), TotalClaims);
            return new PostingJobView(Id, FileName, _state, TotalClaims, done, Actor, QueuedAt, _startedAt, _finishedAt, _posted, _exceptions, _earlier,
                _remittanceIds, Progress(done), _message);
        }
    }

    private string Progress(int done) => _state switch
    {
        PostingJobState.Queued => $"Waiting to start: {TotalClaims} claim payment(s) to post.",
        PostingJobState.Running => $"{done} of {TotalClaims} claims posted.",
        PostingJobState.Completed => $"Done: {done} of {TotalClaims} claims handled.",
        _ => $"Stopped after {done} of {TotalClaims} claims.",
    };
}

/// <summary>A posting job's status as the status endpoint answers it.</summary>
/// <param name="Id">Job id.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="State">Queued, running, completed or failed.</param>
/// <param name="TotalClaims">Claim payments in the file.</param>
/// <param name="ClaimsDone">Claim payments handled so far.</param>
/// <param name="StartedBy">User who started it.</param>
/// <param name="QueuedAt">When it was started from the screen.</param>
/// <param name="StartedAt">When the worker began.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="Posted">Claim payments posted by this run.</param>
/// <param name="Exceptions">Claim payments left in the exceptions queue.</param>
/// <param name="PostedBefore">Claim payments an earlier run had already posted.</param>
/// <param name="RemittanceIds">The stored remittances (for links).</param>
/// <param name="Progress">"N of M claims posted" in words.</param>
/// <param name="Message">The outcome or the error in words.</param>
internal sealed record PostingJobView(Guid Id, string FileName, PostingJobState State, int TotalClaims, int ClaimsDone, string StartedBy,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Posted, int Exceptions, int PostedBefore,
    IReadOnlyList<Guid> RemittanceIds, string Progress, string Message)
{
    public bool IsFinished => State is PostingJobState.Completed or PostingJobState.Failed;
}
