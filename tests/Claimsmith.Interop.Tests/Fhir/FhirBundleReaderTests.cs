using System.Text;
using Claimsmith.Billing;
using Claimsmith.Interop.Fhir;

namespace Claimsmith.Interop.Tests.Fhir;

public sealed class FhirBundleReaderTests
{
    internal static readonly DateTimeOffset Now = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    internal static byte[] Synthea() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synthea-multi-encounter.json"));

    [Fact]
    public void SyntheaShapedBundle_MapsEveryRecordKind()
    {
        var result = FhirBundleReader.Read(Synthea(), Now);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        Assert.Equal(18, result.ResourceCount);
        var r = result.Records;
        var patient = Assert.Single(r.Patients);
        Assert.Equal(("Quinterra", "Avelina", "Mae", "MRN-700123"), (patient.Record.LastName, patient.Record.FirstName, patient.Record.MiddleName, patient.Record.AccountNumber));
        // The SSN is never a lookup key.
        Assert.DoesNotContain(patient.Keys, k => k.Value.Contains("999-00", StringComparison.Ordinal));
        Assert.Equal(3, r.Encounters.Count);
        Assert.Equal(["11", "23", "21"], r.Encounters.Select(e => e.Record.PlaceOfService));
        Assert.Equal(ClaimKind.Institutional, r.Encounters[2].Record.Kind);
        Assert.All(r.Encounters, e => Assert.Equal(r.Providers[0].Record.Id, e.Record.RenderingProviderId));
        Assert.Equal("SHP-884422", Assert.Single(r.Coverages).Record.MemberId);
        Assert.Equal("SYNTH01", Assert.Single(r.Payers).Record.PayerIdentifier);
        // Progress note (DocumentReference), X-ray report (DiagnosticReport presentedForm), ED note (Composition).
        Assert.Equal(3, r.Documents.Count);
        Assert.Contains(r.Documents, d => d.Record.Text.Contains("HbA1c 8.1%", StringComparison.Ordinal));
        Assert.Contains(r.Documents, d => d.Record.Text.Contains("Wrist pain & swelling.", StringComparison.Ordinal) && d.Record.Text.Contains("ASSESSMENT:", StringComparison.Ordinal));
        var obs = r.Observations.Select(o => o.Record).ToList();
        var a1c = obs.Single(o => o.Code == "4548-4");
        Assert.Equal(("8.1", AbnormalFlag.High, r.Encounters[0].Record.Id), (a1c.Value, a1c.Interpretation, a1c.EncounterId!.Value));
        Assert.Equal(AbnormalFlag.High, obs.Single(o => o.Code == "2345-7").Interpretation);
        Assert.Contains("Systolic blood pressure: 142", obs.Single(o => o.Code == "85354-9").Value, StringComparison.Ordinal);
        var xray = obs.Single(o => o.Kind == ObservationKind.Imaging);
        Assert.Equal("No acute fracture or dislocation. Soft tissue swelling.", xray.Impression);
        // The billable code is kept with its system when the source sent SNOMED CT beside it.
        var dm = obs.Single(o => o.Kind == ObservationKind.Condition && o.EncounterId == r.Encounters[0].Record.Id);
        Assert.Equal((CodeSystems.Icd10Cm, "E11.9"), (dm.CodeSystem, dm.Code));
        Assert.Equal(CodeSystems.Snomed, obs.Single(o => o.Code == "233604007").CodeSystem);
        Assert.Equal(CodeSystems.Cpt, obs.Single(o => o.Kind == ObservationKind.Procedure).CodeSystem);
        Assert.Single(obs, o => o.Kind == ObservationKind.Medication);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Bundle\",\"entry\":[", "fhir.json.invalid")]
    [InlineData("not json at all", "fhir.json.invalid")]
    [InlineData("[1,2]", "fhir.resource-type.missing")]
    [InlineData("{\"resourceType\":\"Patient\"}", "fhir.bundle.expected")]
    public void BrokenDocuments_ReportIssue(string json, string code)
    {
        var result = FhirBundleReader.Read(Encoding.UTF8.GetBytes(json), Now);
        Assert.Contains(result.Issues, i => i.Code == code && i.IsError);
        Assert.Equal(0, result.Records.Count);
    }

    [Fact]
    public void UnknownResourceType_IsReportedAndTheRestImported()
    {
        const string json = """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","name":[{"family":"Doe","given":["Jan"]}],"birthDate":"1980-02-03"}},
          {"fullUrl":"urn:uuid:x1","resource":{"resourceType":"Spaceship","id":"x1"}},
          {"fullUrl":"urn:uuid:x2","resource":{"id":"x2"}}
        ]}
        """;
        var result = FhirBundleReader.Read(Encoding.UTF8.GetBytes(json), Now);
        Assert.Equal(2, result.Issues.Count(i => i.Code == "fhir.resource-type.unknown"));
        Assert.Contains(result.Issues, i => i.Location.StartsWith("entry[1]", StringComparison.Ordinal));
        Assert.Single(result.Records.Patients);
    }

    [Fact]
    public void MissingReferences_SkipTheRecordWithAnIssue()
    {
        const string json = """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"AMB"},"subject":{"reference":"urn:uuid:nobody"},"period":{"start":"2025-01-01"}}},
          {"fullUrl":"urn:uuid:o1","resource":{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"}}},
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1","name":[{"family":"Doe"}],"birthDate":"1980-02-03"}},
          {"fullUrl":"urn:uuid:d1","resource":{"resourceType":"DocumentReference","status":"current","subject":{"reference":"Patient/p1"},"content":[{"attachment":{"contentType":"text/plain","data":"aGVsbG8="}}],"context":{"encounter":[{"reference":"Encounter/missing"}]}}}
        ]}
        """;
        var result = FhirBundleReader.Read(Encoding.UTF8.GetBytes(json), Now);
        Assert.Equal(3, result.Issues.Count(i => i.Code == "fhir.reference.missing"));
        Assert.Empty(result.Records.Encounters);
        Assert.Empty(result.Records.Documents);
        Assert.Single(result.Records.Patients);
    }

    [Fact]
    public void TruncatedBundle_AtAnyLength_NeverThrows()
    {
        var bytes = Synthea();
        for (var n = 0; n < bytes.Length; n += 97)
        {
            _ = FhirBundleReader.Read(bytes.AsSpan(0, n), Now);
        }
    }
}
