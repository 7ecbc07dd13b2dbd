using System.Globalization;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Coding.Tests.Fixtures;

/// <summary>
/// A small synthetic ICD-10-CM/PCS code set in the official layouts (order files and a
/// Tabular List XML with inclusion terms, code-first notes and 7th characters), written for
/// these tests, imported once per test run.
/// </summary>
internal static class CodingFixture
{
    private static readonly Lazy<CodeSetSnapshot> LazySnapshot = new(Build);
    private static readonly Lazy<CodingEngine> LazyEngine = new(() => new CodingEngine(Snapshot));

    public static CodeSetSnapshot Snapshot => LazySnapshot.Value;

    public static CodingEngine Engine => LazyEngine.Value;

    public static readonly DateOnly Date = new(2026, 1, 15);

    public static readonly (string Code, bool Billable, string Desc)[] CmCodes =
    [
        ("C50", false, "Malignant neoplasm of breast"),
        ("C50919", true, "Malignant neoplasm of unspecified site of unspecified female breast"),
        ("E11", false, "Type 2 diabetes mellitus"),
        ("E112", false, "Type 2 diabetes mellitus with kidney complications"),
        ("E1122", true, "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
        ("E114", false, "Type 2 diabetes mellitus with neurological complications"),
        ("E1140", true, "Type 2 diabetes mellitus with diabetic neuropathy, unspecified"),
        ("E119", true, "Type 2 diabetes mellitus without complications"),
        ("G62", false, "Other and unspecified polyneuropathies"),
        ("G629", true, "Polyneuropathy, unspecified"),
        ("I10", true, "Essential (primary) hypertension"),
        ("I11", false, "Hypertensive heart disease"),
        ("I110", true, "Hypertensive heart disease with heart failure"),
        ("I119", true, "Hypertensive heart disease without heart failure"),
        ("I12", false, "Hypertensive chronic kidney disease"),
        ("I120", true, "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"),
        ("I129", true, "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"),
        ("I13", false, "Hypertensive heart and chronic kidney disease"),
        ("I130", true, "Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"),
        ("I132", true, "Hypertensive heart and chronic kidney disease with heart failure and with stage 5 chronic kidney disease, or end stage renal disease"),
        ("I50", false, "Heart failure"),
        ("I509", true, "Heart failure, unspecified"),
        ("J18", false, "Pneumonia, unspecified organism"),
        ("J189", true, "Pneumonia, unspecified organism"),
        ("K81", false, "Cholecystitis"),
        ("K810", true, "Acute cholecystitis"),
        ("K811", true, "Chronic cholecystitis"),
        ("K819", true, "Cholecystitis, unspecified"),
        ("M17", false, "Osteoarthritis of knee"),
        ("M171", false, "Unilateral primary osteoarthritis of knee"),
        ("M1710", true, "Unilateral primary osteoarthritis, unspecified knee"),
        ("M1711", true, "Unilateral primary osteoarthritis, right knee"),
        ("M1712", true, "Unilateral primary osteoarthritis, left knee"),
        ("M179", true, "Osteoarthritis of knee, unspecified"),
        ("N18", false, "Chronic kidney disease (CKD)"),
        ("N183", false, "Chronic kidney disease, stage 3 (moderate)"),
        ("N1830", true, "Chronic kidney disease, stage 3 unspecified"),
        ("N186", true, "End stage renal disease"),
        ("N189", true, "Chronic kidney disease, unspecified"),
        ("N83", false, "Noninflammatory disorders of ovary, fallopian tube and broad ligament"),
        ("N83209", true, "Unspecified ovarian cyst, unspecified side"),
        ("R05", false, "Cough"),
        ("R059", true, "Cough, unspecified"),
        ("R07", false, "Pain in throat and chest"),
        ("R079", true, "Chest pain, unspecified"),
        ("R50", false, "Fever of other and unknown origin"),
        ("R509", true, "Fever, unspecified"),
        ("S72", false, "Fracture of femur"),
        ("S720", false, "Fracture of head and neck of femur"),
        ("S7200", false, "Fracture of unspecified part of neck of femur"),
        ("S72001", false, "Fracture of unspecified part of neck of right femur"),
        ("S72001A", true, "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
        ("S72001B", true, "Fracture of unspecified part of neck of right femur, initial encounter for open fracture type I or II"),
        ("S72001D", true, "Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing"),
        ("S72001S", true, "Fracture of unspecified part of neck of right femur, sequela"),
        ("Z80", false, "Family history of primary malignant neoplasm"),
        ("Z803", true, "Family history of malignant neoplasm of breast"),
        ("Z83", false, "Family history of other specific disorders"),
        ("Z833", true, "Family history of diabetes mellitus"),
        ("Z87", false, "Personal history of other diseases and conditions"),
        ("Z8701", true, "Personal history of pneumonia (recurrent)"),
    ];

    public static readonly (string Code, string Desc)[] PcsCodes =
    [
        ("BW03ZZZ", "Plain Radiography of Chest"),
        ("0FT44ZZ", "Resection of Gallbladder, Percutaneous Endoscopic Approach"),
    ];

    private const string Tabular = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2026</version>
          <chapter><name>4</name><desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
            <section id="E08-E13"><desc>Diabetes mellitus (E08-E13)</desc>
              <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
                <inclusionTerm><note>Non-insulin dependent diabetes</note></inclusionTerm>
                <diag><name>E11.2</name><desc>Type 2 diabetes mellitus with kidney complications</desc>
                  <diag><name>E11.22</name><desc>Type 2 diabetes mellitus with diabetic chronic kidney disease</desc>
                    <useAdditionalCode><note>code to identify stage of chronic kidney disease (N18.1-N18.6)</note></useAdditionalCode></diag>
                </diag>
                <diag><name>E11.4</name><desc>Type 2 diabetes mellitus with neurological complications</desc>
                  <diag><name>E11.40</name><desc>Type 2 diabetes mellitus with diabetic neuropathy, unspecified</desc></diag>
                </diag>
                <diag><name>E11.9</name><desc>Type 2 diabetes mellitus without complications</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>9</name><desc>Diseases of the circulatory system (I00-I99)</desc>
            <section id="I10-I1A"><desc>Hypertensive diseases (I10-I1A)</desc>
              <diag><name>I10</name><desc>Essential (primary) hypertension</desc>
                <inclusionTerm><note>High blood pressure</note></inclusionTerm></diag>
              <diag><name>I12</name><desc>Hypertensive chronic kidney disease</desc>
                <useAdditionalCode><note>code to identify the stage of chronic kidney disease (N18.1-N18.4, N18.9)</note></useAdditionalCode>
                <diag><name>I12.0</name><desc>Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease</desc></diag>
                <diag><name>I12.9</name><desc>Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>14</name><desc>Diseases of the genitourinary system (N00-N99)</desc>
            <section id="N17-N19"><desc>Acute kidney failure and chronic kidney disease (N17-N19)</desc>
              <diag><name>N18</name><desc>Chronic kidney disease (CKD)</desc>
                <codeFirst><note>any associated diabetic chronic kidney disease (E08.22, E09.22, E10.22, E11.22, E13.22)</note><note>hypertensive chronic kidney disease (I12.-, I13.-)</note></codeFirst>
                <diag><name>N18.3</name><desc>Chronic kidney disease, stage 3 (moderate)</desc>
                  <diag><name>N18.30</name><desc>Chronic kidney disease, stage 3 unspecified</desc></diag></diag>
                <diag><name>N18.6</name><desc>End stage renal disease</desc></diag>
                <diag><name>N18.9</name><desc>Chronic kidney disease, unspecified</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>19</name><desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
            <section id="S70-S79"><desc>Injuries to the hip and thigh (S70-S79)</desc>
              <diag><name>S72</name><desc>Fracture of femur</desc>
                <sevenChrNote><note>The appropriate 7th character is to be added to all codes from category S72</note></sevenChrNote>
                <sevenChrDef>
                  <extension char="A">initial encounter for closed fracture</extension>
                  <extension char="B">initial encounter for open fracture type I or II</extension>
                  <extension char="D">subsequent encounter for closed fracture with routine healing</extension>
                  <extension char="S">sequela</extension>
                </sevenChrDef>
                <diag><name>S72.0</name><desc>Fracture of head and neck of femur</desc>
                  <diag><name>S72.00</name><desc>Fracture of unspecified part of neck of femur</desc>
                    <diag><name>S72.001</name><desc>Fracture of unspecified part of neck of right femur</desc></diag>
                  </diag>
                </diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """;

    private static string OrderLine(int order, string code, bool billable, string desc) =>
        string.Create(CultureInfo.InvariantCulture, $"{order:00000} {code,-7} {(billable ? '1' : '0')} {(desc.Length > 60 ? desc[..60] : desc),-60} {desc}");

    private static CodeSetSnapshot Build()
    {
        var dir = Directory.CreateTempSubdirectory("claimsmith-coding-fixture-");
        try
        {
            var cm = Path.Combine(dir.FullName, "icd10cm_order_2026.txt");
            File.WriteAllText(cm, string.Join("\r\n", CmCodes.Select((c, i) => OrderLine(i + 1, c.Code, c.Billable, c.Desc))) + "\r\n");
            var pcs = Path.Combine(dir.FullName, "icd10pcs_order_2026.txt");
            File.WriteAllText(pcs, string.Join("\r\n", PcsCodes.Select((c, i) => OrderLine(i + 1, c.Code, true, c.Desc))) + "\r\n");
            var tabular = Path.Combine(dir.FullName, "icd10cm_tabular_2026.xml");
            File.WriteAllText(tabular, Tabular);
            var sources = new CodeSetSources { Icd10CmOrderFile = cm, PcsOrderFile = pcs, TabularFile = tabular };
            var (bytes, issues) = CodeSetImporter.ImportToBytes(sources, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
            if (bytes is null)
            {
                throw new InvalidOperationException("Fixture import failed: " + string.Join("; ", issues.Select(i => i.ToString())));
            }

            return CodeSetSnapshot.Load(bytes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
