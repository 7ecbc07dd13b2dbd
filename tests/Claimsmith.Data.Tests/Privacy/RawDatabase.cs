using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Privacy;

/// <summary>Reads the database underneath EF Core: every column of every table, and for SQLite the file itself.</summary>
internal static class RawDatabase
{
    /// <summary>Every value of every row of every table, as text (binary columns decoded as Latin-1 so byte sequences survive).</summary>
    public static async Task<List<string>> AllValuesAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        var values = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            foreach (var table in db.Model.GetRelationalModel().Tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table.Name}\"";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        values.Add(Text(reader, i));
                    }
                }
            }
        }
        finally
        {
            await connection.CloseAsync();
        }

        return values;
    }

    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
    {
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The SQLite file and its write-ahead log, byte for byte, after a checkpoint.</summary>
    public static async Task<string> SqliteFileAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var sb = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var ms = new MemoryStream();
            await stream.CopyToAsync(ms, ct);
            sb.Append(Encoding.Latin1.GetString(ms.ToArray()));
        }

        return sb.ToString();
    }
}
