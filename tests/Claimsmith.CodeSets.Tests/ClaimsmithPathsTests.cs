namespace Claimsmith.CodeSets.Tests;

public sealed class ClaimsmithPathsTests
{
    [Fact]
    public void HomeDirectory_IsCreatedAndAbsolute()
    {
        var home = ClaimsmithPaths.HomeDirectory;
        Assert.True(Path.IsPathRooted(home));
        Assert.True(Directory.Exists(home));
    }
}
