using Claimsmith.Edits.Ncci;

namespace Claimsmith.Edits.Tests.Fixtures;

/// <summary>The synthetic NCCI files under Fixtures/, in CMS's published layouts.</summary>
internal static class FixtureFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static PtpTable Ptp()
    {
        var t = new PtpTable();
        var issues = t.ReadFile(PathOf("ptp_practitioner_fixture.txt"));
        Assert.Empty(issues);
        return t;
    }

    public static MueTable Mue()
    {
        var t = new MueTable();
        var issues = t.ReadFile(PathOf("mue_practitioner_fixture.csv"));
        Assert.Empty(issues);
        return t;
    }
}
