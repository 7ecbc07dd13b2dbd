namespace Claimsmith.Interop.Tests;

/// <summary>Synthetic HL7 v2.5.1 messages (no real patient), segments ended by CR.</summary>
internal static class Messages
{
    public static string Hl7(params string[] segments) => string.Join("\r", segments) + "\r";

    /// <summary>A segment with the given fields at their standard positions, the rest empty.</summary>
    public static string Seg(string id, params (int Field, string Value)[] fields)
    {
        var values = new string[fields.Max(f => f.Field) + 1];
        values[0] = id;
        foreach (var (field, value) in fields)
        {
            values[field] = value;
        }

        return string.Join("|", values.Select(v => v ?? ""));
    }

    public static string AdtA04(string controlId = "MSG00001", string lastName = "Quinterra") => Hl7(
        $"MSH|^~\\&|SYNTHEHR|NORTHCLINIC|CLAIMSMITH|BILLING|20250304090000-0500||ADT^A04^ADT_A01|{controlId}|P|2.5.1||||||UNICODE UTF-8",
        "EVN|A04|20250304090000-0500",
        Seg("PID", (1, "1"), (3, "MRN-700123^^^NORTHCLINIC&2.16.840.1.113883.3.999&ISO^MR~A1B2C3^^^SYNTH^PI"), (5, lastName + "^Avelina^Mae"), (7, "19610417"), (8, "F"), (11, "12 Synthetic Way^^Springfield^MA^01103"), (13, "555-010-4477"), (18, "ACCT-9001")),
        Seg("PV1", (1, "1"), (2, "O"), (3, "CLINIC^101^1"), (7, "1234567893^Okafor^Daniel^^^^MD"), (19, "V-5001^^^NORTHCLINIC"), (44, "20250304090000-0500")),
        Seg("IN1", (1, "1"), (2, "PLAN-A"), (3, "SYNTH01"), (4, "Synthetic Health Plan"), (5, "PO Box 1^^Hartford^CT^06101"), (8, "GRP-55"), (12, "20240101"), (17, "SEL"), (22, "1"), (36, "SHP-884422")),
        "IN2|1||EMP-1",
        "DG1|1||E11.9^Type 2 diabetes mellitus without complications^I10|||F");

    public static string MdmT02(string controlId = "MSG00002") => Hl7(
        $"MSH|^~\\&|SYNTHEHR|NORTHCLINIC|CLAIMSMITH|BILLING|20250304100000||MDM^T02^MDM_T02|{controlId}|P|2.5.1",
        "EVN|T02|20250304100000",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        Seg("PV1", (1, "1"), (2, "O"), (3, "CLINIC"), (7, "1234567893^Okafor^Daniel"), (19, "V-5001^^^NORTHCLINIC")),
        Seg("TXA", (1, "1"), (2, "PN^Progress note"), (3, "TX"), (4, "20250304093000"), (12, "DOC-77"), (17, "AU")),
        "OBX|1|TX|11506-3^Progress note^LN||Assessment: type 2 diabetes \\T\\ hypertension.~Plan: A1c in 3 months\\.br\\recheck BP.||||||F",
        "OBX|2|TX|11506-3^Progress note^LN||Fasting glucose 212 mg/dL \\F\\ HbA1c 8.1%.||||||F");

    public static string OruLab(string controlId = "MSG00003", string a1c = "8.1", string status = "F") => Hl7(
        $"MSH|^~\\&|SYNTHLAB|NORTHLAB|CLAIMSMITH|BILLING|20250304120000||ORU^R01^ORU_R01|{controlId}|P|2.5.1",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        Seg("PV1", (1, "1"), (2, "O"), (3, "LAB"), (19, "V-5001^^^NORTHCLINIC")),
        Seg("OBR", (1, "1"), (2, "ORD-1"), (3, "FIL-9001"), (4, "24331-1^Lipid and glycemic panel^LN"), (7, "20250304091000"), (24, "LAB"), (25, "F")),
        $"OBX|1|NM|4548-4^Hemoglobin A1c^LN||{a1c}|%|4.0-5.6|H|||{status}|||20250304091000",
        "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99||||F|||20250304091000",
        "OBX|3|NM|2951-2^Sodium^LN||139|mmol/L|135-145|N|||F");

    public static string OruRadiology(string controlId = "MSG00004") => Hl7(
        $"MSH|^~\\&|SYNTHRIS|NORTHRAD|CLAIMSMITH|BILLING|20250611230000||ORU^R01^ORU_R01|{controlId}|P|2.5.1",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        Seg("PV1", (1, "1"), (2, "E"), (3, "ED"), (19, "V-5002^^^NORTHCLINIC")),
        Seg("OBR", (1, "1"), (2, "ORD-2"), (3, "ACC-4411"), (4, "73110^XR wrist 3 views^C4"), (7, "20250611224000"), (24, "RAD"), (25, "F")),
        "OBX|1|TX|73110&GDT^Report^C4||FINDINGS: Alignment maintained.||||||F",
        "OBX|2|TX|73110&IMP^Impression^C4||No acute fracture or dislocation.||||||F");
}
