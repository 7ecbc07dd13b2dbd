using System.Buffers;
using System.Text;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Tests.Tokenizing;

public sealed class X12ReaderTests
{
    internal static List<string> Tokenize(ReadOnlySpan<byte> data)
    {
        var list = new List<string>();
        var reader = new X12Reader(data);
        while (reader.Read())
        {
            list.Add(reader.Segment.ToSegment().ToString());
        }

        Assert.Equal(X12ReaderError.None, reader.Error);
        return list;
    }

    /// <summary>Feeds the input in two blocks split at <paramref name="split"/>, resuming with the state, as a stream reader would.</summary>
    internal static List<string> TokenizeSplit(byte[] data, int split)
    {
        var list = new List<string>();
        var state = new X12ReaderState(X12ReaderOptions.Default);
        var first = new X12Reader(data.AsSpan(0, split), false, state);
        while (first.Read())
        {
            list.Add(first.Segment.ToSegment().ToString());
        }

        Assert.Equal(X12ReaderError.None, first.Error);
        var consumed = first.BytesConsumed;
        var second = new X12Reader(data.AsSpan(consumed), true, first.CurrentState);
        while (second.Read())
        {
            list.Add(second.Segment.ToSegment().ToString());
        }

        Assert.Equal(X12ReaderError.None, second.Error);
        return list;
    }

    [Fact]
    public void Read_Fixture_YieldsEverySegmentWithDelimitersFromIsa()
    {
        var segments = Tokenize(Fixtures.Bytes(Fixtures.Claim837P));
        Assert.Equal(35, segments.Count);
        Assert.StartsWith("ISA*00*", segments[0], StringComparison.Ordinal);
        Assert.Equal("IEA*1*000000101", segments[^1]);
    }

    [Fact]
    public void Read_OtherDelimiters_AreTakenFromIsa()
    {
        var text = Fixtures.Claim837P.Replace('*', '|').Replace('~', '\'').Replace(":", ">", StringComparison.Ordinal);
        var reader = new X12Reader(Fixtures.Bytes(text));
        var sv1 = string.Empty;
        while (reader.Read())
        {
            if (reader.Segment.Is("SV1"u8))
            {
                sv1 = reader.Segment.GetString(1, 2)!;
                break;
            }
        }

        Assert.Equal((byte)'|', reader.Delimiters.Element);
        Assert.Equal((byte)'>', reader.Delimiters.Component);
        Assert.Equal((byte)'\'', reader.Delimiters.Segment);
        Assert.Equal("99213", sv1);
    }

    [Fact]
    public void Read_BomAndCrLfAfterTerminators_AreTolerated()
    {
        var plain = Tokenize(Fixtures.Bytes(Fixtures.Claim837P));
        var withBreaks = "\uFEFF" + Fixtures.Claim837P.Replace("~", "~\r\n", StringComparison.Ordinal);
        Assert.Equal(plain, Tokenize(Encoding.UTF8.GetBytes(withBreaks)));
    }

    [Fact]
    public void Read_EveryByteBoundary_GivesSameSegments()
    {
        var data = Fixtures.Bytes(Fixtures.Claim837P.Replace("~", "~\r\n", StringComparison.Ordinal));
        var expected = Tokenize(data);
        for (var split = 0; split <= data.Length; split++)
        {
            Assert.Equal(expected, TokenizeSplit(data, split));
        }
    }

    [Fact]
    public void Read_MultiSegmentSequence_GivesSameSegments()
    {
        var data = Fixtures.Bytes(Fixtures.Remit835);
        var first = new Chunk(data.AsMemory(0, 100));
        var last = first.Append(data.AsMemory(100));
        var seq = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        var reader = new X12Reader(seq, true, new X12ReaderState(X12ReaderOptions.Default));
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.Segment.ToSegment().ToString());
        }

        Assert.Equal(Tokenize(data), list);
    }

    [Theory]
    [InlineData("", X12ReaderError.None)]
    [InlineData("GS*HC~", X12ReaderError.MissingIsa)]
    [InlineData("ISA*00*short~", X12ReaderError.MalformedIsa)]
    public void Read_BadStart_StopsWithError(string text, X12ReaderError expected)
    {
        var reader = new X12Reader(Fixtures.Bytes(text));
        Assert.False(reader.Read());
        Assert.Equal(expected, reader.Error);
    }

    [Fact]
    public void Read_TruncatedInput_ReportsTruncation()
    {
        var data = Fixtures.Bytes(Fixtures.Claim837P[..^5]);
        var reader = new X12Reader(data);
        while (reader.Read())
        {
        }

        Assert.Equal(X12ReaderError.TruncatedSegment, reader.Error);
    }

    [Fact]
    public void Read_SegmentLongerThanBound_Stops()
    {
        var text = Fixtures.Isa + "GS*" + new string('A', 5000) + "~";
        var state = new X12ReaderState(new X12ReaderOptions { MaxSegmentLength = 1000 });
        var reader = new X12Reader(Fixtures.Bytes(text), true, state);
        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal(X12ReaderError.SegmentTooLong, reader.Error);
    }

    [Fact]
    public void Read_TooManyElements_Stops()
    {
        var text = Fixtures.Isa + "REF" + string.Concat(Enumerable.Repeat("*A", 100)) + "~";
        var reader = new X12Reader(Fixtures.Bytes(text));
        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal(X12ReaderError.TooManyElements, reader.Error);
    }

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("-3", "-3")]
    [InlineData(".5", "0.5")]
    [InlineData("100", "100")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("-.5", "-0.5")]
    [InlineData("1.", "1")]
    [InlineData("0001.50", "1.50")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    [InlineData("0.0000000000000000001", "0.0000000000000000001")]
    public void TryParseDecimal_X12Numbers(string text, string expected)
    {
        Assert.True(X12SegmentView.TryParseDecimal(Encoding.ASCII.GetBytes(text), out var d));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d);
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("+5")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("1E5")]
    [InlineData("1.5e-3")]
    [InlineData("--1")]
    [InlineData("1-")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,000")]
    [InlineData("1.2.")]
    [InlineData("99999999999999999999999999999")]
    [InlineData("-99999999999999999999999999999")]
    [InlineData("1234567890123456789012345678901")]
    public void TryParseDecimal_RejectsNonX12(string text) =>
        Assert.False(X12SegmentView.TryParseDecimal(Encoding.ASCII.GetBytes(text), out _));

    [Theory]
    [InlineData("20240229", true)]
    [InlineData("20230229", false)]
    [InlineData("20251301", false)]
    [InlineData("2025010", false)]
    [InlineData("00000101", false)]
    [InlineData("20240230", false)]
    [InlineData("2024022a", false)]
    [InlineData("202402290", false)]
    [InlineData("99991231", true)]
    [InlineData("00010101", true)]
    public void TryParseDate_OnlyRealDates(string text, bool ok) =>
        Assert.Equal(ok, X12SegmentView.TryParseDate(Encoding.ASCII.GetBytes(text), out _));

    private sealed class Chunk : ReadOnlySequenceSegment<byte>
    {
        public Chunk(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Chunk Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Chunk(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
