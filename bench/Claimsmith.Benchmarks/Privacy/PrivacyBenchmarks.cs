using BenchmarkDotNet.Attributes;
using Claimsmith.Privacy.Deidentification;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Benchmarks.Privacy;

/// <summary>
/// What encryption at rest costs per value (a name, a 4 KB note), a blind index, and scrubbing
/// a 4 KB note for the de-identified export.
/// </summary>
[MemoryDiagnoser]
public class PrivacyBenchmarks
{
    private readonly FieldCipher _cipher = new(KeyRing.Generate(TimeProvider.System));
    private readonly BlindIndex _index;
    private readonly NoteScrubber _scrubber = new(new DateOnly(2026, 11, 27));
    private readonly KnownIdentifiers _known = new KnownIdentifiers().AddName("Ysolde", "Quennell").Add("77 Larkspur Way", SafeHarborIdentifier.Geography);
    private string _note = "";
    private string _storedName = "";
    private string _storedNote = "";

    public PrivacyBenchmarks()
    {
        _index = new BlindIndex(_cipher.Keys);
    }

    [GlobalSetup]
    public void Setup()
    {
        const string paragraph = "Mrs. Quennell, 72-year-old, seen on 03/14/2026 at 77 Larkspur Way, Gahanna, OH 43230; phone 614-555-0143. "
            + "Assessment: type 2 diabetes with diabetic CKD stage 3, hypertension; A1c 7.2; continue metformin 500 mg twice daily. ";
        _note = string.Concat(Enumerable.Repeat(paragraph, 4096 / paragraph.Length + 1))[..4096];
        _storedName = _cipher.Encrypt("Quennell", "Patient.LastName");
        _storedNote = _cipher.Encrypt(_note, "ClinicalDocument.Text");
    }

    [Benchmark]
    public string EncryptName() => _cipher.Encrypt("Quennell", "Patient.LastName");

    [Benchmark]
    public string DecryptName() => _cipher.Decrypt(_storedName, "Patient.LastName");

    [Benchmark]
    public string EncryptNote4K() => _cipher.Encrypt(_note, "ClinicalDocument.Text");

    [Benchmark]
    public string DecryptNote4K() => _cipher.Decrypt(_storedNote, "ClinicalDocument.Text");

    [Benchmark]
    public string? BlindIndexName() => _index.Name("Quennell", "Patient.LastName.index");

    [Benchmark]
    public string ScrubNote4K() => _scrubber.Scrub(_note, _known, new DeidentificationReport());
}
