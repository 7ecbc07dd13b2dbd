using Claimsmith.Data;
using Claimsmith.Data.Audit;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// What a job's work gets: the job to report progress on, a DI scope of its own (its own database
/// context, with the organization scope of the user who started it), and two tokens: one that a
/// user's cancel or the host's shutdown trips, checked between items, and one only the shutdown
/// trips, for the I/O of the item in hand, so that a cancel never cuts an item in half.
/// </summary>
internal sealed class JobContext(WorkbenchJob job, IServiceProvider services, TimeProvider clock, CancellationToken cancellation, CancellationToken stopping)
{
    private ClaimsmithDbContext? _db;

    public WorkbenchJob Job => job;

    public IServiceProvider Services => services;

    public TimeProvider Clock => clock;

    /// <summary>Tripped by a user's cancel or the host's shutdown: checked between items.</summary>
    public CancellationToken Cancellation => cancellation;

    /// <summary>Tripped only by the host's shutdown: passed to the work on one item.</summary>
    public CancellationToken Stopping => stopping;

    /// <summary>The scope's database context, seeing exactly what the starter could see.</summary>
    public ClaimsmithDbContext Db
    {
        get
        {
            if (_db is null)
            {
                _db = services.GetRequiredService<ClaimsmithDbContext>();
                _db.OrganizationScope = job.Starter.Scope;
            }

            return _db;
        }
    }

    /// <summary>Stops before the next item when the job was cancelled or the host is stopping.</summary>
    public void ThrowIfCancelled() => cancellation.ThrowIfCancellationRequested();

    /// <summary>
    /// Records what the job read or changed in the audit log under the user who started it
    /// (HIPAA 164.312(b)): a job reads patient data on that user's behalf, after the request
    /// that started it is gone. Written in a context of its own, like the request's entries.
    /// </summary>
    public async Task AuditAsync(string action, string recordType, IReadOnlyCollection<string> recordIds, string detail)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        await using var db = settings.CreateContext();
        var s = job.Starter;
        await AuditLog.AppendAsync(db, new AuditRecord(action, AuditOutcome.Success, s.UserId, s.Actor, s.OrganizationId, recordType, recordIds, s.ClientAddress, detail),
            clock, CancellationToken.None).ConfigureAwait(false);
    }
}
