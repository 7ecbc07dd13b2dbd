using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Claimsmith.Web.Jobs;
using Claimsmith.Web.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Jobs;

/// <summary>
/// <c>/api/jobs</c>: a batch scrub of selected claims or of all matching a filter, followed to its
/// end from the API, agreeing claim by claim with the single scrub and audited; batch coding that
/// leaves the waiting encounters with their suggestions; bad requests answered in words; roles
/// without the policy refused; another organization's job answered 404 to read, list and cancel;
/// cancel only by who started a job or an administrator; posting jobs listed only to billing roles.
/// </summary>
public abstract class JobsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<ClaimsmithDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>());
    }

    /// <summary>A user with <paramref name="role"/> who works for <paramref name="organizationId"/> only, signed in.</summary>
    private async Task<(HttpClient Client, string Email)> UserOfAsync(string role, Guid organizationId)
    {
        using var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var email = $"{role}-jobs-{Guid.NewGuid().ToString("N")[..8]}@claimsmith.test";
        var created = await admin.CreateAsync("/api/users", new { email, password = ClaimsmithWebFactory.Password, roles = new[] { role } });
        var (status, body, _) = await admin.SendAsync(HttpMethod.Put, $"/api/users/{(string)created["id"]!}/organizations", new { organizationIds = new[] { organizationId } });
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        return (await factory.SignInAsync(email), email);
    }

    private static async Task<JsonNode> WaitForJobAsync(HttpClient client, string jobId)
    {
        for (var i = 0; i < 600; i++)
        {
            var (status, job, _) = await client.SendAsync(HttpMethod.Get, "/api/jobs/" + jobId);
            Assert.Equal(HttpStatusCode.OK, status);
            if (job!["state"]!.GetValue<string>() is "Done" or "Failed" or "Cancelled")
            {
                return job;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail("The job did not finish within 60 seconds.");
        return null!;
    }

    /// <summary>A job that works until it is cancelled, checking between items.</summary>
    private WorkbenchJob RunUntilCancelled(WorkbenchJob job)
    {
        var runner = factory.Services.GetRequiredService<WorkbenchJobs>();
        return runner.Run(job, async ctx =>
        {
            for (var i = 0; i < 3000; i++)
            {
                ctx.ThrowIfCancelled();
                await Task.Delay(20, ctx.Stopping);
            }
        });
    }

    [Fact]
    public async Task ClaimScrub_OfSelectedClaims_RunsInTheBackground_AgreesWithTheSingleScrub_AndIsAudited()
    {
        factory.SkipIfUnavailable();
        var (org, clean, bad) = await WithDbAsync(async db =>
        {
            var o = await JobSeed.OrganizationAsync(db, Ct);
            return (o, await JobSeed.DraftClaimAsync(db, TimeProvider.System, "J06.9", Ct, o.Id), await JobSeed.DraftClaimAsync(db, TimeProvider.System, "J06", Ct, o.Id));
        });
        var (biller, email) = await UserOfAsync(ClaimsmithRoles.Biller, org.Id);
        using (biller)
        {
            var (status, started, response) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { claimIds = new[] { clean.Id, bad.Id } });
            Assert.True(status == HttpStatusCode.Accepted, started?.ToJsonString());
            var id = started!["id"]!.GetValue<string>();
            Assert.Equal($"/api/jobs/{id}", response.Headers.Location?.OriginalString);
            Assert.Equal("ClaimScrub", started["kind"]!.GetValue<string>());
            Assert.Equal(2, started["total"]!.GetValue<int>());
            Assert.Equal(org.Id.ToString(), started["organizationId"]!.GetValue<string>());
            Assert.True(started["canCancel"]!.GetValue<bool>() || started["state"]!.GetValue<string>() == "Done");

            var done = await WaitForJobAsync(biller, id);
            Assert.Equal("Done", done["state"]!.GetValue<string>());
            Assert.Equal((2, 2, 0), (done["done"]!.GetValue<int>(), done["succeeded"]!.GetValue<int>(), done["failed"]!.GetValue<int>()));
            Assert.Equal("Done: 2 of 2 claims handled.", done["progress"]!.GetValue<string>());

            // Each claim lands where the single scrub puts it.
            var expected = new Dictionary<string, int>();
            foreach (var claim in new[] { clean, bad })
            {
                var (one, report, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{claim.Id}/scrub");
                Assert.Equal(HttpStatusCode.OK, one);
                var key = report!["errors"]!.GetValue<int>() > 0 ? "withErrors" : report["warnings"]!.GetValue<int>() > 0 ? "withWarnings" : "clean";
                expected[key] = expected.GetValueOrDefault(key) + 1;
            }

            Assert.True(expected.GetValueOrDefault("withErrors") >= 1, "The category header J06 is an error for the scrubber.");
            var tallies = done["tallies"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<int>());
            Assert.Equal(expected.OrderBy(kv => kv.Key), tallies.OrderBy(kv => kv.Key));
            Assert.Contains($"{expected.GetValueOrDefault("clean")} clean, {expected.GetValueOrDefault("withErrors")} with errors", done["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal($"/claims?scrub={id}", done["link"]!.GetValue<string>());

            var runner = factory.Services.GetRequiredService<WorkbenchJobs>();
            var findings = Assert.IsType<ClaimScrubFindings>(runner.Find(Guid.Parse(id), email, OrganizationScope.None)!.Details);
            Assert.True(findings.Claims[bad.Id].Errors > 0);

            var (listed, list, _) = await biller.SendAsync(HttpMethod.Get, "/api/jobs?mine=true");
            Assert.Equal(HttpStatusCode.OK, listed);
            Assert.Contains(list!.AsArray(), j => j!["id"]!.GetValue<string>() == id);

            // Audited: the start, the claims the job read on the user's behalf, and the status reads.
            var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == email).ToListAsync(Ct));
            Assert.Contains(entries, e => e.Action == "job.claim-scrub.create" && e.Outcome == AuditOutcome.Success && e.RecordIds!.Contains(id, StringComparison.Ordinal) && e.OrganizationId == org.Id);
            var read = Assert.Single(entries, e => e.Action == "claim-scrub.job.read");
            Assert.Contains(clean.Id.ToString(), read.RecordIds!, StringComparison.Ordinal);
            Assert.Contains(bad.Id.ToString(), read.RecordIds!, StringComparison.Ordinal);
            Assert.Equal(org.Id, read.OrganizationId);
            Assert.Contains(entries, e => e.Action == "job.read" && e.RecordIds!.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ClaimScrub_AllMatchingAFilter_AndBadRequestsInWords()
    {
        factory.SkipIfUnavailable();
        var claim = await WithDbAsync(db => JobSeed.DraftClaimAsync(db, TimeProvider.System, "J06", Ct));
        using var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (none, problem, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { });
        Assert.Equal(HttpStatusCode.BadRequest, none);
        Assert.Contains("Name the claims to scrub", problem!["errors"]!["claimIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var (both, twice, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { claimIds = new[] { claim.Id }, filter = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, both);
        Assert.Equal("Give either claimIds or a filter, not both.", twice!["errors"]!["filter"]![0]!.GetValue<string>());

        var (nothing, empty, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { filter = new { payerId = Guid.CreateVersion7() } });
        Assert.Equal(HttpStatusCode.BadRequest, nothing);
        Assert.Contains("No claim matches the filter", empty!["errors"]!["filter"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var (unknown, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { filter = new { findingsOf = Guid.CreateVersion7() } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown);

        // The filter of the claims list: this payer's draft claims.
        var (accepted, job, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { filter = new { status = "Draft", payerId = claim.PayerId } });
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        Assert.Equal(1, job!["total"]!.GetValue<int>());
        Assert.StartsWith("Scrub all 1 claim(s) matching the filter", job["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var done = await WaitForJobAsync(biller, job["id"]!.GetValue<string>());
        Assert.Equal(1, done["tallies"]!["withErrors"]!.GetValue<int>());

        // Scrub again only the claims that scrub found something on.
        var (again, second, _) = await biller.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { filter = new { findingsOf = job["id"] } });
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal(1, second!["total"]!.GetValue<int>());
        await WaitForJobAsync(biller, second["id"]!.GetValue<string>());

        var (unknownJob, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/jobs/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, unknownJob);
    }

    [Fact]
    public async Task Roles_WithoutThePolicy_Get403_AndTheRefusalIsAudited()
    {
        factory.SkipIfUnavailable();
        using var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        using var auditor = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await coder.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { claimIds = new[] { Guid.CreateVersion7() } })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(HttpMethod.Post, "/api/jobs/claim-scrub", new { filter = new { } })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { filter = new { } })).Status);
        Assert.Equal(HttpStatusCode.OK, (await auditor.SendAsync(HttpMethod.Get, "/api/jobs")).Status);

        var denied = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserName == ClaimsmithWebFactory.Email(ClaimsmithRoles.Auditor) && e.Action == "access.denied" && e.RecordType == "WorkbenchJob")
            .Select(e => e.Detail).ToListAsync(Ct));
        Assert.Contains(denied, d => d!.Contains("/api/jobs/coding-suggestions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherOrganizationsJob_Is404_ToReadListAndCancel_AndOnlyTheStarterOrAnAdminCancels()
    {
        factory.SkipIfUnavailable();
        var (a, b) = await WithDbAsync(async db => (await JobSeed.OrganizationAsync(db, Ct), await JobSeed.OrganizationAsync(db, Ct)));
        var (billerA, billerAEmail) = await UserOfAsync(ClaimsmithRoles.Biller, a.Id);
        var (coderA, _) = await UserOfAsync(ClaimsmithRoles.Coder, a.Id);
        var (billerB, _) = await UserOfAsync(ClaimsmithRoles.Biller, b.Id);
        using var staffAdmin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var job = RunUntilCancelled(new WorkbenchJob(Guid.CreateVersion7(), JobKind.ClaimScrub, "Scrub of A", new JobStarter(billerAEmail, null, null, OrganizationScope.Of("a", [a.Id]), a.Id),
            3000, ClaimScrubJob.Words, DateTimeOffset.UtcNow));
        var url = "/api/jobs/" + job.Id;

        using (billerB)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await billerB.SendAsync(HttpMethod.Get, url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await billerB.SendAsync(HttpMethod.Post, url + "/cancel", new { })).Status);
            var (_, list, _) = await billerB.SendAsync(HttpMethod.Get, "/api/jobs");
            Assert.DoesNotContain(list!.AsArray(), j => j!["id"]!.GetValue<string>() == job.Id.ToString());
        }

        using (coderA)
        {
            var (seen, view, _) = await coderA.SendAsync(HttpMethod.Get, url);
            Assert.Equal(HttpStatusCode.OK, seen);
            Assert.False(view!["canCancel"]!.GetValue<bool>());
            var (refused, problem, _) = await coderA.SendAsync(HttpMethod.Post, url + "/cancel", new { });
            Assert.Equal(HttpStatusCode.Forbidden, refused);
            Assert.Contains("Only who started a job", problem!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await staffAdmin.SendAsync(HttpMethod.Get, url)).Status);
        using (billerA)
        {
            var (_, mine, _) = await billerA.SendAsync(HttpMethod.Get, url);
            Assert.True(mine!["canCancel"]!.GetValue<bool>());
            var (cancelled, _, _) = await billerA.SendAsync(HttpMethod.Post, url + "/cancel", new { });
            Assert.Equal(HttpStatusCode.Accepted, cancelled);
            var ended = await WaitForJobAsync(billerA, job.Id.ToString());
            Assert.Equal("Cancelled", ended["state"]!.GetValue<string>());
            Assert.StartsWith($"Cancelled by {billerAEmail}", ended["message"]!.GetValue<string>(), StringComparison.Ordinal);
            var (again, _, _) = await billerA.SendAsync(HttpMethod.Post, url + "/cancel", new { });
            Assert.Equal(HttpStatusCode.Conflict, again);
        }

        var cancels = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == billerAEmail && e.Action == "job.cancel.change").ToListAsync(Ct));
        Assert.Contains(cancels, e => e.Outcome == AuditOutcome.Success && e.RecordIds!.Contains(job.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task CodingSuggestions_ForWaitingEncounters_StoreTheSuggestions_SoTheyNoLongerWait()
    {
        factory.SkipIfUnavailable();
        var (org, encounter) = await WithDbAsync(async db =>
        {
            var o = await JobSeed.OrganizationAsync(db, Ct);
            return (o, await JobSeed.UncodedEncounterAsync(db, Ct, o.Id));
        });
        var (coder, email) = await UserOfAsync(ClaimsmithRoles.Coder, org.Id);
        using (coder)
        {
            var (none, unnamed, _) = await coder.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { });
            Assert.Equal(HttpStatusCode.BadRequest, none);
            Assert.Contains("Name the encounters to code", unnamed!["errors"]!["encounterIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            var (both, twice, _) = await coder.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { encounterIds = new[] { encounter.Id }, filter = new { } });
            Assert.Equal(HttpStatusCode.BadRequest, both);
            Assert.Equal("Give either encounterIds or a filter, not both.", twice!["errors"]!["filter"]![0]!.GetValue<string>());
            var (badSetting, _, _) = await coder.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { filter = new { setting = "dental" } });
            Assert.Equal(HttpStatusCode.BadRequest, badSetting);

            var (accepted, job, _) = await coder.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { filter = new { organizationId = org.Id } });
            Assert.True(accepted == HttpStatusCode.Accepted, job?.ToJsonString());
            Assert.Equal(1, job!["total"]!.GetValue<int>());
            var done = await WaitForJobAsync(coder, job["id"]!.GetValue<string>());
            Assert.True(done["state"]!.GetValue<string>() == "Done", done.ToJsonString());
            Assert.Equal(1, done["tallies"]!["suggested"]!.GetValue<int>());
            Assert.Equal("Done: 1 of 1 encounters handled.", done["progress"]!.GetValue<string>());

            var set = await WithDbAsync(db => db.SuggestionSets.AsNoTracking().Include(s => s.Suggestions).SingleAsync(s => s.EncounterId == encounter.Id, Ct));
            Assert.Equal(email, set.CreatedBy);
            Assert.Equal(done["tallies"]!["codes"]?.GetValue<int>() ?? 0, set.Suggestions.Count);

            // Nothing waits any more: a second run has nothing to do.
            var (nothing, problem, _) = await coder.SendAsync(HttpMethod.Post, "/api/jobs/coding-suggestions", new { filter = new { organizationId = org.Id } });
            Assert.Equal(HttpStatusCode.BadRequest, nothing);
            Assert.Contains("No encounter waits", problem!["errors"]!["filter"]![0]!.GetValue<string>(), StringComparison.Ordinal);

            var entries = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserName == email && e.Action == "encounter-suggestions.job.create").ToListAsync(Ct));
            Assert.Contains(entries, e => e.RecordIds!.Contains(encounter.Id.ToString(), StringComparison.Ordinal) && e.OrganizationId == org.Id);
        }
    }

    [Fact]
    public async Task PostingJobs_AreListedOnlyToRolesThatReadBilling_AndCancelled_TheRemittanceViewSaysSo()
    {
        factory.SkipIfUnavailable();
        var posting = new RemittancePostingJob(Guid.CreateVersion7(), "slow.835", [1], 3000, ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller), OrganizationScope.Unrestricted, null, DateTimeOffset.UtcNow);
        RunUntilCancelled(posting.Job);
        using var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        using var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (_, coderList, _) = await coder.SendAsync(HttpMethod.Get, "/api/jobs");
        Assert.DoesNotContain(coderList!.AsArray(), j => j!["id"]!.GetValue<string>() == posting.Id.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await coder.SendAsync(HttpMethod.Get, "/api/jobs/" + posting.Id)).Status);
        var (_, billerList, _) = await biller.SendAsync(HttpMethod.Get, "/api/jobs");
        var listed = Assert.Single(billerList!.AsArray(), j => j!["id"]!.GetValue<string>() == posting.Id.ToString());
        Assert.Equal("RemittancePosting", listed!["kind"]!.GetValue<string>());
        Assert.Equal("Post slow.835", listed["title"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Accepted, (await biller.SendAsync(HttpMethod.Post, $"/api/jobs/{posting.Id}/cancel", new { })).Status);
        await posting.Job.Completion.WaitAsync(Ct);
        Assert.Equal(PostingJobState.Cancelled, posting.View().State);
        Assert.True(posting.View().IsFinished);
    }
}

public sealed class SqliteJobsApiTests(ClaimsmithWebFactory factory) : JobsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresJobsApiTests(PostgresClaimsmithWebFactory factory) : JobsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
