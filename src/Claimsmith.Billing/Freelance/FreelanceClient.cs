namespace Claimsmith.Billing;

/// <summary>
/// A client of a freelance coder or of a billing service: the client organization
/// (<see cref="OrganizationId"/>) and who works for it, either a freelance user
/// (<see cref="VendorUser"/>, the user name) or a billing company (<see cref="VendorName"/>).
/// Its contracts price the work; its invoices bill it.
/// </summary>
public sealed class FreelanceClient : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The client organization (practice, surgery center, hospital).</summary>
    public Guid OrganizationId { get; set; }
    /// <summary>The freelance user who works for the client (user name), when a person.</summary>
    public string? VendorUser { get; set; }
    /// <summary>The billing company that works for the client, when a company; printed on invoices as the sender.</summary>
    public string? VendorName { get; set; }
    /// <summary>Client's reference for invoices (purchase order, account).</summary>
    public string? Reference { get; set; }
    /// <summary>
    /// Gap between two activity events above which the time between them is idle and not counted.
    /// </summary>
    public int IdlePauseMinutes { get; set; } = 5;
    public DateTimeOffset CreatedAt { get; set; }
    public bool Active { get; set; } = true;
    /// <inheritdoc />
    public long Version { get; set; }
}
