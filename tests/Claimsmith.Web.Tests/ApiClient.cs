using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Claimsmith.Web.Tests;

/// <summary>Small helpers to call the API with JSON and read JSON back.</summary>
internal static class ApiClient
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(this HttpClient client, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null, response);
    }

    /// <summary>POSTs a raw X12 file as the body (<c>application/edi-x12</c>) and reads the JSON answer.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostX12Async(this HttpClient client, string url, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/edi-x12");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null);
    }

    public static async Task<JsonNode> CreateAsync(this HttpClient client, string url, object body)
    {
        var (status, json, _) = await client.SendAsync(HttpMethod.Post, url, body);
        Assert.True(status == HttpStatusCode.Created, $"POST {url}: {(int)status} {json?.ToJsonString()}");
        return json!;
    }

    public static object Address(string line1 = "12 Synthetic Way") => new { line1, city = "Testville", state = "OH", postalCode = "43210" };
}
