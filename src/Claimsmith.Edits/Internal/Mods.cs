namespace Claimsmith.Edits.Internal;

/// <summary>The modifiers the edits look at, as bits, computed once per line without allocating.</summary>
[Flags]
internal enum Mods : uint
{
    None = 0,
    M24 = 1 << 0,
    M25 = 1 << 1,
    M26 = 1 << 2,
    TC = 1 << 3,
    M50 = 1 << 4,
    M51 = 1 << 5,
    M57 = 1 << 6,
    M58 = 1 << 7,
    M59 = 1 << 8,
    XE = 1 << 9,
    XS = 1 << 10,
    XP = 1 << 11,
    XU = 1 << 12,
    M62 = 1 << 13,
    M66 = 1 << 14,
    M76 = 1 << 15,
    M77 = 1 << 16,
    M78 = 1 << 17,
    M79 = 1 << 18,
    M80 = 1 << 19,
    M81 = 1 << 20,
    M82 = 1 << 21,
    AS = 1 << 22,
    M91 = 1 << 23,
    LT = 1 << 24,
    RT = 1 << 25,

    /// <summary>Other anatomic modifiers NCCI accepts: E1-E4, FA, F1-F9, TA, T1-T9, LC, LD, LM, RC, RI.</summary>
    Anatomic = 1 << 26,

    /// <summary>Modifiers that bypass an indicator-1 NCCI pair on the column 2 code (NCCI Policy Manual ch. I §E; modifier 59 article).</summary>
    Distinct = M59 | XE | XS | XP | XU | Anatomic | LT | RT | M91,
    Assistant = M80 | M81 | M82 | AS,
}

internal static class ModParser
{
    public static Mods Of(IReadOnlyList<string> modifiers)
    {
        var m = Mods.None;
        for (var i = 0; i < modifiers.Count; i++)
        {
            m |= Of(modifiers[i]);
        }

        return m;
    }

    public static Mods Of(string? s)
    {
        if (s is null || s.Length != 2)
        {
            return Mods.None;
        }

        var a = char.ToUpperInvariant(s[0]);
        var b = char.ToUpperInvariant(s[1]);
        return (a, b) switch
        {
            ('2', '4') => Mods.M24,
            ('2', '5') => Mods.M25,
            ('2', '6') => Mods.M26,
            ('T', 'C') => Mods.TC,
            ('5', '0') => Mods.M50,
            ('5', '1') => Mods.M51,
            ('5', '7') => Mods.M57,
            ('5', '8') => Mods.M58,
            ('5', '9') => Mods.M59,
            ('X', 'E') => Mods.XE,
            ('X', 'S') => Mods.XS,
            ('X', 'P') => Mods.XP,
            ('X', 'U') => Mods.XU,
            ('6', '2') => Mods.M62,
            ('6', '6') => Mods.M66,
            ('7', '6') => Mods.M76,
            ('7', '7') => Mods.M77,
            ('7', '8') => Mods.M78,
            ('7', '9') => Mods.M79,
            ('8', '0') => Mods.M80,
            ('8', '1') => Mods.M81,
            ('8', '2') => Mods.M82,
            ('A', 'S') => Mods.AS,
            ('9', '1') => Mods.M91,
            ('L', 'T') => Mods.LT,
            ('R', 'T') => Mods.RT,
            ('E', >= '1' and <= '4') => Mods.Anatomic,
            ('F', 'A' or (>= '1' and <= '9')) => Mods.Anatomic,
            ('T', 'A' or (>= '1' and <= '9')) => Mods.Anatomic,
            ('L', 'C' or 'D' or 'M') => Mods.Anatomic,
            ('R', 'C' or 'I') => Mods.Anatomic,
            _ => Mods.None,
        };
    }
}
