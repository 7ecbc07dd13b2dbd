namespace Claimsmith.Data.Security;

/// <summary>
/// Thrown by <see cref="ClaimsmithDbContext.SaveChanges(bool)"/> when a change would create or
/// alter a record of an organization outside the context's <see cref="OrganizationScope"/>.
/// Handlers look records up through the filtered sets first, so this is the last line of defence.
/// </summary>
public sealed class OrganizationScopeViolationException : Exception
{
    public OrganizationScopeViolationException()
    {
    }

    public OrganizationScopeViolationException(string message)
        : base(message)
    {
    }

    public OrganizationScopeViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The record type that was refused.</summary>
    public string? RecordType { get; init; }

    /// <summary>The organization outside the scope.</summary>
    public Guid? OrganizationId { get; init; }
}
