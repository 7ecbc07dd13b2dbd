using Claimsmith.Billing;
using Claimsmith.CodeSets.Importing;
using Claimsmith.Data;
using Claimsmith.Edits;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.Ncci;
using Claimsmith.Edits.Overrides;
using Claimsmith.Edits.PayerRules;
using Claimsmith.Web.CodeSets;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Claims;

/// <summary>
/// Runs the claim scrubber (<see cref="ClaimScrubber"/>) over claims of the database: the
/// code-set snapshot from <see cref="CodeSetSnapshotProvider"/>, the NCCI tables and payer
/// rules named in configuration (<c>Claimsmith:Scrubber</c>), each payer's timely filing limit,
/// the patient's earlier claims as history (duplicates, global periods) and the overrides
/// billers recorded. One instance per host. The NCCI tables are read once (they are large and
/// change quarterly); the payer rules are read when first needed and again on
/// <see cref="ReloadPayerRules"/>, so a practice manager who corrects the rules file does not
/// have to restart the host.
/// </summary>
internal sealed partial class ClaimScrubService(CodeSetSnapshotProvider snapshots, IConfiguration configuration, TimeProvider clock, ILogger<ClaimScrubService> logger)
{
    /// <summary>Configuration section: <c>PractitionerPtp</c>, <c>HospitalPtp</c>, <c>PractitionerMue</c>, <c>HospitalMue</c> (file paths, several separated by ';') and <c>PayerRules</c> (a JSON rule set).</summary>
    public const string Section = "Claimsmith:Scrubber";

    // The global period of a 090 surgery reaches 90 days back (Claims Processing Manual ch. 12 §40.1).
    private const int HistoryDays = 90;

    /// <summary>The configuration key naming the payer rules file.</summary>
    public const string PayerRulesKey = Section + ":PayerRules";

    // Serializes the first read and every reload, so that a reload's "before" is the set it replaces.
    private readonly Lock _rulesGate = new();

    // The payer rules in force: one immutable object, published with Volatile.Write and read once
    // per scrub with Volatile.Read, so a scrub runs wholly with the set it started with.
    private ConfiguredPayerRules? _payerRules;
    private Lazy<ScrubberOptions>? _tables;

    /// <summary>
    /// The payer rules the scrubber runs (shown on the settings screen): read from
    /// <c>Claimsmith:Scrubber:PayerRules</c> when first needed, replaced by a successful
    /// <see cref="ReloadPayerRules"/>.
    /// </summary>
    public ConfiguredPayerRules PayerRules => Volatile.Read(ref _payerRules) ?? FirstRead();

