using System.Text.RegularExpressions;

namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>
/// Office/outpatient E/M level under the 2021 AMA guidelines: the level is chosen on MDM
/// (two of the three elements must meet or exceed a level) or on total time on the date of
/// the encounter, whichever supports the higher level.
/// </summary>
public static partial class EmLevelCalculator
{
    // 2021 time ranges, lower bounds (new 99202-99205, established 99212-99215).
    private static readonly int[] NewMinutes = [15, 30, 45, 60];
    private static readonly int[] EstablishedMinutes = [10, 20, 30, 40];

    /// <summary>Computes the level with reasons.</summary>
    public static EmResult Calculate(EmInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reasons = new List<string>();
        var problems = ProblemsLevel(input.Problems, reasons);
        var data = DataLevel(input.Data, reasons);
        var risk = input.Risk;
        reasons.Add($"Risk of patient management: {risk}.");

        // Two of three elements: the MDM level is the middle value of the three.
        var levels = new[] { problems, data, risk }.Order().ToArray();
        var mdm = levels[1];
        reasons.Add($"MDM {mdm}: two of three elements (problems {problems}, data {data}, risk {risk}) meet or exceed it.");
        var mdmIndex = (int)mdm;

        var timeIndex = -1;
        if (input.TotalMinutes is { } minutes)
        {
            var table = input.NewPatient ? NewMinutes : EstablishedMinutes;
            for (var i = table.Length - 1; i >= 0; i--)
            {
                if (minutes >= table[i])
                {
                    timeIndex = i;
                    break;
                }
            }

            reasons.Add(timeIndex >= 0
                ? $"Total time {minutes} min supports {Code(input.NewPatient, timeIndex)} (at least {table[timeIndex]} min)."
                : $"Total time {minutes} min is below the {table[0]} min minimum for time-based selection.");
            var top = input.NewPatient ? 75 : 55;
            if (minutes >= top)
            {
                reasons.Add($"{minutes} min reaches {top} min: consider prolonged services (99417) in addition.");
            }
        }

        if (!input.NewPatient && mdm == MdmLevel.Straightforward && timeIndex < 0 && TotalProblems(input.Problems) == 0)
        {
            reasons.Add("Established patient, no problem addressed by a practitioner and no qualifying time: 99211.");
            return new EmResult("99211", EmBasis.Minimal, mdm, problems, data, risk, reasons);
        }

        if (timeIndex > mdmIndex)
        {
            reasons.Add("Time supports a higher level than MDM; time is used.");
            return new EmResult(Code(input.NewPatient, timeIndex), EmBasis.TotalTime, mdm, problems, data, risk, reasons);
        }

        return new EmResult(Code(input.NewPatient, mdmIndex), EmBasis.MedicalDecisionMaking, mdm, problems, data, risk, reasons);
    }

    private static string Code(bool newPatient, int index) => (newPatient ? 99202 + index : 99212 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int TotalProblems(EmProblems p) =>
        p.SelfLimitedOrMinor + p.StableChronic + p.AcuteUncomplicated + p.ChronicWithExacerbation + p.UndiagnosedNewUncertain +
        p.AcuteWithSystemicSymptoms + p.AcuteComplicatedInjury + p.ChronicSevereExacerbation + p.ThreatToLifeOrFunction;

    private static MdmLevel ProblemsLevel(EmProblems p, List<string> reasons)
    {
        if (p.ChronicSevereExacerbation > 0 || p.ThreatToLifeOrFunction > 0)
        {
            reasons.Add("Problems high: chronic illness with severe exacerbation, or a threat to life or bodily function.");
            return MdmLevel.High;
        }

        if (p.ChronicWithExacerbation > 0 || p.StableChronic >= 2 || p.UndiagnosedNewUncertain > 0 || p.AcuteWithSystemicSymptoms > 0 || p.AcuteComplicatedInjury > 0)
        {
            reasons.Add("Problems moderate: chronic illness with exacerbation, two or more stable chronic illnesses, an undiagnosed new problem, an acute illness with systemic symptoms or a complicated injury.");
            return MdmLevel.Moderate;
        }

        if (p.SelfLimitedOrMinor >= 2 || p.StableChronic == 1 || p.AcuteUncomplicated > 0)
        {
            reasons.Add("Problems low: two or more self-limited problems, one stable chronic illness or one acute uncomplicated illness.");
            return MdmLevel.Low;
        }

        reasons.Add("Problems minimal: at most one self-limited or minor problem.");
        return MdmLevel.Straightforward;
    }

    private static MdmLevel DataLevel(EmData d, List<string> reasons)
    {
        var category1 = d.ExternalNotesReviewed + d.UniqueTestsReviewed + d.UniqueTestsOrdered;
        var category1Extensive = category1 + (d.IndependentHistorian ? 1 : 0) >= 3;
        var categories = (category1Extensive ? 1 : 0) + (d.IndependentInterpretation ? 1 : 0) + (d.ExternalDiscussion ? 1 : 0);
        if (categories >= 2)
        {
            reasons.Add("Data extensive: two of three categories (three items of notes/tests/historian; independent interpretation; external discussion).");
            return MdmLevel.High;
        }

        if (categories == 1)
        {
            reasons.Add("Data moderate: one of the three categories met.");
            return MdmLevel.Moderate;
        }

        if (category1 >= 2 || d.IndependentHistorian)
        {
            reasons.Add("Data limited: two items of notes/tests reviewed or ordered, or an independent historian.");
            return MdmLevel.Low;
        }

        reasons.Add("Data minimal or none.");
        return MdmLevel.Straightforward;
    }

    /// <summary>The documented total time ("total time spent: 35 minutes"), or null.</summary>
    public static int? ReadTotalMinutes(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var m = TotalTime().Match(note);
        return m.Success && int.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var minutes) ? minutes : null;
    }

    [GeneratedRegex(@"total\s+(?:time|of)\b[^0-9\n]{0,40}?(\d{1,3})\s*(?:min|minutes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalTime();
}
