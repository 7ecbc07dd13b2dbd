using Claimsmith.Billing;

namespace Claimsmith.Data.Internal;

/// <summary>
/// The per-claim row behind the clean claim, denial and first-pass measures, shared by the KPI
/// report (<see cref="ReportQueries"/>) and the dashboard's months (<see cref="DashboardQueries"/>)
/// so the two can never count differently: for each claim first submitted in a period, the first
/// time it reached each status (<c>sub</c>, <c>acc</c>, <c>rej</c>, <c>paid</c>, <c>part</c>,
/// <c>den</c>, <c>app</c>), how many times it was submitted (<c>subs</c>) and how many scrubber
/// findings were overridden on it (<c>overrides</c>). The definitions are those of
/// <see cref="RevenueCycleMeasures.Definitions"/>.
/// </summary>
internal static class ClaimMilestonesSql
{
    /// <summary>A SELECT of one row per claim first submitted in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static string Rows(ReportSql sql, IReadOnlyList<Guid>? organizations, DateTimeOffset start, DateTimeOffset end) => $"""
        SELECT s."ClaimId" AS cid, {First(ClaimStatus.Submitted)} AS sub,
          SUM(CASE WHEN s."To" = {(int)ClaimStatus.Submitted} THEN 1 ELSE 0 END) AS subs,
          {First(ClaimStatus.Accepted)} AS acc, {First(ClaimStatus.Rejected)} AS rej, {First(ClaimStatus.Paid)} AS paid,
          {First(ClaimStatus.PartiallyPaid)} AS part, {First(ClaimStatus.Denied)} AS den, {First(ClaimStatus.Appealed)} AS app,
          (SELECT COUNT(*) FROM "ScrubOverrides" o WHERE o."ClaimId" = s."ClaimId") AS overrides
        FROM "ClaimStatusChanges" s JOIN "Claims" c ON c."Id" = s."ClaimId"
        WHERE {sql.InOrganizations("c.\"OrganizationId\"", organizations)}
        GROUP BY s."ClaimId"
        HAVING {First(ClaimStatus.Submitted)} >= {sql.At(start)} AND {First(ClaimStatus.Submitted)} < {sql.At(end)}
        """;

    /// <summary>Accepted, never rejected, submitted once and no scrubber finding overridden.</summary>
    public static string Clean(string row) =>
        $"{row}.acc IS NOT NULL AND {row}.rej IS NULL AND {row}.subs = 1 AND {row}.overrides = 0";

    /// <summary>Paid, partly paid or denied at least once.</summary>
    public static string Adjudicated(string row) => $"COALESCE({row}.paid, {row}.part, {row}.den) IS NOT NULL";

    /// <summary>Denied before it was ever paid or partly paid.</summary>
    public static string InitiallyDenied(string row) =>
        $"{row}.den IS NOT NULL AND ({row}.paid IS NULL OR {row}.den < {row}.paid) AND ({row}.part IS NULL OR {row}.den < {row}.part)";

    /// <summary>Paid in full on its first submission, without a rejection, denial, partial payment or appeal before.</summary>
    public static string FirstPass(string row) =>
        $"{row}.paid IS NOT NULL AND ({row}.den IS NULL OR {row}.paid < {row}.den) AND ({row}.part IS NULL OR {row}.paid < {row}.part) " +
        $"AND {row}.rej IS NULL AND {row}.subs = 1 AND ({row}.app IS NULL OR {row}.app > {row}.paid)";

    /// <summary><c>COALESCE(SUM(CASE WHEN condition THEN 1 ELSE 0 END), 0)</c>.</summary>
    public static string Count(string condition) => $"COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)";

    private static string First(ClaimStatus status) => $"MIN(CASE WHEN s.\"To\" = {(int)status} THEN s.\"At\" END)";
}
