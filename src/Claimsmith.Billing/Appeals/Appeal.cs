namespace Claimsmith.Billing;

/// <summary>
/// An appeal of a denied or underpaid claim (or one line of it) at one level: level 1 is the
/// first request to the payer (redetermination, first-level appeal), each later level follows a
/// decision on the one before. The deadline comes from the payer's appeal window
/// (<see cref="AppealDeadlines"/>); every change is kept in <see cref="History"/>.
/// </summary>
public sealed class Appeal : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ClaimId { get; set; }
    /// <summary>The line appealed, or null for the whole claim.</summary>
    public Guid? ClaimLineId { get; set; }
    public int Level { get; set; } = 1;
    /// <summary>Adjustment reason codes appealed, group-CARC and RARCs, space separated (e.g. <c>CO-50 N115</c>).</summary>
    public string DenialCodes { get; set; } = "";
    /// <summary>The denial category (from <see cref="DenialClassifier"/>) that picks the letter's template.</summary>
    public DenialCategory Category { get; set; }
    /// <summary>Why the claim should be paid, in the biller's words.</summary>
    public string Reason { get; set; } = "";
    /// <summary>Date of the denial (remittance or notice) the window counts from.</summary>
    public DateOnly DenialDate { get; set; }
    public DateOnly Deadline { get; set; }
    public DateOnly? FiledOn { get; set; }
    public AppealOutcome Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>The amount the appeal asks for.</summary>
    public Money AmountAppealed { get; set; }
    public Money AmountRecovered { get; set; }
    /// <summary>Local or national coverage determination supporting medical necessity (e.g. <c>L33252</c>).</summary>
    public string? LcdReference { get; set; }
    /// <summary>Documents sent with the appeal, one per line.</summary>
    public string? Enclosures { get; set; }
    /// <summary>Free notes (may quote the record: encrypted at rest).</summary>
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<AppealEvent> History { get; set; } = [];
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>The enclosures as a list.</summary>
    public IReadOnlyList<string> EnclosureList() =>
        (Enclosures ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Opens an appeal at the next level for <paramref name="claim"/>. Refused while an earlier
    /// level is pending, or after one was won or withdrawn (nothing left to appeal).
    /// </summary>
    public static (Appeal? Appeal, BillingIssue? Issue) Open(
        Claim claim, IReadOnlyList<Appeal> earlier, Payer? payer, DateOnly denialDate, string denialCodes, Money amountAppealed,
        string actor, TimeProvider clock, Guid? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var previous = earlier.Where(a => a.ClaimId == claim.Id && a.ClaimLineId == lineId).OrderBy(a => a.Level).LastOrDefault();
        if (previous is { Outcome: AppealOutcome.Pending })
        {
            return (null, new BillingIssue("appeal.pending", "claimId", $"Level {previous.Level} is still pending; a next level follows its decision."));
        }

        if (previous is { Outcome: AppealOutcome.Won or AppealOutcome.Withdrawn })
        {
            return (null, new BillingIssue("appeal.closed", "claimId", $"Level {previous.Level} was {previous.Outcome}; there is nothing left to appeal."));
        }

        if (amountAppealed < Money.Zero)
        {
            return (null, new BillingIssue("appeal.amount", "amountAppealed", "The amount appealed cannot be negative."));
        }

        if (lineId is { } l && claim.Lines.Count > 0 && claim.Lines.All(x => x.Id != l))
        {
            return (null, new BillingIssue("appeal.line", "claimLineId", "The line is not on the claim."));
        }

        var codes = string.Join(' ', denialCodes.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()));
        var appeal = new Appeal
        {
            OrganizationId = claim.OrganizationId,
            ClaimId = claim.Id,
            ClaimLineId = lineId,
            Level = (previous?.Level ?? 0) + 1,
            DenialCodes = codes,
            Category = Categorize(codes),
            DenialDate = denialDate,
            Deadline = AppealDeadlines.Deadline(denialDate, payer),
            AmountAppealed = amountAppealed,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        appeal.Record("opened", actor, clock, $"Level {appeal.Level}, deadline {appeal.Deadline:yyyy-MM-dd}");
        return (appeal, null);
    }

    /// <summary>Marks the appeal filed with the payer on <paramref name="filedOn"/>.</summary>
    public BillingIssue? File(DateOnly filedOn, string actor, TimeProvider clock)
    {
        if (Outcome != AppealOutcome.Pending)
        {
            return new BillingIssue("appeal.decided", "filedOn", "The appeal is already decided.");
        }

        FiledOn = filedOn;
        Record("filed", actor, clock, filedOn > Deadline ? $"Filed {filedOn:yyyy-MM-dd}, after the deadline {Deadline:yyyy-MM-dd}" : $"Filed {filedOn:yyyy-MM-dd}");
        return null;
    }

    /// <summary>Records the payer's decision (or a withdrawal) and the amount recovered.</summary>
    public BillingIssue? Decide(AppealOutcome outcome, Money recovered, DateOnly decidedOn, string actor, TimeProvider clock, string? note = null)
    {
        if (outcome == AppealOutcome.Pending)
        {
            return new BillingIssue("appeal.outcome", "outcome", "A decision cannot be Pending.");
        }

        if (recovered < Money.Zero || (outcome is AppealOutcome.Lost or AppealOutcome.Withdrawn && recovered != Money.Zero))
        {
            return new BillingIssue("appeal.recovered", "amountRecovered", "Recovered is zero for a lost or withdrawn appeal and never negative.");
        }

        if (outcome == AppealOutcome.PartiallyWon && recovered == Money.Zero)
        {
            return new BillingIssue("appeal.recovered", "amountRecovered", "A partially won appeal recovered something.");
        }

        Outcome = outcome;
        AmountRecovered = recovered;
        DecidedOn = decidedOn;
        Record("decided", actor, clock, note, outcome, recovered);
        return null;
    }

    /// <summary>Adds a note to the history (and the notes).</summary>
    public void AddNote(string note, string actor, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Notes = string.IsNullOrEmpty(Notes) ? note : Notes + "\n" + note;
        Record("note", actor, clock, note);
    }

    /// <summary>The category of the first code that is a denial (by <see cref="DenialClassifier"/>), else Other.</summary>
    public static DenialCategory Categorize(string denialCodes)
    {
        ArgumentNullException.ThrowIfNull(denialCodes);
        var codes = denialCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rarcs = codes.Where(c => !c.Contains('-', StringComparison.Ordinal)).ToList();
        foreach (var code in codes.Where(c => c.Contains('-', StringComparison.Ordinal)))
        {
            var parts = code.Split('-', 2);
            var c = DenialClassifier.Classify(parts[0], parts[1], rarcs);
            if (c.IsDenial)
            {
                return c.Category;
            }
        }

        return DenialCategory.Other;
    }

    private void Record(string action, string actor, TimeProvider clock, string? note, AppealOutcome? outcome = null, Money? recovered = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        History.Add(new AppealEvent
        {
            AppealId = Id,
            At = clock.GetUtcNow(),
            By = actor,
            Action = action,
            Outcome = outcome ?? Outcome,
            AmountRecovered = recovered ?? AmountRecovered,
            Note = note,
        });
    }
}
