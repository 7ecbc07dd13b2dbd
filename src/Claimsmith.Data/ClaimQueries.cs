using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>Claim list filters that run in SQL on both providers.</summary>
public static class ClaimQueries
{
    // Amounts above this are not claims (CLM02 is R type, 18 digits, but no claim reaches ten
    // billion dollars); clamping keeps the cents conversion of a typed-in bound from overflowing.
    private const decimal Largest = 9_999_999_999.99m;

    /// <summary>
    /// Claims whose total charge (the stored <see cref="Claim.StoredTotalCharge"/>) is at least
    /// <paramref name="min"/> and at most <paramref name="max"/> dollars, both inclusive; a null
    /// bound is open. Bounds with fractions of a cent are rounded inward (a minimum of 10.001 means
    /// 10.01 and up; a maximum of 10.009 means up to 10.00), so no claim outside the typed range matches.
    /// </summary>
    public static IQueryable<Claim> WhereTotalChargeBetween(this IQueryable<Claim> claims, decimal? min, decimal? max)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (min is { } lowest)
        {
            var lo = Money.Of(Math.Ceiling(Math.Clamp(lowest, -Largest, Largest) * 100m) / 100m);
            claims = claims.Where(c => c.StoredTotalCharge >= lo);
        }

        if (max is { } highest)
        {
            var hi = Money.Of(Math.Floor(Math.Clamp(highest, -Largest, Largest) * 100m) / 100m);
            claims = claims.Where(c => c.StoredTotalCharge <= hi);
        }

        return claims;
    }
}
