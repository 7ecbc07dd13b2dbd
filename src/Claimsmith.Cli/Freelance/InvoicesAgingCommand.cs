using System.ComponentModel;
using System.Globalization;
using Claimsmith.Data.Freelance;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Freelance;

/// <summary><c>claimsmith invoices aging [--as-of YYYY-MM-DD]</c>: open invoice balances per client by days past due.</summary>
internal sealed class InvoicesAgingCommand : AsyncCommand<InvoicesAgingCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("The day to age on (default today, UTC).")]
        public string? AsOf { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        if (settings.AsOf is not null && !DateOnly.TryParseExact(settings.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            await Console.Error.WriteLineAsync("--as-of is YYYY-MM-DD.").ConfigureAwait(false);
            return 2;
        }

        await using var db = await FreelanceCli.OpenAsync(cancellationToken).ConfigureAwait(false);
        var aging = await new FreelanceService(db, TimeProvider.System).AgingAsync(asOf, cancellationToken).ConfigureAwait(false);
        Console.WriteLine("client,current,1-30,31-60,61-90,over-90,total");
        foreach (var a in aging)
        {
            var b = a.Buckets;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\"{a.ClientName.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{b.Current},{b.Days1To30},{b.Days31To60},{b.Days61To90},{b.Over90},{b.Total}"));
        }

        return 0;
    }
}
