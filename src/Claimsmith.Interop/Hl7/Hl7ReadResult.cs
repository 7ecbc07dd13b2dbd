namespace Claimsmith.Interop.Hl7;

/// <summary>What <see cref="Hl7Reader"/> made of one message: the message when it has a usable MSH, and the issues.</summary>
public sealed class Hl7ReadResult
{
    internal Hl7ReadResult(Hl7Message? message, IReadOnlyList<InteropIssue> issues, string text)
    {
        Message = message;
        Issues = issues;
        Text = text;
    }

    /// <summary>Null when there is no usable MSH (the message must be rejected, AR).</summary>
    public Hl7Message? Message { get; }

    public IReadOnlyList<InteropIssue> Issues { get; }

    /// <summary>The decoded text, kept for review even when unreadable.</summary>
    public string Text { get; }

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Message is not null && !Issues.Any(i => i.IsError);
}
