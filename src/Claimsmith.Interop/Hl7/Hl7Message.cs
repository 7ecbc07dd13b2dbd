namespace Claimsmith.Interop.Hl7;

/// <summary>A parsed HL7 v2 message: its delimiters and segments, with the MSH values most callers need.</summary>
public sealed class Hl7Message
{
    internal Hl7Message(string text, Hl7Delimiters delimiters, IReadOnlyList<Hl7Segment> segments)
    {
        Text = text;
        Delimiters = delimiters;
        Segments = segments;
    }

    /// <summary>The message text as decoded from its bytes.</summary>
    public string Text { get; }

    public Hl7Delimiters Delimiters { get; }

    public IReadOnlyList<Hl7Segment> Segments { get; }

    /// <summary>The MSH segment (the reader only returns messages that have one).</summary>
    public Hl7Segment Header => Segments[0];

    /// <summary>MSH-9.1 message code, e.g. <c>ADT</c>.</summary>
    public string MessageCode => Header.Field(9).Component(1).Value;

    /// <summary>MSH-9.2 trigger event, e.g. <c>A04</c>.</summary>
    public string TriggerEvent => Header.Field(9).Component(2).Value;

    /// <summary>MSH-9 as <c>ADT^A04</c>.</summary>
    public string MessageType => TriggerEvent.Length == 0 ? MessageCode : MessageCode + "^" + TriggerEvent;

    /// <summary>MSH-10 message control id.</summary>
    public string ControlId => Header.Field(10).Value;

    /// <summary>MSH-11.1 processing id (P production, T training, D debugging).</summary>
    public string ProcessingId => Header.Field(11).Component(1).Value;

    /// <summary>MSH-12.1 version id, e.g. <c>2.5.1</c>.</summary>
    public string Version => Header.Field(12).Component(1).Value;

    /// <summary>The first segment with <paramref name="id"/>, or null.</summary>
    public Hl7Segment? Segment(string id)
    {
        foreach (var s in Segments)
        {
            if (s.Id == id)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>All segments with <paramref name="id"/>, in order.</summary>
    public IEnumerable<Hl7Segment> SegmentsNamed(string id) => Segments.Where(s => s.Id == id);
}
