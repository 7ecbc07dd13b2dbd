namespace Claimsmith.X12.ClaimStatus;

/// <summary>
/// STC: a claim or line status: category (A1/A2 acknowledged/accepted, A3/A6/A7/A8 rejected,
/// F0-F4 finalized, P0-P5 pending, ...), status code, entity, effective date, amounts.
/// </summary>
/// <param name="Category">STC01-1 health care claim status category code.</param>
/// <param name="Code">STC01-2 health care claim status code.</param>
/// <param name="EntityCode">STC01-3 entity identifier code.</param>
/// <param name="Date">STC02 status effective date (CCYYMMDD).</param>
/// <param name="ActionCode">STC03 action code (WQ accepted, U reject).</param>
/// <param name="ChargeAmount">STC04 total claim charge.</param>
/// <param name="PaidAmount">STC05 claim payment amount.</param>
public sealed record StatusInfo(string Category, string Code, string? EntityCode, string? Date, string? ActionCode, decimal? ChargeAmount, decimal? PaidAmount)
{
    /// <summary>STC10 and STC11: additional category/status/entity triplets.</summary>
    public IReadOnlyList<(string Category, string Code, string? EntityCode)> Additional { get; init; } = [];

    /// <summary>STC12 free-form message (277CA).</summary>
    public string? Message { get; init; }

    /// <summary>Whether the category is one of the rejection categories (A3, A4, A6, A7, A8, E*).</summary>
    public bool IsRejection => Category is "A3" or "A4" or "A6" or "A7" or "A8" || Category.StartsWith('E');
}
