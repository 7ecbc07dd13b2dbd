using System.Collections.Concurrent;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// What a batch scrub found per claim, for the claims list's "findings of this scrub" filter and
/// its Scrub column. Only claims with findings are kept (a clean claim needs no row), so a scrub
/// of 10,000 claims keeps at most 10,000 small entries while the job is listed.
/// </summary>
internal sealed class ClaimScrubFindings
{
    private readonly ConcurrentDictionary<Guid, ClaimFindingCounts> _claims = new();

    public void Add(Guid claimId, int errors, int warnings)
    {
        if (errors > 0 || warnings > 0)
        {
            _claims[claimId] = new ClaimFindingCounts(errors, warnings);
        }
    }

    /// <summary>Claims with findings.</summary>
    public int Count => _claims.Count;

    /// <summary>The claims with findings and their counts.</summary>
    public IReadOnlyDictionary<Guid, ClaimFindingCounts> Claims => _claims;
}

/// <summary>Errors and warnings the scrubber left standing on one claim.</summary>
internal readonly record struct ClaimFindingCounts(int Errors, int Warnings)
{
    /// <summary>The Scrub column's words.</summary>
    public override string ToString() => Errors > 0
        ? $"{Errors} error(s)" + (Warnings > 0 ? $", {Warnings} warning(s)" : "")
        : $"{Warnings} warning(s)";
}
