using Claimsmith.Billing;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Claimsmith.Data.Privacy;

/// <summary>
/// Patient search over encrypted names and birth dates through their blind indexes: exact match
/// after normalisation (case, accents, spaces, hyphens and apostrophes do not matter; prefixes
/// and misspellings do not match, because the database only holds keyed hashes).
/// </summary>
public static class PhiSearch
{
    internal const string LastNamePurpose = "Patient.LastName.index";
    internal const string FirstNamePurpose = "Patient.FirstName.index";
    internal const string BirthDatePurpose = "Patient.BirthDate.index";

    /// <summary>Patients whose last name (and first name, when given) equal the search after normalisation.</summary>
    public static IQueryable<Patient> WhereName(this IQueryable<Patient> patients, ClaimsmithDbContext db, string lastName, string? firstName = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var index = IndexOf(db);
        var last = index.Name(lastName, LastNamePurpose) ?? "-";
        patients = patients.Where(p => EF.Property<string>(p, PhiColumns.LastNameIndex) == last);
        if (!string.IsNullOrWhiteSpace(firstName))
        {
            var first = index.Name(firstName, FirstNamePurpose) ?? "-";
            patients = patients.Where(p => EF.Property<string>(p, PhiColumns.FirstNameIndex) == first);
        }

        return patients;
    }

    /// <summary>Patients born on <paramref name="birthDate"/>.</summary>
    public static IQueryable<Patient> WhereBirthDate(this IQueryable<Patient> patients, ClaimsmithDbContext db, DateOnly birthDate)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var value = IndexOf(db).Date(birthDate, BirthDatePurpose);
        return patients.Where(p => EF.Property<string>(p, PhiColumns.BirthDateIndex) == value);
    }

    /// <summary>
    /// Patients matching a free-text search: <c>Last</c>, <c>Last, First</c> or <c>First Last</c>
    /// by blind index, or the account number exactly.
    /// </summary>
    public static IQueryable<Patient> WhereNameOrAccount(this IQueryable<Patient> patients, ClaimsmithDbContext db, string q)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(q);
        var index = IndexOf(db);
        var text = q.Trim();
        // "-" is never an index value: a part that normalises to nothing matches no row (a null
        // would match rows without an index).
        const string None = "-";
        string last = index.Name(text, LastNamePurpose) ?? None, commaLast = None, commaFirst = None, spaceFirst = None, spaceLast = None;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            commaLast = index.Name(text[..comma], LastNamePurpose) ?? None;
            commaFirst = index.Name(text[(comma + 1)..], FirstNamePurpose) ?? None;
        }

        var space = text.LastIndexOf(' ');
        if (comma < 0 && space > 0)
        {
            spaceFirst = index.Name(text[..space], FirstNamePurpose) ?? None;
            spaceLast = index.Name(text[(space + 1)..], LastNamePurpose) ?? None;
        }

        return patients.Where(p =>
            p.AccountNumber == text
            || EF.Property<string>(p, PhiColumns.LastNameIndex) == last
            || (EF.Property<string>(p, PhiColumns.LastNameIndex) == commaLast && EF.Property<string>(p, PhiColumns.FirstNameIndex) == commaFirst)
            || (EF.Property<string>(p, PhiColumns.LastNameIndex) == spaceLast && EF.Property<string>(p, PhiColumns.FirstNameIndex) == spaceFirst));
    }

    private static BlindIndex IndexOf(ClaimsmithDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<PhiOptionsExtension>()?.Index
            ?? throw new InvalidOperationException("PHI encryption is not configured for this context.");
    }
}
