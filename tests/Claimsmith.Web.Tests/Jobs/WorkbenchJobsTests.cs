using Claimsmith.Data.Security;
using Claimsmith.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Claimsmith.Web.Tests.Jobs;

/// <summary>
/// The workbench job runner on its own: "N of M" progress with succeeded and failed counts, a
/// failed item listed with its id while the job goes on, a cancel that lets the item in hand
/// finish and starts no other, jobs of one kind and organization one after the other, a
/// shutdown said in words, and who may see and cancel a job.
/// </summary>
public sealed class WorkbenchJobsTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly JobWords Words = new("claims", "to scrub", "scrubbed", "Scrubbing", "Start it again for the rest.");

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly WorkbenchJobs _runner;

    public WorkbenchJobsTests() =>
        _runner = new WorkbenchJobs(_services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<WorkbenchJobs>.Instance);

    public void Dispose()
    {
        _runner.Dispose();
        _services.Dispose();
    }

    private static WorkbenchJob NewJob(int total, Guid? organizationId = null, string actor = "biller@claimsmith.test", JobKind kind = JobKind.ClaimScrub) =>
        new(Guid.CreateVersion7(), kind, "Scrub " + total, new JobStarter(actor, null, null,
            organizationId is { } org ? OrganizationScope.Of("u1", [org]) : OrganizationScope.Unrestricted, organizationId), total, Words, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Run_CountsProgress_AndAFailedItemIsListed_WhileTheJobGoesOn()
    {
        var job = NewJob(3);
        var gate = new SemaphoreSlim(0);
        _runner.Run(job, async ctx =>
        {
            ctx.Job.Succeeded();
            await gate.WaitAsync(ctx.Stopping);
            ctx.Job.ItemFailed(new JobItemError("c-2", "claim C2", "The claim no longer exists.", null));
            ctx.Job.Succeeded();
        });

        await WaitUntilAsync(() => job.View().Done == 1);
        var running = job.View();
        Assert.Equal(JobState.Running, running.State);
        Assert.Equal("1 of 3 claims scrubbed.", running.Progress);
        Assert.Contains(_runner.List("biller@claimsmith.test", OrganizationScope.None), j => j.Id == job.Id);

        gate.Release();
        await job.Completion.WaitAsync(Ct);
        var v = job.View();
        Assert.Equal((JobState.Done, 3, 3, 2, 1), (v.State, v.Total, v.Done, v.Succeeded, v.Failed));
        Assert.Equal("Done: 3 of 3 claims handled.", v.Progress);
        var error = Assert.Single(v.Errors);
        Assert.Equal(("c-2", "The claim no longer exists."), (error.ItemId, error.Message));
        Assert.Contains("1 could not be", v.Message, StringComparison.Ordinal);
        Assert.NotNull(v.FinishedAt);
    }

    [Fact]
    public async Task Cancel_LetsTheItemInHandFinish_AndStartsNoOther()
    {
        var job = NewJob(5);
        var proceed = new SemaphoreSlim(0);
        var started = 0;
        _runner.Run(job, async ctx =>
        {
            for (var i = 0; i < 5; i++)
            {
                ctx.ThrowIfCancelled();
                Interlocked.Increment(ref started);
                // The item's own work waits on the shutdown token only: a cancel does not cut it.
                await proceed.WaitAsync(ctx.Stopping);
                ctx.Job.Succeeded();
            }
        });

        proceed.Release();
        await WaitUntilAsync(() => job.Done == 1 && Volatile.Read(ref started) == 2);
        Assert.True(job.Cancel("biller@claimsmith.test"));
        proceed.Release(); // the second item, in hand when the cancel came, completes
        await job.Completion.WaitAsync(Ct);

        var v = job.View();
        Assert.Equal(JobState.Cancelled, v.State);
        Assert.Equal(2, v.Done);
        Assert.Equal(2, Volatile.Read(ref started));
        Assert.Equal("biller@claimsmith.test", v.CancelledBy);
        Assert.StartsWith("Cancelled by biller@claimsmith.test after 2 of 5 claims.", v.Message, StringComparison.Ordinal);
        Assert.Equal("Stopped after 2 of 5 claims.", v.Progress);
        Assert.False(job.Cancel("biller@claimsmith.test")); // already ended
    }

    [Fact]
    public async Task AnErrorOutsideAnyItem_FailsTheJobInWords_AndTheRunnerGoesOn()
    {
        var job = NewJob(2);
        _runner.Run(job, _ => throw new InvalidOperationException("disk full"));
        await job.Completion.WaitAsync(Ct);
        Assert.Equal(JobState.Failed, job.State);
        Assert.StartsWith("Scrubbing stopped because of an error on the server. Start it again for the rest.", job.View().Message, StringComparison.Ordinal);
        Assert.DoesNotContain("disk full", job.View().Message, StringComparison.Ordinal);

        var next = NewJob(1);
        _runner.Run(next, ctx =>
        {
            ctx.Job.Succeeded();
            return Task.CompletedTask;
        });
        await next.Completion.WaitAsync(Ct);
        Assert.Equal(JobState.Done, next.State);
    }

    [Fact]
    public async Task JobsOfOneKindAndOrganization_RunOneAfterTheOther_OthersAtOnce()
    {
        var org = Guid.CreateVersion7();
        var first = NewJob(1, org);
        var second = NewJob(1, org);
        var elsewhere = NewJob(1, Guid.CreateVersion7());
        var gate = new SemaphoreSlim(0);
        _runner.Run(first, async ctx =>
        {
            await gate.WaitAsync(ctx.Stopping);
            ctx.Job.Succeeded();
        });
        await WaitUntilAsync(() => first.State == JobState.Running);
        _runner.Run(second, ctx =>
        {
            ctx.Job.Succeeded();
            return Task.CompletedTask;
        });
        _runner.Run(elsewhere, ctx =>
        {
            ctx.Job.Succeeded();
            return Task.CompletedTask;
        });

        await elsewhere.Completion.WaitAsync(Ct);
        Assert.Equal(JobState.Running, first.State);
        Assert.Equal(JobState.Queued, second.State);
        Assert.StartsWith("Waiting to start: 1 claims to scrub.", second.View().Progress, StringComparison.Ordinal);

        // Cancelled while waiting: it never starts.
        var third = NewJob(1, org);
        var ran = false;
        _runner.Run(third, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        third.Cancel("admin@claimsmith.test");
        await third.Completion.WaitAsync(Ct);
        Assert.Equal(JobState.Cancelled, third.State);

        gate.Release();
        await second.Completion.WaitAsync(Ct);
        Assert.Equal(JobState.Done, first.State);
        Assert.Equal(JobState.Done, second.State);
        Assert.False(ran);
    }

    [Fact]
    public async Task Shutdown_StopsBeforeTheNextItem_AndSaysSo()
    {
        var job = NewJob(3);
        _runner.Run(job, async ctx =>
        {
            ctx.Job.Succeeded();
            await Task.Delay(Timeout.Infinite, ctx.Cancellation);
        });
        await WaitUntilAsync(() => job.Done == 1);
        await _runner.StopAsync(Ct);
        Assert.Equal(JobState.Failed, job.State);
        Assert.StartsWith("The server stopped during the work. Start it again for the rest.", job.View().Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => _runner.Run(NewJob(1), _ => Task.CompletedTask));
    }

    [Fact]
    public void Errors_AreCapped_AndTheRestCounted()
    {
        var job = NewJob(WorkbenchJob.MaxErrors + 50);
        for (var i = 0; i < WorkbenchJob.MaxErrors + 50; i++)
        {
            job.ItemFailed(new JobItemError("c" + i, "claim " + i, "Not found.", null));
        }

        var v = job.View();
        Assert.Equal(WorkbenchJob.MaxErrors, v.Errors.Count);
        Assert.Equal(50, v.ErrorsLeftOut);
        Assert.Equal(WorkbenchJob.MaxErrors + 50, v.Failed);
    }

    [Fact]
    public void AJob_IsSeenByItsOrganization_ItsStarter_AndStaff_AndCancelledByItsStarterOrAnAdmin()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var job = NewJob(1, a, "biller-a@claimsmith.test");
        Assert.True(job.VisibleTo("coder-a@claimsmith.test", OrganizationScope.Of("u2", [a])));
        Assert.True(job.VisibleTo("BILLER-A@claimsmith.test", OrganizationScope.None));
        Assert.True(job.VisibleTo("admin@claimsmith.test", OrganizationScope.AllOrganizations("u3")));
        Assert.False(job.VisibleTo("biller-b@claimsmith.test", OrganizationScope.Of("u4", [b])));
        Assert.Null(_runner.Find(job.Id, "biller-b@claimsmith.test", OrganizationScope.Of("u4", [b])));

        Assert.True(job.CancellableBy("biller-a@claimsmith.test", isAdmin: false));
        Assert.True(job.CancellableBy("admin-a@claimsmith.test", isAdmin: true));
        Assert.False(job.CancellableBy("coder-a@claimsmith.test", isAdmin: false));
        Assert.False(job.View(canCancel: false).CanCancel);
        Assert.True(job.View(canCancel: true).CanCancel);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20, Ct);
        }

        Assert.True(condition(), "The job did not get there within 10 seconds.");
    }
}
