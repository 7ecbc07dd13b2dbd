using Claimsmith.Billing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Claimsmith.Web.Hosting;

/// <summary>
/// Codes travel as strings and money as a JSON number (see CodeJsonConverterFactory); the
/// OpenAPI document says so, with the shape each code must have.
/// </summary>
internal sealed class CodeSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string> Patterns = new()
    {
        [typeof(Npi)] = "^[0-9]{10}$",
        [typeof(DiagnosisCode)] = "^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?$",
        [typeof(ProcedureCode)] = "^([0-9]{4}[0-9FTU]|[A-Va-v][0-9]{4})$",
        [typeof(Modifier)] = "^[0-9A-Za-z]{2}$",
        [typeof(Ndc)] = "^([0-9]{11}|[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2})$",
        [typeof(TaxonomyCode)] = "^[0-9A-Za-z]{9}[Xx]$",
        [typeof(RevenueCode)] = "^[0-9]{3,4}$",
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(Money))
        {
            schema.Type = JsonSchemaType.Number;
            schema.Format = "decimal";
        }
        else if (Patterns.TryGetValue(type, out var pattern))
        {
            schema.Type = JsonSchemaType.String;
            schema.Pattern = pattern;
        }

        return Task.CompletedTask;
    }
}
