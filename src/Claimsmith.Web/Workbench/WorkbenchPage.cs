using System.Globalization;
using System.Security.Claims;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// Base of the workbench's pages (static server rendering): the request, the organization-scoped
/// database of the request, and the audit log, which records every page that shows patient data
/// just as the API's endpoint filter does.
/// </summary>
public abstract class WorkbenchPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    internal ClaimsmithDbContext Db { get; set; } = default!;

    [Inject]
    internal AuditRecorder Audit { get; set; } = default!;

    [Inject]
    internal IAntiforgery Antiforgery { get; set; } = default!;

    [Inject]
    internal TimeProvider Clock { get; set; } = default!;

    protected HttpContext Http => HttpContext ?? throw new InvalidOperationException("Workbench pages render on the server only.");

    protected CancellationToken Aborted => Http.RequestAborted;

    protected ClaimsPrincipal User => Http.User;

    protected bool IsIn(params string[] roles) => roles.Any(User.IsInRole);

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Writes an audit entry for this page view (HIPAA 164.312(b) audit controls).</summary>
    protected Task AuditAsync(string action, string recordType, IReadOnlyCollection<string>? recordIds = null, Guid? organizationId = null) =>
        Audit.RecordAsync(Http, action, AuditOutcome.Success, recordType, recordIds, organizationId, detail: $"GET {Http.Request.Path}{Http.Request.QueryString}");

    /// <summary>The antiforgery form field for a form that posts.</summary>
    protected (string Name, string Value) FormToken()
    {
        var t = Antiforgery.GetAndStoreTokens(Http);
        return (t.FormFieldName, t.RequestToken ?? "");
    }

    protected string? Query(string name) => Http.Request.Query.TryGetValue(name, out var v) ? (string?)v : null;

    /// <summary>US dollars, written out (the host may run in invariant-globalization mode, without culture data).</summary>
    protected static string Money(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
