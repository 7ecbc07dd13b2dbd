using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Claimsmith.Data;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Claimsmith.Web.Tests.CodeSets;

/// <summary>
/// The real host with its own temporary home (code-set snapshot and SQLite database) and one
/// signed-in coder: the code-set API, like every API, refuses anonymous callers.
/// </summary>
public abstract class SignedInCodeSetsHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TempFolder _temp = FixtureFiles.NewTemp();
    private string? _token;

    protected string Home => Path.Combine(_temp.Path, "home");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Home);
        builder.UseSetting("Claimsmith:Home", Home);
        builder.UseSetting(ClaimsmithWebSetup.SqlitePathKey, Path.Combine(_temp.Path, "web.db"));
        builder.UseEnvironment("Development");
    }

    public async ValueTask InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClaimsmithUser>>();
        var created = await ClaimsmithIdentity.CreateUserAsync(users, "coder@claimsmith.test", ClaimsmithWebFactory.Password, [ClaimsmithRoles.Coder]);
        Assert.True(created.Succeeded);
    }

    /// <summary>A client signed in as a coder (bearer token from /api/account/login).</summary>
    public async Task<HttpClient> CoderClientAsync()
    {
        var client = CreateClient();
        if (_token is null)
        {
            using var response = await client.PostAsJsonAsync("/api/account/login", new { email = "coder@claimsmith.test", password = ClaimsmithWebFactory.Password }, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            _token = body.GetProperty("accessToken").GetString();
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A host whose CLAIMSMITH_HOME holds a snapshot imported from the synthetic fixtures.</summary>
public sealed class CodeSetsWebFactory : SignedInCodeSetsHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var data = FixtureFiles.WriteDataFolder(Path.Combine(Home, "..", "data"));
        var result = CodeSetImporter.ImportToFile(CodeSetSources.Discover(data), Path.Combine(Home, "codesets.snapshot"), TimeProvider.System);
        Assert.True(result.Succeeded);
    }
}

/// <summary>A host whose CLAIMSMITH_HOME has no snapshot yet.</summary>
public sealed class EmptyHomeWebFactory : SignedInCodeSetsHost;

public sealed class CodeSetsApiTests(CodeSetsWebFactory factory) : IClassFixture<CodeSetsWebFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> Get(string url)
    {
        using var client = await factory.CoderClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShowCode_ReturnsNotesHierarchyAndValidity()
    {
        var (status, body, _) = await Get("/api/codes/icd10cm/E11.22?date=2026-01-15");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("E11.22", body.GetProperty("code").GetString());
        Assert.Equal("valid", body.GetProperty("validity").GetProperty("status").GetString(), ignoreCase: true);
        Assert.Equal("useAdditionalCode", body.GetProperty("notes")[0].GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Equal(5, body.GetProperty("hierarchy").GetArrayLength());
    }

    [Fact]
    public async Task ShowCode_DeletedCodeForFy2026()
    {
        var (status, body, _) = await Get("/api/codes/icd10cm/B88.0?date=2025-10-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("NotBillable", body.GetProperty("validity").GetProperty("status").GetString());
        Assert.Equal(["B88.01", "B88.09"], body.GetProperty("validity").GetProperty("replacedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("/api/codes/icd11/E11.22", "unknown-system")]
    [InlineData("/api/codes/icd10cm/E1-22", "malformed-code")]
    [InlineData("/api/codes/icd10cm/E11.22?date=2026-13-01", "bad-date")]
    [InlineData("/api/codes/search?q=", "bad-query")]
    [InlineData("/api/codes/search?q=diabetes&system=nope", "unknown-system")]
    [InlineData("/api/codes/search?q=diabetes&limit=0", "bad-limit")]
    [InlineData("/api/fees/9921?locality=13202-01", "malformed-code")]
    [InlineData("/api/fees/99213?locality=nowhere", "unknown-locality")]
    public async Task BadInput_IsAProblem400(string url, string type)
    {
        var (status, body, contentType) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.EndsWith("/" + type, body.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCode_IsA404Problem()
    {
        var (status, body, _) = await Get("/api/codes/icd10cm/Z99.99");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.EndsWith("/unknown-code", body.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RanksAbbreviationsAndCodes()
    {
        var (status, body, _) = await Get("/api/codes/search?q=DM2%20CKD&limit=5");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("E11.22", body[0].GetProperty("code").GetString());
        var (_, prefix, _) = await Get("/api/codes/search?q=0DTJ&system=icd10pcs");
        Assert.All(prefix.EnumerateArray(), h => Assert.StartsWith("0DTJ", h.GetProperty("code").GetString(), StringComparison.Ordinal));
        var (_, dated, _) = await Get("/api/codes/search?q=diabetes&date=2025-03-01&limit=50");
        Assert.DoesNotContain(dated.EnumerateArray(), h => h.GetProperty("code").GetString() == "E11.A");
    }

    [Fact]
    public async Task Fees_PricesBothSettings()
    {
        var (status, body, _) = await Get("/api/fees/99213?locality=13202-01&date=2026-03-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(114.29m, body.GetProperty("nonFacility").GetProperty("amount").GetDecimal());
        Assert.Equal(64.55m, body.GetProperty("facility").GetProperty("amount").GetDecimal());
        var (_, rows, _) = await Get("/api/fees/71046");
        Assert.Equal(3, rows.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpoints()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/api/codes/{system}/{code}", json, StringComparison.Ordinal);
        Assert.Contains("/api/codes/search", json, StringComparison.Ordinal);
        Assert.Contains("/api/fees/{code}", json, StringComparison.Ordinal);
        Assert.Contains("ShowCode", json, StringComparison.Ordinal);
    }
}

public sealed class CodeSetsApiWithoutSnapshotTests(EmptyHomeWebFactory factory) : IClassFixture<EmptyHomeWebFactory>
{
    [Theory]
    [InlineData("/api/codes/icd10cm/E11.22")]
    [InlineData("/api/codes/search?q=diabetes")]
    [InlineData("/api/fees/99213")]
    public async Task Anonymous_IsRefused(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/codes/icd10cm/E11.22")]
    [InlineData("/api/codes/search?q=diabetes")]
    [InlineData("/api/fees/99213")]
    public async Task NoSnapshot_IsA503ProblemSayingHowToImport(string url)
    {
        using var client = await factory.CoderClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("claimsmith codes import", body, StringComparison.Ordinal);
    }
}
