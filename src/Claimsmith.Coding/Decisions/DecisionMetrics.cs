namespace Claimsmith.Coding.Decisions;

/// <summary>
/// Acceptance rate, precision and recall per code from coders' decisions. A suggestion is a
/// true positive when accepted; a rejection or change is a false positive for the suggested
/// code; a change to X or an addition of X is a false negative for X (the engine missed it).
/// Acceptance rate and precision coincide by this definition; both are reported because a
/// screen shows the first and an evaluation the second.
/// </summary>
public static class DecisionMetrics
{
    /// <summary>Statistics per code, ordered by code. Later decisions on the same document and suggested code replace earlier ones.</summary>
    public static IReadOnlyList<CodeDecisionStatistics> PerCode(IEnumerable<CoderDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var latest = new Dictionary<(string, string, string), CoderDecision>();
        foreach (var d in decisions.OrderBy(d => d.DecidedAt))
        {
            // An added code is keyed by its final code, a suggestion by the suggested code.
            var key = d.Kind == DecisionKind.Added ? (d.DocumentId, "+", Norm(d.FinalCode)) : (d.DocumentId, Norm(d.SuggestedCode), "");
            latest[key] = d;
        }

        var suggested = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepted = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in latest.Values)
        {
            var s = Norm(d.SuggestedCode);
            var f = Norm(d.FinalCode);
            if (d.Kind != DecisionKind.Added && s.Length > 0)
            {
                suggested[s] = suggested.GetValueOrDefault(s) + 1;
            }

            if (d.Kind == DecisionKind.Accepted && s.Length > 0)
            {
                accepted[s] = accepted.GetValueOrDefault(s) + 1;
            }

            if (d.Kind != DecisionKind.Rejected && f.Length > 0)
            {
                reported[f] = reported.GetValueOrDefault(f) + 1;
            }
        }

        return [.. suggested.Keys.Union(reported.Keys).Order(StringComparer.Ordinal).Select(code =>
        {
            var n = suggested.GetValueOrDefault(code);
            var a = accepted.GetValueOrDefault(code);
            var r = reported.GetValueOrDefault(code);
            var p = n > 0 ? (double)a / n : double.NaN;
            return new CodeDecisionStatistics(code, n, a, r, p, p, r > 0 ? (double)a / r : double.NaN);
        })];
    }

    private static string Norm(string? code) => (code ?? "").Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
}
