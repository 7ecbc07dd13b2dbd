namespace Claimsmith.Billing;

/// <summary>A service line as an appeal letter lists it, with what was paid and adjusted.</summary>
public sealed record AppealLetterLine(int LineNumber, DateOnly ServiceDate, string ProcedureCode, string Modifiers, string Diagnoses, decimal Units, Money Charge, Money Paid, Money Adjusted);
