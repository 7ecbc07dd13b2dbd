using System.ComponentModel;
using System.Globalization;
using Claimsmith.Data.Freelance;
using Claimsmith.Documents;
using Microsoft.EntityFrameworkCore;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Freelance;

/// <summary>
/// <c>claimsmith invoices generate --client ID --period YYYY-MM [--out DIR] [--preview]</c>: issues
/// the client's invoice for the month (numbered, immutable) and writes <c>NUMBER.pdf</c> and
/// <c>NUMBER.csv</c>; an invoice already issued for the month is written again, not reissued.
/// </summary>
internal sealed class InvoicesGenerateCommand : AsyncCommand<InvoicesGenerateCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--client <ID>")]
        [Description("The freelance client's id.")]
        public Guid? Client { get; init; }

        [CommandOption("--period <YYYY-MM>")]
        [Description("The month to bill.")]
        public string? Period { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Folder for the PDF and CSV (default: the current folder).")]
        public string? Out { get; init; }

        [CommandOption("--preview")]
        [Description("Print the computed lines without issuing an invoice.")]
        public bool Preview { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (month, exitCode) = await FreelanceCli.OpenClientMonthAsync(settings.Client, settings.Period, cancellationToken).ConfigureAwait(false);
        if (month is null)
        {
            return exitCode;
        }

        await using var opened = month;
        var (db, client, start, end) = (month.Db, month.Client, month.Start, month.End);

        var service = new FreelanceService(db, TimeProvider.System);
        if (settings.Preview)
        {
            var draft = await service.PreviewAsync(client, start, end, cancellationToken).ConfigureAwait(false);
            foreach (var line in draft.Lines)
            {
                Console.WriteLine($"{line.Description,-90} {line.Amount,12}");
            }

            Console.WriteLine($"{"Total",-90} {draft.Total,12}");
            foreach (var issue in draft.Issues)
            {
                await Console.Error.WriteLineAsync($"{issue.Code} {issue.Location}: {issue.Message}").ConfigureAwait(false);
            }

            return 0;
        }

        var invoice = await db.ClientInvoices.AsNoTracking().Include(i => i.Lines)
            .FirstOrDefaultAsync(i => i.ClientId == client.Id && i.PeriodStart == start && i.PeriodEnd == end && i.Status == Claimsmith.Billing.InvoiceStatus.Issued, cancellationToken).ConfigureAwait(false);
        if (invoice is null)
        {
            var result = await service.IssueAsync(client.Id, start, end, "os:" + Environment.UserName, cancellationToken).ConfigureAwait(false);
            foreach (var issue in result.Issues)
            {
                await Console.Error.WriteLineAsync($"{issue.Code} {issue.Location}: {issue.Message}").ConfigureAwait(false);
            }

            if (result.Invoice is null)
            {
                return 1;
            }

            invoice = result.Invoice;
        }

        var dir = settings.Out ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(dir);
        var pdf = Path.Combine(dir, invoice.Number + ".pdf");
        var csv = Path.Combine(dir, invoice.Number + ".csv");
        await File.WriteAllBytesAsync(pdf, InvoiceRenderer.Render(invoice), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(csv, FreelanceCsv.Invoice(invoice), cancellationToken).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{invoice.Number} {invoice.ClientName} {invoice.PeriodStart:yyyy-MM} total {invoice.Total} due {invoice.DueDate:yyyy-MM-dd}"));
        Console.WriteLine(pdf);
        Console.WriteLine(csv);
        return 0;
    }
}
