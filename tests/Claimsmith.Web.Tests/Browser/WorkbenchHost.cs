using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The real host on a free Kestrel port (SQLite, synthetic code sets, one user per role) with
/// seeded synthetic data, and Debian's Chromium driven by Playwright. Playwright never downloads
/// a browser here: without Chromium at <c>CLAIMSMITH_CHROMIUM</c> or the Debian paths the tests
/// skip with the reason.
/// </summary>
public class WorkbenchHost : ClaimsmithWebFactory, IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];
    private IPlaywright? _playwright;

    public WorkbenchHost() => UseKestrel(0);

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("CLAIMSMITH_CHROMIUM") is { Length: > 0 } p && File.Exists(p) ? p : ChromiumPaths.FirstOrDefault(File.Exists);

    public override string? SkipReason => ChromiumPath is null
        ? "Chromium is not installed (apt-get install -y chromium, or set CLAIMSMITH_CHROMIUM): browser tests need Debian's Chromium"
        : null;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public SeededData Data { get; private set; } = default!;

    public new async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        StartServer();
        await base.InitializeAsync();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        await using (var scope = Services.CreateAsyncScope())
        {
            Data = await SeededData.CreateAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>());
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) at the host's address.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString().TrimEnd('/'), AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
}

/// <summary>Synthetic records the browser tests work on: an organization, a payer, a provider, patients with coverage, encounters with notes.</summary>
public sealed record SeededData(Guid OrganizationId, Guid UncodedEncounterId, Guid CodedEncounterId, Guid PatientId)
{
    public const string Note =
        "Chief complaint: follow-up of diabetes.\n" +
        "Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease. Essential hypertension, stable.\n" +
        "Patient denies chest pain.\n" +
        "Total time spent: 35 minutes.";

    public static async Task<SeededData> CreateAsync(ClaimsmithDbContext db)
    {
        var address = new Address { Line1 = "40 Synthetic Row", City = "Testville", State = "OH", PostalCode = "432101234" };
        var org = new Organization
        {
            Name = "Alder Family Practice",
            Kind = OrganizationKind.Practice,
            TaxId = "221334444",
            Npi = Npi.Parse("200000001" + Npi.ComputeCheckDigit("200000001")),
            Taxonomy = TaxonomyCode.Parse("207Q00000X"),
            Address = address,
        };
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYM01", ClaimFilingIndicator = "CI", TimelyFilingDays = 3650, Address = address with { } };
        var provider = new Provider { OrganizationId = org.Id, LastName = "Heron", FirstName = "Ada", Npi = Npi.Parse("200000002" + Npi.ComputeCheckDigit("200000002")), Taxonomy = TaxonomyCode.Parse("207Q00000X") };
        db.AddRange(org, payer, provider);

        Encounter NewEncounter(string last, string first, DateOnly dos)
        {
            var patient = new Patient { OrganizationId = org.Id, AccountNumber = "ALD" + Guid.NewGuid().ToString("N")[..6], LastName = last, FirstName = first, BirthDate = new DateOnly(1964, 4, 4), Sex = Sex.Female, Address = address with { } };
            db.Patients.Add(patient);
            db.Coverages.Add(new Coverage { PatientId = patient.Id, PayerId = payer.Id, Order = CoverageOrder.Primary, MemberId = "SYM-" + first, Relationship = SubscriberRelationship.Self, EffectiveFrom = new DateOnly(2026, 1, 1) });
            var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = dos, ServiceTo = dos, PlaceOfService = "11", RenderingProviderId = provider.Id };
            e.Documents.Add(new ClinicalDocument { EncounterId = e.Id, Title = "Progress note", Kind = "progress note", Text = Note, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "seed" });
            db.Encounters.Add(e);
            return e;
        }

        // The oldest uncoded encounter is the one the queue opens first.
        var uncoded = NewEncounter("Vale", "Jo", new DateOnly(2026, 3, 2));
        var coded = NewEncounter("Moss", "Rae", new DateOnly(2026, 3, 9));
        coded.AddDiagnosis(DiagnosisCode.Parse("E11.22"));
        coded.AddDiagnosis(DiagnosisCode.Parse("I10"));
        var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse("99214"), Units = 1m, Charge = Money.Of(150m), ServiceFrom = coded.ServiceFrom };
        line.SetPointers([1, 2]);
        coded.AddCharge(line);
        await db.SaveChangesAsync();
        return new SeededData(org.Id, uncoded.Id, coded.Id, coded.PatientId);
    }
}
