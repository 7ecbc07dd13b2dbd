using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Privacy.Tests.Encryption;

public sealed class KeyRingFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void LoadOrCreate_CreatesOwnerOnlyFile_ThenReadsTheSameRing()
    {
        var path = Path.Combine(_dir, "keys", "ring.json");
        var first = KeyRingFile.LoadOrCreate(path, TimeProvider.System, out var created);
        var second = KeyRingFile.LoadOrCreate(path, TimeProvider.System, out var createdAgain);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first.Active.Id, second.Active.Id);
        Assert.Equal(first.Active.ToBase64(), second.Active.ToBase64());
        Assert.Equal(first.IndexKey.ToBase64(), second.IndexKey.ToBase64());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Save_AfterRotate_KeepsOldKeysForReading_AndStaysOwnerOnly()
    {
        var path = Path.Combine(_dir, "ring.json");
        var ring = KeyRing.Generate(TimeProvider.System);
        KeyRingFile.Save(path, ring);
        var rotated = KeyRingFile.Load(path).Rotate(TimeProvider.System);
        KeyRingFile.Save(path, rotated);

        var loaded = KeyRingFile.Load(path);
        Assert.Equal(rotated.Active.Id, loaded.Active.Id);
        Assert.True(loaded.TryGetKey(ring.Active.Id, out _));
        Assert.Equal(2, loaded.Keys.Count);
        Assert.Equal(ring.IndexKey.Id, loaded.IndexKey.Id);
        Assert.Single(Directory.GetFiles(_dir));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\":2}")]
    [InlineData("{\"version\":1,\"activeKeyId\":\"k1\",\"keys\":[{\"id\":\"k1\",\"key\":\"c2hvcnQ=\"}],\"indexKey\":{\"id\":\"i1\",\"key\":\"c2hvcnQ=\"}}")]
    [InlineData("{\"version\":1,\"activeKeyId\":\"k2\",\"keys\":[],\"indexKey\":{\"id\":\"i1\",\"key\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}}")]
    public void Parse_InvalidFile_IsInvalidData(string json) =>
        Assert.Throws<InvalidDataException>(() => KeyRingFile.Parse(json));

    [Fact]
    public void Resolve_InlineKeys_FromOptions()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var index = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());
        var ring = KeyRingSource.Resolve(new KeyRingOptions { ActiveKeyId = "prod-2026", Keys = { ["prod-2026"] = key }, IndexKey = index }, TimeProvider.System);

        Assert.Equal("prod-2026", ring.Active.Id);
        Assert.Equal(index, ring.IndexKey.ToBase64());
    }

    [Fact]
    public void Resolve_MissingConfiguredFile_SaysWhichFile()
    {
        var path = Path.Combine(_dir, "absent.json");
        Directory.CreateDirectory(_dir);
        var ex = Assert.Throws<InvalidDataException>(() => KeyRingSource.Resolve(new KeyRingOptions { KeyFile = path }, TimeProvider.System));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
