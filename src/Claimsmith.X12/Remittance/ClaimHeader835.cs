using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Remittance;

/// <summary>Loop 2000: a header number (LX) grouping claims, with the optional provider summaries TS3/TS2 (institutional).</summary>
public sealed class ClaimHeader835
{
    /// <summary>LX01.</summary>
    public int Number { get; set; }
    /// <summary>TS3 provider summary information, as read.</summary>
    public X12Segment? ProviderSummary { get; set; }
    /// <summary>TS2 provider supplemental summary information, as read.</summary>
    public X12Segment? SupplementalSummary { get; set; }
}
