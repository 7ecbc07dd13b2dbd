namespace Claimsmith.CodeSets.Importing;

/// <summary>Progress of an import: the step being done and how many of all steps are done.</summary>
/// <param name="Step">What is being read or built.</param>
/// <param name="Done">Steps finished.</param>
/// <param name="Total">All steps.</param>
public sealed record ImportProgress(string Step, int Done, int Total);
