using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.Billing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Eligibility;

/// <summary><c>claimsmith eligibility read FILE.271 [--json]</c>: the 271 in plain benefits (reads the file only; changes nothing).</summary>
internal sealed class EligibilityReadCommand : Command<EligibilityReadCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new MoneyConverter() } };

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A 271 file.")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print JSON instead of text.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No such file:[/] {settings.File}");
            return 2;
        }

        var result = EligibilityReader.Read(System.IO.File.ReadAllBytes(settings.File));
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { members = result.Members, issues = result.Issues }, Json));
            return result.Members.Count == 0 ? 1 : 0;
        }

        foreach (var issue in result.Issues)
        {
            Console.WriteLine($"issue {issue.Code} at {issue.Location}: {issue.Message}");
        }

        foreach (var m in result.Members)
        {
            Console.WriteLine($"{m.MemberLastName}, {m.MemberFirstName} ({m.Level}, member {m.MemberId}) - {m.PayerName}");
            Console.WriteLine($"  Coverage: {m.Status}{(m.Plan is null ? "" : $", plan {m.Plan}")}");
            foreach (var r in m.Rejections)
            {
                Console.WriteLine($"  Not answered: {r}");
            }

            foreach (var a in m.Deductibles.Concat(m.OutOfPocket))
            {
                Console.WriteLine($"  {a.Kind} ({a.Level}, {a.Network}): total {a.Total?.ToString() ?? "-"}, met {a.Met?.ToString() ?? "-"}, remaining {a.Remaining?.ToString() ?? "-"}");
            }

            foreach (var c in m.Copays)
            {
                Console.WriteLine($"  copay {c.ServiceType} ({c.Network}): {c.Copay}{(c.Period is null ? "" : " " + c.Period)}");
            }

            foreach (var c in m.Coinsurance)
            {
                Console.WriteLine($"  coinsurance {c.ServiceType} ({c.Network}): {c.CoinsurancePercent:0.##}%");
            }

            foreach (var msg in m.Messages)
            {
                Console.WriteLine($"  note: {msg}");
            }
        }

        return result.Members.Count == 0 ? 1 : 0;
    }

    // Money as a JSON number, as the web API writes it.
    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.Of(reader.GetDecimal());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
    }
}
