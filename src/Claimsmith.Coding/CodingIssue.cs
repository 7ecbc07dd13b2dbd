namespace Claimsmith.Coding;

/// <summary>A problem met while coding a note (never thrown for ordinary bad input).</summary>
/// <param name="Code">Stable identifier (e.g. <c>CAC001</c>).</param>
/// <param name="Location">Where (an offset, a file name), or empty.</param>
/// <param name="Message">Plain message.</param>
public sealed record CodingIssue(string Code, string Location, string Message);
