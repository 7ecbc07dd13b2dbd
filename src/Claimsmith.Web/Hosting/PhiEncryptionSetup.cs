using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Web.Hosting;

/// <summary>
/// The web host's key ring for PHI at rest, from the configuration section
/// <c>Claimsmith:Encryption</c> (a key file, or keys inline from environment variables or a
/// secret store), else <c>CLAIMSMITH_KEY_FILE</c>, else the key file in <c>CLAIMSMITH_HOME</c>,
/// created on first start with a warning in the log. Every node of a cluster needs the same ring.
/// </summary>
internal static class PhiEncryptionSetup
{
    public static DatabaseSettings WithPhiKeys(this DatabaseSettings settings, WebApplicationBuilder builder)
    {
        var options = new KeyRingOptions();
        builder.Configuration.GetSection(KeyRingOptions.Section).Bind(options);
        var warnings = new List<string>();
        var ring = KeyRingSource.Resolve(options, TimeProvider.System, warnings.Add);
        builder.Services.AddSingleton(ring);
        builder.Services.AddHostedService(sp => new StartupWarnings(sp.GetRequiredService<ILogger<StartupWarnings>>(), warnings));
        return settings with { Keys = ring };
    }

    /// <summary>Logs what key resolution had to say once logging is up.</summary>
    internal sealed class StartupWarnings(ILogger<StartupWarnings> logger, IReadOnlyList<string> warnings) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var warning in warnings)
            {
                logger.LogWarning("{Warning}", warning);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
