using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claimsmith.Data;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests;

/// <summary>
/// The real host on a fresh SQLite file, with one signed-in user per role (real Identity bearer
/// tokens from /api/account/login) plus a user without any role.
/// </summary>
public class ClaimsmithWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Synthetic-Pass-123";
    public const string NoRole = "norole";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-web-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    /// <summary>Why this database cannot be tested here (then tests skip); null when it can.</summary>
    public virtual string? SkipReason => null;

    public void SkipIfUnavailable()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>
    /// The host's Claimsmith home, where it finds the code-set snapshot: by default one imported
    /// from the synthetic fixtures (never the user's own home), since marking a claim ready scrubs it.
    /// </summary>
    protected virtual string CodeSetHome => TestCodeSets.SyntheticHome;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ConfigureDatabase(builder);
        builder.UseSetting("Claimsmith:Home", CodeSetHome);
        TestEncryption.Configure(builder);
        builder.UseEnvironment("Development");
        // Every test signs in from the same (absent) address: throttling is tested on its own host.
        builder.UseSetting(Claimsmith.Web.Security.AccessSetup.SignInPermitKey, SignInPermitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Sign-in attempts allowed per minute on this host.</summary>
    protected virtual int SignInPermitPerMinute => 100_000;

    /// <summary>SQLite in a fresh temporary folder.</summary>
    protected virtual void ConfigureDatabase(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseSetting(ClaimsmithWebSetup.SqlitePathKey, Path.Combine(_dir, "web.db"));
    }

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClaimsmithUser>>();
        foreach (var role in ClaimsmithRoles.All.Append(NoRole))
        {
            var result = await ClaimsmithIdentity.CreateUserAsync(users, Email(role), Password, role == NoRole ? [] : [role]);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            // The shared role users are staff who work for every organization; tests of
            // organization scoping create users limited to some (Security/TwoOrganizations.cs).
            var user = (await users.FindByEmailAsync(Email(role)))!;
            user.AllOrganizations = true;
            await users.UpdateAsync(user);
        }
    }

    /// <summary>Signs <paramref name="email"/> in and returns a client with its bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        SkipIfUnavailable();
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<LoginResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.AccessToken);
        return client;
    }

    public static string Email(string role) => $"{role}@claimsmith.test";

    /// <summary>A client signed in with a bearer token as the user holding <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsAsync(string role)
    {
        SkipIfUnavailable();
        var client = CreateClient();
        if (!_tokens.TryGetValue(role, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/account/login", new { email = Email(role), password = Password });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<LoginResponse>();
            token = _tokens[role] = body!.AccessToken;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record LoginResponse(string AccessToken);

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
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
