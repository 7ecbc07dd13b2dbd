using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data.Internal;

/// <summary>
/// Parameters for report SQL in the form each provider stores the value: SQLite keeps Guids as
/// upper-case text, dates as ISO text and instants as UTC binary ticks; PostgreSQL takes the
/// CLR values. Placeholders are <c>{n}</c> for <c>SqlQueryRaw</c>, so every value is a parameter.
/// </summary>
internal sealed class ReportSql(ClaimsmithDbContext db)
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();
    private readonly List<object> _values = [];

    public bool Sqlite { get; } = db.Database.IsSqlite();

    public object[] Values => [.. _values];

    public string Add(object value)
    {
        _values.Add(value);
        return "{" + (_values.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
    }

    public string Id(Guid id) => Add(Sqlite ? id.ToString().ToUpperInvariant() : id);

    public string Date(DateOnly date) => Add(Sqlite ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : date);

    public string At(DateTimeOffset at) => Add(Sqlite ? Instant.ConvertToProvider(at.ToUniversalTime())! : at.ToUniversalTime());

    /// <summary><c>column IN (...)</c> for the organizations, or <c>1=1</c> when <paramref name="ids"/> is null (all).</summary>
    public string InOrganizations(string column, IReadOnlyList<Guid>? ids) =>
        ids is null ? "1=1" : ids.Count == 0 ? "1=0" : $"{column} IN ({string.Join(", ", ids.Select(Id))})";

    /// <summary>Money from a SUM: integer cents on SQLite, numeric on PostgreSQL.</summary>
    public Billing.Money Money(decimal total) => Sqlite ? Billing.Money.FromCents((long)total) : Billing.Money.Of(total);
}
