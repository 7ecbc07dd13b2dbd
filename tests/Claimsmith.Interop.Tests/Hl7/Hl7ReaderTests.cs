using System.Text;
using Claimsmith.Interop.Hl7;

namespace Claimsmith.Interop.Tests.Hl7;

public sealed class Hl7ReaderTests
{
    [Fact]
    public void Read_Adt_FieldsRepetitionsComponentsSubcomponents()
    {
        var result = Hl7Reader.Read(Messages.AdtA04());
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var m = result.Message!;
        Assert.Equal("ADT^A04", m.MessageType);
        Assert.Equal("MSG00001", m.ControlId);
        Assert.Equal("2.5.1", m.Version);
        Assert.Equal("|", m.Header.Field(1).Value);
        Assert.Equal("^~\\&", m.Header.Field(2).Raw.ToString());
        var pid = m.Segment("PID")!;
        Assert.Equal(2, pid.Field(3).RepetitionCount);
        Assert.Equal("A1B2C3", pid.Field(3).Repetition(2).Component(1).Value);
        Assert.Equal("2.16.840.1.113883.3.999", pid.Field(3).Component(4).Subcomponent(2).Value);
        Assert.Equal("Mae", pid.Field(5).Component(3).Value);
        Assert.True(pid.Field(99).IsEmpty);
        Assert.Equal(7, m.Segments.Count);
    }

    [Theory]
    [InlineData(@"a\F\b", "a|b")]
    [InlineData(@"a\S\b", "a^b")]
    [InlineData(@"a\T\b", "a&b")]
    [InlineData(@"a\R\b", "a~b")]
    [InlineData(@"a\E\b", @"a\b")]
    [InlineData(@"line1\.br\line2", "line1\nline2")]
    [InlineData(@"\X48656C6C6F\", "Hello")]
    [InlineData(@"\H\bold\N\", "bold")]
    [InlineData(@"unterminated \F", @"unterminated \F")]
    [InlineData(@"\Q\", @"\Q\")]
    public void Escapes_Decode(string raw, string expected) =>
        Assert.Equal(expected, Hl7Escapes.Decode(raw, Hl7Delimiters.Default));

    [Fact]
    public void Escapes_EncodeThenDecode_RoundTrips()
    {
        const string text = "a|b^c&d~e\\f\nnext";
        Assert.Equal(text, Hl7Escapes.Decode(Hl7Escapes.Encode(text, Hl7Delimiters.Default), Hl7Delimiters.Default));
    }

    [Fact]
    public void Read_OtherEncodingCharacters_AreHonoured()
    {
        var text = "MSH#@!$%#APP#FAC#CS#B#20250101##ADT@A08#C1#P#2.5.1\rPID#1##X1@@@AUTH%UNI!X2##Smith$F$Jr@John@Q\r";
        var result = Hl7Reader.Read(text);
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var pid = result.Message!.Segment("PID")!;
        Assert.Equal("Smith#Jr", pid.Field(5).Component(1).Value);
        Assert.Equal("Q", pid.Field(5).Component(3).Value);
        Assert.Equal("UNI", pid.Field(3).Component(4).Subcomponent(2).Value);
        Assert.Equal("X2", pid.Field(3).Repetition(2).Value);
        Assert.Equal("ADT^A08", result.Message.MessageType);
    }

    [Theory]
    [InlineData("", "hl7.empty")]
    [InlineData("PID|1||X\r", "hl7.msh.missing")]
    [InlineData("MSH|^~", "hl7.msh.truncated")]
    [InlineData("MSH|^^\\&|A|B\r", "hl7.encoding-characters.invalid")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025\r", "hl7.msh9.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04\r", "hl7.msh10.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|3.0\r", "hl7.version.unsupported")]
    public void Read_Broken_ReportsIssueWithoutThrowing(string text, string code)
    {
        var result = Hl7Reader.Read(text);
        Assert.Contains(result.Issues, i => i.Code == code && i.IsError);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Read_TruncatedAtEveryLength_NeverThrows()
    {
        var full = Messages.OruLab();
        for (var n = 0; n <= full.Length; n++)
        {
            var result = Hl7Reader.Read(full[..n]);
            if (result.Message is { } m)
            {
                // Whatever survived can be mapped without throwing too.
                _ = Hl7RecordMapper.Map(m, DateTimeOffset.UnixEpoch);
            }
        }
    }

    [Fact]
    public void Read_NotASegment_IsWarnedAndSkipped()
    {
        var result = Hl7Reader.Read(Messages.Hl7("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|2.5.1", "garbage line", "PID|1"));
        Assert.Contains(result.Issues, i => i.Code == "hl7.segment.invalid" && !i.IsError);
        Assert.Equal(["MSH", "PID"], result.Message!.Segments.Select(s => s.Id));
    }

    [Fact]
    public void ReadBytes_Latin1WhenUtf8Declared_IsAnEncodingError()
    {
        var text = Messages.AdtA04(lastName: "Müller");
        var result = Hl7Reader.Read(Encoding.Latin1.GetBytes(text));
        Assert.Contains(result.Issues, i => i.Code == "hl7.encoding.invalid" && i.IsError);
    }

    [Fact]
    public void ReadBytes_Latin1Declared_DecodesUmlaut()
    {
        var text = Messages.AdtA04(lastName: "Müller").Replace("UNICODE UTF-8", "8859/1", StringComparison.Ordinal);
        var result = Hl7Reader.Read(Encoding.Latin1.GetBytes(text));
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("Müller", result.Message!.Segment("PID")!.Field(5).Component(1).Value);
    }

    [Fact]
    public void ReadBytes_Utf8Declared_DecodesUmlaut()
    {
        var result = Hl7Reader.Read(Encoding.UTF8.GetBytes(Messages.AdtA04(lastName: "Müller")));
        Assert.True(result.IsValid);
        Assert.Equal("Müller", result.Message!.Segment("PID")!.Field(5).Component(1).Value);
    }

    [Fact]
    public void ReadBytes_Utf16_IsWarnedAndRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Messages.MdmT02())).ToArray();
        var result = Hl7Reader.Read(bytes);
        Assert.Contains(result.Issues, i => i.Code == "hl7.encoding.utf16");
        Assert.Equal("MDM^T02", result.Message!.MessageType);
    }

    [Fact]
    public void ReadAll_SplitsAFileOfMessagesWithNewlines()
    {
        var file = "FHS|^~\\&\n" + Messages.AdtA04().Replace('\r', '\n') + Messages.OruLab().Replace("\r", "\r\n", StringComparison.Ordinal) + "FTS|2\n";
        var results = Hl7Reader.ReadAll(Encoding.UTF8.GetBytes(file));
        Assert.Equal(["ADT^A04", "ORU^R01"], results.Select(r => r.Message!.MessageType));
        Assert.All(results, r => Assert.True(r.IsValid));
    }
}
