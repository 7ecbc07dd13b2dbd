namespace Claimsmith.CodeSets;

/// <summary>
/// Where Claimsmith finds the official release files (<c>CLAIMSMITH_DATA</c>) and where it keeps
/// its own state (<c>CLAIMSMITH_HOME</c>: snapshots, the embedded database, learned artefacts).
/// </summary>
public static class ClaimsmithPaths
{
    /// <summary>Environment variable naming the folder of official release files.</summary>
    public const string DataVariable = "CLAIMSMITH_DATA";

    /// <summary>Environment variable naming Claimsmith's own data folder.</summary>
    public const string HomeVariable = "CLAIMSMITH_HOME";

    /// <summary>
    /// The folder of official files: <c>CLAIMSMITH_DATA</c> when set, otherwise the first
    /// <c>shared/data</c> found beside the current directory or the application's folder or any
    /// of their ancestors (the development layout <c>../shared/data</c> from the repository root).
    /// Null when there is none.
    /// </summary>
    public static string? FindDataDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Claimsmith's own data folder: <c>CLAIMSMITH_HOME</c> when set, otherwise
    /// <c>Claimsmith</c> under the user's local application data folder. Created on demand.
    /// </summary>
    public static string HomeDirectory
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(HomeVariable);
            var path = !string.IsNullOrWhiteSpace(fromEnv)
                ? fromEnv
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Claimsmith");
            Directory.CreateDirectory(path);
            return Path.GetFullPath(path);
        }
    }
}
