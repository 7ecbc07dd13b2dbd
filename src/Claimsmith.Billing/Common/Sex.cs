namespace Claimsmith.Billing;

/// <summary>Administrative sex as X12 DMG03 carries it.</summary>
public enum Sex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
}
