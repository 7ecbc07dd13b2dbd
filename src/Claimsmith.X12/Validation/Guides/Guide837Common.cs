using Claimsmith.X12.Validation.Schema;
using static Claimsmith.X12.Validation.Schema.G;

namespace Claimsmith.X12.Validation.Guides;

/// <summary>
/// Pieces the 837P (X222A1) and 837I (X223A2) guides share: header, submitter/receiver,
/// billing/pay-to provider, subscriber, payer, patient names, and code lists.
/// Written for Claimsmith from the guides' segment and element tables.
/// </summary>
internal static class Guide837Common
{
    public static readonly string[] PayerResponsibility = ["A", "B", "C", "D", "E", "F", "G", "H", "P", "S", "T", "U"];

    public static readonly string[] ClaimFilingIndicator = ["11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"];

    public static readonly string[] IndividualRelationship = ["01", "18", "19", "20", "21", "39", "40", "53", "G8"];

    // PER03 names the first number (ED EDI access number, EM email, FX fax, TE phone); EX (extension) only follows a number.
    public static readonly string[] FirstCommunicationQualifiers = ["ED", "EM", "FX", "TE"];

    public static readonly string[] CommunicationQualifiers = ["ED", "EM", "EX", "FX", "TE"];

    public static readonly string[] AdjustmentGroups = ["CO", "CR", "OA", "PI", "PR"];

    public static SegmentRule Bht() => R("BHT").U("R R R R R R").Codes(1, "0019").Codes(2, "00", "18").Codes(6, "31", "CH", "RP");

    public static SegmentRule Per(Usage usage, int max, params string[] functions) =>
        new SegmentRule("PER", usage, max).Q(1, functions).U("R S R R S S S S N").Codes(3, FirstCommunicationQualifiers).Codes(5, CommunicationQualifiers).Codes(7, CommunicationQualifiers);

    /// <summary>Property and casualty contacts (2010BA, 2010CA, 2310C): a phone number and an optional extension only.</summary>
    public static SegmentRule PhonePer() =>
        new SegmentRule("PER", Usage.Situational, 1).Q(1, "IC").U("R S R R S S N N N").Codes(3, "TE").Codes(5, "EX");

    public static SegmentRule N3(Usage usage = Usage.Required) => new SegmentRule("N3", usage, 1).U("R S");

    public static SegmentRule N4(Usage usage = Usage.Required) => new SegmentRule("N4", usage, 1).U("R S S S N N S");

    public static SegmentRule Ref(Usage usage, int max, params string[] qualifiers) => new SegmentRule("REF", usage, max).Q(1, qualifiers).U("R R");

    public static SegmentRule Nm1(string[] entity, string usages, string[] types, params string[] idQualifiers)
    {
        var rule = R("NM1").Q(1, entity).U(usages).Codes(2, types);
        return idQualifiers.Length > 0 ? rule.Codes(8, idQualifiers) : rule;
    }

    public static SegmentRule Dmg(Usage usage) => new SegmentRule("DMG", usage, 1).U("R R R").Codes(1, "D8").Codes(3, "F", "M", "U");

    public static SegmentRule Cas(int max) => S("CAS", max).U("R R R S S S S S S S S S S S S S S S S").Codes(1, AdjustmentGroups);

    public static LoopRule Submitter() => RL("1000A", "Submitter Name", 1,
        Nm1(["41"], "R R R S S N N R R", ["1", "2"], "46"),
        Per(Usage.Required, 2, "IC"));

    public static LoopRule Receiver() => RL("1000B", "Receiver Name", 1,
        Nm1(["40"], "R R R N N N N R R", ["2"], "46"));

    public static LoopRule BillingProviderName(string[] types, string nm1Usages, SegmentRule references) => RL("2010AA", "Billing Provider Name", 1,
        // NM108/NM109 are situational since X222A1/X223A2: atypical providers have no NPI.
        Nm1(["85"], nm1Usages, types, "XX"),
        N3(),
        N4(),
        references,
        Per(Usage.Situational, 2, "IC"));

    public static LoopRule PayToAddress() => SL("2010AB", "Pay-to Address Name", 1,
        Nm1(["87"], "R R", ["1", "2"]),
        N3(),
        N4());

    public static LoopRule PayToPlan() => SL("2010AC", "Pay-to Plan Name", 1,
        Nm1(["PE"], "R R R N N N N R R", ["2"], "PI", "XV"),
        N3(),
        N4(),
        // REF*EI (pay-to plan tax id) is required; 2U/FY/NF are situational rows at the same position.
        Ref(Usage.Required, 2, "2U", "FY", "NF", "EI").RequireOne("EI"));

