using System.Collections;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Claimsmith.Web.Audit;

/// <summary>
/// Runs the handler, then records who touched which records with what outcome. A 404 for a record
/// that exists in another organization is recorded as <see cref="AuditOutcome.Denied"/> (the caller
/// still sees only 404: another organization's records are indistinguishable from missing ones).
/// </summary>
internal sealed class AuditedEndpointFilter(AuditRecorder recorder, AuditRecordLocator locator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var audited = http.GetEndpoint()?.Metadata.GetMetadata<AuditedMetadata>();
        if (audited is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        var action = ActionFor(http, audited.ActionPrefix);
        object? result;
        try
        {
            result = await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OrganizationScopeViolationException)
        {
            await recorder.RecordAsync(http, action, AuditOutcome.Error, audited.RecordType, AuditRecorder.RouteIds(http), detail: $"{http.Request.Method} {AuditRecorder.Pattern(http)} -> {ex.GetType().Name}").ConfigureAwait(false);
            throw;
        }

        var inner = result is INestedHttpResult nested ? nested.Result : result;
        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var outcome = AuditRecorder.OutcomeOf(status);
        var ids = AuditRecorder.RouteIds(http);
        Guid? organizationId = null;
        if (outcome == AuditOutcome.Success && inner is IValueHttpResult { Value: { } value })
        {
            organizationId = OrganizationOf(value);
            foreach (var id in IdsOf(value))
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        if (outcome == AuditOutcome.Success && organizationId is null && http.Request.RouteValues.TryGetValue("id", out var rawId) && Guid.TryParse(rawId as string, out var recordId))
        {
            // A child record, a file or a PDF (coverage, note, claim history, CMS-1500): the organization of the record in the route.
            organizationId = (await locator.LocateAsync(audited.RecordType, recordId, http.RequestAborted).ConfigureAwait(false)).OrganizationId;
        }
        else if (outcome == AuditOutcome.NotFound && http.Request.RouteValues.TryGetValue("id", out var raw) && Guid.TryParse(raw as string, out var routeId))
        {
            var found = await locator.LocateAsync(audited.RecordType, routeId, http.RequestAborted).ConfigureAwait(false);
            if (found.Exists)
            {
                outcome = AuditOutcome.Denied;
                organizationId = found.OrganizationId;
            }
        }

        await recorder.RecordAsync(http, action, outcome, audited.RecordType, ids, organizationId, $"{http.Request.Method} {AuditRecorder.Pattern(http)} -> {status}").ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// <c>prefix[.literals after the first route parameter].verb</c>: GET is <c>read</c> (or
    /// <c>list</c> without a parameter), POST <c>create</c> (or <c>change</c> on a record), PUT
    /// <c>update</c>, DELETE <c>delete</c>.
    /// </summary>
    internal static string ActionFor(HttpContext http, string prefix)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<AuditActionMetadata>() is { } explicitAction)
        {
            return explicitAction.Action;
        }

        var segments = (endpoint as RouteEndpoint)?.RoutePattern.PathSegments ?? [];
        var first = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Parts.Any(p => p is RoutePatternParameterPart))
            {
                first = i;
                break;
            }
        }

        var literals = first < 0
            ? []
            : segments.Skip(first + 1).Where(s => s.Parts.All(p => p is RoutePatternLiteralPart)).Select(s => string.Concat(s.Parts.OfType<RoutePatternLiteralPart>().Select(l => l.Content))).ToList();
        var verb = http.Request.Method switch
        {
            "GET" or "HEAD" => first < 0 ? "list" : "read",
            "POST" => first < 0 ? "create" : "change",
            "PUT" or "PATCH" => "update",
            "DELETE" => "delete",
            var m => m.ToLowerInvariant(),
        };
        return literals.Count == 0 ? $"{prefix}.{verb}" : $"{prefix}.{string.Join('.', literals)}.{verb}";
    }

    private static Guid? OrganizationOf(object value) =>
        value.GetType().GetProperty("OrganizationId")?.GetValue(value) as Guid?;

    /// <summary>The record's Id, or the Ids of a page's items.</summary>
    private static IEnumerable<string> IdsOf(object value)
    {
        if (IdOf(value) is { } id)
        {
            yield return id;
            yield break;
        }

        if (value.GetType().GetProperty("Items")?.GetValue(value) is IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is not null && IdOf(item) is { } itemId)
                {
                    yield return itemId;
                }
            }
        }
    }

    private static string? IdOf(object value) => value.GetType().GetProperty("Id")?.GetValue(value) switch
    {
        Guid g => g.ToString("D"),
        string s => s,
        _ => null,
    };
}
