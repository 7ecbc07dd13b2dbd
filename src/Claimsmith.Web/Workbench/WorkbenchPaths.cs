namespace Claimsmith.Web.Workbench;

/// <summary>Which requests are workbench pages (HTML for people) rather than API calls.</summary>
internal static class WorkbenchPaths
{
    /// <summary>True for a GET of a page: not the API, the API reference, first-run setup, health or a static file.</summary>
    public static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments("/scalar")
        && !request.Path.StartsWithSegments("/openapi")
        && !request.Path.StartsWithSegments("/setup")
        && !request.Path.StartsWithSegments("/health")
        && !request.Path.StartsWithSegments("/workbench");

    /// <summary>True for the workbench's pages, form posts and static files (everything but the API, its reference, setup and health).</summary>
    public static bool IsWorkbench(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments("/scalar")
        && !request.Path.StartsWithSegments("/openapi")
        && !request.Path.StartsWithSegments("/setup")
        && !request.Path.StartsWithSegments("/health");

    /// <summary>
    /// True for an HTML page of the workbench (its own CSP and no-store); everything else,
    /// including a 404 for an unknown path, keeps the API's deny-all policy.
    /// </summary>
    public static bool IsWorkbenchPage(HttpContext http) =>
        IsWorkbench(http.Request) && http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A local return URL, or the queue: never an absolute URL (open redirect).</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
