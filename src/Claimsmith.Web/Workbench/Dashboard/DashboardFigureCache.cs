using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Claimsmith.Web.Workbench.Dashboard;

/// <summary>
/// Computes the dashboard's figures and keeps them for <see cref="Lifetime"/>. The five aggregate
/// queries run on the request's own context, one after the other; views within the
/// lifetime reuse the figures (the page says when they were computed and offers to recompute them). The key is
/// everything the figures depend on: the organizations in scope, the coder a coder's view is
/// narrowed to, and the period, so no user ever sees figures of organizations outside their scope.
/// The figures are aggregates of payers, categories, months and coders: no patient data is cached.
/// </summary>
internal sealed class DashboardFigureCache(TimeProvider clock) : IDisposable
{
    // Its own cache, bounded: at most this many views (organization sets × periods × coders) are kept.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 500 });

    /// <summary>How long computed figures are shown before they are computed again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The figures of a period: A/R as of <paramref name="asOf"/> and denials and claim rates when
    /// <paramref name="coder"/> is null (the whole practice), productivity and acceptance of everyone
    /// or of <paramref name="coder"/> only, as <paramref name="db"/>'s organization scope sees them.
    /// <paramref name="fresh"/> recomputes them.
    /// </summary>
    public async Task<DashboardFigures> GetAsync(ClaimsmithDbContext db, string? coder, DateOnly firstMonth, int months, DateOnly asOf, bool fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scope = db.OrganizationScope;
        var organizations = scope.IsUnrestricted ? "*" : string.Join(',', scope.OrganizationIds.Order());
        var key = (nameof(DashboardFigureCache), organizations, coder, firstMonth, months, asOf);
        if (!fresh && cache.TryGetValue(key, out DashboardFigures? kept) && kept is not null)
        {
            return kept;
        }

        var figures = await ComputeAsync(db, coder, firstMonth, months, asOf, cancellationToken).ConfigureAwait(false);
        cache.Set(key, figures, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return figures;
    }

    // The five queries one after the other on one connection: on SQLite a connection's page cache is
    // its own, so queries on separate connections at once each read the pages again and were slower
    // (measured with bench/workbench/run.sh); PostgreSQL gains little from it on two cores either.
    private async Task<DashboardFigures> ComputeAsync(ClaimsmithDbContext db, string? coder, DateOnly firstMonth, int months, DateOnly asOf, CancellationToken ct)
    {
        var from = firstMonth;
        var to = firstMonth.AddMonths(months).AddDays(-1);
        var all = coder is null;
        var computedAt = clock.GetUtcNow();
        var aging = all ? await db.AgingAsync(AgingBy.Payer, asOf, cancellationToken: ct).ConfigureAwait(false) : null;
        IReadOnlyList<DenialCategoryTotal> denials = all ? await db.DenialsByCategoryAsync(from, to, cancellationToken: ct).ConfigureAwait(false) : [];
        IReadOnlyList<MonthlyClaimRates> rates = all ? await db.ClaimRatesByMonthAsync(firstMonth, months, cancellationToken: ct).ConfigureAwait(false) : [];
        var productivity = await db.CoderProductivityAsync(from, to, coder: coder, cancellationToken: ct).ConfigureAwait(false);
        var acceptance = await db.SuggestionAcceptanceAsync(firstMonth, months, coder: coder, cancellationToken: ct).ConfigureAwait(false);
        return new DashboardFigures(computedAt, aging, denials, rates, productivity, acceptance);
    }

    public void Dispose() => cache.Dispose();
}
