using Claimsmith.Billing;
using Claimsmith.Interop.Hl7;

namespace Claimsmith.Interop.Tests.Hl7;

public sealed class Hl7MappingTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 15, 0, 0, TimeSpan.Zero);

    private static Hl7MappingResult Map(string text) => Hl7RecordMapper.Map(Hl7Reader.Read(text).Message!, Now);

    [Fact]
    public void AdtA04_PatientCoveragePayerEncounterProvider()
    {
        var result = Map(Messages.AdtA04());
        Assert.DoesNotContain(result.Issues, i => i.IsError);
        var patient = Assert.Single(result.Records.Patients);
        Assert.Equal("Quinterra", patient.Record.LastName);
        Assert.Equal("Avelina", patient.Record.FirstName);
        Assert.Equal(new DateOnly(1961, 4, 17), patient.Record.BirthDate);
        Assert.Equal(Sex.Female, patient.Record.Sex);
        Assert.Equal("ACCT-9001", patient.Record.AccountNumber);
        Assert.Equal("Springfield", patient.Record.Address.City);
        Assert.Contains(new SourceKey("hl7:pid3:NORTHCLINIC", "MRN-700123"), patient.Keys);
        var coverage = Assert.Single(result.Records.Coverages).Record;
        Assert.Equal("SHP-884422", coverage.MemberId);
        Assert.Equal("GRP-55", coverage.GroupNumber);
        Assert.Equal(new DateOnly(2024, 1, 1), coverage.EffectiveFrom);
        Assert.Equal(SubscriberRelationship.Self, coverage.Relationship);
        Assert.Equal("SYNTH01", Assert.Single(result.Records.Payers).Record.PayerIdentifier);
        var encounter = Assert.Single(result.Records.Encounters);
        Assert.Equal(new DateOnly(2025, 3, 4), encounter.Record.ServiceFrom);
        Assert.Contains(new SourceKey("hl7:pv1-19:NORTHCLINIC", "V-5001"), encounter.Keys);
        Assert.Equal("1234567893", Assert.Single(result.Records.Providers).Record.Npi.Value);
        var dx = Assert.Single(result.Records.Observations).Record;
        Assert.Equal((ObservationKind.Condition, CodeSystems.Icd10Cm, "E11.9"), (dx.Kind, dx.CodeSystem, dx.Code));
    }

    [Fact]
    public void MdmT02_DocumentTextFromObxWithEscapesAndRepetitions()
    {
        var result = Map(Messages.MdmT02());
        var doc = Assert.Single(result.Records.Documents).Record;
        Assert.Equal("progress note", doc.Kind);
        Assert.Equal("Progress note", doc.Title);
        Assert.Equal("Assessment: type 2 diabetes & hypertension.\nPlan: A1c in 3 months\nrecheck BP.\nFasting glucose 212 mg/dL | HbA1c 8.1%.", doc.Text);
        Assert.Equal(Assert.Single(result.Records.Encounters).Record.Id, doc.EncounterId);
    }

    [Fact]
    public void OruLab_ValuesFlagsRangesAndKeys()
    {
        var result = Map(Messages.OruLab());
        var obs = result.Records.Observations.Select(o => o.Record).ToList();
        Assert.Equal(3, obs.Count);
        var a1c = obs.Single(o => o.Code == "4548-4");
        Assert.Equal((CodeSystems.Loinc, "8.1", "%", AbnormalFlag.High), (a1c.CodeSystem, a1c.Value, a1c.Unit, a1c.Interpretation));
        // No OBX-8: derived from the reference range.
        Assert.Equal(AbnormalFlag.High, obs.Single(o => o.Code == "2345-7").Interpretation);
        Assert.Equal(AbnormalFlag.Normal, obs.Single(o => o.Code == "2951-2").Interpretation);
        Assert.All(obs, o => Assert.Equal(result.Records.Encounters[0].Record.Id, o.EncounterId));
    }

    [Fact]
    public void OruRadiology_ImpressionAndReportDocument()
    {
        var result = Map(Messages.OruRadiology());
        var imaging = Assert.Single(result.Records.Observations).Record;
        Assert.Equal(ObservationKind.Imaging, imaging.Kind);
        Assert.Equal("No acute fracture or dislocation.", imaging.Impression);
        var doc = Assert.Single(result.Records.Documents).Record;
        Assert.Contains("FINDINGS", doc.Text, StringComparison.Ordinal);
        Assert.Equal("radiology report", doc.Kind);
    }

    [Theory]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||SIU^S12|1|P|2.5.1\rPID|1||X^^^A^MR||Doe^J||19800101\r", "hl7.message-type.unsupported")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|2.5.1\rEVN|A04\r", "hl7.segment.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|2.5.1\rPID|1||X^^^A^MR||Doe^J||1980\r", "hl7.pid7.invalid")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|2.5.1\rPID|1||||Doe^J||19800101\r", "hl7.pid3.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5.1\rPID|1||X^^^A^MR||Doe^J||19800101\rOBR|1\r", "hl7.obx.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||MDM^T02|1|P|2.5.1\rPID|1||X^^^A^MR||Doe^J||19800101\rTXA|1|PN\r", "hl7.obx.missing")]
    [InlineData("MSH|^~\\&|A|B|C|D|2025||ADT^A04|1|P|2.5.1\rPID|1||X^^^A^MR||Doe^J||19800101\rIN1|1|P|PAYER|Plan\r", "hl7.in1-36.missing")]
    public void Broken_ReportsIssue(string text, string code) =>
        Assert.Contains(Map(text).Issues, i => i.Code == code);

    [Fact]
    public void Ack_CodesAndErrorSegments()
    {
        var read = Hl7Reader.Read(Messages.AdtA04());
        var ok = Hl7Ack.Build(read.Message, Hl7AckCode.Accept, [], Now, "ACK1");
        var okSegments = ok.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("MSH|^~\\&|CLAIMSMITH|BILLING|SYNTHEHR|NORTHCLINIC|20250304150000+0000||ACK^A04^ACK|ACK1|P|2.5.1", okSegments[0], StringComparison.Ordinal);
        Assert.Equal("MSA|AA|MSG00001", okSegments[1]);

        var issues = new[] { new InteropIssue("hl7.pid7.invalid", "PID-7", "bad | date") };
        Assert.Equal(Hl7AckCode.Error, Hl7Ack.CodeFor(read.Message, issues));
        var ae = Hl7Ack.Build(read.Message, Hl7AckCode.Error, issues, Now, "ACK2");
        Assert.Contains("MSA|AE|MSG00001\r", ae, StringComparison.Ordinal);
        Assert.Contains("ERR||PID^1^7|102^Data type error^HL70357|E||||hl7.pid7.invalid: bad \\F\\ date\r", ae, StringComparison.Ordinal);

        var garbage = Hl7Reader.Read("not hl7");
        Assert.Equal(Hl7AckCode.Reject, Hl7Ack.CodeFor(garbage.Message, garbage.Issues));
        var ar = Hl7Ack.Build(null, Hl7AckCode.Reject, garbage.Issues, Now, "ACK3");
        Assert.Contains("MSA|AR|\r", ar, StringComparison.Ordinal);
        // The ACK itself is a readable HL7 message.
        Assert.True(Hl7Reader.Read(ar).IsValid);
    }
}
