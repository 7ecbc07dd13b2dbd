namespace Claimsmith.Coding.Text;

/// <summary>A word of the note: offsets, lower-case form and stem.</summary>
internal readonly record struct Token(int Start, int Length, string Lower, string Stem, int Sentence);
