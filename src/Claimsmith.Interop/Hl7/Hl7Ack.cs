using System.Globalization;
using System.Text;

namespace Claimsmith.Interop.Hl7;

/// <summary>
/// Builds the original-mode ACK for a received message (v2.5.1 2.9.2): MSH with sender and
/// receiver swapped, MSA with the code and the original control id, and one ERR per error
/// (ERR-2 location, ERR-3 HL7 error code from table 0357, ERR-4 severity, ERR-8 message).
/// </summary>
public static class Hl7Ack
{
    /// <summary>
    /// The ACK text (segments ended by CR). <paramref name="original"/> may be null when the
    /// message was unreadable; the ACK then carries empty routing fields and MSA-2.
    /// </summary>
    public static string Build(Hl7Message? original, Hl7AckCode code, IEnumerable<InteropIssue> issues, DateTimeOffset now, string controlId)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentException.ThrowIfNullOrEmpty(controlId);
        var d = Hl7Delimiters.Default;
        var msh = original?.Header;
        string F(int n) => msh?.Field(n).Raw.ToString() ?? "";
        var trigger = original?.TriggerEvent ?? "";
        var version = original is { Version.Length: > 0 } ? original.Version : "2.5.1";
        var sb = new StringBuilder(256);
        // MSH-3/4 (sending) are our application; MSH-5/6 (receiving) the original sender.
        sb.Append("MSH|^~\\&|").Append(F(5).Length > 0 ? F(5) : "CLAIMSMITH").Append('|').Append(F(6)).Append('|')
          .Append(F(3)).Append('|').Append(F(4)).Append('|')
          .Append(now.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Append("+0000||ACK")
          .Append(trigger.Length > 0 ? "^" + Hl7Escapes.Encode(trigger, d) + "^ACK" : "").Append('|')
          .Append(Hl7Escapes.Encode(controlId, d)).Append('|').Append(original is { ProcessingId.Length: > 0 } ? original.ProcessingId : "P").Append('|')
          .Append(Hl7Escapes.Encode(version, d)).Append('\r');
        sb.Append("MSA|").Append(code switch { Hl7AckCode.Accept => "AA", Hl7AckCode.Error => "AE", _ => "AR" }).Append('|')
          .Append(original is null ? "" : Hl7Escapes.Encode(original.ControlId, d));
        sb.Append('\r');
        foreach (var issue in issues.Where(i => i.IsError || code == Hl7AckCode.Accept).Take(20))
        {
            sb.Append("ERR||").Append(Location(issue.Location)).Append('|')
              .Append(ErrorCode(issue.Code)).Append('|').Append(issue.IsError ? 'E' : 'W').Append("||||")
              .Append(Hl7Escapes.Encode(issue.Code + ": " + issue.Message, d)).Append('\r');
        }

        return sb.ToString();
    }

    /// <summary>The code a receiver answers for <paramref name="issues"/>: AR when nothing could be read or processed, AE on other errors, AA otherwise.</summary>
    public static Hl7AckCode CodeFor(Hl7Message? message, IReadOnlyCollection<InteropIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (message is null || issues.Any(i => i.IsError && IsReject(i.Code)))
        {
            return Hl7AckCode.Reject;
        }

        return issues.Any(i => i.IsError) ? Hl7AckCode.Error : Hl7AckCode.Accept;
    }

    private static bool IsReject(string code) =>
        code.StartsWith("hl7.msh", StringComparison.Ordinal) || code is "hl7.version.unsupported" or "hl7.message-type.unsupported" or "hl7.encoding-characters.invalid" or "hl7.empty" or "hl7.too-large";

    /// <summary>ERR-2 (ERL): segment id ^ sequence ^ field, from a location like <c>PID-5</c> or <c>segment 3 (OBX) field 5</c>.</summary>
    private static string Location(string location)
    {
        var dash = location.IndexOf('-', StringComparison.Ordinal);
        if (location.Length >= 5 && dash == 3 && int.TryParse(location.AsSpan(4).TrimEnd(), out var field))
        {
            return location[..3] + "^1^" + field.ToString(CultureInfo.InvariantCulture);
        }

        return "";
    }

    /// <summary>HL7 table 0357 message error condition codes.</summary>
    private static string ErrorCode(string code) => code switch
    {
        "hl7.message-type.unsupported" => "200^Unsupported message type^HL70357",
        "hl7.version.unsupported" => "203^Unsupported version id^HL70357",
        "hl7.segment.missing" => "100^Segment sequence error^HL70357",
        _ when code.EndsWith(".missing", StringComparison.Ordinal) => "101^Required field missing^HL70357",
        _ when code.Contains("invalid", StringComparison.Ordinal) => "102^Data type error^HL70357",
        _ => "207^Application internal error^HL70357",
    };
}
