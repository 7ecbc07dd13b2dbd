using Claimsmith.CodeSets;

namespace Claimsmith.Privacy.Encryption;

/// <summary>Resolves the key ring from <see cref="KeyRingOptions"/>, the environment or the default file.</summary>
public static class KeyRingSource
{
    /// <summary>The default key file: <c>CLAIMSMITH_HOME/keys/claimsmith-keys.json</c>.</summary>
    public static string DefaultKeyFile => Path.Combine(ClaimsmithPaths.HomeDirectory, "keys", "claimsmith-keys.json");

    /// <summary>
    /// Inline keys when configured, else the configured key file, else <c>CLAIMSMITH_KEY_FILE</c>,
    /// else the default key file, created on first use (<paramref name="warn"/> is told so: the
    /// operator should back it up apart from the database and keep it off shared disks).
    /// </summary>
    /// <exception cref="InvalidDataException">The configured keys or file are not valid.</exception>
    public static KeyRing Resolve(KeyRingOptions? options, TimeProvider clock, Action<string>? warn = null)
    {
        options ??= new KeyRingOptions();
        if (options.Keys.Count > 0 || !string.IsNullOrWhiteSpace(options.ActiveKeyId))
        {
            return Inline(options);
        }

        var file = !string.IsNullOrWhiteSpace(options.KeyFile) ? options.KeyFile : Environment.GetEnvironmentVariable(KeyRingOptions.KeyFileVariable);
        if (!string.IsNullOrWhiteSpace(file))
        {
            if (!File.Exists(file))
            {
                throw new InvalidDataException($"The configured key file '{file}' does not exist (create it with `claimsmith keys generate --key-file {file}`).");
            }

            return KeyRingFile.Load(file);
        }

        var ring = KeyRingFile.LoadOrCreate(DefaultKeyFile, clock, out var created);
        if (created)
        {
            warn?.Invoke($"No encryption key was configured: created {DefaultKeyFile} (owner-only). Back it up apart from the database; without it the encrypted patient data cannot be read. See SECURITY.md.");
        }

        return ring;
    }

    /// <summary>The key file this configuration reads or would create (null for inline keys).</summary>
    public static string? KeyFilePath(KeyRingOptions? options)
    {
        if (options is not null && (options.Keys.Count > 0 || !string.IsNullOrWhiteSpace(options.ActiveKeyId)))
        {
            return null;
        }

        var file = options?.KeyFile;
        return !string.IsNullOrWhiteSpace(file) ? file
            : Environment.GetEnvironmentVariable(KeyRingOptions.KeyFileVariable) is { Length: > 0 } env ? env
            : DefaultKeyFile;
    }

    private static KeyRing Inline(KeyRingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ActiveKeyId) || string.IsNullOrWhiteSpace(options.IndexKey) || options.Keys.Count == 0)
        {
            throw new InvalidDataException($"Inline keys need {KeyRingOptions.Section}:ActiveKeyId, {KeyRingOptions.Section}:Keys:<id> and {KeyRingOptions.Section}:IndexKey.");
        }

        try
        {
            var keys = options.Keys.Select(kv => new EncryptionKey(kv.Key, Convert.FromBase64String(kv.Value), DateTimeOffset.UnixEpoch)).ToList();
            return new KeyRing(options.ActiveKeyId, keys, new EncryptionKey("index", Convert.FromBase64String(options.IndexKey), DateTimeOffset.UnixEpoch));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{KeyRingOptions.Section}: {ex.Message}", ex);
        }
    }
}
