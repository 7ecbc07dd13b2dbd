using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets.Tests.Fixtures;

namespace Claimsmith.Web.Tests;

/// <summary>
/// Code-set homes (a folder holding <c>codesets.snapshot</c>) for the test hosts, each imported
/// once per test run into a temporary folder: one from the synthetic fixtures in the official
/// layouts (plus the few codes the API tests bill), and one from the real FY2026 files in
/// <c>../shared/data</c>, absent (with the reason) when those files are.
/// </summary>
internal static class TestCodeSets
{
    private static readonly Lazy<string> Synthetic = new(BuildSynthetic, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<(string? Home, string? Reason)> Real = new(BuildReal, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A home with the synthetic snapshot.</summary>
    public static string SyntheticHome => Synthetic.Value;

    /// <summary>A home with the snapshot of the real reference files, or null (see <see cref="RealSkipReason"/>).</summary>
    public static string? RealHome => Real.Value.Home;

    /// <summary>Why there is no real snapshot; null when there is.</summary>
    public static string? RealSkipReason => Real.Value.Reason;

    /// <summary>An empty home: no snapshot imported.</summary>
    public static string NewEmptyHome() => NewFolder("claimsmith-web-empty-home-");

    private static string NewFolder(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return dir;
    }

    private static string BuildSynthetic()
    {
        var root = NewFolder("claimsmith-web-codesets-");
        var data = FixtureFiles.WriteDataFolder(Path.Combine(root, "data"), dir =>
        {
            // The diagnoses the claim API tests bill, written in the CMS order-file layout.
            var extra = new (string Code, bool Billable, string Desc)[]
            {
                ("J06", false, "Acute upper respiratory infections of multiple and unspecified sites"),
                ("J069", true, "Acute upper respiratory infection, unspecified"),
                ("R50", false, "Fever of other and unknown origin"),
                ("R509", true, "Fever, unspecified"),
            };
            var order = FixtureFiles.CmCodes.Length;
            File.AppendAllText(
                Path.Combine(dir, "icd10cm", "2026", "icd10cm_order_2026.txt"),
                string.Concat(extra.Select(e => FixtureFiles.OrderLine(++order, e.Code, e.Billable, e.Desc) + "\r\n")));
        });
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var result = CodeSetImporter.ImportToFile(CodeSetSources.Discover(data), SnapshotStore.PathIn(home), TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("import of the synthetic code sets failed: " + string.Join("; ", result.Issues.Where(i => i.IsError).Take(5)));
        }

        return home;
    }

    private static (string?, string?) BuildReal()
    {
        var data = ClaimsmithPaths.FindDataDirectory();
        if (data is null)
        {
            return (null, "reference data (../shared/data or CLAIMSMITH_DATA) is absent");
        }

        var sources = CodeSetSources.Discover(data);
        if (sources.Icd10CmOrderFile is null || sources.TabularFile is null || sources.MpfsFile is null)
        {
            return (null, $"reference data in {data} lacks the ICD-10-CM order file, the Tabular List XML or the MPFS file");
        }

        var home = Directory.CreateDirectory(Path.Combine(NewFolder("claimsmith-web-real-codesets-"), "home")).FullName;
        var result = CodeSetImporter.ImportToFile(sources, SnapshotStore.PathIn(home), TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("import of the reference data failed: " + string.Join("; ", result.Issues.Where(i => i.IsError).Take(5)));
        }

        return (home, null);
    }
}
