using System.Net.Sockets;
using System.Text;

namespace Claimsmith.Interop.Mllp;

/// <summary>Sends HL7 messages over MLLP and waits for each acknowledgement (a sender's side, for tests and tools).</summary>
public sealed class MllpClient : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly MllpReader _reader;

    private MllpClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new MllpReader(_stream);
    }

    /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static async Task<MllpClient> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return new MllpClient(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="message"/> (UTF-8) and returns the acknowledgement text, or null when the server closed.</summary>
    public Task<string?> SendAsync(string message, CancellationToken cancellationToken) =>
        SendAsync(Encoding.UTF8.GetBytes(message), cancellationToken);

    /// <summary>Sends raw message bytes and returns the acknowledgement text, or null when the server closed.</summary>
    public async Task<string?> SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _stream.WriteAsync(MllpFrame.Wrap(message), cancellationToken).ConfigureAwait(false);
        var (frame, _) = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return frame is null ? null : Encoding.UTF8.GetString(frame.Value.Span);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
        _client.Dispose();
    }
}
