using System.Collections.Concurrent;
using System.Collections.Frozen;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Internal;
using Claimsmith.Edits.Overrides;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Edits;

/// <summary>
/// The claim scrubber: runs the ICD-10-CM, procedure (NCCI PTP and MUE, MPFS indicators,
/// modifiers), completeness and payer edits over a claim and returns its findings. One
/// instance serves any number of threads; per-code data is computed once and kept.
/// </summary>
public sealed partial class ClaimScrubber
{
    private static readonly Finding[] NoFindings = [];

    private readonly CodeSetSnapshot _codes;
    private readonly ScrubberOptions _options;
    private readonly ConcurrentDictionary<string, DxInfo> _dx = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProcInfo> _proc = new(StringComparer.Ordinal);
    private readonly FrozenSet<string>? _modifiers;
    private readonly FrozenSet<string>? _places;
    private readonly CompiledRule[] _rules;
    private readonly FrozenDictionary<string, PayerProfile> _payers;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Creates a scrubber over a code-set snapshot.</summary>
    public ClaimScrubber(CodeSetSnapshot codes, ScrubberOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _codes = codes;
        _options = options ?? new ScrubberOptions();
        if (codes.Count(CodeSystem.Modifier) > 0)
        {
            _modifiers = codes.Enumerate(CodeSystem.Modifier).Select(e => e.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        if (codes.Count(CodeSystem.PlaceOfService) > 0)
        {
            _places = codes.Enumerate(CodeSystem.PlaceOfService).Select(e => e.Code).ToFrozenSet(StringComparer.Ordinal);
        }

        _rules = _options.PayerRules.Rules.Select(r => new CompiledRule(r)).ToArray();
        _payers = _options.PayerRules.Payers.GroupBy(p => p.PayerId, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>The options the scrubber runs with.</summary>
    public ScrubberOptions Options => _options;

    /// <summary>Scrubs one claim.</summary>
    public ScrubResult Scrub(ScrubClaim claim) => Scrub(claim, overrides: null);

    /// <summary>Scrubs one claim; findings a user overrode (recorded in <paramref name="overrides"/>) are moved aside and no longer stop the claim.</summary>
    public ScrubResult Scrub(ScrubClaim claim, OverrideLog? overrides)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var s = t_scratch ??= new Scratch();
        s.Reset(claim);
        List<Finding>? found = null;

        Prepare(claim, s);
        CheckCompleteness(claim, s, ref found);
        CheckDiagnoses(claim, s, ref found);
        CheckLines(claim, s, ref found);
        CheckLinePairs(claim, s, ref found);
        CheckHistory(claim, s, ref found);
        CheckPayer(claim, s, ref found);

        IReadOnlyList<Finding> findings = found is null ? NoFindings : found;
        return overrides is null || found is null ? new ScrubResult(claim.Id, findings, NoFindings) : overrides.Apply(claim.Id, findings);
    }

    /// <summary>Scrubs several claims.</summary>
    public IReadOnlyList<ScrubResult> ScrubAll(IEnumerable<ScrubClaim> claims, OverrideLog? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Select(c => Scrub(c, overrides)).ToList();
    }

    private DxInfo Dx(string code) => _dx.TryGetValue(code, out var info) ? info : _dx.GetOrAdd(code, static (c, s) => DxInfo.Build(s, c), _codes);

    private ProcInfo Proc(string code) => _proc.TryGetValue(code, out var info) ? info : _proc.GetOrAdd(code, static (c, s) => ProcInfo.Build(s, c), _codes);

    private static void Add(ref List<Finding>? list, Finding finding) => (list ??= new List<Finding>(4)).Add(finding);

    private void Prepare(ScrubClaim claim, Scratch s)
    {
        var dx = claim.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            s.Dx[i] = Dx(dx[i].Code ?? "");
        }

        DateOnly? first = null;
        DateOnly? last = null;
        var lines = claim.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            s.Proc[i] = string.IsNullOrWhiteSpace(l.ProcedureCode) ? null : Proc(l.ProcedureCode);
            s.Mods[i] = ModParser.Of(l.Modifiers);
            var d = l.ServiceDate ?? claim.StatementFrom;
            s.Dates[i] = d;
            if (d is { } dd)
            {
                first = first is null || dd < first ? dd : first;
                last = last is null || dd > last ? dd : last;
            }
        }

        first ??= claim.StatementFrom;
        last ??= claim.StatementTo ?? first;

        // Inpatient diagnosis codes follow the code set of the discharge (through) date; a
        // professional claim's the date of service (ICD-10-CM is versioned by date).
        s.ClaimDate = claim.Kind == ClaimKind.Institutional ? claim.StatementTo ?? first : first;
        s.FirstDate = first;
        s.LastDate = last;
        s.Age = claim.PatientBirthDate is { } b && s.ClaimDate is { } cd ? AgeAt(b, cd) : null;
    }

    internal static int AgeAt(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        if (date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>Per-thread working arrays, so a claim allocates nothing of its own unless it has findings.</summary>
    private sealed class Scratch
    {
        public DxInfo[] Dx = new DxInfo[32];
        public ProcInfo?[] Proc = new ProcInfo?[64];
        public Mods[] Mods = new Mods[64];
        public DateOnly?[] Dates = new DateOnly?[64];
        public DateOnly? ClaimDate;
        public DateOnly? FirstDate;
        public DateOnly? LastDate;
        public int? Age;

        public void Reset(ScrubClaim claim)
        {
            if (claim.Diagnoses.Count > Dx.Length)
            {
                Dx = new DxInfo[claim.Diagnoses.Count];
            }

            if (claim.Lines.Count > Proc.Length)
            {
                Proc = new ProcInfo?[claim.Lines.Count];
                Mods = new Mods[claim.Lines.Count];
                Dates = new DateOnly?[claim.Lines.Count];
            }
        }
    }
}
