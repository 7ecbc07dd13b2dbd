namespace Claimsmith.Data.Remittance;

/// <summary>One broken ledger invariant.</summary>
/// <param name="Code">Stable code, e.g. <c>ledger.transferUnbalanced</c>.</param>
/// <param name="ClaimId">The claim concerned, when there is one.</param>
/// <param name="EntryId">The entry concerned, when there is one.</param>
/// <param name="Message">Plain words.</param>
public sealed record LedgerProblem(string Code, Guid? ClaimId, Guid? EntryId, string Message);
