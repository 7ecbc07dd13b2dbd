namespace Claimsmith.Data;

/// <summary>SQL for the stored claim total, shared by the <c>ClaimTotals</c> migrations of both providers.</summary>
internal static class ClaimTotalsSql
{
    /// <summary>
    /// Sets every claim's <c>TotalCharge</c> to the sum of its lines (zero without lines). Works on
    /// both providers: the columns share their storage (integer cents on SQLite, numeric on PostgreSQL).
    /// </summary>
    public const string Backfill = """
        UPDATE "Claims" SET "TotalCharge" = COALESCE((SELECT SUM(l."Charge") FROM "ClaimLines" l WHERE l."ClaimId" = "Claims"."Id"), 0)
        """;
}
