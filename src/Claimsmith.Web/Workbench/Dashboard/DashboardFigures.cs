using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Workbench.Dashboard;

/// <summary>
/// The figures behind one view of the dashboard, as the database aggregated them at
/// <see cref="ComputedAt"/>. <see cref="Aging"/> is null for a view without A/R (coders).
/// </summary>
internal sealed record DashboardFigures(
    DateTimeOffset ComputedAt,
    AgingReport? Aging,
    IReadOnlyList<DenialCategoryTotal> Denials,
    IReadOnlyList<MonthlyClaimRates> Rates,
    IReadOnlyList<CoderProductivity> Productivity,
    IReadOnlyList<SuggestionAcceptance> Acceptance);
