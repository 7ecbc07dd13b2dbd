namespace Claimsmith.X12.Common;

/// <summary>A PER segment: contact function, name and up to three communication numbers.</summary>
/// <param name="FunctionCode">PER01, e.g. IC information contact, BL billing.</param>
/// <param name="Name">PER02.</param>
/// <param name="Numbers">Pairs of (qualifier TE/FX/EM/EX/UR, number) from PER03..PER08.</param>
public sealed record Contact(string FunctionCode, string? Name, IReadOnlyList<(string Qualifier, string Number)> Numbers);
