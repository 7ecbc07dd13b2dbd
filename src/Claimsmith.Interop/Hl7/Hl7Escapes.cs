using System.Text;

namespace Claimsmith.Interop.Hl7;

/// <summary>
/// Escape sequences in text values (HL7 v2.5.1 2.7 "Use of escape sequences in text fields"):
/// \F\ \S\ \T\ \R\ \E\ stand for the delimiters, \Xhh..\ for bytes given in hex, \.br\ for a
/// line break; highlighting (\H\ \N\) and character-set switches (\C..\ \M..\) are dropped.
/// </summary>
public static class Hl7Escapes
{
    /// <summary>Decodes the escape sequences of <paramref name="raw"/>. Never throws: an unterminated escape is kept as text.</summary>
    public static string Decode(ReadOnlySpan<char> raw, Hl7Delimiters delimiters)
    {
        var first = raw.IndexOf(delimiters.Escape);
        if (first < 0)
        {
            return raw.ToString();
        }

        var sb = new StringBuilder(raw.Length);
        sb.Append(raw[..first]);
        var i = first;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c != delimiters.Escape)
            {
                sb.Append(c);
                i++;
                continue;
            }

            var end = raw[(i + 1)..].IndexOf(delimiters.Escape);
            if (end < 0)
            {
                sb.Append(raw[i..]);
                break;
            }

            var body = raw.Slice(i + 1, end);
            i += end + 2;
            if (body.Length == 1)
            {
                switch (body[0])
                {
                    case 'F': sb.Append(delimiters.Field); continue;
                    case 'S': sb.Append(delimiters.Component); continue;
                    case 'T': sb.Append(delimiters.Subcomponent); continue;
                    case 'R': sb.Append(delimiters.Repetition); continue;
                    case 'E': sb.Append(delimiters.Escape); continue;
                    case 'H' or 'N': continue;
                    default: break;
                }
            }
            else if (body.SequenceEqual(".br"))
            {
                sb.Append('\n');
                continue;
            }
            else if (body[0] == 'X' && body.Length % 2 == 1 && AppendHex(sb, body[1..]))
            {
                continue;
            }
            else if (body[0] is 'C' or 'M' || (body[0] == '.' && body.Length > 1))
            {
                // Character-set switches and other formatting commands (.sp, .in, .ti, .ce, .fi, .nf, .sk): no text of their own.
                if (body.StartsWith(".sp"))
                {
                    sb.Append('\n');
                }

                continue;
            }

            // Not an escape we know: keep it as it was, so nothing is lost.
            sb.Append(delimiters.Escape).Append(body).Append(delimiters.Escape);
        }

        return sb.ToString();
    }

    /// <summary>Escapes the delimiters in <paramref name="text"/> and writes line breaks as \.br\.</summary>
    public static string Encode(string text, Hl7Delimiters delimiters)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == delimiters.Escape) { sb.Append(delimiters.Escape).Append('E').Append(delimiters.Escape); }
            else if (c == delimiters.Field) { sb.Append(delimiters.Escape).Append('F').Append(delimiters.Escape); }
            else if (c == delimiters.Component) { sb.Append(delimiters.Escape).Append('S').Append(delimiters.Escape); }
            else if (c == delimiters.Subcomponent) { sb.Append(delimiters.Escape).Append('T').Append(delimiters.Escape); }
            else if (c == delimiters.Repetition) { sb.Append(delimiters.Escape).Append('R').Append(delimiters.Escape); }
            else if (c == '\n') { sb.Append(delimiters.Escape).Append(".br").Append(delimiters.Escape); }
            else if (c != '\r') { sb.Append(c); }
        }

        return sb.ToString();
    }

    private static bool AppendHex(StringBuilder sb, ReadOnlySpan<char> hex)
    {
        if (hex.Length == 0 || hex.Length % 2 != 0 || hex.Length > 1024)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[hex.Length / 2];
        for (var k = 0; k < bytes.Length; k++)
        {
            if (!byte.TryParse(hex.Slice(k * 2, 2), System.Globalization.NumberStyles.HexNumber, null, out bytes[k]))
            {
                return false;
            }
        }

        // The bytes are in the message's character set; UTF-8 reads ASCII the same and is what
        // v2.5.1 senders declare for anything beyond it (MSH-18 UNICODE UTF-8).
        sb.Append(Encoding.UTF8.GetString(bytes));
        return true;
    }
}
