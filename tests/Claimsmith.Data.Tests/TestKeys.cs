using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Data.Tests;

/// <summary>A key ring made for this test run (never the operator's key file).</summary>
internal static class TestKeys
{
    public static KeyRing Ring { get; } = KeyRing.Generate(TimeProvider.System);
}
