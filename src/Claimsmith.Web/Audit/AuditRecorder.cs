using System.Security.Claims;
using Claimsmith.Data;
using Claimsmith.Data.Audit;

namespace Claimsmith.Web.Audit;

/// <summary>
/// Writes audit entries for the web host, each in a context and transaction of its own (so an
/// entry is committed even when the request's own work is not, and never waits on the request's
/// unsaved changes). A failure to write propagates: the request fails rather than go unrecorded.
/// </summary>
internal sealed class AuditRecorder(DatabaseSettings settings, TimeProvider clock)
{
    public async Task RecordAsync(
        HttpContext http,
        string action,
        AuditOutcome outcome,
        string? recordType = null,
        IReadOnlyCollection<string>? recordIds = null,
        Guid? organizationId = null,
        string? detail = null,
        string? userName = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        await using var db = settings.CreateContext();
        var record = new AuditRecord(
            action,
            outcome,
            http.User.FindFirstValue(ClaimTypes.NameIdentifier),
            http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : userName,
            organizationId,
            recordType,
            recordIds,
            http.Connection.RemoteIpAddress?.ToString(),
            detail ?? $"{http.Request.Method} {Pattern(http)}");
        // Not the request's token: an entry must be written even when the client goes away.
        await AuditLog.AppendAsync(db, record, clock, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The route template of the request (ids out of the text), else its path.</summary>
    public static string Pattern(HttpContext http) =>
        (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";

    public static AuditOutcome OutcomeOf(int status) => status switch
    {
        < 400 => AuditOutcome.Success,
        401 or 403 => AuditOutcome.Denied,
        404 => AuditOutcome.NotFound,
        < 500 => AuditOutcome.Rejected,
        _ => AuditOutcome.Error,
    };

    /// <summary>The ids in the route (<c>{id:guid}</c>, <c>{documentId:guid}</c>, ...).</summary>
    public static List<string> RouteIds(HttpContext http) =>
        [.. http.Request.RouteValues.Values.OfType<string>().Where(v => Guid.TryParse(v, out _))];
}
