namespace Claimsmith.Interop.Mllp;

/// <summary>
/// Minimal Lower Layer Protocol framing (HL7 v2.5.1 Appendix C.4.1): start block 0x0B, the
/// message, end block 0x1C then carriage return 0x0D.
/// </summary>
public static class MllpFrame
{
    /// <summary>Start block (VT).</summary>
    public const byte StartBlock = 0x0B;

    /// <summary>End block (FS).</summary>
    public const byte EndBlock = 0x1C;

    /// <summary>Carriage return after the end block.</summary>
    public const byte CarriageReturn = 0x0D;

    /// <summary>Wraps <paramref name="message"/> in a frame.</summary>
    public static byte[] Wrap(ReadOnlySpan<byte> message)
    {
        var frame = new byte[message.Length + 3];
        frame[0] = StartBlock;
        message.CopyTo(frame.AsSpan(1));
        frame[^2] = EndBlock;
        frame[^1] = CarriageReturn;
        return frame;
    }
}
