using System.Security.Cryptography;
using Claimsmith.Privacy.Encryption;
using Microsoft.AspNetCore.Hosting;

namespace Claimsmith.Web.Tests;

/// <summary>Inline test keys (configuration <c>Claimsmith:Encryption</c>), never the operator's key file.</summary>
public static class TestEncryption
{
    public const string KeyId = "test-k1";

    public static string Key { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string IndexKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static IWebHostBuilder Configure(IWebHostBuilder builder, string keyId = KeyId, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseSetting(KeyRingOptions.Section + ":ActiveKeyId", keyId)
            .UseSetting(KeyRingOptions.Section + ":Keys:" + keyId, key ?? Key)
            .UseSetting(KeyRingOptions.Section + ":IndexKey", IndexKey);
    }
}
