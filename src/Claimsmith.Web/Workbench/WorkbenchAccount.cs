using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// The workbench's form posts for signing in (cookie, with the authenticator code when the user
/// turned TOTP on), signing out and choosing the working organization. Forms carry the
/// antiforgery token (UseAntiforgery validates every form-bound endpoint), and every sign-in
/// attempt is written to the audit log like one through the API.
/// </summary>
internal static class WorkbenchAccount
{
    public static IEndpointRouteBuilder MapWorkbenchAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signin", SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin/2fa", SignInTwoFactor).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signout", SignOut).RequireAuthorization(Policies.Read).ExcludeFromDescription();
        app.MapPost("/organization", ChooseOrganization).RequireAuthorization(Policies.Read).ExcludeFromDescription();
        return app;
    }

    private static string Back(string path, string message, string? returnUrl) =>
        $"{path}?error={Uri.EscapeDataString(message)}&returnUrl={Uri.EscapeDataString(WorkbenchPaths.SafeReturnUrl(returnUrl))}";

    internal static async Task<IResult> SignIn(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<ClaimsmithUser> signIn, AuditRecorder audit, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return Results.Redirect(Back("/signin", "Enter your email address and your password.", returnUrl));
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        await audit.RecordAsync(http, "account.sign-in", result.Succeeded || result.RequiresTwoFactor ? AuditOutcome.Success : AuditOutcome.SignInFailed, "User",
            detail: "POST /signin (workbench) -> " + (result.Succeeded ? "signed in" : result.RequiresTwoFactor ? "authenticator code required" : result.IsLockedOut ? "locked out" : "refused"),
            userName: email.Length <= 256 ? email : null).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(WorkbenchPaths.SafeReturnUrl(returnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Results.Redirect("/signin/2fa?returnUrl=" + Uri.EscapeDataString(WorkbenchPaths.SafeReturnUrl(returnUrl)));
        }

        return Results.Redirect(Back("/signin", result.IsLockedOut
            ? "This account is locked after repeated failed attempts. Wait 15 minutes or ask an administrator."
            : "The email address or password is not right. Check both and try again.", returnUrl));
    }

    internal static async Task<IResult> SignInTwoFactor(
        [FromForm] string? code, [FromForm] string? returnUrl, SignInManager<ClaimsmithUser> signIn, AuditRecorder audit, HttpContext http)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6)
        {
            return Results.Redirect(Back("/signin/2fa", "Enter the six digits your authenticator app shows.", returnUrl));
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false);
        if (user is null)
        {
            return Results.Redirect(Back("/signin", "The sign-in took too long. Sign in again.", returnUrl));
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false).ConfigureAwait(false);
        await audit.RecordAsync(http, "account.sign-in", result.Succeeded ? AuditOutcome.Success : AuditOutcome.SignInFailed, "User",
            detail: "POST /signin/2fa (workbench) -> " + (result.Succeeded ? "signed in" : "authenticator code refused"), userName: user.Email).ConfigureAwait(false);
        return result.Succeeded
            ? Results.LocalRedirect(WorkbenchPaths.SafeReturnUrl(returnUrl))
            : Results.Redirect(Back("/signin/2fa", result.IsLockedOut
                ? "This account is locked after repeated failed attempts. Wait 15 minutes or ask an administrator."
                : "That code is not right or has expired. Enter the code your app shows now.", returnUrl));
    }

    internal static async Task<IResult> SignOut(SignInManager<ClaimsmithUser> signIn, HttpContext http)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        http.Response.Cookies.Delete(WorkingOrganizationMiddleware.CookieName);
        return Results.Redirect("/signin?signedOut=1");
    }

    internal static IResult ChooseOrganization([FromForm] string? organizationId, [FromForm] string? returnUrl, ClaimsmithDbContext db, HttpContext http)
    {
        var back = WorkbenchPaths.SafeReturnUrl(returnUrl);
        if (string.IsNullOrEmpty(organizationId))
        {
            http.Response.Cookies.Delete(WorkingOrganizationMiddleware.CookieName);
            return Results.LocalRedirect(back);
        }

        // The cookie only narrows the scope (WorkingOrganizationMiddleware); still refuse one the user cannot see.
        var scope = WorkingOrganizationMiddleware.FullScope(http, db);
        if (!Guid.TryParse(organizationId, out var id) || !scope.Allows(id))
        {
            return Results.LocalRedirect("/?error=" + Uri.EscapeDataString("That organization is not one you work for."));
        }

        http.Response.Cookies.Append(WorkingOrganizationMiddleware.CookieName, id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            IsEssential = true,
        });
        return Results.LocalRedirect(back);
    }
}
