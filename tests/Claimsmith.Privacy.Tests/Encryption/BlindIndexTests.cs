using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Privacy.Tests.Encryption;

public sealed class BlindIndexTests
{
    private static readonly KeyRing Ring = KeyRing.Generate(TimeProvider.System);

    [Theory]
    [InlineData("O'Brien", "obrien")]
    [InlineData("García", "GARCIA")]
    [InlineData("  van der Berg ", "VANDERBERG")]
    [InlineData("Smith-Jones", "smith jones")]
    public void Name_MatchesAfterNormalisation(string stored, string searched)
    {
        var index = new BlindIndex(Ring);
        Assert.Equal(index.Name(stored, "Patient.LastName"), index.Name(searched, "Patient.LastName"));
        Assert.Equal(BlindIndex.Length, index.Name(stored, "Patient.LastName")!.Length);
    }

    [Fact]
    public void DifferentPurposesAndKeys_GiveDifferentIndexes()
    {
        var index = new BlindIndex(Ring);
        Assert.NotEqual(index.Name("Lee", "Patient.LastName"), index.Name("Lee", "Patient.FirstName"));
        Assert.NotEqual(index.Name("Lee", "Patient.LastName"), new BlindIndex(KeyRing.Generate(TimeProvider.System)).Name("Lee", "Patient.LastName"));
        Assert.NotEqual(index.Date(new DateOnly(1980, 2, 2), "p"), index.Date(new DateOnly(1980, 2, 3), "p"));
    }

    [Fact]
    public void EmptyName_HasNoIndex() => Assert.Null(new BlindIndex(Ring).Name(" -' ", "p"));

    [Fact]
    public void RotatingTheEncryptionKey_KeepsTheIndexKey() =>
        Assert.Equal(new BlindIndex(Ring).Name("Rivera", "p"), new BlindIndex(Ring.Rotate(TimeProvider.System)).Name("Rivera", "p"));
}
