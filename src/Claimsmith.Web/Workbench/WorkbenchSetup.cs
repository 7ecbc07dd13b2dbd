using Claimsmith.Data;
using Claimsmith.Web.Hosting;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// The web workbench: server-rendered Razor components (static SSR) for coders, billers,
/// auditors and admins, with a little plain JavaScript where a screen needs interaction. It
/// calls the same libraries and endpoints as the REST API; the API itself is unchanged.
/// </summary>
internal static class WorkbenchSetup
{
    public static IServiceCollection AddWorkbench(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddScoped<WorkbenchDraftScrub>();
        services.AddSingleton<Dashboard.DashboardFigureCache>();
        return services;
    }

    /// <summary>
    /// After <c>UseClaimsmithAccess</c>: narrows the request's organization scope to the working
    /// organization the user picked (never widens it), sends browsers that are not signed in to
    /// the sign-in page, and serves the workbench's static files.
    /// </summary>
    public static WebApplication UseWorkbench(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseMiddleware<WorkingOrganizationMiddleware>();
        app.Use(async (http, next) =>
        {
            await next(http).ConfigureAwait(false);
            if (http.Response.HasStarted || !WorkbenchPaths.IsPage(http.Request))
            {
                return;
            }

            // The API answers 401/403; a person in a browser is sent to sign in or told why not.
            if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            }
            else if (http.Response.StatusCode == StatusCodes.Status403Forbidden)
            {
                http.Response.Redirect("/denied?path=" + Uri.EscapeDataString(http.Request.Path));
            }
        });
        return app;
    }

    public static WebApplication MapWorkbench(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapWorkbenchAccount();
        app.MapWorkbenchApi();
        app.MapRazorComponents<App>();
        return app;
    }
}
