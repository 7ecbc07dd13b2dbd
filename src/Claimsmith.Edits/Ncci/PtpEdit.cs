namespace Claimsmith.Edits.Ncci;

/// <summary>One NCCI procedure-to-procedure edit: column 2 is not paid with column 1 on the same date by the same provider.</summary>
/// <param name="Column1">The comprehensive (paid) code.</param>
/// <param name="Column2">The component code that is denied.</param>
/// <param name="EffectiveDate">First date of service the edit applies to.</param>
/// <param name="DeletionDate">Last date it applies to (the file's deletion date), or null when current.</param>
/// <param name="Indicator">Modifier indicator 0, 1 or 9.</param>
/// <param name="Rationale">The PTP edit rationale as published.</param>
public sealed record PtpEdit(string Column1, string Column2, DateOnly EffectiveDate, DateOnly? DeletionDate, PtpModifierIndicator Indicator, string Rationale)
{
    /// <summary>True when the edit is in force on the date of service.</summary>
    public bool AppliesOn(DateOnly date) => date >= EffectiveDate && (DeletionDate is null || date < DeletionDate.Value);
}
