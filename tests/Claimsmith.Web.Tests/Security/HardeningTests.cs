using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Security;

/// <summary>Security headers everywhere; in Production HTTPS redirection, HSTS and problems without details.</summary>
public sealed class HardeningTests(ClaimsmithWebFactory factory) : IClassFixture<ClaimsmithWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health", "default-src 'none'")]
    [InlineData("/api/patients", "default-src 'none'")]
    [InlineData("/api/no-such-endpoint", "default-src 'none'")]
    // A browser path answers with the workbench's page policy (scripts and styles from the site only).
    [InlineData("/no-such-page", "default-src 'self'")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url, string csp)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains(csp, policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS in Development");
    }

    [Fact]
    public async Task ApiResponses_AreNotCached()
    {
        var biller = await factory.ClientAsAsync(Claimsmith.Data.ClaimsmithRoles.Biller);
        using var response = await biller.GetAsync(new Uri("/api/patients", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Production_RedirectsToHttps_SendsHsts_AndHidesExceptionDetails()
    {
        var dir = Path.Combine(Path.GetTempPath(), "claimsmith-prod-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                TestEncryption.Configure(b.UseSetting(ClaimsmithWebSetup.SqlitePathKey, Path.Combine(dir, "prod.db")));
                b.UseEnvironment("Production");
                b.UseSetting("https_port", "443");
                // The first-run page fails with secrets in its exception (it asks antiforgery for a token).
                b.ConfigureServices(s => s.AddSingleton<IAntiforgery, ThrowingAntiforgery>());
            });

            using var http = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://claimsmith.example"), AllowAutoRedirect = false });
            using var redirect = await http.GetAsync(new Uri("/health", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
            Assert.Equal("https://claimsmith.example/health", redirect.Headers.Location?.ToString());

            using var https = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://claimsmith.example") });
            using var health = await https.GetAsync(new Uri("/health", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("max-age=31536000", health.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

            using var failure = await https.GetAsync(new Uri("/setup", UriKind.Relative), Ct);
            var body = await failure.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
            Assert.Equal("application/problem+json", failure.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.Equal("An unexpected error occurred.", (string)JsonNode.Parse(body)!["title"]!);
            Assert.NotNull(JsonNode.Parse(body)!["traceId"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task SetupForm_CarriesAnAntiforgeryToken_AndAPostWithoutItIsRefused()
    {
        var dir = Path.Combine(Path.GetTempPath(), "claimsmith-setup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var fresh = new WebApplicationFactory<Program>().WithWebHostBuilder(b => TestEncryption.Configure(b.UseSetting(ClaimsmithWebSetup.SqlitePathKey, Path.Combine(dir, "setup.db"))));
            using var browser = fresh.CreateClient();
            using var page = await browser.GetAsync(new Uri("/setup", UriKind.Relative), Ct);
            var html = await page.Content.ReadAsStringAsync(Ct);
            Assert.Contains("form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var token = Regex.Match(html, "name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\"");
            Assert.True(token.Success, html);

            // A cross-site form post has neither the token nor (SameSite=Strict) the cookie.
            using var attacker = fresh.CreateClient();
            using var forged = await attacker.PostAsync(new Uri("/setup/admin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "evil@claimsmith.test", ["password"] = "A-Long-Synthetic-Pass-9" }), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            using var posted = await browser.PostAsync(new Uri("/setup/admin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "first@claimsmith.test",
                ["password"] = "A-Long-Synthetic-Pass-1",
                [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            }), Ct);
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class ThrowingAntiforgery : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => throw new InvalidOperationException("Host=db;Password=hunter2 failed");

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => throw new InvalidOperationException("Host=db;Password=hunter2 failed");

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => Task.FromResult(false);

        public void SetCookieTokenAndHeader(HttpContext httpContext)
        {
        }

        public Task ValidateRequestAsync(HttpContext httpContext) => Task.CompletedTask;
    }
}
