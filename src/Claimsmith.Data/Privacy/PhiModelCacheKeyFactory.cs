using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Claimsmith.Data.Privacy;

/// <summary>
/// The model's value converters hold the key ring, so a context with another ring (a rotated
/// one, a test's) needs its own model: the cache key includes the ring.
/// </summary>
internal sealed class PhiModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, context.GetService<IDbContextOptions>().FindExtension<PhiOptionsExtension>()?.Keys);
}
