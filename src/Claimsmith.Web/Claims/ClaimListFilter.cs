using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Claims;

/// <summary>
/// The claims list's filter (status, payer, older than N days, amount range), shared by the
/// workbench's claims screen and the batch scrub that scrubs "all matching the filter", so both
/// mean the same claims. Everything compares in SQL (the amount on the stored claim total).
/// </summary>
/// <param name="Status">Only claims in this status.</param>
/// <param name="PayerId">Only claims to this payer.</param>
/// <param name="OlderThanDays">Only claims whose first date of service is at least this many days ago.</param>
/// <param name="MinAmount">Total charge from (dollars).</param>
/// <param name="MaxAmount">Total charge up to (dollars).</param>
internal sealed record ClaimListFilter(ClaimStatus? Status, Guid? PayerId, int? OlderThanDays, decimal? MinAmount, decimal? MaxAmount)
{
    /// <summary>The filter of the claims screen's query string (<c>status</c>, <c>payer</c>, <c>age</c>, <c>min</c>, <c>max</c>); unreadable values are ignored.</summary>
    public static ClaimListFilter FromQuery(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new ClaimListFilter(
            Enum.TryParse<ClaimStatus>(query("status"), out var st) ? st : null,
            Guid.TryParse(query("payer"), out var p) ? p : null,
            int.TryParse(query("age"), out var a) && a >= 0 ? a : null,
            decimal.TryParse(query("min"), NumberStyles.Number, CultureInfo.InvariantCulture, out var mn) ? mn : null,
            decimal.TryParse(query("max"), NumberStyles.Number, CultureInfo.InvariantCulture, out var mx) ? mx : null);
    }

    /// <summary>The claims of <paramref name="claims"/> that match, as of <paramref name="today"/>.</summary>
    public IQueryable<Claim> Apply(IQueryable<Claim> claims, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var q = claims;
        if (Status is { } s)
        {
            q = q.Where(c => c.Status == s);
        }

        if (PayerId is { } payer)
        {
            q = q.Where(c => c.PayerId == payer);
        }

        if (OlderThanDays is { } days)
        {
            var before = today.AddDays(-days);
            q = q.Where(c => c.ServiceFrom <= before);
        }

        // Amounts compare the stored claim total (kept equal to the sum of the lines on every save) in SQL.
        return q.WhereTotalChargeBetween(MinAmount, MaxAmount);
    }
}
