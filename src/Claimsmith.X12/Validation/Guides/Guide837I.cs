using Claimsmith.X12.Validation.Schema;
using static Claimsmith.X12.Validation.Guides.Guide837Common;
using static Claimsmith.X12.Validation.Schema.G;

namespace Claimsmith.X12.Validation.Guides;

/// <summary>837 Institutional, 005010X223A2: loops, segments, usages, repeats and code lists (section 2.4 of the guide).</summary>
internal static class Guide837I
{
    public static TransactionSchema Schema { get; } = Build();

    private static SegmentRule Hi(Usage usage, int max, int composites, string componentUsages, params string[] qualifiers)
    {
        var rule = new SegmentRule("HI", usage, max).QC(1, 1, qualifiers).U(string.Join(' ', Enumerable.Range(1, composites).Select(i => i == 1 ? "R" : "S")));
        for (var e = 1; e <= composites; e++)
        {
            rule.CU(e, componentUsages).Codes(e, 1, qualifiers);
        }

        return rule;
    }

    private static TransactionSchema Build()
    {
        var claim = SL("2300", "Claim Information", 100,
            R("CLM").U("R R N N R N R R R N N N N N N N N N N S")
                .CU(5, "R R R").Codes(5, 2, "A")
                .Codes(7, "A", "B", "C").Codes(8, "N", "W", "Y").Codes(9, "I", "Y")
                .Codes(20, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "15"),
            // Four DTP rows share one position in 2300; DTP*434 (statement dates) is the required one.
            R("DTP", 4).Q(1, "096", "434", "435", "050").RequireOne("434").U("R R R").Codes(2, "D8", "RD8", "DT", "TM"),
            S("CL1").U("S S R"),
            S("PWK", 10).U("R R N N S S").Codes(2, "AA", "BM", "EL", "EM", "FT", "FX").Codes(5, "AC"),
            S("CN1").U("R S S S S S").Codes(1, "01", "02", "03", "04", "05", "06", "09"),
            S("AMT").Q(1, "F3").U("R R"),
            Ref(Usage.Situational, 16, "4N", "F8", "9F", "G1", "9A", "9C", "LX", "D9", "EA", "P4", "G4", "LU"),
            S("K3", 10).U("R"),
            S("NTE", 11).Q(1, "ALG", "DCP", "DGN", "DME", "MED", "NTR", "ODT", "RHB", "RLH", "RNH", "SET", "SFM", "SPT", "UPI", "ADD").U("R R"),
            S("CRC").Q(1, "ZZ").U("R R R S S N N"),
            Hi(Usage.Required, 1, 1, "R R N N N N N N S", "ABK", "BK"),
            Hi(Usage.Situational, 1, 1, "R R N N N N N N N", "ABJ", "BJ"),
            Hi(Usage.Situational, 1, 3, "R R N N N N N N N", "APR", "PR"),
            Hi(Usage.Situational, 1, 12, "R R N N N N N N S", "ABN", "BN"),
            Hi(Usage.Situational, 1, 1, "R R N N N N N N N", "DR"),
            Hi(Usage.Situational, 2, 12, "R R N N N N N N S", "ABF", "BF"),
            Hi(Usage.Situational, 1, 1, "R R R R N N N N N", "BBR", "BR", "CAH"),
            Hi(Usage.Situational, 2, 12, "R R R R N N N N N", "BBQ", "BQ"),
            Hi(Usage.Situational, 2, 12, "R R R R N N N N N", "BI"),
            Hi(Usage.Situational, 2, 12, "R R R R N N N N N", "BH"),
            Hi(Usage.Situational, 2, 12, "R R N N R N N N N", "BE"),
            Hi(Usage.Situational, 2, 12, "R R N N N N N N N", "BG"),
            Hi(Usage.Situational, 2, 12, "R R N N N N N N N", "TC"),
            S("HCP").U("R R S S S S S S N N S S S S S"),
            ProviderLoop("2310A", "Attending Provider Name", 1, ["71"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"], prv: "AT"),
            ProviderLoop("2310B", "Operating Physician Name", 1, ["72"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"]),
            ProviderLoop("2310C", "Other Operating Physician Name", 1, ["ZZ"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"]),
            ProviderLoop("2310D", "Rendering Provider Name", 1, ["82"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"]),
            ProviderLoop("2310E", "Service Facility Location Name", 1, ["77"], "R R R N N N N S S", ["2"], ["0B", "G2", "LU"], address: Usage.Required),
            ProviderLoop("2310F", "Referring Provider Name", 1, ["DN"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2"]),
            SL("2320", "Other Subscriber Information", 10,
                R("SBR").U("R R S S N N N N S").Codes(1, PayerResponsibility).Codes(2, IndividualRelationship).Codes(9, ClaimFilingIndicator),
                Cas(5),
                S("AMT", 3).Q(1, "D", "A8", "EAF").U("R R"),
                R("OI").U("N N R N N R").Codes(3, "N", "W", "Y").Codes(6, "I", "Y"),
                S("MIA").U("R N S S S S S S S S S S S S S S S S S S S S S S"),
                S("MOA").U("S S S S S S S S S"),
                OtherSubscriberName(2),
                OtherPayerName(),
                ProviderLoop("2330C", "Other Payer Attending Provider", 1, ["71"], "R R", ["1"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330D", "Other Payer Operating Physician", 1, ["72"], "R R", ["1"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330E", "Other Payer Other Operating Physician", 1, ["ZZ"], "R R", ["1"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330F", "Other Payer Service Facility Location", 1, ["77"], "R R", ["2"], ["0B", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330G", "Other Payer Rendering Provider", 1, ["82"], "R R", ["1", "2"], ["0B", "1G", "G2", "LU"], refUsage: Usage.Required),
                ProviderLoop("2330H", "Other Payer Referring Provider", 1, ["DN"], "R R", ["1"], ["0B", "1G", "G2"], refUsage: Usage.Required),
                ProviderLoop("2330I", "Other Payer Billing Provider", 1, ["85"], "R R", ["2"], ["G2", "LU"], refUsage: Usage.Required)),
            RL("2400", "Service Line Number", 999,
                R("LX").U("R"),
                R("SV2").U("R S R R R N S N N N").CU(2, "R R S S S S S N").Codes(2, 1, "ER", "HC", "HP", "IV", "WK").Codes(4, "DA", "UN"),
                S("PWK", 10).U("R R N N S S").Codes(2, "AA", "BM", "EL", "EM", "FT", "FX").Codes(5, "AC"),
                S("DTP").Q(1, "472").U("R R R").Codes(2, "D8", "RD8"),
                Ref(Usage.Situational, 3, "6R", "9B", "9D"),
                S("AMT", 2).Q(1, "GT", "N8").U("R R"),
                S("NTE").Q(1, "TPO").U("R R"),
                S("HCP").U("R R S S S S S S S S S S S S S"),
                Drug(),
                ProviderLoop("2420A", "Operating Physician Name", 1, ["72"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"], refComposite: true),
                ProviderLoop("2420B", "Other Operating Physician Name", 1, ["ZZ"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"], refComposite: true),
                ProviderLoop("2420C", "Rendering Provider Name", 1, ["82"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2", "LU"], refComposite: true),
                ProviderLoop("2420D", "Referring Provider Name", 1, ["DN"], "R R R S S N S S S", ["1"], ["0B", "1G", "G2"], refComposite: true),
                LineAdjudication(15, "R R S R R S")));

        var patient = SL("2000C", "Patient Hierarchical Level", Unbounded,
            R("HL").Q(3, "23").U("R R R R").Codes(4, "0"),
            R("PAT").U("R").Codes(1, "01", "19", "20", "21", "39", "40", "53", "G8"),
            PatientName(),
            claim);

        var subscriber = RL("2000B", "Subscriber Hierarchical Level", Unbounded,
            R("HL").Q(3, "22").U("R R R R").Codes(4, "0", "1"),
            R("SBR").U("R S S S N N N N S").Codes(1, PayerResponsibility).Codes(2, "18").Codes(9, ClaimFilingIndicator),
            SubscriberName(professional: false),
            PayerName(4),
            claim,
            patient);

        var billing = RL("2000A", "Billing Provider Hierarchical Level", Unbounded,
            R("HL").Q(3, "20").U("R N R R").Codes(4, "1"),
            S("PRV").Q(1, "BI").U("R R R").Codes(2, "PXC"),
            S("CUR").U("R R").Codes(1, "85"),
            // 837I billing providers are organisations (NM104/05/07 not used) reporting their EIN only.
            BillingProviderName(["2"], "R R R N N N N S S", Ref(Usage.Required, 1, "EI")),
            PayToAddress(),
            PayToPlan(),
            subscriber);

        var root = RL("ST", "Transaction Set", 1,
            Bht(),
            Submitter(),
            Receiver(),
            billing);
        return new TransactionSchema("837", "005010X223A2", "837 Institutional", root);
    }
}
