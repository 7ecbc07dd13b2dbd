using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Claimsmith.Web.Hosting;

/// <summary>
/// Turns exceptions into RFC 7807 problems: a bad request (malformed JSON, a body over the size
/// limit) says what was wrong with the request; anything else is a 500 that says nothing about
/// the server (no exception type, message, stack, connection string or key id) outside
/// Development, and carries the trace id to find the logged details.
/// </summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<RequestProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large.",
                Detail = $"The request body exceeds the limit of {SecurityHardening.MaxRequestBodyBytes(httpContext)} bytes.",
            },
            BadHttpRequestException { InnerException: JsonException json } => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this endpoint.",
                // System.Text.Json names the path, line and byte position, never the value.
                Detail = json.Message,
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad request.",
                Detail = bad.Message,
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = environment.IsDevelopment() ? $"{exception.GetType().Name}: {exception.Message}" : null,
            };
        }

        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
