namespace Claimsmith.Web.Workbench.Charts;

/// <summary>One bar of a (stacked) bar chart: its label and one value per series.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<decimal> Values)
{
    /// <summary>The bar's length: the sum of its values.</summary>
    public decimal Total => Values.Sum();
}
