using System.Text;
using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Claimsmith.Documents.Tests;

public sealed class Cms1500Tests
{
    private static Npi NpiFor(string nine) => Npi.Parse(nine + Npi.ComputeCheckDigit(nine));

    /// <summary>A synthetic professional claim with <paramref name="lines"/> service lines.</summary>
    internal static Claim SampleClaim(int lines = 2)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero));
        var org = new Organization { Name = "Cedar Lane Family Medicine", TaxId = "123456789", Npi = NpiFor("120000000"), Taxonomy = TaxonomyCode.Parse("207Q00000X"), Address = new Address { Line1 = "400 Cedar Ln", City = "Akron", State = "OH", PostalCode = "443080001" } };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "CLF000123", LastName = "Testperson", FirstName = "Jamie", MiddleName = "Q", BirthDate = new DateOnly(2014, 7, 9), Sex = Sex.Female, Address = new Address { Line1 = "7 Birch St", City = "Akron", State = "OH", PostalCode = "44301" } };
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYN01", ClaimFilingIndicator = "CI", Address = new Address { Line1 = "PO Box 1", City = "Columbus", State = "OH", PostalCode = "43215" } };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "SYN123456789", GroupNumber = "GRP-42", Relationship = SubscriberRelationship.Child, Subscriber = new Person { LastName = "Testperson", FirstName = "Morgan", BirthDate = new DateOnly(1984, 1, 2), Sex = Sex.Male, Address = new Address { Line1 = "7 Birch St", City = "Akron", State = "OH", PostalCode = "44301" } }, EffectiveFrom = new DateOnly(2025, 1, 1) };
        var rendering = new Provider { LastName = "Okafor", FirstName = "Ngozi", Npi = NpiFor("130000000"), Taxonomy = TaxonomyCode.Parse("208000000X") };
        var referring = new Provider { LastName = "Lindqvist", FirstName = "Erik", Npi = NpiFor("140000000") };
        var facility = new Facility { Name = "Cedar Lane Clinic", Npi = NpiFor("150000000"), Address = new Address { Line1 = "402 Cedar Ln", City = "Akron", State = "OH", PostalCode = "44308" } };
        var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 3, 2), ServiceTo = new DateOnly(2026, 3, 2), PlaceOfService = "11", RenderingProviderId = rendering.Id, ReferringProviderId = referring.Id, PriorAuthorization = "PA55501" };
        foreach (var code in new[] { "J06.9", "R50.9", "H66.90", "Z23", "E66.9" })
        {
            e.AddDiagnosis(DiagnosisCode.Parse(code));
        }

        for (var i = 0; i < lines; i++)
        {
            var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(i == 1 ? "J0696" : "99213"), Charge = Money.Of(100m + i), Units = 1, ServiceFrom = e.ServiceFrom };
            if (i == 0)
            {
                line.SetModifiers([Modifier.Parse("25"), Modifier.Parse("GT")]);
            }

            if (i == 1)
            {
                line.Ndc = Ndc.Parse("00409-7332-01");
                line.NdcQuantity = 2;
                line.NdcUnit = "UN";
            }

            line.SetPointers([1, 2]);
            e.AddCharge(line);
        }

        return ClaimBuilder.Build(new ClaimBuildRequest
        {
            Encounter = e, Patient = patient, Coverage = coverage, Payer = payer, Organization = org, Facility = facility,
            Providers = new Dictionary<Guid, Provider> { [rendering.Id] = rendering, [referring.Id] = referring },
            ClaimNumber = "CS00000077", Actor = "biller1",
        }, clock).Claim!;
    }

    /// <summary>The text drawn on each page, read back from the PDF's content streams.</summary>
    internal static List<string> PageTexts(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var sb = new StringBuilder();
            Collect(ContentReader.ReadContent(page), sb);
            pages.Add(sb.ToString());
        }

        return pages;
    }

    private static void Collect(CObject obj, StringBuilder sb)
    {
        switch (obj)
        {
            case CString s:
                sb.Append(s.Value).Append('\n');
                break;
            case CSequence seq:
                foreach (var item in seq)
                {
                    Collect(item, sb);
                }

                break;
            case COperator op:
                foreach (var operand in op.Operands)
                {
                    Collect(operand, sb);
                }

                break;
        }
    }

    [Fact]
    public void Map_PlacesTheNuccItems()
    {
        var fields = Cms1500Mapper.Map(SampleClaim());
        string Item(string id) => string.Join(" | ", fields.Where(f => f.Item == id).Select(f => f.Text));
        Assert.Equal("SYN123456789", Item("1a"));
        Assert.Equal("TESTPERSON, JAMIE, Q", Item("2"));
        Assert.Equal("TESTPERSON, MORGAN", Item("4"));
        Assert.Equal("J06.9", Item("21A"));
        Assert.Equal("E66.9", Item("21E"));
        Assert.Equal("AB | AB", Item("24E"));
        Assert.Equal("N400409733201   UN2", Item("24 shaded"));
        Assert.Equal("25 | GT", Item("24D").Replace("99213 | ", "", StringComparison.Ordinal).Replace(" | J0696", "", StringComparison.Ordinal));
        Assert.Equal("201 00", Item("28"));
        Assert.Equal("PA55501", Item("23"));
        Assert.Equal("DN | LINDQVIST, ERIK", Item("17"));
        // Item 6: relationship Child is the third box.
        Assert.Equal(42, fields.Single(f => f.Item == "6").Column);
    }

    [Fact]
    public void Map_OtherCoverage_FillsItem9AndAnswersYesIn11d()
    {
        var claim = SampleClaim();
        Assert.Equal(57, Cms1500Mapper.Map(claim).Single(f => f.Item == "11d").Column); // NO
        claim.OtherCoverages.Add(new ClaimOtherCoverage { SubscriberLastName = "Testperson", SubscriberFirstName = "Riley", GroupNumber = "SUPP-9", PlanName = "Medigap F" });
        var fields = Cms1500Mapper.Map(claim);
        Assert.Equal("TESTPERSON, RILEY", fields.Single(f => f.Item == "9").Text);
        Assert.Equal("SUPP-9", fields.Single(f => f.Item == "9a").Text);
        Assert.Equal("MEDIGAP F", fields.Single(f => f.Item == "9d").Text);
        Assert.Equal(52, fields.Single(f => f.Item == "11d").Column); // YES
    }

    [Fact]
    public void Map_SevenLines_TwoPagesTotalOnLastOnly()
    {
        var fields = Cms1500Mapper.Map(SampleClaim(7));
        Assert.Equal(2, fields.Max(f => f.Page));
        Assert.Equal("CONTINUED", fields.Single(f => f.Item == "28" && f.Page == 1).Text);
        Assert.Equal("721 00", fields.Single(f => f.Item == "28" && f.Page == 2).Text);
        Assert.Single(fields, f => f.Item == "24A" && f.Page == 2 && f.Column == 1);
    }

    [Fact]
    public void Map_Institutional_Throws()
    {
        var claim = SampleClaim();
        claim.Kind = ClaimKind.Institutional;
        Assert.Throws<ArgumentException>(() => Cms1500Mapper.Map(claim));
    }

    [Theory]
    [InlineData(Cms1500Mode.FullForm)]
    [InlineData(Cms1500Mode.DataOnly)]
    public void Render_ProducesReadablePdfWithTheData(Cms1500Mode mode)
    {
        var pdf = Cms1500Renderer.Render(SampleClaim(), mode);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = PageTexts(pdf);
        var text = Assert.Single(pages);
        Assert.Contains("TESTPERSON, JAMIE, Q", text, StringComparison.Ordinal);
        Assert.Contains("N400409733201", text, StringComparison.Ordinal);
        Assert.Contains("CEDAR LANE FAMILY MEDICINE", text, StringComparison.Ordinal);
        Assert.Contains("201 00", text, StringComparison.Ordinal);
        var formText = text.Contains("HEALTH INSURANCE CLAIM FORM", StringComparison.Ordinal);
        Assert.Equal(mode == Cms1500Mode.FullForm, formText);
    }

    [Fact]
    public void Render_SeveralClaims_OnePagePerSixLines()
    {
        var pdf = Cms1500Renderer.Render([SampleClaim(2), SampleClaim(7), SampleClaim(12)], Cms1500Mode.DataOnly);
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.Equal(1 + 2 + 2, document.PageCount);
        Assert.Equal(612, document.Pages[0].Width.Point, 1);
        Assert.Equal(792, document.Pages[0].Height.Point, 1);
    }

    /// <summary>Writes sample PDFs when CLAIMSMITH_WRITE_SAMPLES names a folder (for looking at the layout).</summary>
    [Fact]
    public void WriteSamples_WhenAsked()
    {
        var dir = Environment.GetEnvironmentVariable("CLAIMSMITH_WRITE_SAMPLES");
        if (string.IsNullOrEmpty(dir))
        {
            Assert.Skip("Set CLAIMSMITH_WRITE_SAMPLES to a folder to write sample CMS-1500 PDFs.");
        }

        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "cms1500-full.pdf"), Cms1500Renderer.Render(SampleClaim(), Cms1500Mode.FullForm));
        File.WriteAllBytes(Path.Combine(dir, "cms1500-data.pdf"), Cms1500Renderer.Render(SampleClaim(), Cms1500Mode.DataOnly));
        Assert.True(File.Exists(Path.Combine(dir, "cms1500-full.pdf")));
    }
}
