namespace Claimsmith.Billing;

/// <summary>An issued invoice's open balance on a day.</summary>
public sealed record InvoiceBalance(Guid InvoiceId, Guid OrganizationId, string Number, string ClientName, DateOnly DueDate, Money Total, Money Paid, Money Balance, int DaysPastDue);
