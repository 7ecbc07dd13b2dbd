using System.Text;

namespace Claimsmith.Interop.Hl7;

/// <summary>
/// Reads HL7 v2 messages (ER7, v2.5.1 chapter 2). It finds segment and field boundaries once
/// and leaves components to <see cref="Hl7Value"/>; it never throws on bad input but returns the
/// issues with their location: no MSH, bad encoding characters (MSH-2), bytes that are not in the
/// declared character set (MSH-18), segments that are not segments, missing MSH-9/10/12.
/// </summary>
public static class Hl7Reader
{
    /// <summary>Largest message accepted (bounded so a hostile sender cannot exhaust memory).</summary>
    public const int MaxMessageLength = 16 * 1024 * 1024;

    /// <summary>Most segments in one message.</summary>
    public const int MaxSegments = 50_000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// Reads one message from bytes. The character set is MSH-18 (<c>UNICODE UTF-8</c>,
    /// <c>8859/1</c>, <c>ASCII</c>); without one, UTF-8 is tried and ISO 8859-1 used when the
    /// bytes are not UTF-8 (warning <c>hl7.encoding.undeclared</c>).
    /// </summary>
    public static Hl7ReadResult Read(ReadOnlySpan<byte> bytes)
    {
        var issues = new List<InteropIssue>();
        var text = DecodeBytes(bytes, issues);
        return Read(text, issues);
    }

