using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Claimsmith.Data.Internal;

// Used by `dotnet ef migrations add` only: each provider's migrations are generated from its own context.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClaimsmithDbContext>
{
    public SqliteClaimsmithDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClaimsmithDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClaimsmithDbContext>
{
    public PostgresClaimsmithDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClaimsmithDbContext>().UseNpgsql("Host=localhost;Database=claimsmith_design").Options);
}
