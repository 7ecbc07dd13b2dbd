namespace Claimsmith.Coding.Evaluation;

/// <summary>
/// MAP, precision, recall and F1 exactly as <c>score_codiesp.py</c> computes them: codes
/// compared case-insensitively without dots, predictions deduplicated in order, documents
/// without predictions score 0, predictions for documents outside the gold are ignored.
/// </summary>
public static class RankingMetrics
{
    /// <summary>Normalises a code for comparison (lower case, no dot, trimmed).</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);
    }

    /// <summary>Scores ranked predictions against gold codes; <paramref name="cut"/> compares only that many leading characters (category level).</summary>
    public static RankingScore Score(IReadOnlyDictionary<string, IReadOnlyList<string>> gold, IReadOnlyDictionary<string, IReadOnlyList<string>> predicted, int? cut = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        string Cut(string c)
        {
            var n = Normalise(c);
            return cut is { } k && n.Length > k ? n[..k] : n;
        }

        double apSum = 0;
        long tp = 0, nPred = 0, nGold = 0;
        foreach (var (doc, codes) in gold)
        {
            var g = codes.Select(Cut).ToHashSet(StringComparer.Ordinal);
            var p = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (predicted.TryGetValue(doc, out var pred))
            {
                foreach (var c in pred)
                {
                    var x = Cut(c);
                    if (seen.Add(x))
                    {
                        p.Add(x);
                    }
                }
            }

            nGold += g.Count;
            nPred += p.Count;
            var hits = 0;
            double precSum = 0;
            for (var i = 0; i < p.Count; i++)
            {
                if (g.Contains(p[i]))
                {
                    hits++;
                    precSum += (double)hits / (i + 1);
                }
            }

            tp += hits;
            apSum += g.Count > 0 ? precSum / g.Count : 0;
        }

        var map = gold.Count > 0 ? apSum / gold.Count : 0;
        var precision = nPred > 0 ? (double)tp / nPred : 0;
        var recall = nGold > 0 ? (double)tp / nGold : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RankingScore(gold.Count, map, precision, recall, f1);
    }

    /// <summary>Reads a <c>docId&lt;TAB&gt;code[&lt;TAB&gt;score]</c> file in order (gold or predictions); blank or short lines are skipped.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ReadCodes(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || string.IsNullOrWhiteSpace(parts[1]))
            {
                continue;
            }

            var doc = parts[0].Trim();
            if (!result.TryGetValue(doc, out var list))
            {
                result[doc] = list = [];
                order.Add(doc);
            }

            list.Add(parts[1]);
        }

        return order.ToDictionary(d => d, d => (IReadOnlyList<string>)result[d], StringComparer.Ordinal);
    }
}
