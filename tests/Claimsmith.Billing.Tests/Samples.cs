using Claimsmith.CodeSets;

namespace Claimsmith.Billing.Tests;

/// <summary>The X12 sample files under the official data folder; tests skip when they are absent.</summary>
internal static class Samples
{
    public static byte[] Read(string type, string name)
    {
        var data = ClaimsmithPaths.FindDataDirectory();
        if (data is null)
        {
            Assert.Skip("The shared data folder (CLAIMSMITH_DATA) is not available.");
        }

        var path = Path.Combine(data, "x12", "samples", type, name);
        if (!File.Exists(path))
        {
            Assert.Skip($"Sample {type}/{name} is not present.");
        }

        return File.ReadAllBytes(path);
    }
}
