namespace Claimsmith.Web.Common;

/// <summary>Reads an uploaded file sent as the raw request body (an X12 interchange), bounded by the body limit.</summary>
internal static class UploadBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
