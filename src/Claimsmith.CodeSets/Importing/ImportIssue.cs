namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// A problem found in an official file during an import: a stable <see cref="Code"/>, where it
/// is (<see cref="File"/> and 1-based <see cref="Line"/>; 0 when it concerns the whole file) and
/// a plain message. Errors abort the import (nothing is half-imported); warnings do not.
/// </summary>
/// <param name="Code">Stable identifier, e.g. <c>order.line-too-short</c>.</param>
/// <param name="File">The file's name.</param>
/// <param name="Line">1-based line number, or 0.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="IsError">True when the import cannot continue.</param>
public sealed record ImportIssue(string Code, string File, int Line, string Message, bool IsError = true)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message} [{Code}]" : $"{File}: {Message} [{Code}]";
}
