namespace Claimsmith.Billing;

/// <summary>The kind of client a biller works for; decides professional vs institutional billing.</summary>
public enum OrganizationKind
{
    Practice = 0,
    SurgeryCenter = 1,
    Hospital = 2,
}
