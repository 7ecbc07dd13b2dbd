using Claimsmith.Coding.Learning;

namespace Claimsmith.Coding.Evaluation;

/// <summary>Reads a folder of <c>*.txt</c> notes (document id = file name without <c>.txt</c>) and CodiEsp-layout gold files.</summary>
public static class NoteFolder
{
    /// <summary>The notes in <paramref name="directory"/>, ordered by id.</summary>
    public static IReadOnlyList<(string Id, string Text)> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return [.. Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))];
    }

    /// <summary>
    /// A CodiEsp split folder (<c>text_files_en</c>, <c>{split}D.tsv</c>, <c>{split}P.tsv</c>) as
    /// training notes; gold files that are missing leave the codes empty.
    /// </summary>
    public static IReadOnlyList<TrainingNote> ReadCodiEspSplit(string splitDirectory)
    {
        ArgumentNullException.ThrowIfNull(splitDirectory);
        var split = Path.GetFileName(Path.TrimEndingDirectorySeparator(splitDirectory));
        Dictionary<string, IReadOnlyList<string>> Gold(string suffix)
        {
            var path = Path.Combine(splitDirectory, split + suffix + ".tsv");
            if (!File.Exists(path))
            {
                return [];
            }

            using var reader = File.OpenText(path);
            return RankingMetrics.ReadCodes(reader);
        }

        var d = Gold("D");
        var p = Gold("P");
        return [.. Read(Path.Combine(splitDirectory, "text_files_en"))
            .Select(n => new TrainingNote(n.Id, n.Text, d.GetValueOrDefault(n.Id) ?? [], p.GetValueOrDefault(n.Id) ?? []))];
    }
}
