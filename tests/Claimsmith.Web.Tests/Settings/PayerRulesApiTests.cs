using System.Net;

namespace Claimsmith.Web.Tests.Settings;

/// <summary>The scrubber's configured payer rules, per payer and in words, with the file's problems.</summary>
public sealed class PayerRulesApiTests(PayerRulesWebFactory factory) : IClassFixture<PayerRulesWebFactory>
{
    [Fact]
    public async Task ConfiguredRules_AreGroupedPerPayer_InWords_WithTheFilesProblems()
    {
        var admin = await factory.ClientAsAsync(Claimsmith.Data.ClaimsmithRoles.Admin);
        await admin.CreateAsync("/api/payers", new { name = "Rules Mutual Health", payerIdentifier = PayerRulesFixture.PayerId });
        var (status, view, _) = await admin.SendAsync(HttpMethod.Get, "/api/payer-rules");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)view!["configured"]!);
        Assert.EndsWith("payer-rules.json", (string?)view["file"], StringComparison.Ordinal);

        var groups = view["payers"]!.AsArray();
        var every = groups.Single(g => g!["payerId"] is null)!;
        Assert.Equal("For procedure code J0696, with more than 4 units: the scrubber warns (the claim may still go).", (string?)every["rules"]![0]!["description"]);
        var payer = groups.Single(g => (string?)g!["payerId"] == PayerRulesFixture.PayerId)!;
        Assert.Equal("Rules Mutual Health", (string?)payer["names"]![0]);
        Assert.Equal(90, (int?)payer["timelyFilingDays"]);
        var rule = payer["rules"]!.AsArray().Single()!;
        Assert.Equal("SETR-PT-GP", (string?)rule["id"]);
        Assert.Equal("For procedure code 97110-97546: the claim stops unless the line has modifier GP.", (string?)rule["description"]);
        Assert.Equal("Rules Mutual therapy policy 2026", (string?)rule["source"]);

        // The broken rule is not run, and the view says why.
        Assert.Contains(view["problems"]!.AsArray(), p => ((string?)p)!.Contains("SETR-BROKEN", StringComparison.Ordinal) && ((string?)p)!.Contains("modifier", StringComparison.Ordinal));
    }
}
