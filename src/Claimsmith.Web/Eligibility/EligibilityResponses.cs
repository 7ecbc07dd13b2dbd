using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Eligibility;

/// <summary>Ask about a coverage on a date of service.</summary>
internal sealed record EligibilityCheckRequest(Guid? CoverageId, DateOnly? DateOfService);

/// <summary>An eligibility check: the request, and the plain benefits once the 271 came back.</summary>
internal sealed record EligibilityCheckResponse(
    Guid Id, Guid PatientId, Guid CoverageId, DateOnly DateOfService, string TraceNumber, EligibilityCheckStatus Status,
    DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? AnsweredAt, bool? Active, string? Plan, string? SentAs, EligibilityBenefits? Benefits)
{
    public static EligibilityCheckResponse From(EligibilityCheck c, string? sentAs) => new(
        c.Id, c.PatientId, c.CoverageId, c.DateOfService, c.TraceNumber, c.Status, c.RequestedAt, c.RequestedBy, c.AnsweredAt, c.Active, c.Plan, sentAs,
        EligibilityChecks.Summary(c));
}
