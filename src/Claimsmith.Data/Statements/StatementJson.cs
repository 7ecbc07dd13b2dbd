using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>The JSON form of a stored <see cref="PatientStatement"/> (money as numbers, enums as names).</summary>
public static class StatementJson
{
    /// <summary>Options used to store and read statements.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new MoneyConverter(), new JsonStringEnumConverter() },
    };

    /// <summary>Serializes a statement.</summary>
    public static string Serialize(PatientStatement statement) => JsonSerializer.Serialize(statement, Options);

    /// <summary>Reads a stored statement.</summary>
    public static PatientStatement? Deserialize(string json) => JsonSerializer.Deserialize<PatientStatement>(json, Options);

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.Of(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value.Amount);
        }
    }
}
