using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Microsoft.Extensions.Caching.Memory;

namespace Claimsmith.Web.Workbench.Dashboard;

/// <summary>
/// Computes the dashboard's figures and keeps them for <see cref="Lifetime"/>. The five aggregate
/// queries run at the same time, each on its own context with the request's organization scope,
/// so a first view costs the slowest query rather than their sum; views within the lifetime reuse
/// the figures (the page says when they were computed and offers to recompute them). The key is
/// everything the figures depend on: the organizations in scope, the coder a coder's view is
/// narrowed to, and the period, so no user ever sees figures of organizations outside their scope.
/// The figures are aggregates of payers, categories, months and coders: no patient data is cached.
/// </summary>
internal sealed class DashboardFigureCache(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    // Its own cache, bounded: at most this many views (organization sets × periods × coders) are kept.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 500 });

    /// <summary>How long computed figures are shown before they are computed again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The figures of a period: A/R as of <paramref name="asOf"/> and denials and claim rates when
    /// <paramref name="coder"/> is null (the whole practice), productivity and acceptance of everyone
    /// or of <paramref name="coder"/> only. <paramref name="fresh"/> recomputes them.
    /// </summary>
    public async Task<DashboardFigures> GetAsync(OrganizationScope scope, string? coder, DateOnly firstMonth, int months, DateOnly asOf, bool fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var organizations = scope.IsUnrestricted ? "*" : string.Join(',', scope.OrganizationIds.Order());
        var key = (nameof(DashboardFigureCache), organizations, coder, firstMonth, months, asOf);
        if (!fresh && cache.TryGetValue(key, out DashboardFigures? kept) && kept is not null)
        {
            return kept;
        }

        var figures = await ComputeAsync(scope, coder, firstMonth, months, asOf, cancellationToken).ConfigureAwait(false);
        cache.Set(key, figures, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return figures;
    }

    private async Task<DashboardFigures> ComputeAsync(OrganizationScope scope, string? coder, DateOnly firstMonth, int months, DateOnly asOf, CancellationToken ct)
    {
        var from = firstMonth;
        var to = firstMonth.AddMonths(months).AddDays(-1);
        var all = coder is null;
        var computedAt = clock.GetUtcNow();
        var aging = all ? ReadAsync<AgingReport?>(scope, async db => await db.AgingAsync(AgingBy.Payer, asOf, cancellationToken: ct).ConfigureAwait(false)) : Task.FromResult<AgingReport?>(null);
        var denials = all ? ReadAsync(scope, db => db.DenialsByCategoryAsync(from, to, cancellationToken: ct)) : Task.FromResult<IReadOnlyList<DenialCategoryTotal>>([]);
        var rates = all ? ReadAsync(scope, db => db.ClaimRatesByMonthAsync(firstMonth, months, cancellationToken: ct)) : Task.FromResult<IReadOnlyList<MonthlyClaimRates>>([]);
        var productivity = ReadAsync(scope, db => db.CoderProductivityAsync(from, to, coder: coder, cancellationToken: ct));
        var acceptance = ReadAsync(scope, db => db.SuggestionAcceptanceAsync(firstMonth, months, coder: coder, cancellationToken: ct));
        await Task.WhenAll(aging, denials, rates, productivity, acceptance).ConfigureAwait(false);
        return new DashboardFigures(computedAt, await aging.ConfigureAwait(false), await denials.ConfigureAwait(false),
            await rates.ConfigureAwait(false), await productivity.ConfigureAwait(false), await acceptance.ConfigureAwait(false));
    }

    // A context of its own per query (a context runs one command at a time), narrowed to the
    // request's organizations exactly as the request's own context is.
    private async Task<T> ReadAsync<T>(OrganizationScope scope, Func<ClaimsmithDbContext, Task<T>> read)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = scope;
        return await read(db).ConfigureAwait(false);
    }

    public void Dispose() => cache.Dispose();
}
