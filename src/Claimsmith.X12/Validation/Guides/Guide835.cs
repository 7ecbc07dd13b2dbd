using Claimsmith.X12.Validation.Schema;
using static Claimsmith.X12.Validation.Schema.G;

namespace Claimsmith.X12.Validation.Guides;

/// <summary>835 Health Care Claim Payment/Advice, 005010X221A1: loops, segments, usages, repeats and code lists.</summary>
internal static class Guide835
{
    private static readonly string[] Groups = ["CO", "OA", "PI", "PR"];

    public static TransactionSchema Schema { get; } = Build();

    private static SegmentRule Cas() => S("CAS", 99).U("R R R S S S S S S S S S S S S S S S S").Codes(1, Groups);

    private static TransactionSchema Build()
    {
        var service = SL("2110", "Service Payment Information", 999,
            R("SVC").U("R R R S S S S").CU(1, "R R S S S S S S").Codes(1, 1, "AD", "ER", "HC", "HP", "IV", "N4", "NU", "WK").CU(6, "R R S S S S S S").Codes(6, 1, "AD", "ER", "HC", "HP", "IV", "N4", "NU", "WK"),
            S("DTM", 2).Q(1, "150", "151", "472").U("R R"),
            Cas(),
            S("REF", 24).Q(1, "1S", "APC", "BB", "E9", "G1", "G3", "LU", "RB", "6R", "0K", "0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "HPI", "SY", "TJ").U("R R"),
            S("AMT", 9).Q(1, "B6", "KH", "T", "T2", "ZK", "ZL", "ZM", "ZN", "ZO").U("R R"),
            S("QTY", 6).Q(1, "ZK", "ZL", "ZM", "ZN", "ZO").U("R R"),
            S("LQ", 99).U("R R").Codes(1, "HE", "RX"));

        var claim = RL("2100", "Claim Payment Information", Unbounded,
            R("CLP").U("R R R R S R R S S N S S S N").Codes(2, "1", "2", "3", "4", "19", "20", "21", "22", "23", "25")
                .Codes(6, "12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"),
            Cas(),
            R("NM1").Q(1, "QC").U("R R S S S N S S S").Codes(2, "1").Codes(8, "34", "HN", "II", "MI", "MR"),
            S("NM1").Q(1, "IL").U("R R S S S N S R R").Codes(2, "1", "2").Codes(8, "FI", "II", "MI"),
            S("NM1").Q(1, "74").U("R R S S S N S S S").Codes(2, "1").Codes(8, "C"),
            S("NM1").Q(1, "82").U("R R S S S N S R R").Codes(2, "1", "2").Codes(8, "BD", "BS", "FI", "MC", "PC", "SL", "UP", "XX"),
            S("NM1").Q(1, "TT").U("R R R N N N N R R").Codes(2, "2").Codes(8, "AD", "FI", "NI", "PI", "PP", "XV"),
            S("NM1").Q(1, "PR").U("R R R N N N N R R").Codes(2, "2").Codes(8, "AD", "FI", "NI", "PI", "PP", "XV"),
            S("NM1").Q(1, "GB").U("R R S S S N S S S").Codes(2, "1", "2").Codes(8, "FI", "II", "MI"),
            S("MIA").U("R S S S S S S S S S S S S S S S S S S S S S S S"),
            S("MOA").U("S S S S S S S S S"),
            S("REF", 15).Q(1, "1L", "1W", "28", "6P", "9A", "9C", "BB", "CE", "EA", "F8", "G1", "G3", "IG", "SY", "0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "LU").U("R R"),
            S("DTM", 4).Q(1, "232", "233", "036", "050").U("R R"),
            S("PER", 2).Q(1, "CX").U("R S R R S S S S N").Codes(3, "EM", "EX", "FX", "TE").Codes(5, "EM", "EX", "FX", "TE").Codes(7, "EX"),
            S("AMT", 13).Q(1, "AU", "D8", "DY", "F5", "I", "NL", "T", "T2", "ZK", "ZL", "ZM", "ZN", "ZO").U("R R"),
            S("QTY", 14).Q(1, "CA", "CD", "LA", "LE", "NE", "NR", "OU", "PS", "VS", "ZK", "ZL", "ZM", "ZN", "ZO").U("R R"),
            service);

        var header = SL("2000", "Header Number", Unbounded,
            R("LX").U("R"),
            S("TS3").U("R R R R R N N N N N N N S N S N S S N S S S S S"),
            S("TS2").U("S S S S S S S S S S S S S S S S S S S"),
            claim);

        var root = RL("ST", "Transaction Set", 1,
            R("BPR").U("R R R R S S S S S S S S S S S R N N N N N")
                .Codes(1, "C", "D", "H", "I", "P", "U", "X").Codes(3, "C", "D").Codes(4, "ACH", "BOP", "CHK", "FWT", "NON").Codes(5, "CCP", "CTX")
                .Codes(6, "01", "04").Codes(8, "DA").Codes(12, "01", "04").Codes(14, "DA", "SG"),
            R("TRN").U("R R R S").Codes(1, "1"),
            S("CUR").U("R R").Codes(1, "PR"),
            S("REF", 2).Q(1, "EV", "F2").U("R R"),
            S("DTM").Q(1, "405").U("R R"),
            RL("1000A", "Payer Identification", 1,
                R("N1").Q(1, "PR").U("R R S S").Codes(3, "XV"),
                R("N3").U("R S"),
                R("N4").U("R S S S N N S"),
                S("REF", 4).Q(1, "2U", "EO", "HI", "NF").U("R R"),
                S("PER").Q(1, "CX").U("R S S S S S S S N").Codes(3, "EM", "FX", "TE").Codes(5, "EM", "EX", "FX", "TE").Codes(7, "EX"),
                R("PER", Unbounded).Q(1, "BL").U("R S S S S S S S N").Codes(3, "EM", "TE", "UR").Codes(5, "EM", "EX", "FX", "TE", "UR").Codes(7, "EM", "EX", "FX", "UR"),
                S("PER").Q(1, "IC").U("R N R R").Codes(3, "UR")),
            RL("1000B", "Payee Identification", 1,
                R("N1").Q(1, "PE").U("R R R R").Codes(3, "FI", "XV", "XX"),
                S("N3").U("R S"),
                S("N4").U("R S S S N N S"),
                S("REF", Unbounded).Q(1, "0B", "D3", "PQ", "TJ").U("R R"),
                S("RDM").U("R S S")),
            header,
            S("PLB", Unbounded).U("R R R R S S S S S S S S S S").CU(3, "R S").CU(5, "R S").CU(7, "R S").CU(9, "R S").CU(11, "R S").CU(13, "R S"));
        return new TransactionSchema("835", "005010X221A1", "835 Health Care Claim Payment/Advice", root);
    }
}
