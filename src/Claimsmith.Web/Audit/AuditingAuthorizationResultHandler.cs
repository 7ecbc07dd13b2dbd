using Claimsmith.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Claimsmith.Web.Audit;

/// <summary>
/// Records every request a signed-in user's role does not admit (403) as <c>access.denied</c>,
/// for every endpoint, then answers as the default handler does.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler(AuditRecorder recorder) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            var audited = context.GetEndpoint()?.Metadata.GetMetadata<AuditedMetadata>();
            await recorder.RecordAsync(context, "access.denied", AuditOutcome.Denied, audited?.RecordType, AuditRecorder.RouteIds(context),
                detail: $"{context.Request.Method} {AuditRecorder.Pattern(context)} -> 403").ConfigureAwait(false);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
    }
}
