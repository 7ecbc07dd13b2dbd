using Claimsmith.Privacy.Deidentification;

namespace Claimsmith.Privacy.Tests.Deidentification;

public sealed class NoteScrubberTests
{
    private static readonly NoteScrubber Scrubber = new(new DateOnly(2026, 11, 27));

    private const string Note = """
        Patient: Ysolde Quennell   DOB: 04/19/1931   MRN: 88421-7
        Mrs. Quennell is a 95-year-old woman seen on March 3, 2026 at 77 Larkspur Way, Apt 4B, Gahanna, OH 43230.
        Daughter: Maren Quennell, phone (614) 555-0143, fax: 614-555-0199, email maren.q@example.org.
        SSN 123-45-6789. Member ID: XQZ123456789. Account # 55012-A. Driver's license D1234567.
        Pacemaker serial number: PM20-99887. Vehicle VIN 1HGCM82633A004352, plate: 7ABC123.
        Portal https://portal.example.org/records?id=42 accessed from 192.168.10.24 and fe80::1ff:fe23:4567:890a.
        Follow-up 2026-04-09T10:30:00Z with Dr. Abernathy; next visit 12 May 2026; seen on 3/14.
        Claim number: CLM778899. Born in 1931. Lives near 90210? ZIP: 03609.
        Assessment: type 2 diabetes with CKD stage 3, A1c 7.2 on 1.5 mg; BP 132/84; 2-3 times daily for 10 years.
        """;

    [Fact]
    public void SyntheticNote_LosesEveryIdentifier_AndKeepsTheClinicalContent()
    {
        var report = new DeidentificationReport();
        var known = new KnownIdentifiers().AddName("Ysolde", "Quennell").Add("77 Larkspur Way", SafeHarborIdentifier.Geography).Add("Gahanna", SafeHarborIdentifier.Geography);

        var text = Scrubber.Scrub(Note, known, report);

        string[] gone =
        [
            "Ysolde", "Quennell", "Maren", "Abernathy", "04/19", "1931", "88421", "95-year", "March 3", "Larkspur", "Apt 4B", "Gahanna", "43230",
            "555-0143", "555-0199", "maren.q", "123-45-6789", "XQZ123456789", "55012", "D1234567", "PM20-99887", "1HGCM82633A004352",
            "7ABC123", "portal.example.org", "192.168.10.24", "fe80::", "04-09", "10:30", "12 May", "3/14", "CLM778899", "03609",
        ];
        foreach (var value in gone)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }

        string[] kept = ["type 2 diabetes with CKD stage 3", "A1c 7.2", "1.5 mg", "BP 132/84", "2-3 times daily", "10 years", "[DATE 2026]", "90+", ", OH", "[ZIP3 432]", "[ZIP3 000]", "Mrs. [NAME]", "Dr [NAME]"];
        foreach (var value in kept)
        {
            Assert.Contains(value, text, StringComparison.Ordinal);
        }

        Assert.True(report.RemovedCount(SafeHarborIdentifier.Names) >= 4);
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.TelephoneNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.FaxNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.EmailAddresses));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.SocialSecurityNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.MedicalRecordNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.HealthPlanBeneficiaryNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.AccountNumbers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.CertificateLicenseNumbers));
        Assert.Equal(2, report.RemovedCount(SafeHarborIdentifier.VehicleIdentifiers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.DeviceIdentifiers));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.Urls));
        Assert.Equal(2, report.RemovedCount(SafeHarborIdentifier.IpAddresses));
        Assert.Equal(1, report.RemovedCount(SafeHarborIdentifier.OtherUniqueIdentifiers));
        Assert.True(report.RemovedCount(SafeHarborIdentifier.Geography) >= 2);
        Assert.True(report.RemovedCount(SafeHarborIdentifier.Dates) >= 3);
        Assert.True(report.GeneralizedCount(SafeHarborIdentifier.Dates) >= 3);
    }

    [Theory]
    [InlineData("An 89-year-old man", "89-year-old")]
    [InlineData("A 90 year old man", "90+ year old")]
    [InlineData("aged 101, frail", "aged 90+")]
    [InlineData("Pt is 93 yo", "90+ yo")]
    [InlineData("admitted 07/04/2025", "[DATE 2025]")]
    [InlineData("DOB 1/2/1930", "DOB [DATE]")]
    [InlineData("since Jan 2019", "since [DATE 2019]")]
    [InlineData("on 12.10.24", "on [DATE]")]
    [InlineData("E11.22 and 99213, 1/2 tablet", "E11.22 and 99213, 1/2 tablet")]
    [InlineData("call 614.555.0100 x204", "call [PHONE]")]
    [InlineData("Signed by: Tamsin Oduya", "Signed by: [NAME]")]
    [InlineData("PO Box 1200, Lima, OH", "[ADDRESS], [CITY], OH")]
    [InlineData("ZIP 82301", "ZIP [ZIP3 000]")]
    public void Patterns(string input, string expected) =>
        Assert.Contains(expected, Scrubber.Scrub(input, null, new DeidentificationReport()), StringComparison.Ordinal);

    [Fact]
    public void KnownNames_MatchWholeWordsInAnyCase_Only()
    {
        var text = Scrubber.Scrub("RIVERA and rivera's chart; Riverside clinic.", new KnownIdentifiers().AddName("Alex", "Rivera"), new DeidentificationReport());
        Assert.Equal("[NAME] and [NAME]'s chart; Riverside clinic.", text);
    }

    [Fact]
    public void HostileText_IsBoundedAndDoesNotThrow()
    {
        var hostile = string.Concat(Enumerable.Repeat("1-1-1-1-1.1.1.1 aaaa@aaaa. Mr. A ", 20_000));
        var text = Scrubber.Scrub(hostile, new KnownIdentifiers().AddName("A"), new DeidentificationReport());
        Assert.NotNull(text);
    }
}
