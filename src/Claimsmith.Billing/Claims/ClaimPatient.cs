namespace Claimsmith.Billing;

/// <summary>The patient as on the claim (loop 2010CA, or 2010BA when the patient is the subscriber).</summary>
public sealed record ClaimPatient
{
    public string AccountNumber { get; init; } = "";
    public string LastName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string? MiddleName { get; init; }
    public DateOnly BirthDate { get; init; }
    public Sex Sex { get; init; }
    public Address Address { get; init; } = new();
}
