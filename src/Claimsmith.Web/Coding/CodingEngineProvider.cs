using Claimsmith.Coding;
using Claimsmith.Web.CodeSets;

namespace Claimsmith.Web.Coding;

/// <summary>
/// The one <see cref="CodingEngine"/> of the host (thread-safe, so every request shares it), built
/// on first use once a code-set snapshot exists (building its vocabulary takes about a second),
/// with the learned models of <c>CLAIMSMITH_HOME/cac</c> when <c>claimsmith cac train</c> wrote them.
/// </summary>
internal sealed partial class CodingEngineProvider(CodeSetSnapshotProvider snapshots, IConfiguration configuration, ILogger<CodingEngineProvider> logger)
{
    private readonly Lock _gate = new();
    private CodingEngine? _engine;

    /// <summary>Where the learned models are looked for.</summary>
    public string ModelDirectory { get; } = configuration["Claimsmith:Home"] is { Length: > 0 } home ? Path.Combine(home, "cac") : CodingModels.DefaultDirectory;

    /// <summary>Where the code-set snapshot is looked for (for the 503 message).</summary>
    public string SnapshotPath => snapshots.SnapshotPath;

    /// <summary>The engine, or null while no code-set snapshot has been imported.</summary>
    public CodingEngine? Get()
    {
        if (_engine is { } built)
        {
            return built;
        }

        lock (_gate)
        {
            if (_engine is null && snapshots.Get() is { } snapshot)
            {
                var models = CodingModels.Load(ModelDirectory, out var issues);
                foreach (var issue in issues)
                {
                    LogModelIssue(logger, issue.Code, issue.Message);
                }

                _engine = new CodingEngine(snapshot, models);
                LogBuilt(logger, _engine.VocabularySize, models is null ? "none (knowledge only)" : ModelDirectory);
            }

            return _engine;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coding engine ready: {Terms} vocabulary terms, learned models: {Models}")]
    private static partial void LogBuilt(ILogger logger, int terms, string models);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coding model {Code}: {Message}")]
    private static partial void LogModelIssue(ILogger logger, string code, string message);
}
