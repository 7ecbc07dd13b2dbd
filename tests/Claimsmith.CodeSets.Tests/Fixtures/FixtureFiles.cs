using System.Globalization;
using System.Text;

namespace Claimsmith.CodeSets.Tests.Fixtures;

/// <summary>
/// Small synthetic files in the official layouts (order files, addenda, Tabular List XML,
/// Alphabetic Index XML per icd10cm-index-2025.xsd, Drug Table, MPFS, GPCI, X12 code lists,
/// HCPCS annual fixed-width records, a CPT descriptor file). Descriptions are written for the tests.
/// </summary>
internal static class FixtureFiles
{
    /// <summary>An order-file line: order number 1-5, code 7-13, flag 15, short 17-76, long from 78.</summary>
    public static string OrderLine(int order, string code, bool billable, string shortDesc, string? longDesc = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{order:00000} {code,-7} {(billable ? '1' : '0')} {Trunc(shortDesc, 60),-60} {longDesc ?? shortDesc}");

    /// <summary>An addenda line: action padded to 13, [flag and space], code 7, space, short 60, space, long.</summary>
    public static string AddendaLine(string action, bool? billable, string code, string desc) =>
        $"{action,-13}{(billable is { } b ? (b ? "1 " : "0 ") : "")}{code,-7} {Trunc(desc, 60),-60} {desc}";

    private static string Trunc(string s, int n) => s.Length > n ? s[..n] : s;

    public static readonly (string Code, bool Billable, string Desc)[] CmCodes =
    [
        ("A00", false, "Cholera"),
        ("A000", true, "Cholera due to Vibrio cholerae 01, biovar cholerae"),
        ("B88", false, "Other infestations"),
        ("B880", false, "Other acariasis"),
        ("B8801", true, "Infestation by Demodex mites"),
        ("B8809", true, "Other acariasis"),
        ("E11", false, "Type 2 diabetes mellitus"),
        ("E112", false, "Type 2 diabetes mellitus with kidney complications"),
        ("E1121", true, "Type 2 diabetes mellitus with diabetic nephropathy"),
        ("E1122", true, "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
        ("E119", true, "Type 2 diabetes mellitus without complications"),
        ("E11A", true, "Type 2 diabetes mellitus without complications in remission"),
        ("I10", true, "Essential (primary) hypertension"),
        ("N18", false, "Chronic kidney disease (CKD)"),
        ("N1830", true, "Chronic kidney disease, stage 3 unspecified"),
        ("N186", true, "End stage renal disease"),
        ("S72", false, "Fracture of femur"),
        ("S720", false, "Fracture of head and neck of femur"),
        ("S7200", false, "Fracture of unspecified part of neck of femur"),
        ("S72001", false, "Fracture of unspecified part of neck of right femur"),
        ("S72001A", true, "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
        ("S72001D", true, "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"),
        ("T36", false, "Poisoning by, adverse effect of and underdosing of systemic antibiotics"),
        ("T360", false, "Poisoning by, adverse effect of and underdosing of penicillins"),
        ("T360X", false, "Poisoning by, adverse effect of and underdosing of penicillins"),
        ("T360X1", false, "Poisoning by penicillins, accidental (unintentional)"),
        ("T360X1A", true, "Poisoning by penicillins, accidental (unintentional), initial encounter"),
    ];

    public static string CmOrderFile() =>
        string.Join("\r\n", CmCodes.Select((c, i) => OrderLine(i + 1, c.Code, c.Billable, c.Desc))) + "\r\n";

    public static string CmAddendaFile() => string.Join("\r\n",
    [
        AddendaLine("Delete:", true, "A001", "Cholera due to Vibrio cholerae 01, biovar eltor"),
        AddendaLine("Delete:", true, "B880", "Other acariasis"),
        AddendaLine("Add:", false, "B880", "Other acariasis"),
        AddendaLine("Add:", true, "B8801", "Infestation by Demodex mites"),
        AddendaLine("Add:", true, "B8809", "Other acariasis"),
        AddendaLine("Add:", true, "E11A", "Type 2 diabetes mellitus without complications in remission"),
        AddendaLine("Revise from:", true, "N186", "End stage renal disease (old title)"),
        AddendaLine("Revise to:", true, "N186", "End stage renal disease"),
        "",
        "Codes",
        "     25 codes in icd10cm_order_2025.txt",
    ]) + "\r\n";

    public const string Tabular = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2021</version>
          <chapter>
            <name>1</name>
            <desc>Certain infectious and parasitic diseases (A00-B99)</desc>
            <useAdditionalCode><note>code to identify resistance to antimicrobial drugs (Z16.-)</note></useAdditionalCode>
            <section id="A00-A09">
              <desc>Intestinal infectious diseases (A00-A09)</desc>
              <diag><name>A00</name><desc>Cholera</desc>
                <diag><name>A00.0</name><desc>Cholera due to Vibrio cholerae 01, biovar cholerae</desc>
                  <inclusionTerm><note>Classical cholera</note></inclusionTerm></diag>
              </diag>
            </section>
            <section id="B85-B89">
              <desc>Pediculosis, acariasis and other infestations (B85-B89)</desc>
              <diag><name>B88</name><desc>Other infestations</desc>
                <diag><name>B88.0</name><desc>Other acariasis</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter>
            <name>4</name>
            <desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
            <notes><note>All neoplasms, whether functionally active or not, are classified in Chapter 2.</note></notes>
            <section id="E08-E13">
              <desc>Diabetes mellitus (E08-E13)</desc>
              <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
                <includes><note>diabetes NOS</note></includes>
                <useAdditionalCode><note>code to identify control using insulin (Z79.4)</note></useAdditionalCode>
                <excludes1><note>type 1 diabetes mellitus (E10.-)</note><note>gestational diabetes (O24.4-)</note></excludes1>
                <diag><name>E11.2</name><desc>Type 2 diabetes mellitus with kidney complications</desc>
                  <diag><name>E11.21</name><desc>Type 2 diabetes mellitus with diabetic nephropathy</desc>
                    <inclusionTerm><note>Type 2 diabetes mellitus with Kimmelstiel-Wilson disease</note></inclusionTerm></diag>
                  <diag><name>E11.22</name><desc>Type 2 diabetes mellitus with diabetic chronic kidney disease</desc>
                    <useAdditionalCode><note>code to identify stage of chronic kidney disease (N18.1-N18.6)</note></useAdditionalCode></diag>
                </diag>
                <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter>
            <name>9</name>
            <desc>Diseases of the circulatory system (I00-I99)</desc>
            <section id="I10-I1A">
              <desc>Hypertensive diseases (I10-I1A)</desc>
              <diag><name>I10</name><desc>Essential (primary) hypertension</desc>
                <includes><note>high blood pressure</note></includes></diag>
            </section>
          </chapter>
          <chapter>
            <name>14</name>
            <desc>Diseases of the genitourinary system (N00-N99)</desc>
            <section id="N17-N19">
              <desc>Acute kidney failure and chronic kidney disease (N17-N19)</desc>
              <diag><name>N18</name><desc>Chronic kidney disease (CKD)</desc>
                <codeFirst><note>any associated diabetic chronic kidney disease (E08.22, E09.22, E10.22, E11.22, E13.22)</note></codeFirst>
                <diag><name>N18.6</name><desc>End stage renal disease</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter>
            <name>19</name>
            <desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
            <section id="S70-S79">
              <desc>Injuries to the hip and thigh (S70-S79)</desc>
              <diag><name>S72</name><desc>Fracture of femur</desc>
                <sevenChrNote><note>The appropriate 7th character is to be added to all codes from category S72</note></sevenChrNote>
                <sevenChrDef>
                  <extension char="A">initial encounter for closed fracture</extension>
                  <extension char="B">initial encounter for open fracture type I or II</extension>
                  <note>initial encounter for open fracture NOS</note>
                  <extension char="D">subsequent encounter for closed fracture with routine healing</extension>
                </sevenChrDef>
                <diag><name>S72.0</name><desc>Fracture of head and neck of femur</desc>
                  <diag><name>S72.00</name><desc>Fracture of unspecified part of neck of femur</desc>
                    <diag><name>S72.001</name><desc>Fracture of unspecified part of neck of right femur</desc></diag>
                  </diag>
                </diag>
              </diag>
            </section>
            <section id="T36-T50">
              <desc>Poisoning by drugs (T36-T50)</desc>
              <diag><name>T36</name><desc>Poisoning by systemic antibiotics</desc>
                <sevenChrDef>
                  <extension char="A">initial encounter</extension>
                  <extension char="D">subsequent encounter</extension>
                  <extension char="S">sequela</extension>
                </sevenChrDef>
                <diag><name>T36.0</name><desc>Poisoning by penicillins</desc>
                  <diag placeholder="true"><name>T36.0X</name><desc>Poisoning by penicillins</desc>
                    <diag><name>T36.0X1</name><desc>Poisoning by penicillins, accidental (unintentional)</desc></diag>
                  </diag>
                </diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """;

    /// <summary>The main Alphabetic Index, written against icd10cm-index-2025.xsd.</summary>
    public const string AlphabeticIndex = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.index>
          <version>2025</version>
          <title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
          <letter>
            <title>D</title>
            <mainTerm>
              <title>Diabetes, diabetic<nemod>(mellitus) (sugar)</nemod></title>
              <code>E11.9</code>
              <term level="1">
                <title>type 2</title>
                <code>E11.9</code>
                <term level="2">
                  <title>with</title>
                  <term level="3">
                    <title>chronic kidney disease</title>
                    <code>E11.22</code>
                  </term>
                  <term level="3">
                    <title>nephropathy</title>
                    <code>E11.21</code>
                    <manif>N18.30</manif>
                  </term>
                </term>
              </term>
            </mainTerm>
          </letter>
          <letter>
            <title>H</title>
            <mainTerm>
              <title>Hypertension, hypertensive<nemod>(accelerated) (benign)</nemod></title>
              <code>I10</code>
            </mainTerm>
            <mainTerm>
              <title>Hyperpiesia</title>
              <see>Hypertension</see>
            </mainTerm>
          </letter>
          <letter>
            <title>K</title>
            <mainTerm>
              <title>Kimmelstiel-Wilson disease</title>
              <code>E11.21</code>
            </mainTerm>
          </letter>
        </ICD10CM.index>
        """;

    public const string DrugTable = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.index>
          <version>2025</version>
          <indexHeading>
            <head col="1">Substance</head>
            <head col="2">Poisoning Accidental (unintentional)</head>
            <head col="3">Poisoning Intentional self-harm</head>
            <head col="6">Adverse effect</head>
          </indexHeading>
          <letter>
            <title>P</title>
            <mainTerm>
              <title>Penicillin<nemod>(any)</nemod></title>
              <cell col="2">T36.0X1</cell>
              <cell col="3">T36.0X2</cell>
              <cell col="6">--</cell>
            </mainTerm>
          </letter>
        </ICD10CM.index>
        """;

    public static string PcsOrderFile() => string.Join("\r\n",
    [
        OrderLine(1, "0DT", false, "Gastrointestinal System, Resection"),
        OrderLine(2, "0DTJ0ZZ", true, "Resection of Appendix, Open Approach"),
        OrderLine(3, "0DTJ4ZZ", true, "Resection of Appendix, Perc Endo Approach", "Resection of Appendix, Percutaneous Endoscopic Approach"),
        OrderLine(4, "0DTJ8ZZ", true, "Resection of Appendix, Via Opening Endo", "Resection of Appendix, Via Natural or Artificial Opening Endoscopic"),
    ]) + "\r\n";

    public static string PcsAddendaFile() => string.Join("\r\n",
    [
        AddendaLine("Add:", null, "0DTJ8ZZ", "Resection of Appendix, Via Natural or Artificial Opening Endoscopic"),
        AddendaLine("Delete:", null, "0DTJ7ZZ", "Resection of Appendix, Via Natural or Artificial Opening"),
    ]) + "\r\n";

    private const string MpfsHeader = """
        ,,2026 National Physician Fee Schedule Relative Value File (test fixture),,,,,,,,,,,,,,,,,,,,,,,,,,,,,
        ,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
        ,,,STATUS,MEDICARE,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,PRIC,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT
        HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,IND,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT
        """;

    public static string MpfsFile(string? extraRow = null) => MpfsHeader.ReplaceLineEndings("\n") + "\n" + string.Join("\n",
    [
        "99213,,,A,,1.30,1.46,,0.33,,0.09,2.85,1.72,0,XXX,0.00,0.00,0.00,0,0,0,0,0,9,,33.4009,09,0,99,0.00,0.00,0.00",
        "27130,,,A,,19.60,13.10,NA,13.10,,3.90,36.60,36.60,0,090,0.10,0.80,0.10,2,1,2,1,1,9,,33.4009,09,0,99,0.00,0.00,0.00",
        "71046,,,A,,0.22,0.80,,0.80,,0.02,1.04,1.04,1,XXX,0.00,0.00,0.00,0,0,0,0,0,9,,33.4009,01,0,99,0.00,0.00,0.00",
        "71046,26,,A,,0.22,0.08,,0.08,,0.01,0.31,0.31,1,XXX,0.00,0.00,0.00,0,0,0,0,0,9,,33.4009,01,0,99,0.00,0.00,0.00",
        "71046,TC,,A,,0.00,0.72,,0.72,,0.01,0.73,0.73,1,XXX,0.00,0.00,0.00,0,0,0,0,0,9,,33.4009,01,0,99,0.00,0.00,0.00",
        "J1100,,\"Dexamethasone sodium phos, 1mg\",E,,0.00,0.00,,0.00,,0.00,0.00,0.00,9,XXX,0.00,0.00,0.00,9,9,9,9,9,9,,33.4009,09,0,99,0.00,0.00,0.00",
        "GXXX1,,Placeholder service,X,,0.00,0.00,,0.00,,0.00,0.00,0.00,9,XXX,0.00,0.00,0.00,9,9,9,9,9,9,,33.4009,09,0,99,0.00,0.00,0.00",
        extraRow ?? "",
    ]) + "\n";

    public const string GpciFile = """
        ADDENDUM E. GEOGRAPHIC PRACTICE COST INDICES (test fixture),,,,,,
        ,,,,,,
        Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2026 PW GPCI (with 1.0 Floor)***,2026 PE GPCI,2026 MP GPCI
        10112,AL,00,ALABAMA,1.000,0.875,0.566
        13202,NY,01,MANHATTAN,1.063,1.318,1.285
        13202,NY,02,NYC SUBURBS/LONG ISLAND,1.063,1.280,1.600
        ,,,,,,
        "* footnote text",,,,,,
        """;

    public const string CarcFile = "Code,Description\n1,Deductible Amount\n45,\"Charge exceeds fee schedule/maximum allowable, or contracted/legislated fee arrangement.\"\n";

    public const string RarcFile = "Code,Description\nM1,X-ray not taken within the past 12 months.Start: 01/01/1997\nM33,Missing/incomplete/invalid UPIN.Start: 01/01/1997 | Stop: 08/01/2004Notes: Consider using M68\n";

    public const string GroupFile = "Code,Description\nCO,Contractual Obligation\nPR, Patient Responsibility\n";

    public const string PosFile = "11\n21\n22\n";

    /// <summary>A HCPCS annual-file record (320 columns) per the HCPC record layout.</summary>
    public static string HcpcsRecord(string code, int seq, char recordId, string longDesc, string shortDesc = "", string addDate = "", string effDate = "", string termDate = "", char action = ' ')
    {
        var b = new StringBuilder(new string(' ', 320));
        void Put(int start1, string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                b[start1 - 1 + i] = s[i];
            }
        }

        Put(1, code.Length == 2 ? "   " + code : code); // modifiers sit in columns 4-5
        Put(6, seq.ToString("00000", CultureInfo.InvariantCulture));
        Put(11, recordId.ToString());
        Put(12, longDesc.Length > 80 ? longDesc[..80] : longDesc);
        Put(92, shortDesc.Length > 28 ? shortDesc[..28] : shortDesc);
        Put(269, addDate);
        Put(277, effDate);
        Put(285, termDate);
        Put(293, action.ToString());
        return b.ToString();
    }

    public static string HcpcsAnnualFile() => string.Join("\r\n",
    [
        HcpcsRecord("J1100", 100, '3', "Injection, dexamethasone sodium phosphate,", "Dexamethasone sodium phos", "19840101", "20260101", "", 'N'),
        HcpcsRecord("J1100", 200, '4', "1 mg").TrimEnd(), // continuation records may be cut after the description
        HcpcsRecord("G9999", 100, '3', "Synthetic discontinued service for tests", "Synthetic discontinued", "20200101", "20250101", "20251231", 'D'),
        HcpcsRecord("LT", 100, '7', "Left side (used to identify procedures performed on the left side of the body)", "Left side", "19920101", "19920101", "", 'N'),
    ]) + "\r\n";

    public const string CptFile = "# synthetic CPT descriptor file for tests\n99213\tOffice or other outpatient visit, established patient (synthetic descriptor)\n99999\tSynthetic unlisted service\n";

    /// <summary>Writes the whole data folder layout under <paramref name="root"/>.</summary>
    public static string WriteDataFolder(string root, Action<string>? tamper = null)
    {
        void Write(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Write("icd10cm/2026/icd10cm_order_2026.txt", CmOrderFile());
        Write("icd10cm/2026/icd10cm_order_addenda_2026.txt", CmAddendaFile());
        Write("icd10cm/2021/icd10cm_tabular_2021.xml", Tabular);
        Write("icd10cm/2025/icd10cm_index_2025.xml", AlphabeticIndex);
        Write("icd10cm/2025/icd-10-cm-drug-2025.xml", DrugTable);
        Write("icd10pcs/2026/icd10pcs_order_2026.txt", PcsOrderFile());
        Write("icd10pcs/2026/order_addenda_2026.txt", PcsAddendaFile());
        Write("mpfs/2026/PPRRVU2026_test.csv", MpfsFile());
        Write("mpfs/2026/GPCI2026.csv", GpciFile);
        Write("x12/codes/claim_adjustment_reason_codes.csv", CarcFile);
        Write("x12/codes/remittance_advice_remark_codes.csv", RarcFile);
        Write("x12/codes/claim_adjustment_group_codes.csv", GroupFile);
        Write("x12/codes/pyx12_codes_pos.txt", PosFile);
        Write("hcpcs/2026/HCPC2026_JAN_ANWEB.txt", HcpcsAnnualFile());
        Write("cpt/2026/cpt_descriptors_2026.txt", CptFile);
        tamper?.Invoke(root);
        return root;
    }

    /// <summary>A fresh temporary folder (deleted by the caller's <see cref="TempFolder"/>).</summary>
    public static TempFolder NewTemp() => new();
}

/// <summary>A temporary folder removed on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimsmith-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
