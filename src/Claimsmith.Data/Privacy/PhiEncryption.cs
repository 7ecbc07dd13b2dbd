using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Claimsmith.Data.Privacy;

/// <summary>Turns on encryption of PHI columns for a context (called by <see cref="DatabaseSettings.Configure"/>).</summary>
public static class PhiEncryption
{
    private static readonly Lazy<KeyRing> DefaultRing = new(() =>
        KeyRingSource.Resolve(null, TimeProvider.System, warn: message => System.Diagnostics.Trace.TraceWarning(message)));

    /// <summary>
    /// The ring used when <see cref="DatabaseSettings.Keys"/> is not set: <c>CLAIMSMITH_KEY_FILE</c>
    /// or the key file in <c>CLAIMSMITH_HOME</c>, created on first use.
    /// </summary>
    public static KeyRing DefaultKeys => DefaultRing.Value;

    /// <summary>Encrypts the PHI columns with <paramref name="keys"/> and maintains the blind indexes.</summary>
    public static DbContextOptionsBuilder UsePhiEncryption(this DbContextOptionsBuilder builder, KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(keys);
        var extension = new PhiOptionsExtension(keys);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(extension);
        builder.ReplaceService<IModelCacheKeyFactory, PhiModelCacheKeyFactory>();
        builder.AddInterceptors(new BlindIndexInterceptor(extension.Index));
        return builder;
    }

    /// <summary>The key ring a context encrypts with.</summary>
    public static KeyRing KeysOf(ClaimsmithDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<PhiOptionsExtension>()?.Keys
            ?? throw new InvalidOperationException("PHI encryption is not configured for this context.");
    }

    /// <summary>Called from <c>OnModelCreating</c>: converters on every column of <see cref="PhiColumns"/>, blind-index columns.</summary>
    internal static void ApplyPhiEncryption(this ModelBuilder builder, DbContext context) =>
        PhiModel.Apply(builder, context.GetService<IDbContextOptions>().FindExtension<PhiOptionsExtension>()?.Cipher);
}
