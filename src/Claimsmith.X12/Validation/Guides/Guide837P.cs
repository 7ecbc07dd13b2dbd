using Claimsmith.X12.Validation.Schema;
using static Claimsmith.X12.Validation.Guides.Guide837Common;
using static Claimsmith.X12.Validation.Schema.G;

namespace Claimsmith.X12.Validation.Guides;

/// <summary>837 Professional, 005010X222A1: loops, segments, usages, repeats and code lists (section 2.4 of the guide).</summary>
internal static class Guide837P
{
    private static readonly string[] CrcClaim = ["01", "04", "05", "06", "07", "08", "09", "12", "L1", "L2", "L3", "L4", "L5", "IH", "AV", "NU", "S2", "ST"];

    private static readonly string[] CrcLine = ["01", "04", "05", "06", "07", "08", "09", "12", "65", "38", "ZV"];

    // HCP01 pricing methodology (X222A1/X223A2 HCP01).
    private static readonly string[] Pricing = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14"];

    private static readonly string[] HiQualifiers = ["ABK", "ABF", "BK", "BF", "BP", "BO", "BG"];

    public static TransactionSchema Schema { get; } = Build();

    private static TransactionSchema Build()
    {
        // Three HI rows share one position (health care diagnosis ABK/BK required, anesthesia related
        // procedure BP/BO, condition information BG), so one rule that requires the diagnosis row.
        var hi = R("HI", 4).QC(1, 1, "ABK", "BK", "BP", "BG").RequireOne("ABK", "BK").U("R S S S S S S S S S S S");
        for (var e = 1; e <= 12; e++)
        {
            hi.CU(e, "R R N N N N N N N").Codes(e, 1, HiQualifiers);
        }

        var claim = SL("2300", "Claim Information", 100,
            R("CLM").U("R R N N R R R R R S S S N N N N N N N S")
                .CU(5, "R R R").Codes(5, 2, "B")
                .Codes(6, "N", "Y").Codes(7, "A", "B", "C").Codes(8, "N", "W", "Y").Codes(9, "I", "Y").Codes(10, "P")
                .CU(11, "R S N S S").Codes(11, 1, "AA", "EM", "OA").Codes(11, 2, "AA", "EM", "OA").Codes(11, 3, "AA", "EM", "OA")
                .Codes(12, "02", "03", "05", "09").Codes(20, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "15"),
            S("DTP", 17).Q(1, "431", "454", "304", "453", "439", "484", "455", "471", "314", "360", "361", "297", "296", "435", "096", "090", "091", "444", "050").U("R R R").Codes(2, "D8", "RD8"),
            S("PWK", 10).U("R R N N S S").Codes(2, "AA", "BM", "EL", "EM", "FT", "FX").Codes(5, "AC"),
            S("CN1").U("R S S S S S").Codes(1, "01", "02", "03", "04", "05", "06", "09"),
            S("AMT").Q(1, "F5").U("R R"),
            Ref(Usage.Situational, 14, "4N", "F5", "EW", "9F", "G1", "F8", "X4", "9A", "9C", "LX", "D9", "EA", "P4", "1J"),
            S("K3", 10).U("R"),
            S("NTE").Q(1, "ADD", "CER", "DCP", "DGN", "TPO").U("R R"),
            S("CR1").U("S S N R R R N N S S").Codes(1, "LB").Codes(4, "A", "B", "C", "D", "E").Codes(5, "DH"),
            S("CR2").U("N N N N N N N R N S S N").Codes(8, "A", "C", "D", "E", "F", "G", "M"),
            S("CRC", 8).Q(1, "07", "E1", "E2", "E3", "75", "ZZ").U("R R R S S S S").Codes(2, "N", "Y").Codes(3, CrcClaim).Codes(4, CrcClaim).Codes(5, CrcClaim).Codes(6, CrcClaim).Codes(7, CrcClaim),
            hi,
            S("HCP").U("R R S S S S S N N N N N S S S").Codes(1, Pricing).Codes(13, "T1", "T2", "T3", "T4", "T5", "T6").Codes(14, "1", "2", "3", "4", "5").Codes(15, "1", "2", "3", "4", "5", "6"),
            ProviderLoop("2310A", "Referring Provider Name", 2, ["DN", "P3"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2"]),
            ProviderLoop("2310B", "Rendering Provider Name", 1, ["82"], "R R R S S N S S S", ["1", "2"], ["0B", "1G", "G2", "LU"], prv: "PE"),
            ProviderLoop("2310C", "Service Facility Location Name", 1, ["77"], "R R R N N N N S S", ["2"], ["0B", "G2", "LU"], address: Usage.Required, per: true),
            ProviderLoop("2310D", "Supervising Provider Name", 1, ["DQ"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"]),
            SL("2310E", "Ambulance Pick-up Location", 1, Nm1(["PW"], "R R", ["2"]), N3(), N4()),
            SL("2310F", "Ambulance Drop-off Location", 1, Nm1(["45"], "R R S", ["2"]), N3(), N4()),
            SL("2320", "Other Subscriber Information", 10,
                R("SBR").U("R R S S S N N N S").Codes(1, PayerResponsibility).Codes(2, IndividualRelationship).Codes(5, "12", "13", "14", "15", "16", "41", "42", "43", "47").Codes(9, ClaimFilingIndicator),
                Cas(5),
                S("AMT", 3).Q(1, "D", "A8", "EAF").U("R R"),
                R("OI").U("N N R S N R").Codes(3, "N", "W", "Y").Codes(4, "P").Codes(6, "I", "Y"),
                S("MOA").U("S S S S S S S S S"),
                OtherSubscriberName(1),
                OtherPayerName(),
                ProviderLoop("2330C", "Other Payer Referring Provider", 2, ["DN", "P3"], "R R", ["1"], ["0B", "1G", "G2"], refUsage: Usage.Required),
                ProviderLoop("2330D", "Other Payer Rendering Provider", 1, ["82"], "R R", ["1", "2"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required, refMax: 3),
                ProviderLoop("2330E", "Other Payer Service Facility Location", 1, ["77"], "R R", ["2"], ["0B", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330F", "Other Payer Supervising Provider", 1, ["DQ"], "R R", ["1"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required, refMax: 3),
                ProviderLoop("2330G", "Other Payer Billing Provider", 1, ["85"], "R R", ["1", "2"], ["G2", "LU"], refUsage: Usage.Required)),
            RL("2400", "Service Line Number", 50,
                R("LX").U("R"),
                R("SV1").U("R R R R S N R N S N S S N N S").CU(1, "R R S S S S S N").Codes(1, 1, "ER", "HC", "IV", "WK").Codes(3, "MJ", "UN").CU(7, "R S S S").Codes(9, "Y").Codes(11, "Y").Codes(12, "Y").Codes(15, "0"),
                // Two PWK rows share this place in 2400: line supplemental information (PWK02 AA/BM/EL/EM/FT/FX)
                // and the DME certificate of medical necessity indicator (PWK01 CT, PWK02 AB/AD/AF/AG/NS).
                S("SV5").U("R R R R R R").CU(1, "R R N N N N N N").Codes(1, 1, "HC").Codes(2, "DA").Codes(6, "1", "4", "6"),
                S("PWK", 11).U("R R N N S S").Codes(2, "AA", "BM", "EL", "EM", "FT", "FX", "AB", "AD", "AF", "AG", "NS").Codes(5, "AC"),
                S("CR1").U("S S N R R R N N S S").Codes(1, "LB").Codes(4, "A", "B", "C", "D", "E").Codes(5, "DH"),
                S("CR3").U("R R R N N").Codes(1, "I", "R", "S").Codes(2, "MO"),
                S("CRC", 5).Q(1, "07", "70", "09").U("R R R S S S S").Codes(2, "N", "Y").Codes(3, CrcLine).Codes(4, CrcLine).Codes(5, CrcLine).Codes(6, CrcLine).Codes(7, CrcLine),
                // Ten DTP rows share one position in 2400; DTP*472 (date of service) is the required one.
                R("DTP", 11).Q(1, "472", "471", "607", "463", "461", "304", "738", "739", "011", "455", "454").RequireOne("472").U("R R R").Codes(2, "D8", "RD8"),
                S("QTY", 2).Q(1, "PT", "FL").U("R R"),
                S("MEA", 5).U("R R R N N N N N N N").Codes(1, "OG", "TR").Codes(2, "HT", "R1", "R2", "R3", "R4"),
                S("CN1").U("R S S S S S").Codes(1, "01", "02", "03", "04", "05", "06", "09"),
                // REF04 names the other payer of a prior authorization or referral number (REF*G1/9F, 2U + payer id).
                Ref(Usage.Situational, 17, "9B", "9D", "G1", "6R", "EW", "X4", "F4", "BT", "9F").U("R R N S").CU(4, "R R").Codes(4, 1, "2U"),
                S("AMT", 2).Q(1, "T", "F4").U("R R"),
                S("K3", 10).U("R"),
                S("NTE", 2).Q(1, "ADD", "DCP", "TPO").U("R R"),
                S("PS1").U("R R"),
                S("HCP").U("R R S S S S S N S S S S S S S").Codes(1, Pricing).Codes(11, "MJ", "UN").Codes(13, "T1", "T2", "T3", "T4", "T5", "T6").Codes(14, "1", "2", "3", "4", "5").Codes(15, "1", "2", "3", "4", "5", "6"),
                Drug(),
                ProviderLoop("2420A", "Rendering Provider Name", 1, ["82"], "R R R S S N S S S", ["1", "2"], ["0B", "1G", "G2", "LU"], prv: "PE", refComposite: true),
                ProviderLoop("2420B", "Purchased Service Provider Name", 1, ["QB"], "R R N N N N N S S", ["1", "2"], ["0B", "1G", "G2"], refComposite: true),
                ProviderLoop("2420C", "Service Facility Location Name", 1, ["77"], "R R R N N N N S S", ["2"], ["G2", "LU"], address: Usage.Required, refComposite: true, refMax: 3),
                ProviderLoop("2420D", "Supervising Provider Name", 1, ["DQ"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"], refComposite: true),
                ProviderLoop("2420E", "Ordering Provider Name", 1, ["DK"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2"], address: Usage.Situational, per: true, refComposite: true),
                ProviderLoop("2420F", "Referring Provider Name", 2, ["DN", "P3"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2"], refComposite: true),
                SL("2420G", "Ambulance Pick-up Location", 1, Nm1(["PW"], "R R", ["2"]), N3(), N4()),
                SL("2420H", "Ambulance Drop-off Location", 1, Nm1(["45"], "R R S", ["2"]), N3(), N4()),
                LineAdjudication(15, "R R R N R S"),
                SL("2440", "Form Identification Code", Unbounded,
                    R("LQ").U("R R").Codes(1, "AS", "UT"),
                    R("FRM", 99).U("R S S S S").Codes(2, "N", "W", "Y"))));

        var patient = SL("2000C", "Patient Hierarchical Level", Unbounded,
            R("HL").Q(3, "23").U("R R R R").Codes(4, "0"),
            R("PAT").U("R N N N S S S S S").Codes(1, "01", "19", "20", "21", "39", "40", "53", "G8").Codes(5, "D8").Codes(7, "01").Codes(9, "Y"),
            PatientName(),
            claim);

        var subscriber = RL("2000B", "Subscriber Hierarchical Level", Unbounded,
            R("HL").Q(3, "22").U("R R R R").Codes(4, "0", "1"),
            R("SBR").U("R S S S S N N N S").Codes(1, PayerResponsibility).Codes(2, "18").Codes(5, "12", "13", "14", "15", "16", "41", "42", "43", "47").Codes(9, ClaimFilingIndicator),
            S("PAT").U("N N N N S S S S S").Codes(5, "D8").Codes(7, "01").Codes(9, "Y"),
            SubscriberName(professional: true),
            PayerName(5),
            claim,
            patient);

        var billing = RL("2000A", "Billing Provider Hierarchical Level", Unbounded,
            R("HL").Q(3, "20").U("R N R R").Codes(4, "1"),
            S("PRV").Q(1, "BI").U("R R R").Codes(2, "PXC"),
            S("CUR").U("R R").Codes(1, "85"),
            BillingProviderName(["1", "2"], "R R R S S N S S S", Ref(Usage.Required, 3, "EI", "SY", "0B", "1G").RequireOne("EI", "SY")),
            PayToAddress(),
            PayToPlan(),
            subscriber);

        var root = RL("ST", "Transaction Set", 1,
            Bht(),
            Submitter(),
            Receiver(),
            billing);
        return new TransactionSchema("837", "005010X222A1", "837 Professional", root);
    }
}
