namespace Claimsmith.CodeSets.Snapshot;

/// <summary>Where the snapshot lives and how it is replaced safely.</summary>
public static class SnapshotStore
{
    /// <summary>The snapshot file in a Claimsmith home folder.</summary>
    public static string PathIn(string homeDirectory) => Path.Combine(homeDirectory, SnapshotFormat.FileName);

    /// <summary>The snapshot file in <see cref="ClaimsmithPaths.HomeDirectory"/>.</summary>
    public static string DefaultPath => PathIn(ClaimsmithPaths.HomeDirectory);

    /// <summary>
    /// Writes a file atomically: into a temporary file beside it, flushed to disk, then renamed
    /// over the old one. An interrupted write leaves the old file as it was.
    /// </summary>
    public static void WriteAtomic(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                cancellationToken.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Loads the snapshot at <paramref name="path"/>, or null when there is none yet.</summary>
    public static CodeSetSnapshot? TryLoad(string path) => File.Exists(path) ? CodeSetSnapshot.Load(path) : null;
}
