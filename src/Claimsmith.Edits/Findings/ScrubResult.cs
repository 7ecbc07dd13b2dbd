namespace Claimsmith.Edits.Findings;

/// <summary>The findings of one claim.</summary>
/// <param name="ClaimId">The claim's identifier.</param>
/// <param name="Findings">Every finding, in the order the edits ran.</param>
/// <param name="Overridden">Findings a user overrode (they no longer stop the claim).</param>
public sealed record ScrubResult(string ClaimId, IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Overridden)
{
    /// <summary>True when an error that has not been overridden remains.</summary>
    public bool HasErrors
    {
        get
        {
            for (var i = 0; i < Findings.Count; i++)
            {
                if (Findings[i].IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when nothing at all was found.</summary>
    public bool IsClean => Findings.Count == 0;
}
