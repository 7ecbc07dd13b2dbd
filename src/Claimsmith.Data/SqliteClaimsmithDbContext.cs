using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>The embedded SQLite database (the default; a file in <c>CLAIMSMITH_HOME</c>).</summary>
public sealed class SqliteClaimsmithDbContext(DbContextOptions<SqliteClaimsmithDbContext> options) : ClaimsmithDbContext(options)
{
    /// <inheritdoc />
    protected override bool MoneyAsCents => true;
}
