using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Common;

/// <summary>Page and page size from the query string, clamped (at most 200 rows a page).</summary>
internal readonly record struct Paging(int PageNumber, int PageSize)
{
    public const int MaxPageSize = 200;

    public static Paging From(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));

    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> ordered, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct).ConfigureAwait(false);
        var items = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct).ConfigureAwait(false);
        return new Page<T>(items, PageNumber, PageSize, total);
    }
}
