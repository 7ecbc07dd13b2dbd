using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Internal;
using Claimsmith.Edits.Ncci;

namespace Claimsmith.Edits;

public sealed partial class ClaimScrubber
{
    private void CheckLinePairs(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        var prof = claim.Kind == ClaimKind.Professional;
        var ptp = prof ? _options.PractitionerPtp : _options.HospitalPtp;
        var mue = prof ? _options.PractitionerMue : _options.HospitalMue;
        var lines = claim.Lines;
        var count = lines.Count;
        var multiple = 0;
        for (var i = 0; i < count; i++)
        {
            var p = s.Proc[i];
            if (p is null || !p.ShapeValid || s.Dates[i] is not { } date)
            {
                continue;
            }

            if (p.MultipleProcedure is '2' or '3')
            {
                multiple++;
            }

            for (var j = i + 1; j < count; j++)
            {
                var q = s.Proc[j];
                if (q is null || !q.ShapeValid || s.Dates[j] != date)
                {
                    continue;
                }

                if (ptp is not null)
                {
                    // Either code may be column 1; the table holds the pair one way round.
                    if (ptp.Find(p.Key, q.Key, date) is { } e1)
                    {
                        Ptp(lines[i], lines[j], s.Mods[i], s.Mods[j], p, q, e1, prof, ref f);
                    }
                    else if (ptp.Find(q.Key, p.Key, date) is { } e2)
                    {
                        Ptp(lines[j], lines[i], s.Mods[j], s.Mods[i], q, p, e2, prof, ref f);
                    }
                }

                if (prof)
                {
                    SameDayGlobal(lines[i], lines[j], s.Mods[i], s.Mods[j], p, q, ref f);
                    SameDayGlobal(lines[j], lines[i], s.Mods[j], s.Mods[i], q, p, ref f);
                }
            }

            if (mue?.Find(p.Key) is { } m)
            {
                Mue(lines, s, i, p, date, m, ref f);
            }
        }

        if (prof && multiple > 1)
        {
            Add(ref f, new Finding(RuleIds.MultipleProcedures, Severity.Info, 0, $"{multiple} procedures subject to the multiple procedure reduction are billed on one date: the highest-valued is paid at 100%, the others at 50%.", Mpfs + ", multiple procedure indicator 2/3; CMS Claims Processing Manual ch. 12 §40.6", "List the highest-valued procedure first; append 51 to the others where the payer asks for it."));
        }
    }

    private static void Ptp(ScrubLine line1, ScrubLine line2, Mods mods1, Mods mods2, ProcInfo col1, ProcInfo col2, PtpEdit e, bool prof, ref List<Finding>? f)
    {
        var table = prof ? "practitioner" : "hospital";
        if (e.Indicator == PtpModifierIndicator.NotApplicable)
        {
            return;
        }

        if (e.Indicator == PtpModifierIndicator.NotAllowed)
        {
            Add(ref f, new Finding(RuleIds.NcciPtp, Severity.Error, line2.Number, $"{col2.Code} is a component of {col1.Code} (line {line1.Number}) and is not paid with it; no modifier allows the pair. {e.Rationale}".TrimEnd(), $"NCCI PTP ({table}), modifier indicator 0", $"Remove {col2.Code}.", col2.Code));
            return;
        }

        // NCCI Policy Manual ch. I §E: an NCCI-associated modifier on the column 2 code (59, XE,
        // XS, XP, XU, anatomic modifiers, 91 for repeat lab tests), or 25/57 on an E/M code,
        // reports the services as distinct.
        var bypass = (mods2 & Mods.Distinct) != 0
            || (col2.IsEm && (mods2 & (Mods.M25 | Mods.M57)) != 0)
            || (col1.IsEm && (mods1 & (Mods.M25 | Mods.M57)) != 0);
        if (bypass)
        {
            return;
        }

        Add(ref f, new Finding(RuleIds.NcciPtp, Severity.Error, line2.Number, $"{col2.Code} is bundled into {col1.Code} (line {line1.Number}) on the same date. {e.Rationale}".TrimEnd(), $"NCCI PTP ({table}), modifier indicator 1", $"Remove {col2.Code}, or when the service was distinct (different session, site, encounter, practitioner) append 59 or XE/XS/XP/XU{(col2.IsEm || col1.IsEm ? " (25 on a separately identifiable E/M)" : "")} and document it.", col2.Code));
    }

    private static void Mue(IReadOnlyList<ScrubLine> lines, Scratch s, int i, ProcInfo p, DateOnly date, MueEdit m, ref List<Finding>? f)
    {
        var line = lines[i];
        if (m.Adjudication == MueAdjudication.Line)
        {
            if (line.Units > m.Units)
            {
                Add(ref f, new Finding(RuleIds.NcciMueLine, Severity.Error, line.Number, $"{p.Code} is reported with {line.Units} units; the medically unlikely edit allows {m.Units} per line.", "NCCI MUE, adjudication indicator 1 (line edit)", "Check the units; when more were medically necessary report them on separate lines with an appropriate modifier (e.g. 76, 91, anatomic) and documentation.", p.Code));
            }

            return;
        }

        // Date-of-service edits sum the units of every line of the code on the date; report once, at the first such line.
        for (var j = 0; j < i; j++)
        {
            if (ReferenceEquals(s.Proc[j], p) && s.Dates[j] == date)
            {
                return;
            }
        }

        var units = line.Units;
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (s.Proc[j] is { } q && (ReferenceEquals(q, p) || q.Code == p.Code) && s.Dates[j] == date)
            {
                units += lines[j].Units;
            }
        }

        if (units > m.Units)
        {
            var policy = m.Adjudication == MueAdjudication.DateOfServicePolicy;
            Add(ref f, new Finding(RuleIds.NcciMueDay, Severity.Error, line.Number, $"{p.Code} totals {units} units on {date:yyyy-MM-dd}; the medically unlikely edit allows {m.Units} per day.", $"NCCI MUE, adjudication indicator {(policy ? "2 (date of service edit: policy)" : "3 (date of service edit: clinical)")}", policy ? "Correct the units: an MUE with indicator 2 is a policy limit and is not overturned on appeal." : "Correct the units, or bill the medically necessary units and be ready to appeal with documentation.", p.Code));
        }
    }

    // An E/M on the day of a minor procedure (global 000/010) needs 25; on the day of (or day
    // before) a major one (090), 57 for the decision for surgery (CMS Claims Processing Manual
    // ch. 12 §40.1-40.2; NCCI Policy Manual ch. XI §C).
    private static void SameDayGlobal(ScrubLine emLine, ScrubLine procLine, Mods emMods, Mods procMods, ProcInfo em, ProcInfo proc, ref List<Finding>? f)
    {
        _ = procMods;
        if (!em.IsEm || !proc.IsSurgical || (emMods & (Mods.M25 | Mods.M57)) != 0)
        {
            return;
        }

        var major = proc.Global == GlobalPeriod.Ninety;
        Add(ref f, new Finding(RuleIds.GlobalSameDayEm, Severity.Error, emLine.Number, $"E/M {em.Code} is billed on the day of {proc.Code} (line {procLine.Number}, {proc.GlobalDays}-day global): the visit is part of the surgical package unless it is separately identifiable{(major ? " or the decision for surgery" : "")}.", $"{Mpfs}, global days {proc.GlobalDays}; CMS Claims Processing Manual ch. 12 §40.1", major ? "Append 57 when the visit led to the decision for surgery, 25 when it was a significant separate service; otherwise remove the E/M." : "Append 25 when the visit was significant and separately identifiable (documented); otherwise remove the E/M.", em.Code));
    }
}
