using Claimsmith.Web.CodeSets;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
builder.Services.AddCodeSets();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference();

app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }))
    .WithName("Health")
    .WithTags("Health");

// Feature areas register here, one line each.
app.MapCodeSetsApi();

app.Run();

/// <summary>The web host's entry point (public so tests can use <c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
