using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Data.Privacy;

/// <summary>Carries the key ring into a <see cref="ClaimsmithDbContext"/>'s options (see <see cref="PhiEncryption.UsePhiEncryption"/>).</summary>
internal sealed class PhiOptionsExtension(KeyRing keys) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public KeyRing Keys { get; } = keys;

    public FieldCipher Cipher { get; } = new(keys);

    public BlindIndex Index { get; } = new(keys);

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PhiEncryption ";

        // The ring changes the model (converters), not EF's internal services: one service
        // provider for all rings, and the model cache key tells the rings apart.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Claimsmith:PhiEncryption"] = "1";
    }
}
