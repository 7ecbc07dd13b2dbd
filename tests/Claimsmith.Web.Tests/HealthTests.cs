using System.Net;

namespace Claimsmith.Web.Tests;

public sealed class HealthTests(ClaimsmithWebFactory factory) : IClassFixture<ClaimsmithWebFactory>
{
    [Fact]
    public async Task Health_Anonymous_ReturnsOk()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_IsServed()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"openapi\"", json, StringComparison.Ordinal);
        Assert.Contains("/api/claims/{id}/ready", json, StringComparison.Ordinal);
        // Codes are documented as patterned strings, money as numbers.
        var schemas = System.Text.Json.Nodes.JsonNode.Parse(json)!["components"]!["schemas"]!;
        Assert.Equal("string", (string?)schemas["Npi"]!["type"]);
        Assert.Equal("^[0-9]{10}$", (string?)schemas["Npi"]!["pattern"]);
        Assert.Equal("number", (string?)schemas["Money"]!["type"]);
    }

    [Fact]
    public async Task ScalarReference_IsServed()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
