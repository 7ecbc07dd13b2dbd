using System.Globalization;

namespace Claimsmith.Data.Audit;

/// <summary>Writes audit entries as CSV (RFC 4180) for auditors' spreadsheets.</summary>
public static class AuditCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "sequence,at,user_id,user,organization_id,action,record_type,record_ids,client_address,outcome,detail,previous_hash,hash";

    /// <summary>Writes the header and one row per entry.</summary>
    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken).ConfigureAwait(false);
        await foreach (var e in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Row(e).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One entry as a CSV row.</summary>
    public static string Row(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return string.Join(',',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Cell(e.UserId), Cell(e.UserName), Cell(e.OrganizationId?.ToString("D")), Cell(e.Action), Cell(e.RecordType),
            Cell(e.RecordIds), Cell(e.ClientAddress), Cell(e.Outcome.ToString()), Cell(e.Detail), e.PreviousHash, e.Hash);
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A cell starting with = + - @ is a formula to spreadsheet programs (CSV injection): make it text.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
