namespace Claimsmith.Billing;

/// <summary>What is owed, by days past the due date.</summary>
public sealed record AgingBuckets(Money Current, Money Days1To30, Money Days31To60, Money Days61To90, Money Over90)
{
    /// <summary>All buckets.</summary>
    public Money Total => Current + Days1To30 + Days31To60 + Days61To90 + Over90;

    /// <summary>Zero in every bucket.</summary>
    public static AgingBuckets Empty { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    /// <summary>These buckets with <paramref name="amount"/> added to the bucket of <paramref name="daysPastDue"/>.</summary>
    public AgingBuckets Add(int daysPastDue, Money amount) => daysPastDue switch
    {
        <= 0 => this with { Current = Current + amount },
        <= 30 => this with { Days1To30 = Days1To30 + amount },
        <= 60 => this with { Days31To60 = Days31To60 + amount },
        <= 90 => this with { Days61To90 = Days61To90 + amount },
        _ => this with { Over90 = Over90 + amount },
    };
}
