using Claimsmith.Data.Security;
using Claimsmith.Web.Jobs;

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
    /// <summary>Stopped by a user; what was committed stays and posting the file again resumes.</summary>
    Cancelled = 4,
}

/// <summary>
/// One 835 file being posted in the background: a <see cref="WorkbenchJob"/> (progress, state,
/// cancel, the jobs list) plus what only posting has: the file until it runs, and the outcome per
/// check (claims posted, left in the exceptions queue, posted by an earlier run; the remittances).
/// </summary>
internal sealed class RemittancePostingJob
{
    /// <summary>How a posting's progress is said in the jobs list.</summary>
    public static readonly JobWords Words = new("claims", "to post", "posted", "Posting",
        "Every claim posted so far is complete; post the same file again to resume.");

    private readonly Lock _gate = new();
    private IReadOnlyList<Guid> _remittanceIds = [];
    private int _posted, _exceptions, _earlier;
    private byte[]? _content;

    public RemittancePostingJob(Guid id, string fileName, byte[] content, int totalClaims, string actor, OrganizationScope scope, Guid? organizationId, DateTimeOffset queuedAt)
        : this(id, fileName, content, totalClaims, new JobStarter(actor, null, null, scope, organizationId), queuedAt)
    {
    }

    public RemittancePostingJob(Guid id, string fileName, byte[] content, int totalClaims, JobStarter starter, DateTimeOffset queuedAt)
    {
        FileName = fileName;
        _content = content;
        Job = new WorkbenchJob(id, JobKind.RemittancePosting, "Post " + fileName, starter, totalClaims, Words, queuedAt);
    }

    /// <summary>The job as the jobs list and <c>/api/jobs</c> see it.</summary>
    public WorkbenchJob Job { get; }

    public Guid Id => Job.Id;

    public string FileName { get; }

    /// <summary>Claim payments in the file (CLP segments), known from the preview.</summary>
    public int TotalClaims => Job.Total;

    /// <summary>The user who started it.</summary>
    public string Actor => Job.Starter.Actor;

    /// <summary>The organization scope of the request that started it: the job sees and posts exactly what that user could.</summary>
    public OrganizationScope Scope => Job.Starter.Scope;

    /// <summary>The payee organization when the user works for exactly one.</summary>
    public Guid? OrganizationId => Job.Starter.OrganizationId;

    public DateTimeOffset QueuedAt => Job.QueuedAt;

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

    public void Started(DateTimeOffset at) => Job.Started(at);

    /// <summary>Called after each claim payment's transaction commits.</summary>
    public void ClaimDone(int committedSoFar) => Job.DoneSoFar(committedSoFar);

    public void Completed(DateTimeOffset at, IReadOnlyList<Guid> remittanceIds, int posted, int exceptions, int earlier, string message)
    {
        lock (_gate)
        {
            _remittanceIds = remittanceIds;
            (_posted, _exceptions, _earlier) = (posted, exceptions, earlier);
        }

        Job.DoneSoFar(Math.Max(Job.Done, posted + exceptions + earlier));
        Job.Counts(posted + earlier, exceptions);
        if (remittanceIds.Count == 1)
        {
            Job.Link("/remittance/" + remittanceIds[0], "Open the remittance");
        }

        Job.Completed(at, message);
    }

    public void Failed(DateTimeOffset at, string message) => Job.Failed(at, message);

    /// <summary>Who may see it: the user who started it, or anyone whose scope covers its organization.</summary>
    public bool VisibleTo(string actor, OrganizationScope scope) => Job.VisibleTo(actor, scope);

    /// <summary>A consistent copy for a status answer.</summary>
    public PostingJobView View()
    {
        var v = Job.View();
        var state = v.State switch
        {
            JobState.Queued => PostingJobState.Queued,
            JobState.Running => PostingJobState.Running,
            JobState.Done => PostingJobState.Completed,
            JobState.Cancelled => PostingJobState.Cancelled,
            _ => PostingJobState.Failed,
        };
        lock (_gate)
        {
            return new PostingJobView(Id, FileName, state, v.Total, v.Done, v.StartedBy, v.QueuedAt, v.StartedAt, v.FinishedAt, _posted, _exceptions, _earlier,
                _remittanceIds, Progress(state, v.Done, v.Total), v.Message);
        }
    }

    private static string Progress(PostingJobState state, int done, int total) => state switch
    {
        PostingJobState.Queued => $"Waiting to start: {total} claim payment(s) to post.",
        PostingJobState.Running => $"{done} of {total} claims posted.",
        PostingJobState.Completed => $"Done: {done} of {total} claims handled.",
        _ => $"Stopped after {done} of {total} claims.",
    };
}

/// <summary>A posting job's status as the status endpoint answers it.</summary>
/// <param name="Id">Job id.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="State">Queued, running, completed, failed or cancelled.</param>
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
    public bool IsFinished => State is PostingJobState.Completed or PostingJobState.Failed or PostingJobState.Cancelled;
}
