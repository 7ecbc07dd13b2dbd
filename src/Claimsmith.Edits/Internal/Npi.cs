namespace Claimsmith.Edits.Internal;

/// <summary>
/// NPI check digit (CMS, "Requirements for the NPI check digit"): the Luhn formula over the
/// nine identifier digits prefixed by the card issuer code 80840.
/// </summary>
internal static class Npi
{
    public static bool IsValid(ReadOnlySpan<char> npi)
    {
        if (npi.Length != 10)
        {
            return false;
        }

        // Luhn over "80840" + the ten digits, from the right; the check digit is not doubled.
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = npi[9 - i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            var d = c - '0';
            if ((i & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        // CMS: add the constant 24 to stand for the prefix 80840.
        sum += 24;
        return sum % 10 == 0;
    }

    /// <summary>Health care provider taxonomy code shape: ten characters, ending in X (NUCC).</summary>
    public static bool IsTaxonomy(ReadOnlySpan<char> t)
    {
        if (t.Length != 10 || t[9] != 'X')
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(t[0]);
    }
}
