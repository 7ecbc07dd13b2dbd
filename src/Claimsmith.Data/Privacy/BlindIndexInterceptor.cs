using Claimsmith.Billing;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claimsmith.Data.Privacy;

/// <summary>Keeps the patients' blind-index columns in step with their (encrypted) names and birth dates.</summary>
internal sealed class BlindIndexInterceptor(BlindIndex index) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Update(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Update(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Update(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Patient>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var p = entry.Entity;
            Set(entry, PhiColumns.LastNameIndex, index.Name(p.LastName, PhiSearch.LastNamePurpose));
            Set(entry, PhiColumns.FirstNameIndex, index.Name(p.FirstName, PhiSearch.FirstNamePurpose));
            Set(entry, PhiColumns.BirthDateIndex, index.Date(p.BirthDate, PhiSearch.BirthDatePurpose));
        }
    }

    private static void Set(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Patient> entry, string column, string? value)
    {
        var property = entry.Property<string?>(column);
        if (!string.Equals(property.CurrentValue, value, StringComparison.Ordinal) || entry.State == EntityState.Added)
        {
            property.CurrentValue = value;
        }
    }
}
