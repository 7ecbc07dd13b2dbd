namespace Claimsmith.Billing;

/// <summary>Who recorded a chart's codes.</summary>
public enum CodingLevel
{
    /// <summary>The coder finished the chart.</summary>
    Coder = 0,

    /// <summary>A second-level reviewer checked the chart before it was billed and may have changed codes.</summary>
    SecondLevelReview = 1,
}
