namespace Claimsmith.Billing;

/// <summary>A named person with demographics, e.g. the insurance subscriber when not the patient.</summary>
public sealed record Person
{
    public string LastName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public DateOnly? BirthDate { get; init; }
    public Sex Sex { get; init; }
    public Address? Address { get; init; }
}
