namespace Claimsmith.Coding.Text;

/// <summary>
/// A word of the note: offsets, lower-case form and stem, the stem's number
/// (<see cref="WordPool.StemId"/>; -1 for a stem no table knows) and whether the word is a
/// function word, so the matchers compare numbers instead of hashing strings.
/// </summary>
internal readonly record struct Token(int Start, int Length, string Lower, string Stem, int Sentence, int StemId = -1, bool IsStopWord = false);
