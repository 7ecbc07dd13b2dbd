using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Tests.Tokenizing;

public sealed class X12SegmentReaderTests
{
    private static List<string> ReadAll(X12SegmentReader reader)
    {
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.Current.ToSegment().ToString());
        }

        Assert.Equal(X12ReaderError.None, reader.Error);
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(4096)]
    public void Stream_SmallWindows_GiveSameSegmentsAsMemory(int window)
    {
        var data = Fixtures.Bytes(Fixtures.Claim837P);
        using var mem = X12SegmentReader.Create(data);
        using var stream = X12SegmentReader.Create(new MemoryStream(data), windowSize: window);
        Assert.Equal(ReadAll(mem), ReadAll(stream));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_Tokenize_AndEverySplitGivesSameSegments(string kind, string file)
    {
        var data = Samples.Load(kind, file);
        var expected = X12ReaderTests.Tokenize(data);
        Assert.True(expected.Count > 5);
        Assert.StartsWith("ISA", expected[0], StringComparison.Ordinal);
        Assert.StartsWith("IEA", expected[^1], StringComparison.Ordinal);
        for (var split = 0; split <= data.Length; split++)
        {
            Assert.Equal(expected, X12ReaderTests.TokenizeSplit(data, split));
        }

        using var trickle = X12SegmentReader.Create(new OneByteStream(data), windowSize: 1);
        Assert.Equal(expected, ReadAll(trickle));
    }

    public static TheoryData<string, string> SampleFiles() => Samples.Files();

    /// <summary>What the tokenizer alone reports for an input held in one block: each segment with its offset and number, then the error and where.</summary>
    private static List<string> Positions(byte[] data, X12ReaderOptions options)
    {
        var list = new List<string>();
        var reader = new X12Reader(data, true, new X12ReaderState(options));
        while (reader.Read())
        {
            list.Add($"{reader.SegmentOffset}/{reader.SegmentNumber}/{reader.Segment.ToSegment()}");
        }

        list.Add($"{reader.Error}@{(reader.Error == X12ReaderError.None ? 0 : reader.CurrentState.BytesBefore)}");
        return list;
    }

    private static List<string> Positions(X12SegmentReader reader)
    {
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add($"{reader.SegmentOffset}/{reader.SegmentNumber}/{reader.Current.ToSegment()}");
        }

        list.Add($"{reader.Error}@{(reader.Error == X12ReaderError.None ? 0 : reader.ErrorOffset)}");
        return list;
    }

    public static TheoryData<string> AwkwardInputs() => new()
    {
        // Line breaks and spaces between segments, a byte-order mark, and a second interchange.
        "\uFEFF" + Fixtures.Claim837P.Replace("~", "~\r\n", StringComparison.Ordinal) + "  \t" + Fixtures.Claim837P.Replace("~", "~\n", StringComparison.Ordinal),
        // A segment longer than the element bound but with few elements, then one with too many elements.
        Fixtures.Claim837P.Replace("NM1*", "NM1*" + new string('X', 80) + "*", StringComparison.Ordinal) + "ST*" + string.Join("*", Enumerable.Repeat("A", 70)) + "~",
        // Ends in the middle of a segment.
        Fixtures.Claim837P + "ST*837*0002",
        // A segment longer than the length bound.
        Fixtures.Claim837P + "NTE*" + new string('Y', 300) + "~",
    };

    [Theory]
    [MemberData(nameof(AwkwardInputs))]
    public void Positions_AndErrors_AreTheTokenizers_AtEveryWindowSize(string text)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(text);
        var options = X12ReaderOptions.Default with { MaxSegmentLength = 256 };
        var expected = Positions(data, options);
        Assert.True(expected.Count > 30);
        using (var memory = X12SegmentReader.Create(data, options))
        {
            Assert.Equal(expected, Positions(memory));
        }

        foreach (var window in new[] { 1, 3, 16, 61, 107, 512, 1 << 16 })
        {
            using var stream = X12SegmentReader.Create(new MemoryStream(data), options, window);
            Assert.Equal(expected, Positions(stream));
        }
    }

    [Fact]
    public void Stream_ManyInterchanges_MemoryStaysWithinWindow()
    {
        var one = Fixtures.Bytes(Fixtures.Claim837P);
        using var stream = new RepeatingStream(one, 2000);
        using var reader = X12SegmentReader.Create(stream, windowSize: 4096);
        var count = 0L;
        var before = GC.GetAllocatedBytesForCurrentThread();
        while (reader.Read())
        {
            count++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(35L * 2000, count);
        // Two thousand interchanges (1.2 MB) are tokenised without allocating per segment.
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    /// <summary>Returns at most one byte per Read, the worst case for resumption.</summary>
    private sealed class OneByteStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }

    internal sealed class RepeatingStream(byte[] unit, int times) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => (long)unit.Length * times;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < Length)
            {
                var at = (int)(_position % unit.Length);
                var take = Math.Min(count - n, unit.Length - at);
                Array.Copy(unit, at, buffer, offset + n, take);
                n += take;
                _position += take;
            }

            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
