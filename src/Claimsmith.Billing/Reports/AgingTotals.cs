namespace Claimsmith.Billing;

/// <summary>Open balance split into the five <see cref="AgingBucket"/>s.</summary>
public sealed record AgingTotals
{
    /// <summary>0-30 days.</summary>
    public Money Current { get; init; }
    /// <summary>31-60 days.</summary>
    public Money Days31To60 { get; init; }
    /// <summary>61-90 days.</summary>
    public Money Days61To90 { get; init; }
    /// <summary>91-120 days.</summary>
    public Money Days91To120 { get; init; }
    /// <summary>More than 120 days.</summary>
    public Money Over120 { get; init; }

    /// <summary>The sum of the buckets.</summary>
    public Money Total => Current + Days31To60 + Days61To90 + Days91To120 + Over120;

    /// <summary>No balance.</summary>
    public static AgingTotals Empty { get; } = new();

    /// <summary>
    /// The bucket of a balance <paramref name="days"/> old. Day 0 is the date of service; the
    /// 30th day after it is still current (0-30), the 31st starts 31-60.
    /// </summary>
    public static AgingBucket BucketOf(int days) => days switch
    {
        <= 30 => AgingBucket.Current,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        <= 120 => AgingBucket.Days91To120,
        _ => AgingBucket.Over120,
    };

    /// <summary>Whole days from <paramref name="start"/> to <paramref name="asOf"/> (never below zero).</summary>
    public static int DaysBetween(DateOnly start, DateOnly asOf) => Math.Max(0, asOf.DayNumber - start.DayNumber);

    /// <summary>These totals with <paramref name="amount"/> added to <paramref name="bucket"/>.</summary>
    public AgingTotals Add(AgingBucket bucket, Money amount) => bucket switch
    {
        AgingBucket.Current => this with { Current = Current + amount },
        AgingBucket.Days31To60 => this with { Days31To60 = Days31To60 + amount },
        AgingBucket.Days61To90 => this with { Days61To90 = Days61To90 + amount },
        AgingBucket.Days91To120 => this with { Days91To120 = Days91To120 + amount },
        _ => this with { Over120 = Over120 + amount },
    };

    /// <summary>The amount in one bucket.</summary>
    public Money this[AgingBucket bucket] => bucket switch
    {
        AgingBucket.Current => Current,
        AgingBucket.Days31To60 => Days31To60,
        AgingBucket.Days61To90 => Days61To90,
        AgingBucket.Days91To120 => Days91To120,
        _ => Over120,
    };
}
