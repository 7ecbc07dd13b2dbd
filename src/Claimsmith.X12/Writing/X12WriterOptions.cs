using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Writing;

/// <summary>How an <see cref="X12Writer"/> formats its output.</summary>
public sealed record X12WriterOptions
{
    /// <summary>Defaults: <c>* : ^ ~</c>, no line breaks.</summary>
    public static X12WriterOptions Default { get; } = new();

    /// <summary>Separators to write with; the ISA declares them.</summary>
    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;

    /// <summary>Write a line break after each segment terminator (readable; receivers tolerate it).</summary>
    public bool LineBreaks { get; init; }

    /// <summary>The line break used when <see cref="LineBreaks"/> is set.</summary>
    public string NewLine { get; init; } = "\n";
}