    /// <summary>Reads one message from text.</summary>
    public static Hl7ReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, []);
    }

    /// <summary>
    /// Splits a file of one or more messages (optionally in FHS/BHS batch envelopes, one segment
    /// per line or per carriage return) and reads each.
    /// </summary>
    public static IReadOnlyList<Hl7ReadResult> ReadAll(ReadOnlySpan<byte> bytes)
    {
        var issues = new List<InteropIssue>();
        var text = DecodeBytes(bytes, issues);
        var results = new List<Hl7ReadResult>();
        var current = new StringBuilder();
        var any = false;
        foreach (var line in SplitSegments(text))
        {
            var s = line.Span;
            if (s.StartsWith("FHS") || s.StartsWith("BHS") || s.StartsWith("FTS") || s.StartsWith("BTS"))
            {
                continue;
            }

            if (s.StartsWith("MSH") && current.Length > 0)
            {
                results.Add(Read(current.ToString(), any ? [] : [.. issues]));
                any = true;
                current.Clear();
            }

            current.Append(s).Append('\r');
        }

        if (current.Length > 0 || results.Count == 0)
        {
            results.Add(Read(current.ToString(), any ? [] : [.. issues]));
        }

        return results;
    }

    private static Hl7ReadResult Read(string text, List<InteropIssue> issues)
    {
        if (text.Length > MaxMessageLength)
        {
            issues.Add(new("hl7.too-large", "message", $"The message is {text.Length} characters; at most {MaxMessageLength} are accepted."));
            return new(null, issues, text[..Math.Min(text.Length, 4096)]);
        }

        var trimmed = text.AsSpan().TrimStart("\uFEFF\r\n\t ");
        if (trimmed.IsEmpty)
        {
            issues.Add(new("hl7.empty", "message", "The message is empty."));
            return new(null, issues, text);
        }

        var offset = text.Length - trimmed.Length;
        if (!trimmed.StartsWith("MSH"))
        {
            issues.Add(new("hl7.msh.missing", "segment 1", "A message starts with an MSH segment; this one does not."));
            return new(null, issues, text);
        }

        if (trimmed.Length < 8)
        {
            issues.Add(new("hl7.msh.truncated", "MSH", "The MSH segment ends before its encoding characters (MSH-1, MSH-2)."));
            return new(null, issues, text);
        }

        var field = trimmed[3];
        var enc = trimmed[4..];
        var encEnd = enc.IndexOf(field);
        var encoding = encEnd < 0 ? enc : enc[..encEnd];
        var lineEnd = encoding.IndexOfAny('\r', '\n');
        if (lineEnd >= 0)
        {
            encoding = encoding[..lineEnd];
        }

        if (!ValidEncodingCharacters(field, encoding))
        {
            issues.Add(new("hl7.encoding-characters.invalid", "MSH-2", $"MSH-1 and MSH-2 must be five different punctuation characters (usually |^~\\&); found '{field}' and '{encoding.ToString()}'."));
            return new(null, issues, text);
        }

        var delimiters = new Hl7Delimiters(field, encoding[0], encoding[1], encoding[2], encoding[3]);
        var memory = text.AsMemory(offset);
        var segments = new List<Hl7Segment>();
        var number = 0;
        foreach (var line in SplitSegments(memory))
        {
            number++;
            if (segments.Count >= MaxSegments)
            {
                issues.Add(new("hl7.too-many-segments", $"segment {number}", $"More than {MaxSegments} segments; the rest are ignored."));
                break;
            }

            var s = line.Span;
            if (s.Length < 3 || !IsSegmentId(s[..3]) || (s.Length > 3 && s[3] != field))
            {
                issues.Add(InteropIssue.Warning("hl7.segment.invalid", $"segment {number}", $"'{Preview(s)}' is not a segment (three letters or digits, then the field separator); skipped."));
                continue;
            }

            var id = SegmentId(s[..3]);
            var starts = new List<int>(16);
            var from = 4;
            if (id == "MSH")
            {
                starts.Add(3);
                from = 4;
            }

            if (s.Length > 3)
            {
                starts.Add(from);
                var pos = from;
                while (true)
                {
                    var next = s[pos..].IndexOf(field);
                    if (next < 0)
                    {
                        break;
                    }

                    pos += next + 1;
                    starts.Add(pos);
                }
            }

            segments.Add(new Hl7Segment(id, number, line, [.. starts], delimiters));
        }

        var message = new Hl7Message(text, delimiters, segments);
        var msh = message.Header;
        if (msh.Field(9).Component(1).IsEmpty)
        {
            issues.Add(new("hl7.msh9.missing", "MSH-9", "The message type (MSH-9) is missing; the message may be truncated."));
        }

        if (msh.Field(10).IsEmpty)
        {
            issues.Add(new("hl7.msh10.missing", "MSH-10", "The message control id (MSH-10) is missing."));
        }

        if (msh.Field(12).IsEmpty)
        {
            issues.Add(new("hl7.msh12.missing", "MSH-12", "The version (MSH-12) is missing."));
        }
        else if (!message.Version.StartsWith("2.", StringComparison.Ordinal))
        {
            issues.Add(new("hl7.version.unsupported", "MSH-12", $"Version '{message.Version}' is not HL7 v2."));
        }

        return new(message, issues, text);
    }

    private static bool ValidEncodingCharacters(char field, ReadOnlySpan<char> encoding)
    {
        // v2.5.1 has four encoding characters; v2.7 adds a fifth (truncation #), tolerated.
        if (encoding.Length is < 4 or > 5 || char.IsLetterOrDigit(field) || char.IsWhiteSpace(field))
        {
            return false;
        }

        Span<char> all = [field, encoding[0], encoding[1], encoding[2], encoding[3]];
        for (var i = 0; i < all.Length; i++)
        {
            if (char.IsLetterOrDigit(all[i]) || char.IsWhiteSpace(all[i]) || all[i] > 127)
            {
                return false;
            }

            for (var j = i + 1; j < all.Length; j++)
            {
                if (all[i] == all[j])
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsSegmentId(ReadOnlySpan<char> id)
    {
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return char.IsAsciiLetterUpper(id[0]);
    }

    private static string SegmentId(ReadOnlySpan<char> id) => id switch
    {
        "MSH" => "MSH", "EVN" => "EVN", "PID" => "PID", "PD1" => "PD1", "NK1" => "NK1", "PV1" => "PV1", "PV2" => "PV2",
        "IN1" => "IN1", "IN2" => "IN2", "GT1" => "GT1", "DG1" => "DG1", "OBR" => "OBR", "OBX" => "OBX", "ORC" => "ORC",
        "NTE" => "NTE", "TXA" => "TXA", "MSA" => "MSA", "ERR" => "ERR", "AL1" => "AL1", "PR1" => "PR1",
        _ => id.ToString(),
    };

    private static string Preview(ReadOnlySpan<char> s) => s.Length > 20 ? s[..20].ToString() + "..." : s.ToString();

    /// <summary>Segments end at CR (the standard), LF or CR LF (files edited by hand); blank lines are skipped.</summary>
    internal static IEnumerable<ReadOnlyMemory<char>> SplitSegments(ReadOnlyMemory<char> text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var rest = text.Span[start..];
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? text[start..] : text.Slice(start, end);
            start = end < 0 ? text.Length : start + end + 1;
            if (!line.Span.Trim().IsEmpty)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<ReadOnlyMemory<char>> SplitSegments(string text) => SplitSegments(text.AsMemory());

    private static string DecodeBytes(ReadOnlySpan<byte> bytes, List<InteropIssue> issues)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            issues.Add(InteropIssue.Warning("hl7.encoding.utf16", "message", "The message is UTF-16; HL7 v2 over MLLP and in files is ASCII, ISO 8859-1 or UTF-8. Read as UTF-16."));
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var charset = DeclaredCharset(bytes);
        if (charset is "8859/1" or "8859/15")
        {
            return Encoding.Latin1.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $"byte {e.Index}" : "message";
            if (charset is "UNICODE UTF-8")
            {
                issues.Add(new("hl7.encoding.invalid", at, "MSH-18 declares UTF-8 but the bytes are not UTF-8; invalid bytes were replaced."));
                return Encoding.UTF8.GetString(bytes);
            }

            if (charset is "ASCII")
            {
                issues.Add(new("hl7.encoding.invalid", at, "MSH-18 declares ASCII but the message has bytes above 127; read as ISO 8859-1."));
                return Encoding.Latin1.GetString(bytes);
            }

            issues.Add(InteropIssue.Warning("hl7.encoding.undeclared", at, "No character set in MSH-18 and the bytes are not UTF-8; read as ISO 8859-1."));
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>MSH-18 read from the raw bytes (it is ASCII in every character set HL7 names).</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOf("MSH"u8);
        if (start < 0 || bytes.Length < start + 4)
        {
            return null;
        }

        var line = bytes[start..];
        var end = line.IndexOfAny((byte)'\r', (byte)'\n');
        if (end >= 0)
        {
            line = line[..end];
        }

        var field = line[3];
        var n = 2; // the separator at index 3 is MSH-1 and starts MSH-2
        var pos = 3;
        while (n < 18)
        {
            var next = line[(pos + 1)..].IndexOf(field);
            if (next < 0)
            {
                return null;
            }

            pos += next + 1;
            n++;
        }

        var value = line[(pos + 1)..];
        var stop = value.IndexOf(field);
        if (stop >= 0)
        {
            value = value[..stop];
        }

        var component = value.IndexOf((byte)'^');
        if (component >= 0)
        {
            value = value[..component];
        }

        return value.IsEmpty ? null : Encoding.ASCII.GetString(value).Trim();
    }
}
