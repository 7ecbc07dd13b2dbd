using System.Net;
using System.Net.Http.Json;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Claimsmith.Web.Tests;

/// <summary>A new installation: no users, no default password; the first-run page creates the first admin once.</summary>
public sealed class FirstRunTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-firstrun-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public FirstRunTests()
    {
        Directory.CreateDirectory(_dir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => TestEncryption.Configure(b.UseSetting(ClaimsmithWebSetup.SqlitePathKey, Path.Combine(_dir, "first.db"))));
    }

    [Fact]
    public async Task FirstRun_CreatesTheFirstAdminOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();

        // Nobody can sign in on a fresh database: there is no default account.
        var login = await client.PostAsJsonAsync("/api/account/login", new { email = "admin@claimsmith.test", password = "admin" }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        var page = await client.GetAsync(new Uri("/setup", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("first administrator", await page.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        var weak = await client.PostAsJsonAsync("/setup/admin", new { email = "first@claimsmith.test", password = "short" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);

        var created = await client.PostAsJsonAsync("/setup/admin", new { email = "first@claimsmith.test", password = "A-Long-Synthetic-Pass-1" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var again = await client.PostAsJsonAsync("/setup/admin", new { email = "second@claimsmith.test", password = "A-Long-Synthetic-Pass-2" }, ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/setup", UriKind.Relative), ct)).StatusCode);

        login = await client.PostAsJsonAsync("/api/account/login", new { email = "first@claimsmith.test", password = "A-Long-Synthetic-Pass-1" }, ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