    /// <summary>The NCCI tables only (the payer rules are added per scrub from <see cref="PayerRules"/>).</summary>
    private ScrubberOptions Tables => LazyInitializer.EnsureInitialized(ref _tables,
        () => new Lazy<ScrubberOptions>(() => LoadTables(configuration, logger), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private ConfiguredPayerRules FirstRead()
    {
        lock (_rulesGate)
        {
            return InForceLocked();
        }
    }

    /// <summary>The rules in force, read from the file the first time; the caller holds <see cref="_rulesGate"/>.</summary>
    private ConfiguredPayerRules InForceLocked()
    {
        if (Volatile.Read(ref _payerRules) is { } read)
        {
            return read;
        }

        // The first read keeps the rules that passed their checks and skips the rest (the
        // settings screen lists why); a reload is stricter, see ReloadPayerRules.
        var first = ConfiguredPayerRules.Read(configuration[PayerRulesKey]);
        foreach (var issue in first.Issues)
        {
            LogTableIssue(logger, issue.ToString());
        }

        Volatile.Write(ref _payerRules, first);
        return first;
    }

    /// <summary>
    /// Reads the payer rules file named by <c>Claimsmith:Scrubber:PayerRules</c> again (the
    /// setting itself is read again too, so a changed appsettings.json is followed). A file that
    /// is missing or has any problem is refused whole: the rules in force stay as they are, and
    /// the result lists each problem with its file and line. Otherwise the new set replaces the
    /// old one for every later scrub; scrubs already running finish with the set they started with.
    /// </summary>
    public PayerRulesReload ReloadPayerRules()
    {
        lock (_rulesGate)
        {
            var before = InForceLocked();
            var path = configuration[PayerRulesKey];
            if (string.IsNullOrWhiteSpace(path))
            {
                return PayerRulesReload.NotConfigured(before, clock.GetUtcNow());
            }

            var read = ConfiguredPayerRules.Read(path);
            if (read.Issues.Count > 0)
            {
                // All or nothing: running half of a file the manager is still correcting could
                // drop a rule that stopped claims before (an error rule with a typo would vanish).
                LogReloadRefused(logger, path, read.Issues.Count);
                return PayerRulesReload.Refused(path, before, read.Issues, clock.GetUtcNow());
            }

            Volatile.Write(ref _payerRules, read);
            LogReloaded(logger, path, read.Rules.Rules.Count);
            return PayerRulesReload.Reloaded(before, read, clock.GetUtcNow());
        }
    }

    /// <summary>Where the host looks for the snapshot (for the 503 message).</summary>
    public string SnapshotPath => snapshots.SnapshotPath;

    /// <summary>
    /// Scrubs <paramref name="claims"/> (with their lines and diagnoses loaded). Null when no
    /// code-set snapshot has been imported: without it no code can be checked.
    /// </summary>
    public async Task<IReadOnlyList<ClaimScrubReport>?> ScrubAsync(ClaimsmithDbContext db, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(claims);
        if (snapshots.Get() is not { } snapshot)
        {
            return null;
        }

        if (claims.Count == 0)
        {
            return [];
        }

        var coverageIds = claims.Select(c => c.CoverageId).Distinct().ToList();
        var coverages = await db.Coverages.AsNoTracking().Where(c => coverageIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var payerIds = claims.Select(c => c.PayerId).Distinct().ToList();
        var payers = await db.Payers.AsNoTracking().Where(p => payerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var history = await HistoryAsync(db, claims, ct);
        var overrides = await OverridesAsync(db, claims, ct);

        // One read of the rules in force: a reload meanwhile does not change this scrub.
        var rules = PayerRules.Rules;
        var tables = Tables;

        // The payer's timely filing limit as kept in Claimsmith, under the payer id the claim carries;
        // it takes precedence over a profile of the same id in the rules file (the last one wins).
        var profiles = claims
            .Where(c => payers.ContainsKey(c.PayerId) && c.Payer.PayerIdentifier.Length > 0)
            .Select(c => new PayerProfile(c.Payer.PayerIdentifier, payers[c.PayerId].Name, payers[c.PayerId].TimelyFilingDays));
        var scrubber = new ClaimScrubber(snapshot, tables with
        {
            PayerRules = rules with { Payers = [.. rules.Payers, .. profiles] },
            History = history,
            Time = clock,
        });

        var reports = new List<ClaimScrubReport>(claims.Count);
        foreach (var claim in claims)
        {
            var result = scrubber.Scrub(ClaimScrubMapper.ToScrubClaim(claim, coverages.GetValueOrDefault(claim.CoverageId)), overrides);
            reports.Add(ClaimScrubReport.From(claim, result, overrides));
        }

        return reports;
    }

    /// <summary>The lines of the patients' earlier billed claims within the history window of these claims.</summary>
    private static async Task<ClaimHistory> HistoryAsync(ClaimsmithDbContext db, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var since = claims.Min(c => c.ServiceFrom).AddDays(-HistoryDays);
        var until = claims.Max(c => c.ServiceTo);
        // The statuses of ClaimScrubMapper.CountsAsBilled, written out so the query translates.
        var rows = await (
            from c in db.Claims.AsNoTracking()
            where patientIds.Contains(c.PatientId)
                && c.Status != ClaimStatus.Draft && c.Status != ClaimStatus.Rejected && c.Status != ClaimStatus.Voided
            from l in db.ClaimLines.AsNoTracking()
            where l.ClaimId == c.Id && l.ServiceFrom >= since && l.ServiceFrom <= until && l.ProcedureCode != null
            select new HistoryRow(c.PatientId, c.ClaimNumber, c.PayerClaimControlNumber, c.BillingProvider.Npi, c.RenderingProvider!.Npi, l.ServiceFrom, l.ProcedureCode!.Value, l.Modifier1, l.Modifier2, l.Modifier3, l.Modifier4))
            .ToListAsync(ct);

        var history = new ClaimHistory();
        foreach (var r in rows)
        {
            var modifiers = new[] { r.M1, r.M2, r.M3, r.M4 }.Where(m => m is not null).Select(m => m!.Value.Value).ToArray();
            history.Add(ClaimScrubMapper.PatientKey(r.PatientId), r.PayerClaimControlNumber, new PriorService(r.ClaimNumber, r.BillingNpi, r.RenderingNpi, r.Date, r.Code.Value, modifiers));
        }

        // A replacement or void (frequency 7/8) repeats the services of the claim it replaces: that one is not a duplicate.
        foreach (var c in claims)
        {
            if (c.Frequency != ClaimFrequency.Original && c.OriginalReferenceNumber is { Length: > 0 } original)
            {
                history.Replaces(c.ClaimNumber, original);
            }
        }

        return history;
    }

    private async Task<OverrideLog> OverridesAsync(ClaimsmithDbContext db, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        var numbers = claims.ToDictionary(c => c.Id, c => c.ClaimNumber);
        var ids = numbers.Keys.ToList();
        var rows = await db.ScrubOverrides.AsNoTracking().Where(o => ids.Contains(o.ClaimId)).ToListAsync(ct);
        var log = new OverrideLog(clock);

        // Oldest first, so that the newest decision on a finding is the one the log returns.
        foreach (var o in rows.OrderBy(o => o.At).ThenBy(o => o.Id))
        {
            log.Add(o.ToFindingOverride(numbers[o.ClaimId]));
        }

        return log;
    }

    private static ScrubberOptions LoadTables(IConfiguration configuration, ILogger logger)
    {
        var section = configuration.GetSection(Section);
        var problems = new List<ImportIssue>();

        var options = new ScrubberOptions
        {
            PractitionerPtp = Ptp(section["PractitionerPtp"], problems),
            HospitalPtp = Ptp(section["HospitalPtp"], problems),
            PractitionerMue = Mue(section["PractitionerMue"], problems),
            HospitalMue = Mue(section["HospitalMue"], problems),
        };
        foreach (var p in problems)
        {
            LogTableIssue(logger, p.ToString());
        }

        return options;
    }

    private static string[] Paths(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static PtpTable? Ptp(string? value, List<ImportIssue> problems)
    {
        var paths = Paths(value);
        if (paths.Length == 0)
        {
            return null;
        }

        var table = new PtpTable();
        foreach (var p in paths)
        {
            problems.AddRange(File.Exists(p) ? table.ReadFile(p) : [new ImportIssue("ptp.missing", p, 0, "the file does not exist")]);
        }

        return table;
    }

    private static MueTable? Mue(string? value, List<ImportIssue> problems)
    {
        var paths = Paths(value);
        if (paths.Length == 0)
        {
            return null;
        }

        var table = new MueTable();
        foreach (var p in paths)
        {
            problems.AddRange(File.Exists(p) ? table.ReadFile(p) : [new ImportIssue("mue.missing", p, 0, "the file does not exist")]);
        }

        return table;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scrubber tables: {Issue}")]
    private static partial void LogTableIssue(ILogger logger, string issue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payer rules reloaded from {Path}: {Rules} rule(s) in force")]
    private static partial void LogReloaded(ILogger logger, string path, int rules);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payer rules reload from {Path} refused: {Problems} problem(s); the rules in force are unchanged")]
    private static partial void LogReloadRefused(ILogger logger, string path, int problems);

    private sealed record HistoryRow(Guid PatientId, string ClaimNumber, string? PayerClaimControlNumber, string? BillingNpi, string? RenderingNpi, DateOnly Date, ProcedureCode Code, Modifier? M1, Modifier? M2, Modifier? M3, Modifier? M4);

    /// <summary>Earlier claims loaded from the database, by patient, knowing which claim each replacement replaces.</summary>
    private sealed class ClaimHistory : IClaimHistory
    {
        private readonly Dictionary<string, List<(string? Icn, PriorService Service)>> _byPatient = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _replaces = new(StringComparer.Ordinal);

        public void Add(string patientKey, string? icn, PriorService service)
        {
            if (!_byPatient.TryGetValue(patientKey, out var list))
            {
                _byPatient[patientKey] = list = [];
            }

            list.Add((icn, service));
        }

        public void Replaces(string claimNumber, string payerClaimControlNumber) => _replaces[claimNumber] = payerClaimControlNumber;

        public IReadOnlyList<PriorService> GetServices(string patientId, DateOnly from, DateOnly to, string exceptClaimId)
        {
            if (!_byPatient.TryGetValue(patientId, out var list))
            {
                return [];
            }

            var replaced = _replaces.GetValueOrDefault(exceptClaimId);
            return list
                .Where(x => x.Service.Date >= from && x.Service.Date <= to && x.Service.ClaimId != exceptClaimId && (replaced is null || x.Icn != replaced))
                .Select(x => x.Service)
                .ToList();
        }
    }
}
