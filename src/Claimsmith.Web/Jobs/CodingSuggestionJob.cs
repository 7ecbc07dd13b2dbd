using Claimsmith.Web.Coding;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// Suggests codes for many waiting encounters in the background, so that opening each on the
/// coding screen afterwards is instant: for each encounter the computer-assisted coding engine
/// codes its clinical documents and the suggestion set is stored exactly as opening the coding
/// screen (or <c>POST /api/encounters/{id}/suggestions</c>) stores it
/// (<see cref="CodingApi.BuildSuggestionSet"/>), one encounter per transaction. An encounter
/// coded or given suggestions in the meantime is skipped; one that fails is listed as the job's
/// error and the rest go on.
/// </summary>
internal static partial class CodingSuggestionJob
{
    /// <summary>Encounters at most in one job.</summary>
    public const int MaxEncounters = 20_000;

    /// <summary>Encounters whose reads are written to the audit log in one entry.</summary>
    private const int AuditEvery = 25;

    public static readonly JobWords Words = new("encounters", "to code", "coded", "Suggesting codes",
        "Every encounter coded so far keeps its suggestions; start it again for the rest.");

    /// <summary>Queues suggestions for <paramref name="encounterIds"/> (in the order given) for <paramref name="starter"/>.</summary>
    public static WorkbenchJob Start(WorkbenchJobs runner, JobStarter starter, IReadOnlyList<Guid> encounterIds, string title)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return runner.Start(JobKind.CodingSuggestions, title, starter, Words, encounterIds, RunAsync);
    }

    internal static async Task RunAsync(JobContext context, Guid[] encounterIds)
    {
        var job = context.Job;
        var db = context.Db;
        var engines = context.Services.GetRequiredService<CodingEngineProvider>();
        var logger = context.Services.GetRequiredService<ILogger<CodingEngineProvider>>();
        if (engines.Get() is not { } engine)
        {
            job.Failed(context.Clock.GetUtcNow(), $"No code sets are imported, so no codes can be suggested (looked for {engines.SnapshotPath}). An administrator runs 'claimsmith codes import' (README, 'Importing the official code sets'), then start it again.");
            return;
        }

        var read = new List<string>();
        foreach (var id in encounterIds)
        {
            context.ThrowIfCancelled();
            try
            {
                var outcome = await SuggestAsync(context, engine, id).ConfigureAwait(false);
                if (outcome is { } error)
                {
                    job.ItemFailed(error);
                }
                else
                {
                    read.Add(id.ToString());
                    job.Succeeded();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                LogEncounterFailed(logger, ex, job.Id, id);
                job.ItemFailed(new JobItemError(id.ToString(), "encounter " + id.ToString()[..8],
                    "Codes could not be suggested because of an error on the server. Open the encounter to code it; tell your administrator if it keeps happening.", "/coding/" + id));
            }

            if (read.Count >= AuditEvery)
            {
                await FlushAuditAsync(context, read).ConfigureAwait(false);
            }
        }

        await FlushAuditAsync(context, read).ConfigureAwait(false);
        var v = job.View();
        var suggested = v.Tallies.GetValueOrDefault("suggested");
        var skipped = v.Tallies.GetValueOrDefault("skipped");
        job.Link("/coding?status=suggested", "Open the encounters with suggestions ready");
        job.Completed(context.Clock.GetUtcNow(),
            $"Suggested codes for {suggested} encounter(s) ({v.Tallies.GetValueOrDefault("codes")} codes); opening each is now instant." +
            (skipped > 0 ? $" {skipped} were coded or given suggestions meanwhile and were left alone." : "") +
            (v.Failed > 0 ? $" {v.Failed} could not be coded (see below)." : ""));
    }

    /// <summary>Codes one encounter and stores its suggestions; the error to list when it cannot be.</summary>
    private static async Task<JobItemError?> SuggestAsync(JobContext context, Claimsmith.Coding.CodingEngine engine, Guid id)
    {
        var db = context.Db;
        var ct = context.Stopping;
        var label = "encounter " + id.ToString()[..8];
        var encounter = await db.Encounters.AsNoTracking().Include(e => e.Documents).FirstOrDefaultAsync(e => e.Id == id, ct).ConfigureAwait(false);
        if (encounter is null)
        {
            return new JobItemError(id.ToString(), label, "The encounter no longer exists or is no longer in your organizations.", null);
        }

        label = "encounter of " + encounter.ServiceFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (encounter.Documents.Count == 0)
        {
            return new JobItemError(id.ToString(), label, "The encounter has no clinical notes to code. Add its notes, then open it.", "/coding/" + id);
        }

        // Coded or opened since the job was started: the coder's work stands and no second set is made.
        if (await db.EncounterDiagnoses.AnyAsync(d => d.EncounterId == id, ct).ConfigureAwait(false)
            || await db.SuggestionSets.AnyAsync(s => s.EncounterId == id, ct).ConfigureAwait(false))
        {
            context.Job.Tally("skipped");
            return null;
        }

        var patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == encounter.PatientId, ct).ConfigureAwait(false);
        var set = CodingApi.BuildSuggestionSet(engine, encounter, patient, null, false, context.Job.Starter.Actor, context.Clock.GetUtcNow());
        db.SuggestionSets.Add(set);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        context.Job.Tally("suggested");
        context.Job.Tally("codes", set.Suggestions.Count);
        return null;
    }

    private static async Task FlushAuditAsync(JobContext context, List<string> read)
    {
        if (read.Count == 0)
        {
            return;
        }

        // The engine read these encounters' notes and patients' age and sex on the user's behalf.
        await context.AuditAsync("encounter-suggestions.job.create", "Encounter", [.. read], $"batch coding job {context.Job.Id}").ConfigureAwait(false);
        read.Clear();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Batch coding {JobId}: encounter {EncounterId} failed")]
    private static partial void LogEncounterFailed(ILogger logger, Exception exception, Guid jobId, Guid encounterId);
}
