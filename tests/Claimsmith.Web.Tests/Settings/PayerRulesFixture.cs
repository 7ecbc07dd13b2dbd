using Microsoft.AspNetCore.Hosting;

namespace Claimsmith.Web.Tests.Settings;

/// <summary>A synthetic payer rules file (one good rule per payer, one rule for every payer, one broken rule) and the setting that names it.</summary>
internal static class PayerRulesFixture
{
    public const string PayerId = "SETR1";

    public const string Json = """
        {
          "payers": [ { "payerId": "SETR1", "name": "Rules Mutual", "timelyFilingDays": 90 } ],
          "rules": [
            { "id": "SETR-PT-GP", "payers": ["SETR1"], "codes": ["97110-97546"], "action": "require-modifier", "modifier": "GP",
              "message": "Therapy services need GP", "source": "Rules Mutual therapy policy 2026" },
            { "id": "ALL-J0696-UNITS", "codes": ["J0696"], "unitsOver": 4, "action": "warn", "message": "More than 4 units of ceftriaxone" },
            { "id": "SETR-BROKEN", "payers": ["SETR1"], "action": "require-modifier", "message": "no modifier named" }
          ]
        }
        """;

    /// <summary>Writes the file into a fresh folder and names it in the host's configuration.</summary>
    public static string Configure(IWebHostBuilder builder)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "claimsmith-payer-rules-" + Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(dir, "payer-rules.json");
        File.WriteAllText(path, Json);
        builder.UseSetting("Claimsmith:Scrubber:PayerRules", path);
        return path;
    }
}

/// <summary>The SQLite host with <see cref="PayerRulesFixture"/> configured.</summary>
public sealed class PayerRulesWebFactory : ClaimsmithWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PayerRulesFixture.Configure(builder);
    }
}

/// <summary>
/// A SQLite host whose payer rules file its tests rewrite and reload (a file of its own, so
/// <see cref="PayerRulesWebFactory"/>'s tests keep reading the fixture as written).
/// </summary>
public sealed class PayerRulesReloadWebFactory : ClaimsmithWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PayerRulesFixture.Configure(builder);
    }
}

/// <summary>The PostgreSQL host with a payer rules file its tests rewrite and reload.</summary>
public sealed class PostgresPayerRulesReloadWebFactory : PostgresClaimsmithWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PayerRulesFixture.Configure(builder);
    }
}
