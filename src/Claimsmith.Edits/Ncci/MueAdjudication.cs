namespace Claimsmith.Edits.Ncci;

/// <summary>The MUE adjudication indicator (CMS MUE files).</summary>
public enum MueAdjudication : byte
{
    /// <summary>1: line edit; units on one claim line are compared with the MUE value.</summary>
    Line = 1,

    /// <summary>2: date of service edit, policy; units of all lines on the date are summed (absolute).</summary>
    DateOfServicePolicy = 2,

    /// <summary>3: date of service edit, clinical; units on the date are summed (may be appealed with documentation).</summary>
    DateOfServiceClinical = 3,
}
