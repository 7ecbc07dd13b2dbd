namespace Claimsmith.Interop.Tests;

/// <summary>Synthetic HL7 v2.5.1 messages (no real patient), segments ended by CR.</summary>
internal static class Messages
{
    public static string Hl7(params string[] segments) => string.Join("\r", segments) + "\r";

    public static string AdtA04(string controlId = "MSG00001", string lastName = "Quinterra") => Hl7(
        $"MSH|^~\\&|SYNTHEHR|NORTHCLINIC|CLAIMSMITH|BILLING|20250304090000-0500||ADT^A04^ADT_A01|{controlId}|P|2.5.1|||||||UNICODE UTF-8",
        "EVN|A04|20250304090000-0500",
        $"PID|1||MRN-700123^^^NORTHCLINIC&2.16.840.1.113883.3.999&ISO^MR~A1B2C3^^^SYNTH^PI||{lastName}^Avelina^Mae||19610417|F|||12 Synthetic Way^^Springfield^MA^01103||555-010-4477|||||ACCT-9001",
        "PV1|1|O|CLINIC^101^1||||1234567893^Okafor^Daniel^^^^MD|||||||||||V-5001^^^NORTHCLINIC|||||||||||||||||||||||||20250304090000-0500",
        "IN1|1|PLAN-A|SYNTH01|Synthetic Health Plan|PO Box 1^^Hartford^CT^06101|||GRP-55|||||20240101|||||SEL|||||1||||||||||||||SHP-884422",
        "IN2|1||EMP-1",
        "DG1|1||E11.9^Type 2 diabetes mellitus without complications^I10|||F");

    public static string MdmT02(string controlId = "MSG00002") => Hl7(
        $"MSH|^~\\&|SYNTHEHR|NORTHCLINIC|CLAIMSMITH|BILLING|20250304100000||MDM^T02^MDM_T02|{controlId}|P|2.5.1",
        "EVN|T02|20250304100000",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        "PV1|1|O|CLINIC||||1234567893^Okafor^Daniel|||||||||||V-5001^^^NORTHCLINIC",
        "TXA|1|PN^Progress note|TX|20250304093000||||||||DOC-77||||||AU",
        "OBX|1|TX|11506-3^Progress note^LN||Assessment: type 2 diabetes \\T\\ hypertension.~Plan: A1c in 3 months\\.br\\recheck BP.||||||F",
        "OBX|2|TX|11506-3^Progress note^LN||Fasting glucose 212 mg/dL \\F\\ HbA1c 8.1%.||||||F");

    public static string OruLab(string controlId = "MSG00003", string a1c = "8.1", string status = "F") => Hl7(
        $"MSH|^~\\&|SYNTHLAB|NORTHLAB|CLAIMSMITH|BILLING|20250304120000||ORU^R01^ORU_R01|{controlId}|P|2.5.1",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        "PV1|1|O|LAB||||||||||||||||V-5001^^^NORTHCLINIC",
        "OBR|1|ORD-1|FIL-9001|24331-1^Lipid and glycemic panel^LN|||20250304091000||||||||||||||||LAB|F",
        $"OBX|1|NM|4548-4^Hemoglobin A1c^LN||{a1c}|%|4.0-5.6|H|||{status}|||20250304091000",
        "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99||||F|||20250304091000",
        "OBX|3|NM|2951-2^Sodium^LN||139|mmol/L|135-145|N|||F");

    public static string OruRadiology(string controlId = "MSG00004") => Hl7(
        $"MSH|^~\\&|SYNTHRIS|NORTHRAD|CLAIMSMITH|BILLING|20250611230000||ORU^R01^ORU_R01|{controlId}|P|2.5.1",
        "PID|1||MRN-700123^^^NORTHCLINIC^MR||Quinterra^Avelina||19610417|F",
        "PV1|1|E|ED||||||||||||||||V-5002^^^NORTHCLINIC",
        "OBR|1|ORD-2|ACC-4411|73110^XR wrist 3 views^C4|||20250611224000||||||||||||||||RAD|F",
        "OBX|1|TX|73110&GDT^Report^C4||FINDINGS: Alignment maintained.||||||F",
        "OBX|2|TX|73110&IMP^Impression^C4||No acute fracture or dislocation.||||||F");
}
