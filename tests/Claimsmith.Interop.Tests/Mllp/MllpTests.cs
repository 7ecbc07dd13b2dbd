using System.Net;
using System.Text;
using Claimsmith.Interop.Hl7;
using Claimsmith.Interop.Mllp;

namespace Claimsmith.Interop.Tests.Mllp;

public sealed class MllpTests
{
    /// <summary>A stream that hands out one byte per read, so frames cross every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }

    [Fact]
    public async Task Reader_FramesSplitAtEveryByte_NoiseBetweenFramesSkipped()
    {
        var a = Encoding.UTF8.GetBytes(Messages.AdtA04());
        var b = Encoding.UTF8.GetBytes(Messages.OruLab());
        var data = "noise"u8.ToArray().Concat(MllpFrame.Wrap(a)).Concat("\r\n"u8.ToArray()).Concat(MllpFrame.Wrap(b)).Concat(new byte[] { MllpFrame.StartBlock, (byte)'M' }).ToArray();
        using var reader = new MllpReader(new TrickleStream(data));
        var (first, _) = await reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(a, first!.Value.ToArray());
        var (second, _) = await reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(b, second!.Value.ToArray());
        // The last frame never ended: nothing complete arrived.
        var (third, _) = await reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Null(third);
    }

    [Fact]
    public async Task Loopback_Conversation_AcksEachMessageInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var received = new List<string>();
        await using var listener = new MllpListener(IPAddress.Loopback, 0, (bytes, oversized, _) =>
        {
            var read = Hl7Reader.Read(bytes.Span);
            var issues = read.Issues.ToList();
            if (read.Message is { } m)
            {
                issues.AddRange(Hl7RecordMapper.Map(m, DateTimeOffset.UnixEpoch).Issues);
                lock (received)
                {
                    received.Add(m.ControlId);
                }
            }

            var code = Hl7Ack.CodeFor(read.Message, issues);
            return Task.FromResult(Hl7Ack.Build(read.Message, code, issues, DateTimeOffset.UnixEpoch, "A" + Guid.NewGuid().ToString("N")[..10]));
        });
        listener.Start();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = listener.RunAsync(cts.Token);

        using (var client = await MllpClient.ConnectAsync("127.0.0.1", listener.Port, ct))
        {
            var ack1 = await client.SendAsync(Messages.AdtA04("C1"), ct);
            var oru = Messages.OruLab("C2");
            var ack2 = await client.SendAsync(oru[..(oru.IndexOf("OBR|1|", StringComparison.Ordinal) + 20)], ct); // truncated inside OBR
            var ack3 = await client.SendAsync("this is not HL7", ct);
            var ack4 = await client.SendAsync(Messages.MdmT02("C4"), ct);
            Assert.Equal("MSA|AA|C1", Msa(ack1));
            Assert.Equal("MSA|AE|C2", Msa(ack2));
            Assert.Contains("hl7.obx.missing", ack2, StringComparison.Ordinal);
            Assert.Equal("MSA|AR|", Msa(ack3));
            Assert.Equal("MSA|AA|C4", Msa(ack4));
        }

        // A second connection is served by the same listener.
        using (var client = await MllpClient.ConnectAsync("127.0.0.1", listener.Port, ct))
        {
            Assert.Equal("MSA|AA|C5", Msa(await client.SendAsync(Messages.OruRadiology("C5"), ct)));
        }

        await cts.CancelAsync();
        await run;
        Assert.Equal(["C1", "C2", "C4", "C5"], received);
    }

    private static string Msa(string? ack) =>
        Assert.Single(ack!.Split('\r', StringSplitOptions.RemoveEmptyEntries), s => s.StartsWith("MSA", StringComparison.Ordinal));
}
