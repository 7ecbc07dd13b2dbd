using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Security;

/// <summary>
/// Person authentication: password policy, lockout after failed attempts, expiring tokens,
/// revocation (sign out everywhere, admin revoke) of bearer and refresh tokens, and TOTP
/// two-factor sign-in; every attempt is in the audit log.
/// </summary>
public abstract class SignInHardeningTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Email, string Id)> NewUserAsync(string role = ClaimsmithRoles.Coder)
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var email = $"auth-{Guid.NewGuid():N}@claimsmith.test";
        var created = await admin.CreateAsync("/api/users", new { email, password = ClaimsmithWebFactory.Password, roles = new[] { role } });
        return (email, (string)created["id"]!);
    }

    private static async Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body)> LoginAsync(HttpClient client, object body)
    {
        var (status, json, _) = await client.SendAsync(HttpMethod.Post, "/api/account/login", body);
        return (status, json);
    }

    [Fact]
    public async Task WeakPasswords_AreRefused()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        foreach (var weak in new[] { "Short-1a", "alllowercase-but-long-1", "Aaaaaaaaaaaa-1" })
        {
            var (status, body, _) = await admin.SendAsync(HttpMethod.Post, "/api/users", new { email = $"weak-{Guid.NewGuid():N}@claimsmith.test", password = weak, roles = new[] { "coder" } });
            Assert.True(status == HttpStatusCode.BadRequest, $"{weak}: {(int)status} {body?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndAreAudited()
    {
        factory.SkipIfUnavailable();
        var (email, _) = await NewUserAsync();
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var (wrong, _) = await LoginAsync(client, new { email, password = "Not-The-Password-9" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        }

        var (status, body) = await LoginAsync(client, new { email, password = ClaimsmithWebFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("LockedOut", (string?)body!["detail"]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.Equal(6, await db.AuditEntries.CountAsync(e => e.Action == "account.sign-in" && e.UserName == email && e.Outcome == AuditOutcome.SignInFailed, Ct));
    }

    [Fact]
    public async Task Tokens_Expire_AndAreRevokedBySignOutEverywhereAndByAnAdmin()
    {
        factory.SkipIfUnavailable();
        var (email, id) = await NewUserAsync();
        using var client = factory.CreateClient();
        var (status, login) = await LoginAsync(client, new { email, password = ClaimsmithWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, (int)login!["expiresIn"]!); // 30-minute access tokens
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)login["accessToken"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/account/me")).Status);

        // An admin revokes: the access token and the refresh token stop working at once.
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(HttpMethod.Post, $"/api/users/{id}/revoke")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/account/me")).Status);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(HttpMethod.Post, "/api/account/refresh", new { refreshToken = (string)login["refreshToken"]! })).Status);

        // Signing in again works; signing out everywhere ends that session too.
        (status, login) = await LoginAsync(anonymous, new { email, password = ClaimsmithWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, status);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)login!["accessToken"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/account/me")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, "/api/account/sign-out-everywhere")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/account/me")).Status);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "user.revoke.change" && e.RecordIds == id && e.Outcome == AuditOutcome.Success, Ct));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "account.sign-out-everywhere" && e.UserName == email, Ct));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "account.token-refused" && e.UserId == id, Ct));
    }

    [Fact]
    public async Task TotpTwoFactor_IsRequiredOnceEnabled()
    {
        factory.SkipIfUnavailable();
        var (email, _) = await NewUserAsync();
        using var client = await factory.SignInAsync(email);
        var (status, setup, _) = await client.SendAsync(HttpMethod.Post, "/api/account/manage/2fa", new { });
        Assert.Equal(HttpStatusCode.OK, status);
        var key = Base32(((string)setup!["sharedKey"]!).Replace(" ", "", StringComparison.Ordinal));
        // A new authenticator key changes the security stamp: every session, this one too, ends.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/account/me")).Status);
        using var again = await factory.SignInAsync(email);
        (status, var enabled, _) = await again.SendAsync(HttpMethod.Post, "/api/account/manage/2fa", new { enable = true, twoFactorCode = Totp(key, DateTimeOffset.UtcNow) });
        Assert.True(status == HttpStatusCode.OK, enabled?.ToJsonString());
        Assert.True((bool)enabled!["isTwoFactorEnabled"]!);

        using var anonymous = factory.CreateClient();
        var (without, body) = await LoginAsync(anonymous, new { email, password = ClaimsmithWebFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, without);
        Assert.Equal("RequiresTwoFactor", (string?)body!["detail"]);
        var (wrongCode, _) = await LoginAsync(anonymous, new { email, password = ClaimsmithWebFactory.Password, twoFactorCode = "000000" == Totp(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode);
        var (withCode, login) = await LoginAsync(anonymous, new { email, password = ClaimsmithWebFactory.Password, twoFactorCode = Totp(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, withCode);
        Assert.NotNull((string?)login!["accessToken"]);
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps compute it.</summary>
    private static string Totp(byte[] key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}

public sealed class SqliteSignInHardeningTests(ClaimsmithWebFactory factory) : SignInHardeningTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresSignInHardeningTests(PostgresClaimsmithWebFactory factory) : SignInHardeningTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;

/// <summary>A host that allows three sign-in attempts a minute per client address.</summary>
public sealed class ThrottledWebFactory : ClaimsmithWebFactory
{
    protected override int SignInPermitPerMinute => 3;
}

/// <summary>Sign-in is throttled per client address (ASP.NET Core rate limiting), and refusals are audited.</summary>
public sealed class SignInThrottlingTests(ThrottledWebFactory factory) : IClassFixture<ThrottledWebFactory>
{
    [Fact]
    public async Task FourthAttemptInAMinute_IsRefusedWith429()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var email = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SendAsync(HttpMethod.Post, "/api/account/login", new { email, password = "Wrong-Password-77" })).Status);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        // Even the right password waits out the window.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(HttpMethod.Post, "/api/account/login", new { email, password = ClaimsmithWebFactory.Password })).Status);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "account.sign-in" && e.UserName == email && e.Detail!.Contains("429"), ct));
        // The lockout counter saw only the three attempts that got through.
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClaimsmithUser>>();
        Assert.Equal(3, await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!));
    }
}
