using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Claimsmith.Web.Audit;
using Microsoft.AspNetCore.Diagnostics;

namespace Claimsmith.Web.Security;

/// <summary>
/// A save that would touch another organization's records answers 404, like a missing record,
/// and is recorded as a denied attempt.
/// </summary>
internal sealed class OrganizationScopeExceptionHandler(AuditRecorder recorder) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not OrganizationScopeViolationException violation)
        {
            return false;
        }

        var action = httpContext.GetEndpoint()?.Metadata.GetMetadata<AuditedMetadata>() is { } audited
            ? AuditedEndpointFilter.ActionFor(httpContext, audited.ActionPrefix)
            : "access.denied";
        await recorder.RecordAsync(httpContext, action, AuditOutcome.Denied, violation.RecordType, AuditRecorder.RouteIds(httpContext), violation.OrganizationId,
            $"{httpContext.Request.Method} {AuditRecorder.Pattern(httpContext)} -> 404 (outside organization scope)").ConfigureAwait(false);
        await TypedResults.NotFound().ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
