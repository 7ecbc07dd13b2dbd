using Claimsmith.X12.Internal;

namespace Claimsmith.X12.Tests.Internal;

public sealed class SharedValuesTests
{
    private sealed record Probe(string Text);

    [Fact]
    public void Find_ReturnsTheValueAddedForTheSameBytesAndTag()
    {
        var value = new Probe("a");
        SharedValues<Probe>.Add("472*20251228"u8, (byte)'*', value);
        Assert.Same(value, SharedValues<Probe>.Find("472*20251228"u8, (byte)'*'));
    }

    [Theory]
    [InlineData("472*20251229", '*')]
    [InlineData("472*2025122", '*')]
    [InlineData("472*20251228", '|')]
    [InlineData("472*202512280", '*')]
    public void Find_MissesOtherBytesLengthsAndTags(string key, char tag)
    {
        SharedValues<Probe>.Add("472*20251228"u8, (byte)'*', new Probe("b"));
        var found = SharedValues<Probe>.Find(System.Text.Encoding.ASCII.GetBytes(key), (byte)tag);
        Assert.True(found is null || found.Text != "b", $"'{key}' under '{tag}' must not find the value of 472*20251228 under '*'");
    }

    [Fact]
    public void LongAndEmptyKeys_AreNeverShared()
    {
        var longKey = "12345678901234567"u8;
        SharedValues<Probe>.Add(longKey, 0, new Probe("long"));
        Assert.Null(SharedValues<Probe>.Find(longKey, 0));
        SharedValues<Probe>.Add([], 0, new Probe("empty"));
        Assert.Null(SharedValues<Probe>.Find([], 0));
    }

    [Fact]
    public void KeysOfEveryLength_RoundTrip()
    {
        // Each length takes a different packing branch (1, 2-3, 4-7, 8-16 bytes).
        for (var length = 1; length <= SharedValues<Probe>.MaxLength; length++)
        {
            var key = new byte[length];
            for (var i = 0; i < length; i++)
            {
                key[i] = (byte)('A' + ((i * 7 + length) % 26));
            }

            var value = new Probe(length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SharedValues<Probe>.Add(key, 1, value);
            Assert.Same(value, SharedValues<Probe>.Find(key, 1));
            key[^1] ^= 0x20;
            Assert.NotSame(value, SharedValues<Probe>.Find(key, 1));
        }
    }
}
