using System.Globalization;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Writing;

namespace Claimsmith.Benchmarks.X12;

/// <summary>
/// Large synthetic 837P and 835 files generated with Claimsmith's own writers into a temp
/// folder at benchmark setup (reused between benchmark processes, never committed).
/// Each 837 transaction set holds 100 claims of 3 lines; each 835 pays 100 claims of 2 lines.
/// </summary>
internal static class X12BenchmarkFiles
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "claimsmith-x12-bench");

    public static string Claims837P(long minBytes) => Ensure($"837P-{minBytes / 1_000_000}MB.x12", minBytes, Write837P);

    public static string Remittance835(long minBytes) => Ensure($"835-{minBytes / 1_000_000}MB.x12", minBytes, Write835);

    private static string Ensure(string name, long minBytes, Action<Stream, long> write)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        if (File.Exists(path) && new FileInfo(path).Length >= minBytes)
        {
            return path;
        }

        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            write(stream, minBytes);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static X12InterchangeHeader Isa() => new() { SenderId = "CLAIMSMITH", ReceiverId = "PAYER", Date = "260101", Time = "1200", ControlNumber = "1" };

    private static void Write837P(Stream stream, long minBytes)
    {
        using var w = new X12Writer(stream, X12WriterOptions.Default with { LineBreaks = true });
        w.BeginInterchange(Isa());
        w.BeginGroup(new X12GroupHeader { FunctionalId = "HC", SenderCode = "CLAIMSMITH", ReceiverCode = "PAYER", Date = "20260101", Time = "1200", ControlNumber = "1", Version = "005010X222A1" });
        var n = 0;
        while (stream.Position < minBytes)
        {
            n++;
            Claim837Writer.Write(w, Submission(n), n.ToString("D9", CultureInfo.InvariantCulture));
        }

        w.EndGroup();
        w.EndInterchange();
        w.Flush();
    }

    private static Submission837 Submission(int n)
    {
        var sub = new Submission837
        {
            BatchId = "B" + n.ToString(CultureInfo.InvariantCulture),
            CreationDate = "20260101",
            CreationTime = "1200",
            Submitter = Party837.Organization("41", "CLAIMSMITH CLINIC", "46", "S12345"),
            Receiver = Party837.Organization("40", "ACME HEALTH PLAN", "46", "R67890"),
        };
        sub.Submitter.Contacts.Add(new Contact("IC", "BILLING OFFICE", [("TE", "5555550100")]));
        var billing = Party837.Organization("85", "CLAIMSMITH CLINIC", "XX", "1234567893");
        billing.Address = new Address { Line1 = "100 MAIN ST", City = "SPRINGFIELD", State = "IL", PostalCode = "627011234" };
        billing.References.Add(new Reference("EI", "123456789"));
        var bp = new BillingProvider837 { Provider = billing };
        sub.BillingProviders.Add(bp);
        for (var i = 0; i < 100; i++)
        {
            var subscriber = Party837.Person("IL", "DOE", "JANE", "MI", "MEM" + i.ToString("D6", CultureInfo.InvariantCulture));
            subscriber.Address = new Address { Line1 = "5 ELM ST", City = "SPRINGFIELD", State = "IL", PostalCode = "62701" };
            subscriber.Demographics = ("19800215", "F");
            var s = new Subscriber837 { Name = subscriber, Payer = Party837.Organization("PR", "ACME HEALTH PLAN", "PI", "PAYER01"), GroupNumber = "GRP100" };
            var claim = new Claim837 { PatientControlNumber = $"P{n}-{i}", TotalCharge = 250m, FacilityCode = "11", ProviderSignature = "Y", PriorAuthorization = "AUTH555" };
            claim.Dates.Add(DateReference.Of("431", new DateOnly(2025, 12, 20)));
            claim.HealthCareCodes.Add(HealthCareCode.Principal("J06.9"));
            claim.HealthCareCodes.Add(HealthCareCode.Other("R05.1"));
            var rendering = Party837.Person("82", "SMITH", "JOHN", "XX", "1245319599");
            rendering.Specialty = ("PE", "PXC", "207Q00000X");
            claim.Providers.Add(rendering);
            foreach (var (code, charge) in new[] { ("99213", 120m), ("87880", 50m), ("94640", 80m) })
            {
                var line = new ServiceLine837 { Procedure = ProcedureCode.Hcpcs(code), Charge = charge, Units = 1, ServiceDate = new DateOnly(2025, 12, 28) };
                line.DiagnosisPointers.Add(1);
                line.LineItemControlNumber = $"L{n}-{i}-{code}";
                claim.Lines.Add(line);
            }

            s.Claims.Add(claim);
            bp.Subscribers.Add(s);
        }

        return sub;
    }

    private static void Write835(Stream stream, long minBytes)
    {
        using var w = new X12Writer(stream, X12WriterOptions.Default with { LineBreaks = true });
        w.BeginInterchange(Isa() with { SenderId = "PAYER", ReceiverId = "CLAIMSMITH" });
        w.BeginGroup(new X12GroupHeader { FunctionalId = "HP", SenderCode = "PAYER", ReceiverCode = "CLAIMSMITH", Date = "20260101", Time = "1200", ControlNumber = "1", Version = "005010X221A1" });
        var n = 0;
        while (stream.Position < minBytes)
        {
            n++;
            Remittance835Writer.Write(w, Remittance(n), n.ToString("D9", CultureInfo.InvariantCulture));
        }

        w.EndGroup();
        w.EndInterchange();
        w.Flush();
    }

    private static Remittance835 Remittance(int n)
    {
        var r = new Remittance835
        {
            TransactionHandlingCode = "I",
            PaymentMethod = "CHK",
            PaymentDate = new DateOnly(2026, 1, 10),
            TraceNumber = "CHK" + n.ToString(CultureInfo.InvariantCulture),
            OriginatingCompanyId = "1512345678",
        };
        r.Payer = new Party835 { EntityCode = "PR", Name = "ACME HEALTH PLAN", Address = new Address { Line1 = "1 PAYER WAY", City = "CHICAGO", State = "IL", PostalCode = "60601" } };
        r.Payer.Contacts.Add(new Contact("BL", "PROVIDER SERVICES", [("TE", "8005550100")]));
        r.Payee = new Party835 { EntityCode = "PE", Name = "CLAIMSMITH CLINIC", IdQualifier = "XX", Id = "1234567893" };
        r.Headers.Add(new ClaimHeader835 { Number = 1 });
        for (var i = 0; i < 100; i++)
        {
            var claim = new ClaimPayment835 { HeaderNumber = 1, PatientControlNumber = $"P{n}-{i}", StatusCode = "1", Charge = 170m, Paid = 110m, PatientResponsibility = 20m, FilingIndicator = "12", PayerClaimControlNumber = $"PCC{n}{i}" };
            claim.Names.Add(new Name835("QC", "1", "DOE", "JANE", null, null, "MI", "MEM" + i.ToString("D6", CultureInfo.InvariantCulture)));
            claim.Dates.Add(new DateReference("232", "D8", "20251228"));
            var l1 = new ServicePayment835 { Procedure = ProcedureCode.Hcpcs("99213", "25"), Charge = 120m, Paid = 80m, UnitsPaid = 1 };
            l1.Dates.Add(new DateReference("472", "D8", "20251228"));
            l1.Adjustments.Add(new Adjustment("CO", "45", 20m));
            l1.Adjustments.Add(new Adjustment("PR", "2", 20m));
            l1.References.Add(new Reference("6R", $"L{n}-{i}-99213"));
            l1.Amounts.Add(new Amount("B6", 100m));
            var l2 = new ServicePayment835 { Procedure = ProcedureCode.Hcpcs("87880"), Charge = 50m, Paid = 30m, UnitsPaid = 1 };
            l2.Dates.Add(new DateReference("472", "D8", "20251228"));
            l2.Adjustments.Add(new Adjustment("CO", "45", 20m));
            l2.References.Add(new Reference("6R", $"L{n}-{i}-87880"));
            l2.Amounts.Add(new Amount("B6", 30m));
            claim.ServiceLines.Add(l1);
            claim.ServiceLines.Add(l2);
            r.Claims.Add(claim);
        }

        r.TotalPayment = r.Claims.Sum(c => c.Paid);
        return r;
    }
}
