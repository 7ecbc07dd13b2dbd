namespace Claimsmith.Data;

/// <summary>Which patients a statement run sends to, and when.</summary>
public sealed record StatementRunOptions
{
    /// <summary>Only this organization (else every organization in scope).</summary>
    public Guid? OrganizationId { get; init; }
    /// <summary>Send only when the patient owes more than this.</summary>
    public Billing.Money MinimumBalance { get; init; } = Billing.Money.Of(5m);
    /// <summary>Skip patients sent a statement within this many days of <see cref="StatementDate"/>.</summary>
    public int SkipIfSentWithinDays { get; init; } = 25;
    public DateOnly StatementDate { get; init; }
    public int DueInDays { get; init; } = 30;
    public required string Actor { get; init; }
}
