using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Privacy;

/// <summary>
/// The synthetic practice of <see cref="Sample"/> with PHI made of unique tokens, a built claim
/// and a released batch, so a scan of the raw database can look for each value.
/// </summary>
internal sealed class PhiSample
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 2, 4, 8, 30, 0, TimeSpan.Zero));

    public PhiSample()
    {
        Token = string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))));
        Sample = new Sample();
        var p = Sample.Patient;
        p.LastName = "Quennell" + Token;
        p.FirstName = "Ysolde" + Token;
        p.MiddleName = "Marit" + Token;
        p.BirthDate = new DateOnly(1931, 4, 19);
        p.Phone = "614-555-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        p.Address = new Address { Line1 = "77 Larkspur" + Token + " Way", City = "Gahanna" + Token, State = "OH", PostalCode = "43230" };
        Sample.Coverage.MemberId = "MBR" + Token.ToUpperInvariant();
        Sample.Coverage.Subscriber = Sample.Coverage.Subscriber! with
        {
            LastName = "Quennell" + Token,
            FirstName = "Torvald" + Token,
            BirthDate = new DateOnly(1929, 11, 3),
            Address = p.Address,
        };
        Sample.Secondary.MemberId = "SUPMBR" + Token.ToUpperInvariant();
        Sample.Encounter.Documents[0].Text = $"Patient Ysolde{Token} seen for knee pain; lives at 77 Larkspur{Token} Way.";
    }

    public string Token { get; }

    public Sample Sample { get; }

    public Claim? Claim { get; private set; }

    public ClaimBatch? Batch { get; private set; }

    /// <summary>Every plaintext PHI value of the sample.</summary>
    public IReadOnlyList<string> Plaintexts => [
        Sample.Patient.LastName, Sample.Patient.FirstName, Sample.Patient.MiddleName!, "1931-04-19", Sample.Patient.Phone!,
        Sample.Patient.Address.Line1, Sample.Patient.Address.City, "Torvald" + Token, "1929-11-03",
        Sample.Coverage.MemberId, Sample.Secondary.MemberId, "knee pain", "Larkspur" + Token,
        Token, Token.ToUpperInvariant(),
    ];

    public async Task SaveAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        Sample.AddTo(db);
        var number = await db.NextClaimNumberAsync(ct);
        Claim = ClaimBuilder.Build(Sample.BuildRequest(number), Clock).Claim!;
        db.Claims.Add(Claim);
        var content = System.Text.Encoding.ASCII.GetBytes($"ISA*00*~NM1*IL*1*{Sample.Patient.LastName.ToUpperInvariant()}*{Sample.Patient.FirstName.ToUpperInvariant()}~DMG*D8*19310419~NM1*PR*2*SYN~REF*SY*{Sample.Coverage.MemberId}~");
        Batch = ClaimBatch.Create(Random.Shared.NextInt64(1, 999_999_999), ClaimKind.Professional, content, [Claim.Id], "biller1", Clock);
        db.ClaimBatches.Add(Batch);
        var set = new SuggestionSet { EncounterId = Sample.Encounter.Id, DateOfService = Sample.Encounter.ServiceFrom, CreatedAt = Clock.GetUtcNow(), CreatedBy = "coder1" };
        set.Suggestions.Add(new SuggestedCode
        {
            SetId = set.Id,
            DocumentId = Sample.Encounter.Documents[0].Id,
            Code = "M25561",
            DisplayCode = "M25.561",
            Evidence = [new SuggestedEvidence { Start = 8, Length = 30, Text = $"Ysolde{Token} seen for knee pain" }],
        });
        db.SuggestionSets.Add(set);
        await db.SaveChangesAsync(ct);
    }
}