    public static LoopRule SubscriberName(bool professional)
    {
        var children = new List<INode>
        {
            // NM108/NM109: required in 837P; situational in 837I (X223 2010BA).
            Nm1(["IL"], professional ? "R R R S S N S R R" : "R R R S S N S S S", ["1", "2"], "II", "MI"),
            N3(Usage.Situational),
            N4(Usage.Situational),
            Dmg(Usage.Situational),
            Ref(Usage.Situational, 2, "SY", "Y4"),
        };
        if (professional)
        {
            // 837P 2010BA PER: property and casualty subscriber contact (837I has none).
            children.Add(PhonePer());
        }

        return RL("2010BA", "Subscriber Name", 1, [.. children]);
    }

    public static LoopRule PayerName(int refMax) => RL("2010BB", "Payer Name", 1,
        Nm1(["PR"], "R R R N N N N R R", ["2"], "PI", "XV"),
        N3(Usage.Situational),
        N4(Usage.Situational),
        Ref(Usage.Situational, refMax, "2U", "EI", "FY", "NF", "G2", "LU"));

    public static LoopRule PatientName() => RL("2010CA", "Patient Name", 1,
        Nm1(["QC"], "R R R S S N S N N", ["1"]),
        N3(),
        N4(),
        Dmg(Usage.Required),
        Ref(Usage.Situational, 2, "Y4", "1W", "SY"),
        PhonePer());

    /// <summary>A provider name loop identified only by NM101, with its secondary ids.</summary>
    public static LoopRule ProviderLoop(string id, string name, int max, string[] entity, string nm1Usages, string[] types, string[] refs, Usage? address = null, string? prv = null, bool per = false, Usage refUsage = Usage.Situational, bool refComposite = false, int? refMax = null)
    {
        // 5010 identifies providers by NPI only (NM108 = XX); other ids go in REF.
        var children = new List<INode> { Nm1(entity, nm1Usages, types, "XX") };
        if (prv is not null)
        {
            children.Add(S("PRV").Q(1, prv).U("R R R").Codes(2, "PXC"));
        }

        if (address is { } addressUsage)
        {
            children.Add(N3(addressUsage));
            children.Add(N4(addressUsage));
        }

        // REF04 carries the other payer's id when a line-level secondary id is payer specific (2420x).
        // Claim-level provider REFs repeat once per qualifier; line-level ones (with REF04) up to 20 times.
        var references = refMax ?? (refComposite ? 20 : refs.Length);
        children.Add(refComposite ? new SegmentRule("REF", refUsage, references).Q(1, refs).U("R R N S").CU(4, "R R").Codes(4, 1, "2U") : Ref(refUsage, references, refs));
        if (per)
        {
            children.Add(id == "2310C" ? PhonePer() : Per(Usage.Situational, 1, "IC"));
        }

        return SL(id, name, max, [.. children]);
    }

    public static LoopRule OtherSubscriberName(int refMax) => RL("2330A", "Other Subscriber Name", 1,
        Nm1(["IL"], "R R R S S N S R R", ["1", "2"], "II", "MI"),
        N3(Usage.Situational),
        N4(Usage.Situational),
        Ref(Usage.Situational, refMax, "SY"));

    public static LoopRule OtherPayerName() => RL("2330B", "Other Payer Name", 1,
        Nm1(["PR"], "R R R N N N N R R", ["2"], "PI", "XV"),
        N3(Usage.Situational),
        N4(Usage.Situational),
        S("DTP").Q(1, "573").U("R R R").Codes(2, "D8"),
        Ref(Usage.Situational, 6, "2U", "EI", "FY", "NF", "G1", "9F", "T4", "F8"));

    public static LoopRule Drug() => SL("2410", "Drug Identification", 1,
        R("LIN").U("N R R").Codes(2, "EN", "EO", "HI", "N4", "ON", "UK", "UP"),
        R("CTP").U("N N N R R").CU(5, "R N N").Codes(5, 1, "F2", "GR", "ME", "ML", "UN"),
        Ref(Usage.Situational, 1, "VY", "XZ"));

    public static LoopRule LineAdjudication(int max, string svdUsages) => SL("2430", "Line Adjudication Information", max,
        R("SVD").U(svdUsages).CU(3, "R R S S S S S N").Codes(3, 1, "ER", "HC", "HP", "IV", "WK"),
        Cas(5),
        R("DTP").Q(1, "573").U("R R R").Codes(2, "D8"),
        S("AMT").Q(1, "EAF").U("R R"));
}
