using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// The key file: JSON with the active key id, every encryption key (id, base64 material,
/// creation time) and the blind-index key. Written atomically (temporary file, then rename)
/// and, on Unix, readable and writable by its owner only (mode 0600).
/// </summary>
public static class KeyRingFile
{
    /// <summary>The file's format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a key file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid key file.</exception>
    public static KeyRing Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses key file text; <paramref name="source"/> names it in error messages.</summary>
    public static KeyRing Parse(string json, string source = "key file")
    {
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException($"{source}: not a JSON object.");
            var version = (int?)root["version"] ?? 0;
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"{source}: format version {version} is not supported (expected {FormatVersion}).");
            }

            var active = (string?)root["activeKeyId"] ?? throw new InvalidDataException($"{source}: no activeKeyId.");
            var keys = (root["keys"]?.AsArray() ?? throw new InvalidDataException($"{source}: no keys.")).Select(n => ReadKey(n, source)).ToList();
            var index = ReadKey(root["indexKey"], source);
            return new KeyRing(active, keys, index);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>The file text for <paramref name="ring"/>.</summary>
    public static string Serialize(KeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var root = new JsonObject
        {
            ["version"] = FormatVersion,
            ["activeKeyId"] = ring.Active.Id,
            ["keys"] = new JsonArray([.. ring.Keys.Select(WriteKey)]),
            ["indexKey"] = WriteKey(ring.IndexKey),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Writes <paramref name="ring"/> to <paramref name="path"/>, replacing it atomically, owner-only.</summary>
    public static void Save(string path, KeyRing ring)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        WriteOwnerOnly(temp, Serialize(ring), FileMode.CreateNew);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>
    /// Reads <paramref name="path"/>, or creates it with a new ring when it does not exist
    /// (<paramref name="created"/> is then true). Two processes starting together agree on one file.
    /// </summary>
    public static KeyRing LoadOrCreate(string path, TimeProvider clock, out bool created)
    {
        created = false;
        if (File.Exists(path))
        {
            return Load(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var ring = KeyRing.Generate(clock);
        try
        {
            WriteOwnerOnly(path, Serialize(ring), FileMode.CreateNew);
            created = true;
            return ring;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use that one.
            return Load(path);
        }
    }

    private static void WriteOwnerOnly(string path, string text, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }

    private static EncryptionKey ReadKey(JsonNode? node, string source)
    {
        if (node is not JsonObject)
        {
            throw new InvalidDataException($"{source}: a key is not an object.");
        }

        var id = (string?)node["id"] ?? throw new InvalidDataException($"{source}: a key has no id.");
        var material = Convert.FromBase64String((string?)node["key"] ?? throw new InvalidDataException($"{source}: key '{id}' has no material."));
        var created = node["created"] is { } c ? DateTimeOffset.Parse((string)c!, CultureInfo.InvariantCulture) : DateTimeOffset.UnixEpoch;
        return new EncryptionKey(id, material, created);
    }

    private static JsonObject WriteKey(EncryptionKey key) => new()
    {
        ["id"] = key.Id,
        ["key"] = key.ToBase64(),
        ["created"] = key.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
    };
}
