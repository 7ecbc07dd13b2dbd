using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Claimsmith.Interop.Mllp;

/// <summary>
/// An MLLP server: accepts TCP connections and hands each framed message to a handler, writing
/// back the acknowledgement it returns, in order, one per message (original-mode
/// acknowledgement, v2.5.1 2.9.2). Stops when the token is cancelled.
/// </summary>
public sealed class MllpListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<ReadOnlyMemory<byte>, bool, CancellationToken, Task<string>> _handler;

    /// <summary>
    /// Listens on <paramref name="address"/>:<paramref name="port"/> (0 picks a free port, see
    /// <see cref="Port"/>). The handler gets the message bytes and whether the frame was oversized,
    /// and returns the ACK text.
    /// </summary>
    public MllpListener(IPAddress address, int port, Func<ReadOnlyMemory<byte>, bool, CancellationToken, Task<string>> handler)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(handler);
        _listener = new TcpListener(address, port);
        _handler = handler;
    }

    /// <summary>The port listened on, once started.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Starts listening (so <see cref="Port"/> is known before <see cref="RunAsync"/>).</summary>
    public void Start() => _listener.Start();

    /// <summary>Accepts connections until <paramref name="cancellationToken"/> is cancelled; each connection is served concurrently.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                connections.Add(ServeAsync(client, cancellationToken));
                connections.RemoveAll(t => t.IsCompleted);
            }
        }
        finally
        {
            _listener.Stop();
            await Task.WhenAll(connections).ConfigureAwait(false);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new MllpReader(stream);
                while (!cancellationToken.IsCancellationRequested)
                {
                    var (frame, oversized) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    if (frame is null)
                    {
                        break;
                    }

                    var ack = await _handler(frame.Value, oversized, cancellationToken).ConfigureAwait(false);
                    await stream.WriteAsync(MllpFrame.Wrap(Encoding.UTF8.GetBytes(ack)), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The peer went away or we are stopping: the connection ends, the listener goes on.
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
