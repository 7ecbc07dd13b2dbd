using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>PostgreSQL, used when a connection string is configured.</summary>
public sealed class PostgresClaimsmithDbContext(DbContextOptions<PostgresClaimsmithDbContext> options) : ClaimsmithDbContext(options)
{
    /// <inheritdoc />
    protected override bool MoneyAsCents => false;
}
