namespace Claimsmith.Coding.Guidelines;

/// <summary>
/// Personal and family history Z codes for conditions the note places in the past or in a
/// relative (I.C.21.c.4). Only well-defined mappings: a condition without one is left out
/// rather than guessed.
/// </summary>
internal static class HistoryCodes
{
    public static string? Personal(string code) => code switch
    {
        _ when code.StartsWith("C50", StringComparison.Ordinal) => "Z853",
        _ when code.StartsWith("C18", StringComparison.Ordinal) || code.StartsWith("C19", StringComparison.Ordinal) || code.StartsWith("C20", StringComparison.Ordinal) => "Z85038",
        _ when code.StartsWith("C61", StringComparison.Ordinal) => "Z8546",
        _ when code.StartsWith("C64", StringComparison.Ordinal) => "Z85528",
        _ when code.StartsWith("C67", StringComparison.Ordinal) => "Z8551",
        _ when code.StartsWith("C34", StringComparison.Ordinal) => "Z85118",
        _ when code.StartsWith('C') => "Z859",
        _ when code.StartsWith("I21", StringComparison.Ordinal) || code.StartsWith("I22", StringComparison.Ordinal) => "I252",
        _ when code.StartsWith("I63", StringComparison.Ordinal) || code.StartsWith("G45", StringComparison.Ordinal) => "Z8673",
        _ when code.StartsWith("I82", StringComparison.Ordinal) => "Z86718",
        _ when code.StartsWith("I26", StringComparison.Ordinal) => "Z86711",
        _ when code.StartsWith("J18", StringComparison.Ordinal) => "Z8701",
        _ when code.StartsWith("N39", StringComparison.Ordinal) || code.StartsWith("N30", StringComparison.Ordinal) => "Z87440",
        _ when code.StartsWith("N20", StringComparison.Ordinal) || code == "N23" => "Z87442",
        _ when code.StartsWith("K2", StringComparison.Ordinal) && code.Length >= 3 && code[2] is '5' or '6' or '7' or '8' => "Z8711",
        _ when code.StartsWith("F17", StringComparison.Ordinal) => "Z87891",
        _ when code.StartsWith('S') && code.Length >= 3 && code[2] == '2' => "Z8781",
        _ when code.StartsWith("A15", StringComparison.Ordinal) => "Z8611",
        _ when code.StartsWith('D') && code.Length >= 2 && code[1] is '1' or '2' or '3' => "Z86018",
        _ => null,
    };

    public static string? Family(string code) => code switch
    {
        _ when code.StartsWith("C18", StringComparison.Ordinal) || code.StartsWith("C20", StringComparison.Ordinal) => "Z800",
        _ when code.StartsWith("C34", StringComparison.Ordinal) => "Z801",
        _ when code.StartsWith("C50", StringComparison.Ordinal) => "Z803",
        _ when code.StartsWith("C61", StringComparison.Ordinal) => "Z8042",
        _ when code.StartsWith("C64", StringComparison.Ordinal) => "Z8051",
        _ when code.StartsWith("C9", StringComparison.Ordinal) => "Z806",
        _ when code.StartsWith('C') => "Z809",
        _ when code.StartsWith("E10", StringComparison.Ordinal) || code.StartsWith("E11", StringComparison.Ordinal) => "Z833",
        _ when code.StartsWith("I63", StringComparison.Ordinal) => "Z823",
        _ when code.StartsWith("I2", StringComparison.Ordinal) || code == "I10" || code.StartsWith("I50", StringComparison.Ordinal) => "Z8249",
        _ when code.StartsWith("J45", StringComparison.Ordinal) => "Z825",
        _ when code.StartsWith("N18", StringComparison.Ordinal) || code.StartsWith("Q61", StringComparison.Ordinal) => "Z841",
        _ when code.StartsWith('F') => "Z818",
        _ when code.StartsWith("G30", StringComparison.Ordinal) || code.StartsWith("G40", StringComparison.Ordinal) => "Z820",
        _ => null,
    };
}
