using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// Ledger balances summed in the database (integer cents on SQLite, numeric on PostgreSQL), so
/// a patient with years of entries costs one aggregate query, not a table scan into memory.
/// </summary>
public static class LedgerQueries
{
    /// <summary>The balance of one claim.</summary>
    public static Task<LedgerBalance> ClaimBalanceAsync(this ClaimsmithDbContext db, Guid claimId, CancellationToken cancellationToken = default) =>
        BalanceAsync(db, "ClaimId", claimId, cancellationToken);

    /// <summary>The balance of one patient over all claims.</summary>
    public static Task<LedgerBalance> PatientBalanceAsync(this ClaimsmithDbContext db, Guid patientId, CancellationToken cancellationToken = default) =>
        BalanceAsync(db, "PatientId", patientId, cancellationToken);

    private static async Task<LedgerBalance> BalanceAsync(ClaimsmithDbContext db, string column, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sqlite = db.Database.IsSqlite();
        // EF Core stores Guid as upper-case TEXT on SQLite; ADO.NET would bind a Guid as a BLOB.
        object key = sqlite ? id.ToString().ToUpperInvariant() : id;
#pragma warning disable EF1002 // column is one of two constants above, never input
        var rows = await db.Database
            .SqlQueryRaw<BucketTotal>($"SELECT \"Bucket\" AS \"Bucket\", SUM(\"Amount\") AS \"Total\" FROM \"LedgerEntries\" WHERE \"{column}\" = {{0}} GROUP BY \"Bucket\"", key)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
#pragma warning restore EF1002
        var insurance = Money.Zero;
        var patient = Money.Zero;
        foreach (var row in rows)
        {
            var amount = sqlite ? Money.FromCents((long)row.Total) : Money.Of(row.Total);
            if ((LedgerBucket)row.Bucket == LedgerBucket.Insurance)
            {
                insurance = amount;
            }
            else
            {
                patient = amount;
            }
        }

        return new LedgerBalance(insurance, patient);
    }

    private sealed record BucketTotal(int Bucket, decimal Total);
}
