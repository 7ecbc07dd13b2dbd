using Claimsmith.Billing;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Claimsmith.Data.Privacy;

/// <summary>Puts the encrypting converters and the blind-index columns into the model.</summary>
internal static class PhiModel
{
    public static void Apply(ModelBuilder builder, FieldCipher? cipher)
    {
        foreach (var (root, path) in PhiColumns.All)
        {
            var property = Resolve(builder.Model, root, path);
            var purpose = PhiColumns.Purpose(root, path);
            var underlying = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (underlying == typeof(string))
            {
                property.SetValueConverter(new EncryptedStringConverter(cipher, purpose));
            }
            else if (underlying == typeof(DateOnly))
            {
                property.SetValueConverter(new EncryptedDateConverter(cipher, purpose));
            }
            else if (underlying == typeof(byte[]))
            {
                property.SetValueConverter(new EncryptedBytesConverter(cipher, purpose));
            }
            else
            {
                throw new InvalidOperationException($"{purpose}: no encrypting converter for {property.ClrType.Name}.");
            }

            // Ciphertext is longer than the text (nonce, tag, base64, header): no length limit in
            // the database; the API validates the plaintext lengths.
            property.SetMaxLength(null);
        }

        var patient = builder.Entity<Patient>();
        // An index over ciphertext orders nothing; searching goes through the blind indexes.
        var nameIndex = patient.Metadata.GetIndexes().FirstOrDefault(i => i.Properties.Select(p => p.Name).SequenceEqual([nameof(Patient.LastName), nameof(Patient.FirstName)]));
        if (nameIndex is not null)
        {
            patient.Metadata.RemoveIndex(nameIndex);
        }

        foreach (var column in new[] { PhiColumns.LastNameIndex, PhiColumns.FirstNameIndex, PhiColumns.BirthDateIndex })
        {
            patient.Property<string>(column).HasMaxLength(BlindIndex.Length);
        }

        patient.HasIndex(nameof(Patient.OrganizationId), PhiColumns.LastNameIndex, PhiColumns.FirstNameIndex);
        patient.HasIndex(PhiColumns.LastNameIndex, PhiColumns.FirstNameIndex);
        patient.HasIndex(PhiColumns.BirthDateIndex);
    }

    /// <summary>The property at <paramref name="path"/> below <paramref name="root"/>, through owned navigations.</summary>
    public static IMutableProperty Resolve(IMutableModel model, Type root, string path)
    {
        var entity = model.FindEntityType(root) ?? throw new InvalidOperationException($"{root.Name} is not in the model.");
        var segments = path.Split('.');
        foreach (var segment in segments[..^1])
        {
            entity = entity.FindNavigation(segment)?.TargetEntityType ?? throw new InvalidOperationException($"{root.Name}.{path}: no owned navigation '{segment}'.");
        }

        return entity.FindProperty(segments[^1]) ?? throw new InvalidOperationException($"{root.Name}.{path}: no property '{segments[^1]}'.");
    }
}
