using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data.Internal;

// Codes are stored as their canonical text; the domain types re-validate on the way out.
internal sealed class NpiConverter() : ValueConverter<Npi, string>(v => v.Value, s => Npi.Parse(s));

internal sealed class DiagnosisCodeConverter() : ValueConverter<DiagnosisCode, string>(v => v.Value, s => DiagnosisCode.Parse(s));

internal sealed class ProcedureCodeConverter() : ValueConverter<ProcedureCode, string>(v => v.Value, s => ProcedureCode.Parse(s));

internal sealed class ModifierConverter() : ValueConverter<Modifier, string>(v => v.Value, s => Modifier.Parse(s));

internal sealed class NdcConverter() : ValueConverter<Ndc, string>(v => v.Value, s => Ndc.Parse(s));

internal sealed class TaxonomyCodeConverter() : ValueConverter<TaxonomyCode, string>(v => v.Value, s => TaxonomyCode.Parse(s));

internal sealed class RevenueCodeConverter() : ValueConverter<RevenueCode, string>(v => v.Value, s => RevenueCode.Parse(s));

/// <summary>SQLite: whole cents in an INTEGER column, so SUM and comparisons run in the database (EF Core cannot sum decimal on SQLite).</summary>
internal sealed class MoneyCentsConverter() : ValueConverter<Money, long>(v => v.Cents, c => Money.FromCents(c));

/// <summary>PostgreSQL: numeric(14,2).</summary>
internal sealed class MoneyDecimalConverter() : ValueConverter<Money, decimal>(v => v.Amount, d => Money.Of(d));
