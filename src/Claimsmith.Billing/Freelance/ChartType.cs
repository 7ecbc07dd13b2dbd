namespace Claimsmith.Billing;

/// <summary>
/// The kind of chart a coder codes, as freelance coding contracts price them: an outpatient
/// (office or hospital outpatient) visit, an emergency department visit, an inpatient stay or
/// a surgical case take very different time, so rates per chart differ.
/// </summary>
public enum ChartType
{
    Outpatient = 0,
    EmergencyDepartment = 1,
    Inpatient = 2,
    Surgery = 3,
}
