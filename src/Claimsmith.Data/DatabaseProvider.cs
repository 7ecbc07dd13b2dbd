namespace Claimsmith.Data;

/// <summary>Which database engine holds Claimsmith's data.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in <c>CLAIMSMITH_HOME</c>.</summary>
    Sqlite = 0,
    /// <summary>A PostgreSQL server, for several users and web nodes.</summary>
    Postgres = 1,
}
