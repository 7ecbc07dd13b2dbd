using System.ComponentModel;
using System.Net;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Interop.Hl7;
using Claimsmith.Interop.Mllp;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary>
/// <c>claimsmith listen hl7 --port N</c>: an MLLP listener that imports each message and answers
/// with its ACK (AA, or AE/AR with the reason; those messages are kept for review). Ctrl+C stops.
/// </summary>
internal sealed class ListenHl7Command : AsyncCommand<ListenHl7Command.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--port <N>")]
        [Description("TCP port to listen on (default 2575, the registered HL7 port).")]
        public int Port { get; init; } = 2575;

        [CommandOption("--address <IP>")]
        [Description("Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")]
        public string Address { get; init; } = "127.0.0.1";

        [CommandOption("--organization <ID>")]
        [Description("The organization the records belong to (optional when there is only one).")]
        public Guid? Organization { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!IPAddress.TryParse(settings.Address, out var address) || settings.Port is < 0 or > 65535)
        {
            await Console.Error.WriteLineAsync("Give an IP address and a port between 0 and 65535.").ConfigureAwait(false);
            return 1;
        }

        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        var clock = services.GetRequiredService<TimeProvider>();
        Guid org;
        await using (var scope = services.CreateAsyncScope())
        {
            if (await InteropPipeline.ResolveOrganizationAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>(), settings.Organization, Console.Error, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return 1;
            }

            org = found;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // One message at a time into the database: ACK order follows arrival, and SQLite has one writer.
        using var gate = new SemaphoreSlim(1, 1);
        await using var listener = new MllpListener(address, settings.Port, async (bytes, oversized, ct) =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var read = oversized ? Hl7Reader.Read($"frame over {MllpReader.MaxFrameLength} bytes") : Hl7Reader.Read(bytes.Span);
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
                var (ack, outcome, _) = await InteropPipeline.ProcessHl7Async(db, org, read, $"mllp://{address}:{settings.Port}", clock, ct).ConfigureAwait(false);
                Console.WriteLine($"{clock.GetUtcNow():O} {read.Message?.MessageType ?? "?"} {read.Message?.ControlId}: {outcome}");
                return ack;
            }
            finally
            {
                gate.Release();
            }
        });
        listener.Start();
        Console.WriteLine($"Listening for HL7 over MLLP on {address}:{listener.Port}; Ctrl+C stops.");
        await listener.RunAsync(stop.Token).ConfigureAwait(false);
        Console.WriteLine("Stopped.");
        return 0;
    }
}
