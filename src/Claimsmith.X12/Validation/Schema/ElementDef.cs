namespace Claimsmith.X12.Validation.Schema;

/// <summary>An X12 data element's type and length (X12.6 data types: AN string, ID code, DT date, TM time, N0/N2 numbers, R decimal).</summary>
internal sealed record ElementDef(string Type, int Min, int Max)
{
    /// <summary>Components when the element is a composite; null for a simple element.</summary>
    public IReadOnlyList<ElementDef>? Components { get; init; }

    public bool IsComposite => Components is not null;
}
