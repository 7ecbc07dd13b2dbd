using System.Net;
using System.Text;
using Claimsmith.Data;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests;

/// <summary>
/// Walks every endpoint the host maps (from its EndpointDataSource, so new endpoints are covered
/// without touching this test): anonymous callers get 401, and every role the endpoint's policy
/// does not name gets 403. Workbench pages say the same to a person: a redirect to the sign-in
/// page instead of 401 and to the "not part of your role" page instead of 403.
/// </summary>
public sealed class AuthorizationMatrixTests(ClaimsmithWebFactory factory) : IClassFixture<ClaimsmithWebFactory>
{
    // Form: the endpoint reads a form, and routing answers any other body with 415 before authorization runs.
    private sealed record Probe(string Method, string Url, string[] AllowedRoles, string Display, bool Form = false)
    {
        public bool IsPage => Method == "GET" && !Url.StartsWith("/api/", StringComparison.Ordinal);
    }

    /// <summary>Whether the answer is the refusal expected: 401/403 from the API, a redirect to sign-in or to the refusal page from a page.</summary>
    private static bool Refused(Probe probe, HttpResponseMessage response, bool anonymous) =>
        probe.IsPage
            ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith(anonymous ? "/signin" : "/denied", StringComparison.Ordinal) == true
            : response.StatusCode == (anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);

    private HttpClient NoRedirectClient(HttpClient? signedIn = null)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn?.DefaultRequestHeaders.Authorization;
        return client;
    }

    private List<Probe> Probes()
    {
        var probes = new List<Probe>();
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var url = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.CreateVersion7().ToString(),
                _ => "",
            }))));
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var allowed = policies.Count == 0
                ? ClaimsmithRoles.All.Append(ClaimsmithWebFactory.NoRole).ToArray()
                : policies.Select(p => Policies.Roles[p]).Aggregate((a, b) => a.Intersect(b).ToArray());
            foreach (var method in methods)
            {
                var form = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes
                    .Any(t => t.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) || t.StartsWith("multipart/form-data", StringComparison.Ordinal)) == true;
                probes.Add(new Probe(method, url, allowed, $"{method} {endpoint.RoutePattern.RawText}", form));
            }
        }

        return probes;
    }

    [Fact]
    public void EveryApiEndpoint_IsDiscovered()
    {
        var probes = Probes();
        Assert.True(probes.Count > 40, $"Only {probes.Count} endpoints found.");
        Assert.Contains(probes, p => p.Display == "POST /api/claims/{id:guid}/ready");
        Assert.Contains(probes, p => p.Display == "POST /api/claims/{id:guid}/scrub");
        Assert.Contains(probes, p => p.Display == "POST /api/claims/scrub");
        Assert.Contains(probes, p => p.Display == "POST /api/claims/{id:guid}/scrub/overrides");
        Assert.Contains(probes, p => p.Display == "GET /api/jobs/");
        Assert.Contains(probes, p => p.Display == "GET /api/jobs/{id:guid}");
        Assert.Contains(probes, p => p.Display == "POST /api/jobs/{id:guid}/cancel");
        Assert.Contains(probes, p => p.Display == "POST /api/jobs/claim-scrub");
        Assert.Contains(probes, p => p.Display == "POST /api/jobs/coding-suggestions");
        Assert.DoesNotContain(probes, p => p.Url == "/health");
    }

    [Fact]
    public async Task EveryEndpoint_RefusesAnonymousCallers()
    {
        using var client = NoRedirectClient();
        var failures = new List<string>();
        foreach (var probe in Probes())
        {
            using var response = await client.SendAsync(Request(probe), TestContext.Current.CancellationToken);
            if (!Refused(probe, response, anonymous: true))
            {
                failures.Add($"{probe.Display}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryEndpoint_RefusesRolesItDoesNotAdmit()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var role in ClaimsmithRoles.All.Append(ClaimsmithWebFactory.NoRole))
        {
            using var signedIn = await factory.ClientAsAsync(role);
            using var client = NoRedirectClient(signedIn);
            foreach (var probe in Probes().Where(p => !p.AllowedRoles.Contains(role)))
            {
                checkedCount++;
                using var response = await client.SendAsync(Request(probe), TestContext.Current.CancellationToken);
                if (!Refused(probe, response, anonymous: false))
                {
                    var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    failures.Add($"{role} {probe.Display}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedCount > 50, $"Only {checkedCount} refusals checked.");
    }

    [Fact]
    public async Task AdmittedRole_IsNotRefused()
    {
        using var client = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        using var response = await client.GetAsync(new Uri("/api/patients", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SelfRegistration_IsClosed()
    {
        // Anonymous callers are stopped by the fallback policy; signed-in ones find nothing there.
        using var anonymous = factory.CreateClient();
        using var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        foreach (var (client, expected) in new[] { (anonymous, HttpStatusCode.Unauthorized), (admin, HttpStatusCode.NotFound) })
        {
            using var response = await client.PostAsync(new Uri("/api/account/register", UriKind.Relative),
                new StringContent("""{"email":"x@y.test","password":"Whatever-123456"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task FirstRunPage_IsGoneOnceUsersExist()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/setup", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage Request(Probe probe)
    {
        var request = new HttpRequestMessage(new HttpMethod(probe.Method), new Uri(probe.Url, UriKind.Relative));
        if (probe.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = probe.Form
                ? new FormUrlEncodedContent([])
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}
