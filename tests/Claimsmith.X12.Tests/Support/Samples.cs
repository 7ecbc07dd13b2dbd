using Claimsmith.CodeSets;

namespace Claimsmith.X12.Tests.Support;

/// <summary>Locates the official example files in ../shared/data/x12/samples (never copied into the repository).</summary>
internal static class Samples
{
    public static readonly string[] Kinds = ["837P", "837I", "835", "999", "277CA", "270", "271"];

    public static string? Directory
    {
        get
        {
            var data = ClaimsmithPaths.FindDataDirectory();
            if (data is null)
            {
                return null;
            }

            var dir = Path.Combine(data, "x12", "samples");
            return System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>
    /// Error codes the envelope check reports on samples that the data README says are not fully
    /// valid (the imsweb 999/277CA files): asserted exactly, so a regression either way shows.
    /// </summary>
    public static IReadOnlyList<string> KnownEnvelopeErrors(string file) => file switch
    {
        "imsweb__x12_999_accepted.x12" => ["X12-ENV-IEA-CONTROL"],
        _ => [],
    };

    /// <summary>Theory rows: kind + file name, or one placeholder row when the data folder is absent.</summary>
    public static TheoryData<string, string> Files(params string[] kinds)
    {
        var rows = new TheoryData<string, string>();
        var dir = Directory;
        if (dir is not null)
        {
            foreach (var kind in kinds.Length == 0 ? Kinds : kinds)
            {
                var sub = Path.Combine(dir, kind);
                if (!System.IO.Directory.Exists(sub))
                {
                    continue;
                }

                foreach (var f in System.IO.Directory.GetFiles(sub, "*.x12").Order(StringComparer.Ordinal))
                {
                    rows.Add(kind, Path.GetFileName(f));
                }
            }
        }

        if (rows.Count == 0)
        {
            rows.Add("missing", "missing");
        }

        return rows;
    }

    /// <summary>The bytes of a sample, or skips the test with the reason.</summary>
    public static byte[] Load(string kind, string file)
    {
        var dir = Directory;
        if (dir is null || kind == "missing")
        {
            Assert.Skip("../shared/data/x12/samples is absent (set CLAIMSMITH_DATA to run the sample tests).");
        }

        var path = Path.Combine(dir, kind, file);
        if (!File.Exists(path))
        {
            Assert.Skip($"Sample {kind}/{file} is absent.");
        }

        return File.ReadAllBytes(path);
    }
}
