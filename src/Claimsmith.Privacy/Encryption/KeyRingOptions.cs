namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// Where the key ring comes from, bound from the configuration section
/// <c>Claimsmith:Encryption</c>: either <see cref="KeyFile"/>, or the keys inline
/// (<c>Claimsmith:Encryption:ActiveKeyId</c>, <c>Claimsmith:Encryption:Keys:{id}</c> = base64,
/// <c>Claimsmith:Encryption:IndexKey</c> = base64), e.g. from environment variables or a
/// secret store. With neither, a key file in <c>CLAIMSMITH_HOME</c> is used (created on first use).
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Claimsmith:Encryption";

    /// <summary>Environment variable naming the key file (used by the CLI and as a fallback).</summary>
    public const string KeyFileVariable = "CLAIMSMITH_KEY_FILE";

    /// <summary>Path of the key file.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Id of the active key among <see cref="Keys"/>, for inline keys.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Inline encryption keys: id to base64 of 32 bytes.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Inline blind-index key: base64 of 32 bytes.</summary>
    public string? IndexKey { get; set; }
}
