using System.Security.Cryptography;
using System.Text;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Privacy.Tests.Encryption;

public sealed class FieldCipherTests
{
    private static readonly KeyRing Ring = KeyRing.Generate(TimeProvider.System);

    [Theory]
    [InlineData("Rivera")]
    [InlineData("")]
    [InlineData("Zoë O'Brien-Łukasiewicz 🩺")]
    [InlineData("<script>alert(1)</script>")]
    public void Text_RoundTrips_AndCarriesVersionAndKeyId(string value)
    {
        var cipher = new FieldCipher(Ring);
        var stored = cipher.Encrypt(value, "Patient.LastName");

        Assert.StartsWith("ENC1:" + Ring.Active.Id + ":", stored, StringComparison.Ordinal);
        Assert.Equal(Ring.Active.Id, FieldCipher.KeyIdOf(stored));
        Assert.Equal(value, cipher.Decrypt(stored, "Patient.LastName"));
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SameValue_EncryptsDifferentlyEachTime()
    {
        var cipher = new FieldCipher(Ring);
        Assert.NotEqual(cipher.Encrypt("Rivera", "p"), cipher.Encrypt("Rivera", "p"));
    }

    [Fact]
    public void AlteredCiphertext_FailsAuthentication()
    {
        var cipher = new FieldCipher(Ring);
        var stored = cipher.Encrypt("Rivera", "Patient.LastName");
        var bytes = Convert.FromBase64String(stored[(stored.LastIndexOf(':') + 1)..]);
        bytes[^20] ^= 1;
        var altered = stored[..(stored.LastIndexOf(':') + 1)] + Convert.ToBase64String(bytes);

        Assert.Throws<CryptographicException>(() => cipher.Decrypt(altered, "Patient.LastName"));
    }

    [Fact]
    public void CiphertextMovedToAnotherColumn_FailsAuthentication()
    {
        var cipher = new FieldCipher(Ring);
        var stored = cipher.Encrypt("1980-02-02", "Patient.BirthDate");
        Assert.Throws<CryptographicException>(() => cipher.Decrypt(stored, "Coverage.Subscriber.BirthDate"));
    }

    [Fact]
    public void UnknownKey_IsACryptographicErrorNamingTheKey()
    {
        var stored = new FieldCipher(KeyRing.Generate(TimeProvider.System)).Encrypt("x", "p");
        var ex = Assert.Throws<CryptographicException>(() => new FieldCipher(Ring).Decrypt(stored, "p"));
        Assert.Contains(FieldCipher.KeyIdOf(stored)!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterRotation_OldValuesStillRead_NewValuesUseTheNewKey()
    {
        var old = new FieldCipher(Ring);
        var stored = old.Encrypt("Rivera", "p");
        var rotated = new FieldCipher(Ring.Rotate(TimeProvider.System));

        Assert.Equal("Rivera", rotated.Decrypt(stored, "p"));
        Assert.Equal(rotated.Keys.Active.Id, FieldCipher.KeyIdOf(rotated.Encrypt("Rivera", "p")));
        Assert.NotEqual(Ring.Active.Id, rotated.Keys.Active.Id);
        Assert.Throws<CryptographicException>(() => new FieldCipher(rotated.Keys.WithoutRetiredKeys()).Decrypt(stored, "p"));
    }

    [Fact]
    public void Plaintext_WithoutHeader_IsReturnedAsWrittenBeforeEncryption()
    {
        Assert.False(FieldCipher.IsProtected("Rivera"));
        Assert.Equal("Rivera", new FieldCipher(Ring).Decrypt("Rivera", "p"));
    }

    [Fact]
    public void Binary_RoundTrips_AndTamperingIsDetected()
    {
        var cipher = new FieldCipher(Ring);
        var content = Encoding.ASCII.GetBytes("ISA*00*          *00*~NM1*IL*1*RIVERA*ALEX~");
        var stored = cipher.EncryptBytes(content, "ClaimBatch.Content");

        Assert.True(FieldCipher.IsProtected(stored));
        Assert.Equal(-1, stored.AsSpan().IndexOf("RIVERA"u8));
        Assert.Equal(content, cipher.DecryptBytes(stored, "ClaimBatch.Content"));
        Assert.Equal(content, cipher.DecryptBytes(content, "ClaimBatch.Content"));
        stored[^1] ^= 0x80;
        Assert.Throws<CryptographicException>(() => cipher.DecryptBytes(stored, "ClaimBatch.Content"));
    }
}
