using System.Text.Json.Serialization;
using Claimsmith.Data;
using Claimsmith.Web.Common;
using Microsoft.AspNetCore.Identity;

namespace Claimsmith.Web.Hosting;

/// <summary>The web host's composition: database, Identity, authorization, JSON.</summary>
internal static class ClaimsmithWebSetup
{
    /// <summary>Configuration key for an explicit SQLite file (tests, portable installs).</summary>
    public const string SqlitePathKey = "Claimsmith:SqlitePath";

    public static WebApplicationBuilder AddClaimsmith(this WebApplicationBuilder builder)
    {
        // SQLite in CLAIMSMITH_HOME unless ConnectionStrings:Claimsmith (or CLAIMSMITH_POSTGRES) names PostgreSQL.
        var sqlitePath = builder.Configuration[SqlitePathKey];
        var settings = !string.IsNullOrWhiteSpace(sqlitePath)
            ? DatabaseSettings.Sqlite(sqlitePath)
            : DatabaseSettings.Resolve(builder.Configuration.GetConnectionString("Claimsmith"));
        builder.Services.AddClaimsmithDatabase(settings.WithPhiKeys(builder)); // PHI encrypted at rest (PhiEncryptionSetup.cs)
        builder.Services.AddSingleton(TimeProvider.System);

        // Identity: cookie for browsers, bearer tokens for API clients (/api/account/login).
        builder.Services
            .AddIdentityApiEndpoints<ClaimsmithUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimsmithDbContext>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // An API answers 401/403, it does not redirect to a login page.
            o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        builder.Services.AddAuthorization(Policies.Configure);

        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddSchemaTransformer<CodeSchemaTransformer>());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new CodeJsonConverterFactory());
        });
        return builder;
    }

    /// <summary>Creates and migrates the database on first start and makes sure the roles exist.</summary>
    public static async Task MigrateClaimsmithDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        await ClaimsmithDatabase.MigrateAsync(db).ConfigureAwait(false);
        await ClaimsmithIdentity.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>()).ConfigureAwait(false);
    }

    /// <summary>The signed-in user's name, recorded in histories and the ledger.</summary>
    public static string Actor(this HttpContext http) => http.User.Identity?.Name ?? "unknown";
}
