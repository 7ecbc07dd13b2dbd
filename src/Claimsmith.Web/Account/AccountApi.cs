using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Claimsmith.Data;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Claimsmith.Web.Account;

/// <summary>
/// Sign-in (Identity's login/refresh endpoints), the signed-in user, user administration, and
/// the first-run page that creates the first admin: it answers only on loopback and only while
/// no user exists, so a new installation has no default password.
/// </summary>
internal static class AccountApi
{
    private static readonly HashSet<string> AnonymousIdentityRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "/login", "/refresh", "/confirmEmail", "/resendConfirmationEmail", "/forgotPassword", "/resetPassword",
    };

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");
        // Users are created by an admin (or the first-run page), never by self-registration.
        account.AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                ? TypedResults.NotFound()
                : await next(ctx).ConfigureAwait(false));
        account.MapIdentityApi<ClaimsmithUser>().Add(b =>
        {
            if (b is RouteEndpointBuilder r && r.RoutePattern.RawText is { } raw && AnonymousIdentityRoutes.Any(x => raw.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                b.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            }
        });
        account.MapGet("/me", Me).RequireAuthorization(Policies.Read);
        account.MapPost("/logout", Logout).RequireAuthorization(Policies.Read);

        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        users.MapGet("/", ListUsers);
        users.MapPost("/", CreateUser);

        var setup = app.MapGroup("/setup").WithTags("Setup").AllowAnonymous();
        setup.MapGet("/", SetupPage);
        setup.MapPost("/admin", CreateFirstAdmin).DisableAntiforgery();
        return app;
    }

    internal sealed record MeResponse(string Name, IReadOnlyList<string> Roles);

    internal sealed record UserRequest(string? Email, string? Password, string[]? Roles, string? DisplayName);

    internal sealed record UserResponse(string Id, string? Email, string? DisplayName, IReadOnlyList<string> Roles);

    internal static Ok<MeResponse> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeResponse(user.Identity?.Name ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));

    internal static async Task<NoContent> Logout(SignInManager<ClaimsmithUser> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<List<UserResponse>>> ListUsers(UserManager<ClaimsmithUser> users)
    {
        var result = new List<UserResponse>();
        foreach (var u in users.Users.OrderBy(u => u.Email).Take(500).ToList())
        {
            result.Add(new UserResponse(u.Id, u.Email, u.DisplayName, [.. await users.GetRolesAsync(u).ConfigureAwait(false)]));
        }

        return TypedResults.Ok(result);
    }

    internal static async Task<Results<Created<UserResponse>, ValidationProblem>> CreateUser(UserRequest request, UserManager<ClaimsmithUser> users)
    {
        var result = await ClaimsmithIdentity.CreateUserAsync(users, request.Email ?? "", request.Password ?? "", request.Roles ?? [], request.DisplayName).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        var user = (await users.FindByEmailAsync(request.Email!).ConfigureAwait(false))!;
        return TypedResults.Created($"/api/users/{user.Id}", new UserResponse(user.Id, user.Email, user.DisplayName, request.Roles ?? []));
    }

    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is null || IPAddress.IsLoopback(http.Connection.RemoteIpAddress);

    internal static async Task<Results<ContentHttpResult, NotFound>> SetupPage(HttpContext http, ClaimsmithDbContext db, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!IsLocal(http) || !await ClaimsmithIdentity.HasNoUsersAsync(db, ct).ConfigureAwait(false))
        {
            return TypedResults.NotFound();
        }

        // The form carries an antiforgery token (and its cookie): another site cannot post it.
        var tokens = antiforgery.GetAndStoreTokens(http);
        var tokenField = $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? "")}\">";
        const string html = """
            <!doctype html><html><head><meta charset="utf-8"><title>Claimsmith first run</title></head>
            <body><h1>Create the first administrator</h1>
            <p>This page answers only on this computer and only until the first user exists.</p>
            <form method="post" action="/setup/admin">{{TOKEN}}
            <label>Email <input name="email" type="email" required></label><br>
            <label>Password (12+ characters) <input name="password" type="password" minlength="12" required></label><br>
            <button type="submit">Create administrator</button></form></body></html>
            """;
        return TypedResults.Content(html.Replace("{{TOKEN}}", tokenField, StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    internal static async Task<Results<Created, NotFound, ValidationProblem>> CreateFirstAdmin(
        HttpContext http, ClaimsmithDbContext db, UserManager<ClaimsmithUser> users, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!IsLocal(http) || !await ClaimsmithIdentity.HasNoUsersAsync(db, ct).ConfigureAwait(false))
        {
            return TypedResults.NotFound();
        }

        string? email, password;
        if (http.Request.HasFormContentType)
        {
            // Browser forms must carry the page's token; JSON bodies cannot be sent cross-site
            // without a CORS preflight, which this host never grants.
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["antiforgery"] = ["The form is missing its antiforgery token or it does not match; reload /setup and submit again."] });
            }

            var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
            (email, password) = (form["email"], form["password"]);
        }
        else
        {
            var body = await http.Request.ReadFromJsonAsync<UserRequest>(ct).ConfigureAwait(false);
            (email, password) = (body?.Email, body?.Password);
        }

        var result = await ClaimsmithIdentity.CreateUserAsync(users, email ?? "", password ?? "", [ClaimsmithRoles.Admin]).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Created("/api/account/me")
            : TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}
