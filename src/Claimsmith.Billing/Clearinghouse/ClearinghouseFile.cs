namespace Claimsmith.Billing;

/// <summary>A file sent to or received from a clearinghouse.</summary>
/// <param name="Name">File name (unique within the connection's folder or mailbox).</param>
/// <param name="Transaction">What it holds, from its first ST (and GS08 for 277 vs 277CA).</param>
/// <param name="Content">The interchange bytes.</param>
public sealed record ClearinghouseFile(string Name, ClearinghouseTransaction Transaction, byte[] Content)
{
    /// <summary>Tells the transaction from the bytes: the first ST01, and for a 277 whether GS08 names the 277CA guide (X214).</summary>
    public static ClearinghouseTransaction Identify(ReadOnlySpan<byte> content)
    {
        var start = content.IndexOf("ISA"u8);
        if (start < 0 || content.Length < start + 4)
        {
            return ClearinghouseTransaction.Unknown;
        }

        // The first ST after the GS: segments start after a terminator, so search from GS on.
        var separator = content[start + 3];
        Span<byte> gs = [(byte)'G', (byte)'S', separator];
        Span<byte> st = [(byte)'S', (byte)'T', separator];
        var group = content.IndexOf(gs);
        var at = group < 0 ? -1 : content[group..].IndexOf(st);
        if (at < 0 || content.Length < group + at + 6)
        {
            return ClearinghouseTransaction.Unknown;
        }

        var id = System.Text.Encoding.ASCII.GetString(content.Slice(group + at + 3, 3));
        return id switch
        {
            "837" => ClearinghouseTransaction.Claim837,
            "270" => ClearinghouseTransaction.Eligibility270,
            "276" => ClearinghouseTransaction.ClaimStatus276,
            "999" => ClearinghouseTransaction.Acknowledgment999,
            "271" => ClearinghouseTransaction.Eligibility271,
            "835" => ClearinghouseTransaction.Remittance835,
            "277" => content.IndexOf("X214"u8) >= 0 ? ClearinghouseTransaction.ClaimAcknowledgment277 : ClearinghouseTransaction.ClaimStatus277,
            _ => ClearinghouseTransaction.Unknown,
        };
    }
}
