using System.Globalization;
using System.Text.Json;
using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data.Internal;

/// <summary>
/// Other payers' adjudication stored as one JSON text column: it is read and written with the
/// claim as a whole (to write the 837 2320/2430 loops) and never queried by its parts.
/// Amounts are written as decimal strings so both providers round-trip cents exactly.
/// </summary>
internal static class AdjudicationConverters
{
    private sealed record AdjustmentRow(string G, string R, string A, string? Q);

    private sealed record LineRow(string P, string Paid, string Units, string Date, List<AdjustmentRow> Adj, string Pr);

    public static ValueConverter<IReadOnlyList<OtherPayerAdjustment>, string> Adjustments { get; } = new(
        v => JsonSerializer.Serialize(v.Select(ToRow).ToList(), (JsonSerializerOptions?)null),
        v => FromRows(JsonSerializer.Deserialize<List<AdjustmentRow>>(v, (JsonSerializerOptions?)null)));

    public static ValueComparer<IReadOnlyList<OtherPayerAdjustment>> AdjustmentsComparer { get; } = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode())),
        v => v.ToList());

    public static ValueConverter<List<ClaimLineAdjudication>, string> Lines { get; } = new(
        v => JsonSerializer.Serialize(v.Select(ToRow).ToList(), (JsonSerializerOptions?)null),
        v => FromLineRows(JsonSerializer.Deserialize<List<LineRow>>(v, (JsonSerializerOptions?)null)));

    public static ValueComparer<List<ClaimLineAdjudication>> LinesComparer { get; } = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => v.ToList());

    private static string Serialize(List<ClaimLineAdjudication> v) => JsonSerializer.Serialize(v.Select(ToRow).ToList(), (JsonSerializerOptions?)null);

    private static AdjustmentRow ToRow(OtherPayerAdjustment a) =>
        new(a.Group, a.ReasonCode, a.Amount.ToString(), a.Quantity?.ToString(CultureInfo.InvariantCulture));

    private static List<OtherPayerAdjustment> FromRows(List<AdjustmentRow>? rows) =>
        rows is null ? [] : rows.Select(r => new OtherPayerAdjustment(r.G, r.R, Money.Of(decimal.Parse(r.A, CultureInfo.InvariantCulture)), r.Q is null ? null : decimal.Parse(r.Q, CultureInfo.InvariantCulture))).ToList();

    private static LineRow ToRow(ClaimLineAdjudication a) =>
        new(a.PayerIdentifier, a.Paid.ToString(), a.PaidUnits.ToString(CultureInfo.InvariantCulture), a.AdjudicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.Adjustments.Select(ToRow).ToList(), a.RemainingPatientLiability.ToString());

    private static List<ClaimLineAdjudication> FromLineRows(List<LineRow>? rows) =>
        rows is null ? [] : rows.Select(r => new ClaimLineAdjudication(
            r.P,
            Money.Of(decimal.Parse(r.Paid, CultureInfo.InvariantCulture)),
            decimal.Parse(r.Units, CultureInfo.InvariantCulture),
            DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            FromRows(r.Adj),
            Money.Of(decimal.Parse(r.Pr, CultureInfo.InvariantCulture)))).ToList();
}
