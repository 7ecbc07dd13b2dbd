using Claimsmith.Billing;

namespace Claimsmith.Web.Freelance;

internal sealed record ClientRequest(Guid? OrganizationId, string? VendorUser, string? VendorName, string? Reference, int? IdlePauseMinutes, bool? Active, long? Version);

internal sealed record ContractRequest(
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    Money? HourlyRate,
    Money? PerChartRate,
    Money? OutpatientChartRate,
    Money? EmergencyChartRate,
    Money? InpatientChartRate,
    Money? SurgeryChartRate,
    decimal? CollectionsPercent,
    Money? MinimumMonthlyFee,
    int? PaymentTermsDays);

internal sealed record ActivityRequest(Guid? OrganizationId, Guid? EncounterId, Guid? ClaimId, string? Screen, ActivityEventKind? Kind);

internal sealed record TimeEntryRequest(Guid? OrganizationId, string? User, DateOnly? Date, int? Minutes, TimeEntryCategory? Category, string? Note, Guid? SupersedesId);

internal sealed record ChartRequest(Guid? EncounterId, CodingLevel? Level, string[]? Codes, ChartType? ChartType);

internal sealed record ReviewRequest(Guid? OrganizationId, string? Coder, DateOnly? From, DateOnly? To, int? SampleSize, long? Seed);

internal sealed record RecodeRequest(string[]? Codes);

internal sealed record InvoiceRequest(Guid? ClientId, string? Period);

internal sealed record VoidRequest(string? Reason);

internal sealed record PaymentRequest(Money? Amount, DateOnly? ReceivedOn, string? Reference, Guid? ReversesPaymentId);

internal sealed record TimeSheet(IReadOnlyList<WorkSession> Sessions, IReadOnlyList<TimeEntry> Entries, decimal CapturedHours, decimal ManualHours);

internal sealed record CoderAccuracy(string Coder, DateOnly From, DateOnly To, AccuracyReport Accuracy);
