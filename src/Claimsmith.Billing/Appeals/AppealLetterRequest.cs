namespace Claimsmith.Billing;

/// <summary>What an appeal letter is built from.</summary>
public sealed record AppealLetterRequest
{
    public required Appeal Appeal { get; init; }
    /// <summary>The claim with its lines, diagnoses and status history.</summary>
    public required Claim Claim { get; init; }
    public required Organization Organization { get; init; }
    public Payer? Payer { get; init; }
    /// <summary>The member id on the claim's coverage.</summary>
    public string? MemberId { get; init; }
    /// <summary>The claim's ledger entries (paid and adjusted per line).</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];
    /// <summary>CARC description lookup (imported code set); null or a null answer leaves a marked blank.</summary>
    public Func<string, string?>? DescribeCarc { get; init; }
    /// <summary>RARC description lookup (imported code set).</summary>
    public Func<string, string?>? DescribeRarc { get; init; }
    public DateOnly Date { get; init; }
    /// <summary>Who signs (the biller's name); blank is marked.</summary>
    public string? SignedBy { get; init; }
}
