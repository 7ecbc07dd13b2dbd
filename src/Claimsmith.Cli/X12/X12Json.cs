using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claimsmith.Cli.X12;

/// <summary>JSON settings for x12 command output.</summary>
internal static class X12Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
