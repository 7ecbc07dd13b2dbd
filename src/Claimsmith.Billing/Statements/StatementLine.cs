namespace Claimsmith.Billing;

/// <summary>A service line of a statement visit: the procedure and its charge.</summary>
public sealed record StatementLine(int LineNumber, DateOnly ServiceDate, string ProcedureCode, string? Modifiers, decimal Units, Money Charge);
