namespace Claimsmith.CodeSets.Fees;

/// <summary>A Medicare payment locality with its geographic practice cost indices.</summary>
/// <param name="Mac">Medicare administrative contractor number, e.g. <c>13202</c>.</param>
/// <param name="State">Two-letter state.</param>
/// <param name="Number">Locality number within the contractor, e.g. <c>01</c>.</param>
/// <param name="Name">Locality name, e.g. <c>MANHATTAN</c>.</param>
/// <param name="WorkGpci">Work GPCI (with the 1.0 floor where the law applies it).</param>
/// <param name="PracticeExpenseGpci">Practice expense GPCI.</param>
/// <param name="MalpracticeGpci">Malpractice GPCI.</param>
public sealed record Locality(string Mac, string State, string Number, string Name, decimal WorkGpci, decimal PracticeExpenseGpci, decimal MalpracticeGpci)
{
    /// <summary>The identifier Claimsmith uses: contractor and locality, e.g. <c>13202-01</c>.</summary>
    public string Id => $"{Mac}-{Number}";
}
