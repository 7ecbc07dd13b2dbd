namespace Claimsmith.Data.Audit;

/// <summary>
/// The single row holding the last sequence number and hash of the audit chain. Appends update it
/// first in their transaction, which serialises them (a row lock on PostgreSQL, the write lock on
/// SQLite) so the chain never forks; <c>audit verify</c> compares it with the last entry to detect
/// entries removed from, or appended to, the end.
/// </summary>
public sealed class AuditChainHead
{
    /// <summary>The only row's key.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}
