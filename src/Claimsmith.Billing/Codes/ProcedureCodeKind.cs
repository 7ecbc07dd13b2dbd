namespace Claimsmith.Billing;

/// <summary>The code system of a <see cref="ProcedureCode"/> (837 SV101-1 qualifier HC covers both).</summary>
public enum ProcedureCodeKind
{
    /// <summary>CPT Category I: five digits.</summary>
    Cpt = 0,
    /// <summary>CPT Category II (four digits + F), Category III (+ T) or PLA (+ U).</summary>
    CptOther = 1,
    /// <summary>HCPCS Level II: a letter and four digits.</summary>
    Hcpcs = 2,
}
