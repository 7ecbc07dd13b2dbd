using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.Billing;

namespace Claimsmith.Web.Common;

/// <summary>Writes codes as their text and <see cref="Money"/> as a JSON number, and reads them back.</summary>
internal sealed class CodeJsonConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> Converters = new()
    {
        [typeof(Npi)] = new CodeConverter<Npi>(v => v.Value, Npi.Parse),
        [typeof(DiagnosisCode)] = new CodeConverter<DiagnosisCode>(v => v.Value, DiagnosisCode.Parse),
        [typeof(ProcedureCode)] = new CodeConverter<ProcedureCode>(v => v.Value, ProcedureCode.Parse),
        [typeof(Modifier)] = new CodeConverter<Modifier>(v => v.Value, Modifier.Parse),
        [typeof(Ndc)] = new CodeConverter<Ndc>(v => v.Value, Ndc.Parse),
        [typeof(TaxonomyCode)] = new CodeConverter<TaxonomyCode>(v => v.Value, TaxonomyCode.Parse),
        [typeof(RevenueCode)] = new CodeConverter<RevenueCode>(v => v.Value, RevenueCode.Parse),
        [typeof(Money)] = new MoneyConverter(),
    };

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Converters[typeToConvert];

    private sealed class CodeConverter<T>(Func<T, string> write, Func<string, T> parse) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return parse(reader.GetString() ?? "");
            }
            catch (FormatException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var d = reader.GetDecimal();
            return decimal.Round(d, 2) == d ? Money.Of(d) : throw new JsonException("Money has at most two decimal places.");
        }

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
    }
}
