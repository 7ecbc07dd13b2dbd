using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// An amount of US dollars with at most two decimal places. Money is <see cref="decimal"/>,
/// never <see cref="double"/>: X12 5010 monetary elements (R type) and the ledger are exact to the cent.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private Money(decimal amount) => Amount = amount;

    /// <summary>Zero dollars.</summary>
    public static Money Zero => default;

    /// <summary>The amount in dollars (two decimal places at most).</summary>
    public decimal Amount { get; }

    /// <summary>The amount as a whole number of cents (how SQLite stores it).</summary>
    public long Cents => decimal.ToInt64(Amount * 100m);

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Money from a dollar amount; throws when it has fractions of a cent (a programmer error).</summary>
    public static Money Of(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentException($"Money has at most two decimal places: {amount}.", nameof(amount));
        }

        return new Money(amount);
    }

    /// <summary>Money from whole cents.</summary>
    public static Money FromCents(long cents) => new(cents / 100m);

    /// <summary>Parses a plain decimal amount such as <c>125.50</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out Money value)
    {
        value = Zero;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            || decimal.Round(d, 2) != d)
        {
            return false;
        }

        value = new Money(d);
        return true;
    }

    /// <summary>Sum of amounts.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        foreach (var m in amounts)
        {
            total += m.Amount;
        }

        return new Money(total);
    }

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount);

    public static Money operator -(Money value) => new(-value.Amount);

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    /// <summary>Adds two amounts.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>The amount with the opposite sign.</summary>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Amount.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>The amount with two decimals, invariant culture (<c>125.50</c>).</summary>
    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => Amount.ToString(format ?? "0.00", formatProvider ?? CultureInfo.InvariantCulture);
}
