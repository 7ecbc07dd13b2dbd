using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Claimsmith.Web.Hosting;

/// <summary>
/// Transmission security and browser hardening (HIPAA 164.312(e)): HTTPS redirection and HSTS
/// outside Development, security headers on every response, a request body limit, and problem
/// responses that never leak exception details.
/// </summary>
internal static class SecurityHardening
{
    /// <summary>Configuration key for the request body limit in bytes.</summary>
    public const string MaxBodyKey = "Claimsmith:Limits:MaxRequestBodyBytes";

    /// <summary>Default limit: a 1,000,000-character note as JSON fits; a runaway upload does not.</summary>
    public const long DefaultMaxRequestBodyBytes = 4 * 1024 * 1024;

    // The API returns JSON only: nothing may run, load or frame it.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // The first-run form posts to itself and loads nothing.
    private const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    // The API reference (Scalar) runs its own bundled script with an inline configuration.
    private const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; font-src 'self' data: https:; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // The workbench pages: their own script and style files only, no inline script, no framing.
    private const string WorkbenchPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static WebApplicationBuilder AddSecurityHardening(this WebApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue<long?>(MaxBodyKey) ?? DefaultMaxRequestBodyBytes;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limit;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limit);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "claimsmith.af";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        builder.Services.AddExceptionHandler<RequestProblemHandler>();
        // JSON strings escape <, >, &, ' and " (as \u003C ...), so a name or note holding markup
        // stays inert even if a client drops it into HTML; letters of every script stay readable.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        // Minimal APIs then raise malformed bodies as BadHttpRequestException in every environment,
        // and RequestProblemHandler says what was wrong instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Adds the middleware; call right after <c>UseExceptionHandler</c>.</summary>
    public static WebApplication UseSecurityHardening(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        var defaultLimit = app.Configuration.GetValue<long?>(MaxBodyKey) ?? DefaultMaxRequestBodyBytes;
        app.Use(async (http, next) =>
        {
            // An endpoint that takes large files (an 835 upload) names its own bound and words its own refusal.
            var own = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            var limit = own ?? defaultLimit;
            http.Items[MaxBodyKey] = limit;
            http.Response.OnStarting(() =>
            {
                AddHeaders(http);
                return Task.CompletedTask;
            });

            // Kestrel enforces the limit on streamed bodies too; a declared length over it is
            // refused before anything is read.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (own is null && http.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(http).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>The body limit in force for this request.</summary>
    public static long MaxRequestBodyBytes(HttpContext http) => http.Items[MaxBodyKey] as long? ?? DefaultMaxRequestBodyBytes;

    private static void AddHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        var path = http.Request.Path;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers[HeaderNames.ContentSecurityPolicy] =
            path.StartsWithSegments("/scalar") ? ReferencePolicy
            : path.StartsWithSegments("/setup") ? PagePolicy
            : Workbench.WorkbenchPaths.IsWorkbenchPage(http) ? WorkbenchPolicy
            : ApiPolicy;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/setup") || Workbench.WorkbenchPaths.IsWorkbenchPage(http))
        {
            // Patient data must not linger in browser or proxy caches.
            headers[HeaderNames.CacheControl] = "no-store";
            headers[HeaderNames.Pragma] = "no-cache";
        }
    }
}
