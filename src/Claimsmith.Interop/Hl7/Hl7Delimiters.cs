namespace Claimsmith.Interop.Hl7;

/// <summary>
/// The delimiters a message declares in MSH-1 and MSH-2 (HL7 v2.5.1 chapter 2, 2.5.4 "Message
/// delimiters"): field, component, repetition, escape, subcomponent. The segment terminator is
/// always carriage return.
/// </summary>
public readonly record struct Hl7Delimiters(char Field, char Component, char Repetition, char Escape, char Subcomponent)
{
    /// <summary>The recommended <c>|^~\&amp;</c>.</summary>
    public static Hl7Delimiters Default { get; } = new('|', '^', '~', '\\', '&');

    /// <summary>MSH-2 as written: component, repetition, escape, subcomponent.</summary>
    public string EncodingCharacters => new([Component, Repetition, Escape, Subcomponent]);

    /// <summary>True when <paramref name="c"/> is one of the five delimiters.</summary>
    public bool IsDelimiter(char c) => c == Field || c == Component || c == Repetition || c == Escape || c == Subcomponent;
}
