using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Web.CodeSets;

/// <summary>
/// Holds the code-set snapshot for the web host: loaded once from <c>CLAIMSMITH_HOME</c> (or the
/// <c>Claimsmith:Home</c> setting) on first use and shared by every request. While no snapshot
/// has been imported the provider answers null, and looks again on a later request.
/// </summary>
internal sealed partial class CodeSetSnapshotProvider(IConfiguration configuration, ILogger<CodeSetSnapshotProvider> logger)
{
    private readonly Lock _gate = new();
    private CodeSetSnapshot? _snapshot;

    /// <summary>The snapshot file this host reads.</summary>
    public string SnapshotPath { get; } = SnapshotStore.PathIn(configuration["Claimsmith:Home"] is { Length: > 0 } home ? home : ClaimsmithPaths.HomeDirectory);

    /// <summary>The snapshot, or null when none has been imported (or it cannot be read).</summary>
    public CodeSetSnapshot? Get()
    {
        if (_snapshot is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            if (_snapshot is null && File.Exists(SnapshotPath))
            {
                try
                {
                    var snapshot = CodeSetSnapshot.Load(SnapshotPath);
                    LogLoaded(logger, SnapshotPath, snapshot.Created);
                    _snapshot = snapshot;
                }
                catch (InvalidDataException ex)
                {
                    LogUnreadable(logger, ex, SnapshotPath);
                }
            }

            return _snapshot;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded code-set snapshot {Path} built {Created}")]
    private static partial void LogLoaded(ILogger logger, string path, DateTimeOffset created);

    [LoggerMessage(Level = LogLevel.Error, Message = "The code-set snapshot {Path} cannot be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string path);
}
