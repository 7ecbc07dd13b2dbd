using System.ComponentModel;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary><c>claimsmith codes import [--data DIR] [--cpt FILE] [--hcpcs FILE]</c>.</summary>
internal sealed class CodesImportCommand : Command<CodesImportCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("Folder of official files (default: CLAIMSMITH_DATA, else ../shared/data).")]
        public string? Data { get; init; }

        [CommandOption("--cpt <FILE>")]
        [Description("A licensed CPT code and descriptor file (code, tab, descriptor per line).")]
        public string? Cpt { get; init; }

        [CommandOption("--hcpcs <FILE>")]
        [Description("CMS's annual HCPCS Level II file (fixed-width record layout).")]
        public string? Hcpcs { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = settings.Data ?? ClaimsmithPaths.FindDataDirectory();
        if (data is null || !Directory.Exists(data))
        {
            console.MarkupLine("[red]No folder of official files.[/] Pass --data DIR or set CLAIMSMITH_DATA.");
            return 2;
        }

        var discovered = CodeSetSources.Discover(data);
        var sources = discovered with
        {
            CptFile = settings.Cpt ?? discovered.CptFile,
            HcpcsAnnualFile = settings.Hcpcs ?? discovered.HcpcsAnnualFile,
        };
        foreach (var file in new[] { settings.Cpt, settings.Hcpcs })
        {
            if (file is not null && !File.Exists(file))
            {
                console.MarkupLineInterpolated($"[red]No such file: {file}[/]");
                return 2;
            }
        }

        var path = SnapshotStore.DefaultPath;
        CodeSetImportResult? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Importing code sets", maxValue: 1);
                var progress = new SyncProgress<ImportProgress>(p =>
                {
                    task.Description = p.Step;
                    task.Value = p.Total == 0 ? 0 : p.Done / (double)p.Total;
                });
                result = CodeSetImporter.ImportToFile(sources, path, TimeProvider.System, progress, cancellationToken);
                task.Value = 1;
            });

        foreach (var issue in result!.Issues)
        {
            console.MarkupLine($"{(issue.IsError ? "[red]error[/]" : "[yellow]warning[/]")} {Markup.Escape(issue.ToString())}");
        }

        if (!result.Succeeded)
        {
            console.MarkupLine("[red]Import failed; the previous snapshot (if any) is unchanged.[/]");
            return 1;
        }

        var table = new Table().AddColumns("System", "Edition", "Valid from", "Codes", "Billable");
        foreach (var e in result.Editions)
        {
            table.AddRow(e.System.ToName(), e.Name, $"{e.KnownFrom:yyyy-MM-dd}", $"{e.Count:N0}", $"{e.BillableCount:N0}");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Snapshot written to [bold]{path}[/] ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB).");
        return 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
