namespace Claimsmith.Edits.Ncci;

/// <summary>A medically unlikely edit: the most units of a code one provider reports for one patient on a date of service.</summary>
/// <param name="Code">HCPCS/CPT code.</param>
/// <param name="Units">The MUE value.</param>
/// <param name="Adjudication">Line or date-of-service edit.</param>
/// <param name="Rationale">The MUE rationale as published.</param>
public sealed record MueEdit(string Code, int Units, MueAdjudication Adjudication, string Rationale);
