using System.Threading.RateLimiting;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Claimsmith.Web.Audit;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Security;

/// <summary>
/// Access control and audit for the web host: the request's organization scope, authentication
/// hardening (password policy, lockout, throttled sign-in, expiry, revocation) and audit recording.
/// </summary>
internal static class AccessSetup
{
    /// <summary>Sign-in attempts allowed per client address and minute (configuration).</summary>
    public const string SignInPermitKey = "Claimsmith:SignIn:PermitPerMinute";

    public static WebApplicationBuilder AddClaimsmithAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();

        // The context every handler gets: inside a request it starts with no organization (fail
        // closed) until AccessMiddleware sets the user's scope; outside a request (startup
        // migration, system work) it is unrestricted.
        services.AddScoped<ClaimsmithDbContext>(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            // Constructed here: EF Core maps the provider type back to ClaimsmithDbContext, so
            // resolving it would come back to this factory.
            ClaimsmithDbContext db = settings.Provider == DatabaseProvider.Sqlite
                ? new SqliteClaimsmithDbContext(sp.GetRequiredService<DbContextOptions<SqliteClaimsmithDbContext>>())
                : new PostgresClaimsmithDbContext(sp.GetRequiredService<DbContextOptions<PostgresClaimsmithDbContext>>());
            db.OrganizationScope = sp.GetRequiredService<IHttpContextAccessor>().HttpContext is null ? OrganizationScope.Unrestricted : OrganizationScope.None;
            return db;
        });

        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<AuditRecordLocator>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddExceptionHandler<OrganizationScopeExceptionHandler>();

        // Person authentication (HIPAA 164.312(d)) and NIST SP 800-63B: long passwords, lockout
        // after repeated failures, throttled sign-in per client address.
        services.Configure<IdentityOptions>(o =>
        {
            o.Password.RequiredLength = 12;
            o.Password.RequiredUniqueChars = 5;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = 5;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        });
        // Session expiry (164.312(a)(2)(iii) automatic logoff): short-lived bearer tokens with
        // refresh, a sliding eight-hour cookie. Refresh re-checks the security stamp.
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = TimeSpan.FromMinutes(30);
            o.RefreshTokenExpiration = TimeSpan.FromHours(8);
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        var permits = builder.Configuration.GetValue(SignInPermitKey, 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(AccessMiddleware.SignInPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "sign-in:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local"),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    /// <summary>After UseAuthentication, before UseAuthorization.</summary>
    public static WebApplication UseClaimsmithAccess(this WebApplication app)
    {
        app.UseMiddleware<AccessMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
