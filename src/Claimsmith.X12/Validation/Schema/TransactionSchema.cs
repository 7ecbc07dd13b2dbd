namespace Claimsmith.X12.Validation.Schema;

/// <summary>A guide: its transaction set id, implementation reference and the root loop (ST..SE body).</summary>
internal sealed record TransactionSchema(string TransactionSetId, string ImplementationReference, string Name, LoopRule Root);
