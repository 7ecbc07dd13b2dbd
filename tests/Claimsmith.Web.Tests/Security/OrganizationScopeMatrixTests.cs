using System.Net;
using System.Text;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Security;

/// <summary>
/// Every endpoint x every role x own (A) and other (B) organization, for users who work for A
/// only: B's records answer exactly as missing ones do (403 where the role is not admitted,
/// otherwise the same status as a random id), no response carries anything of B, A's records
/// are readable by the roles admitted, and every denied attempt has its audit entry. Endpoints
/// come from the host's EndpointDataSource, so new ones are covered without touching this test.
/// </summary>
public abstract class OrganizationScopeMatrixTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Endpoint(string Method, RoutePattern Pattern, string[] AllowedRoles, string? RecordType)
    {
        public string Display => $"{Method} {Pattern.RawText}";
    }

    private List<Endpoint> Endpoints()
    {
        var list = new List<Endpoint>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // Workbench pages answer people with redirects, not 403/404: AuthorizationMatrixTests and the browser tests cover them.
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var allowed = policies.Count == 0
                ? [.. ClaimsmithRoles.All]
                : policies.Select(p => Policies.Roles[p]).Aggregate((a, b) => [.. a.Intersect(b)]);
            var recordType = endpoint.Metadata.GetMetadata<AuditedMetadata>()?.RecordType;
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                list.Add(new Endpoint(method, endpoint.RoutePattern, allowed, recordType));
            }
        }

        return list;
    }

    /// <summary>The URL with route parameters filled from <paramref name="side"/> (null: random ids), and whether its main id is a record of that side.</summary>
    private static (string Url, bool NamesRecord, List<string> UsedIds) Url(Endpoint e, TwoOrganizations.Side? side)
    {
        var used = new List<string>();
        var namesRecord = false;
        var path = "/" + string.Join('/', e.Pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p =>
        {
            switch (p)
            {
                case RoutePatternLiteralPart l:
                    return l.Content;
                case RoutePatternParameterPart param:
                    var id = side is null ? null : param.Name switch
                    {
                        "id" => e.RecordType is { } t ? side.IdFor(t) : null,
                        "documentId" => side.DocumentId,
                        _ => null,
                    };
                    if (id is not null && param.Name == "id")
                    {
                        namesRecord = true;
                    }

                    id ??= Guid.CreateVersion7().ToString();
                    used.Add(id);
                    return id;
                default:
                    return "";
            }
        }))));
        return (path, namesRecord, used);
    }

    private static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, string method, string url)
    {
        using var request = Request(method, url);
        using var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task EveryEndpoint_EveryRole_OtherOrganizationIsIndistinguishableFromMissing_AndDenialsAreAudited()
    {
        factory.SkipIfUnavailable();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var world = await TwoOrganizations.CreateAsync(factory, tag);
        var endpoints = Endpoints();
        var failures = new List<string>();
        var expectedDenials = new Dictionary<(string User, string Detail), int>();
        var probes = 0;

        foreach (var role in ClaimsmithRoles.All)
        {
            var email = TwoOrganizations.UserOfA(role, tag);
            using var client = await factory.SignInAsync(email);
            foreach (var e in endpoints)
            {
                if (e.Pattern.RawText is "/api/account/logout" or "/api/account/sign-out-everywhere" || e.Pattern.RawText!.StartsWith("/api/account/manage", StringComparison.Ordinal))
                {
                    continue; // end or change this user's own session; tested in SignInHardeningTests
                }

                probes++;
                var admitted = e.AllowedRoles.Contains(role);
                var (urlB, namesB, usedB) = Url(e, world.B);
                var (urlR, _, _) = Url(e, null);
                var (statusB, bodyB) = await SendAsync(client, e.Method, urlB);
                var (statusR, _) = await SendAsync(client, e.Method, urlR);

                if (!admitted && (statusB != HttpStatusCode.Forbidden || statusR != HttpStatusCode.Forbidden))
                {
                    failures.Add($"{role} {e.Display}: not admitted but {(int)statusB}/{(int)statusR}");
                }
                else if (admitted && statusB != statusR)
                {
                    failures.Add($"{role} {e.Display}: B's record answers {(int)statusB}, a missing one {(int)statusR}");
                }

                foreach (var secret in world.B.Secrets.Except(usedB).Where(s => bodyB.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{role} {e.Display}: response carries B's {secret}");
                }

                if (statusB == HttpStatusCode.Forbidden)
                {
                    Expect(email, $"{e.Method} {e.Pattern.RawText} -> 403", 2); // the random-id probe is refused too
                }
                else if (statusB == HttpStatusCode.NotFound && namesB)
                {
                    Expect(email, $"{e.Method} {e.Pattern.RawText} -> 404", 1);
                }

                if (e.Method == "GET" && !e.Pattern.Parameters.Any(p => p.Name is not ("id" or "documentId")) && e.Pattern.Parameters.Count > 0)
                {
                    var (urlA, namesA, _) = Url(e, world.A);
                    if (namesA && admitted)
                    {
                        var (statusA, _) = await SendAsync(client, "GET", urlA);
                        if (statusA != HttpStatusCode.OK)
                        {
                            failures.Add($"{role} {e.Display}: A's own record answers {(int)statusA}");
                        }
                    }
                }

                if (e.Method == "GET" && e.Pattern.Parameters.Count == 0 && admitted && e.Pattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
                {
                    // Lists asked for B's organization or patient: empty, and nothing of B.
                    var (statusQ, bodyQ) = await SendAsync(client, "GET", $"{e.Pattern.RawText}?organizationId={world.B.OrganizationId}&patientId={world.B.PatientId}");
                    foreach (var secret in world.B.Secrets.Except([world.B.OrganizationId, world.B.PatientId]).Where(s => bodyQ.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{role} {e.Display}?organizationId=B: {(int)statusQ} carries B's {secret}");
                    }
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(probes > 250, $"Only {probes} probes.");

        // Every denied attempt has exactly its entries, and no other request was recorded as denied.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var users = expectedDenials.Keys.Select(k => k.User).Distinct().ToList();
        var recorded = (await db.AuditEntries.AsNoTracking().Where(a => a.Outcome == AuditOutcome.Denied && users.Contains(a.UserName!)).ToListAsync(Ct))
            .GroupBy(a => (a.UserName!, a.Detail!)).ToDictionary(g => g.Key, g => g.Count());
        var missing = expectedDenials.Where(kv => recorded.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => $"{kv.Key.User} {kv.Key.Detail}: {recorded.GetValueOrDefault(kv.Key)} entries, expected {kv.Value}").ToList();
        var extra = recorded.Keys.Except(expectedDenials.Keys).Select(k => $"{k.Item1} {k.Item2}: unexpected denial entry").ToList();
        Assert.Empty(missing.Concat(extra));
        Assert.True(expectedDenials.Values.Sum() > 100, $"Only {expectedDenials.Values.Sum()} denials.");

        var b = world.B.OrganizationId;
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.Outcome == AuditOutcome.Denied && a.OrganizationId == Guid.Parse(b)).Select(a => a.Action).ToListAsync(Ct),
            a => a == "patient.read");

        void Expect(string user, string detail, int count) =>
            expectedDenials[(user, detail)] = expectedDenials.GetValueOrDefault((user, detail)) + count;
    }

    [Fact]
    public async Task ListsAndCounts_ShowOnlyTheUsersOrganizations()
    {
        factory.SkipIfUnavailable();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var world = await TwoOrganizations.CreateAsync(factory, tag);
        using var auditor = await factory.SignInAsync(TwoOrganizations.UserOfA(ClaimsmithRoles.Auditor, tag));

        var (_, patients, _) = await auditor.SendAsync(HttpMethod.Get, "/api/patients?pageSize=200");
        Assert.Equal(1, (int)patients!["total"]!); // only A's patient, not even B's in the count
        Assert.Equal(world.A.PatientId, (string?)patients["items"]![0]!["id"]);
        var (_, orgs, _) = await auditor.SendAsync(HttpMethod.Get, "/api/organizations");
        Assert.Equal([world.A.OrganizationId], orgs!["items"]!.AsArray().Select(o => (string)o!["id"]!));
        var (_, claims, _) = await auditor.SendAsync(HttpMethod.Get, "/api/claims");
        Assert.Equal([world.A.ClaimId], claims!["items"]!.AsArray().Select(o => (string)o!["id"]!));

        // Minimum necessary: the coverage list masks the member ID; the record itself has it.
        var (_, coverages, _) = await auditor.SendAsync(HttpMethod.Get, "/api/coverages");
        var masked = (string)coverages!["items"]![0]!["memberId"]!;
        Assert.Equal(new string('*', world.A.MemberId.Length - 4) + world.A.MemberId[^4..], masked);
        var (_, coverage, _) = await auditor.SendAsync(HttpMethod.Get, $"/api/coverages/{world.A.CoverageId}");
        Assert.Equal(world.A.MemberId, (string?)coverage!["memberId"]);
    }

    [Fact]
    public async Task CreatingOrChanging_ForAnotherOrganization_IsRefused()
    {
        factory.SkipIfUnavailable();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var world = await TwoOrganizations.CreateAsync(factory, tag);
        using var biller = await factory.SignInAsync(TwoOrganizations.UserOfA(ClaimsmithRoles.Biller, tag));
        using var coder = await factory.SignInAsync(TwoOrganizations.UserOfA(ClaimsmithRoles.Coder, tag));
        using var adminA = await factory.SignInAsync(TwoOrganizations.UserOfA(ClaimsmithRoles.Admin, tag));

        var (status, body, _) = await biller.SendAsync(HttpMethod.Post, "/api/patients", new { organizationId = world.B.OrganizationId, accountNumber = "X1", lastName = "Intruder", firstName = "Ivy", birthDate = "1990-01-01", sex = "Female" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["organizationId"]);
        (status, _, _) = await coder.SendAsync(HttpMethod.Post, "/api/encounters", new { patientId = world.B.PatientId, kind = "Professional", serviceFrom = "2026-05-05", placeOfService = "11", renderingProviderId = world.B.ProviderId, diagnoses = new[] { new { code = "J06.9" } } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims", new { encounterId = world.B.EncounterId });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, _, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{world.B.EncounterId}/documents", new { title = "x", text = "y" });
        Assert.Equal(HttpStatusCode.NotFound, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/facilities", new { organizationId = world.B.OrganizationId, name = "Elsewhere", placeOfService = "11", address = ApiClient.Address() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        // An admin of A cannot hand B to a user, nor grant every organization.
        var (_, me, _) = await adminA.SendAsync(HttpMethod.Get, "/api/users");
        var someone = (string)me!.AsArray().First(u => (string?)u!["email"] == TwoOrganizations.UserOfA(ClaimsmithRoles.Coder, tag))!["id"]!;
        (status, _, _) = await adminA.SendAsync(HttpMethod.Put, $"/api/users/{someone}/organizations", new { organizationIds = new[] { world.B.OrganizationId } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, _, _) = await adminA.SendAsync(HttpMethod.Put, $"/api/users/{someone}/organizations", new { allOrganizations = true, organizationIds = new[] { world.A.OrganizationId } });
        Assert.Equal(HttpStatusCode.BadRequest, status);

        // Nothing was created in B.
        var staff = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var (_, patients, _) = await staff.SendAsync(HttpMethod.Get, $"/api/patients?organizationId={world.B.OrganizationId}");
        Assert.Equal(1, (int)patients!["total"]!);
        var (_, encounter, _) = await staff.SendAsync(HttpMethod.Get, $"/api/encounters/{world.B.EncounterId}");
        Assert.Single(encounter!["documents"]!.AsArray());

        // An organization an admin of A creates is theirs (they become a member) and no one else's.
        var created = await adminA.CreateAsync("/api/organizations", new { name = "Scope C " + tag, kind = "Practice", taxId = "660000001", npi = "1234567893", address = ApiClient.Address() });
        (status, _, _) = await adminA.SendAsync(HttpMethod.Get, $"/api/organizations/{(string)created["id"]!}");
        Assert.Equal(HttpStatusCode.OK, status);
        using var auditorA = await factory.SignInAsync(TwoOrganizations.UserOfA(ClaimsmithRoles.Auditor, tag));
        (status, _, _) = await auditorA.SendAsync(HttpMethod.Get, $"/api/organizations/{(string)created["id"]!}");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}

public sealed class SqliteOrganizationScopeMatrixTests(ClaimsmithWebFactory factory) : OrganizationScopeMatrixTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresOrganizationScopeMatrixTests(PostgresClaimsmithWebFactory factory) : OrganizationScopeMatrixTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
