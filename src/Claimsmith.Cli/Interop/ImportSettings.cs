using System.ComponentModel;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary>Paths and the organization for the import commands.</summary>
internal sealed class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Files or folders to import (folders: every file in them).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--organization <ID>")]
    [Description("The organization the records belong to (optional when there is only one).")]
    public Guid? Organization { get; init; }

    /// <summary>The files named, folders expanded, in a stable order.</summary>
    public IEnumerable<string> Files(string pattern) => Paths.SelectMany<string, string>(p =>
        Directory.Exists(p) ? Directory.EnumerateFiles(p, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
}
