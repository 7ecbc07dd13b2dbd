namespace Claimsmith.Data.Audit;

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found wrong with the chain.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's content no longer matches its hash, or no longer matches the chain head.</summary>
    Altered,
    /// <summary>An entry does not follow the one before it (inserted or replaced), or lies beyond the chain head.</summary>
    Inserted,
    /// <summary>Sequence numbers are missing, in the middle or at the end.</summary>
    Removed,
}

/// <summary>One problem at a sequence number, with a plain message.</summary>
public sealed record AuditProblem(long Sequence, AuditProblemKind Kind, string Message);

/// <summary>The result of verifying the chain.</summary>
public sealed record AuditVerification(long EntryCount, long HeadSequence, string HeadHash, IReadOnlyList<AuditProblem> Problems)
{
    /// <summary>True when the chain is intact.</summary>
    public bool IsValid => Problems.Count == 0;
}
