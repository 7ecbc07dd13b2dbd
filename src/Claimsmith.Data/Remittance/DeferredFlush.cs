using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Remittance;

/// <summary>
/// Group durability for posting a remittance: every claim payment still commits in its own
/// transaction (atomic, visible at once, and kept when the process is killed), but the commit
/// does not wait for the disk flush, which costs more than the posting itself on a busy disk
/// (SQLite WAL <c>synchronous=NORMAL</c>; PostgreSQL <c>synchronous_commit=off</c>). Every
/// <see cref="FlushAsync"/> point and the end of the scope restore the configured durability, and the
/// next commit then flushes the log up to it, with every commit before it (both logs are sequential).
/// A power loss in between can only undo the last claim payments committed since the previous
/// flush, all together and in order, which leaves the database as a run killed earlier would:
/// the pending claim payments post when the file is posted again (idempotent by payer + TRN02).
/// </summary>
internal sealed class DeferredFlush : IAsyncDisposable
{
    private readonly ClaimsmithDbContext _db;
    private readonly DbConnection _connection;
    private readonly bool _sqlite;
    private readonly string _restore;
    private bool _deferred;
    private bool _disposed;

    private DeferredFlush(ClaimsmithDbContext db, DbConnection connection, bool sqlite, string restore)
    {
        _db = db;
        _connection = connection;
        _sqlite = sqlite;
        _restore = restore;
    }

    /// <summary>Starts deferring flushes on <paramref name="db"/>'s connection (opened for the scope).</summary>
    public static async Task<DeferredFlush> StartAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        var sqlite = db is SqliteClaimsmithDbContext;
        // Held open for the scope (EF Core otherwise opens and closes it around every command).
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        // The connection returns to the pool afterwards: put back exactly what was configured.
        var restore = sqlite
            ? "PRAGMA synchronous = " + Convert.ToInt32(await ScalarAsync(connection, "PRAGMA synchronous", ct).ConfigureAwait(false), CultureInfo.InvariantCulture)
            : "RESET synchronous_commit";
        var scope = new DeferredFlush(db, connection, sqlite, restore);
        await scope.DeferAsync(ct).ConfigureAwait(false);
        return scope;
    }

    /// <summary>The next commit flushes (itself and every commit before it); later ones defer again after <see cref="DeferAsync"/>.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_deferred)
        {
            await ExecuteAsync(_connection, _restore, ct).ConfigureAwait(false);
            _deferred = false;
        }
    }

    /// <summary>Commits from now on do not wait for the disk.</summary>
    public async Task DeferAsync(CancellationToken ct)
    {
        if (!_deferred)
        {
            await ExecuteAsync(_connection, _sqlite ? "PRAGMA synchronous = NORMAL" : "SET synchronous_commit = off", ct).ConfigureAwait(false);
            _deferred = true;
        }
    }

    /// <summary>Restores the configured durability: the next commit on the connection flushes everything before it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_connection.State == ConnectionState.Open)
            {
                await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
