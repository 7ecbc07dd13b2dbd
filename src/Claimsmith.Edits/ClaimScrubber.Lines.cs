using Claimsmith.CodeSets.Encoder;
using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits;

public sealed partial class ClaimScrubber
{
    private const string Mpfs = "CMS Medicare Physician Fee Schedule (PPRRVU) indicators";

    private void CheckLines(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        var prof = claim.Kind == ClaimKind.Professional;
        var src = prof ? Src837P : Src837I;
        var dxCount = claim.Diagnoses.Count;
        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var n = line.Number;
            var p = s.Proc[i];
            var mods = s.Mods[i];

            if (line.Units <= 0)
            {
                Add(ref f, new Finding(RuleIds.UnitsInvalid, Severity.Error, n, "The line has no units.", src + ", SV104/SV205 (CMS-1500 item 24G; UB-04 FL 46)", "Enter the units of service."));
            }

            if (line.Charge < 0 || (prof && line.Charge == 0))
            {
                Add(ref f, new Finding(RuleIds.ChargeInvalid, Severity.Error, n, $"The line charge {line.Charge:0.00} is not a positive amount.", src + ", SV102/SV203 (CMS-1500 item 24F; UB-04 FL 47)", "Enter the provider's usual charge for the service."));
            }

            if (line.Ndc is { Length: > 0 } ndc && (ndc.Length != 11 || ndc.AsSpan().ContainsAnyExceptInRange('0', '9')))
            {
                Add(ref f, new Finding(RuleIds.NdcInvalid, Severity.Error, n, $"NDC '{ndc}' is not 11 digits (5-4-2 format without hyphens).", src + ", loop 2410 LIN03", "Enter the NDC with leading zeros in the 5-4-2 format."));
            }

            if (line.PlaceOfService is { Length: > 0 } lpos)
            {
                Pos(ref f, lpos, n);
            }

            if (prof)
            {
                CheckPointers(line, dxCount, ref f);
            }
            else if (line.RevenueCode is not { Length: 4 } rev || !IsDigits(rev))
            {
                Add(ref f, new Finding(line.RevenueCode is null ? RuleIds.MissingField : RuleIds.RevenueCodeInvalid, Severity.Error, n, line.RevenueCode is null ? "The line has no revenue code." : $"Revenue code '{line.RevenueCode}' is not four digits.", Src837I + ", SV201 (UB-04 FL 42; NUBC)", "Enter the four-digit NUBC revenue code (with its leading zero)."));
            }

            CheckModifiers(line, mods, p, ref f);

            if (p is null)
            {
                if (prof)
                {
                    Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, n, "The line has no procedure code.", Src837P + ", SV101 (CMS-1500 item 24D)", "Enter the CPT/HCPCS code of the service."));
                }

                continue;
            }

            CheckProcedure(line, p, s.Dates[i], ref f);
            CheckFeeIndicators(line, mods, p, ref f);
        }
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckPointers(ScrubLine line, int dxCount, ref List<Finding>? f)
    {
        var ptrs = line.DiagnosisPointers;
        if (ptrs.Count == 0)
        {
            Add(ref f, new Finding(RuleIds.PointerMissing, Severity.Error, line.Number, "The line points at no diagnosis.", Src837P + ", SV107 (CMS-1500 item 24E)", "Point the line at the diagnoses (1-12) that justify the service, the main one first."));
            return;
        }

        if (ptrs.Count > 4)
        {
            Add(ref f, new Finding(RuleIds.PointerInvalid, Severity.Error, line.Number, $"The line has {ptrs.Count} diagnosis pointers; at most four are allowed.", Src837P + ", SV107", "Keep the four diagnoses that best justify the service."));
        }

        for (var k = 0; k < ptrs.Count; k++)
        {
            var ptr = ptrs[k];
            if (ptr < 1 || ptr > dxCount)
            {
                Add(ref f, new Finding(RuleIds.PointerInvalid, Severity.Error, line.Number, $"Diagnosis pointer {ptr} points at no diagnosis (the claim has {dxCount}).", Src837P + ", SV107 (CMS-1500 item 24E)", "Point at a diagnosis listed in item 21 (HI)."));
                continue;
            }

            for (var m = 0; m < k; m++)
            {
                if (ptrs[m] == ptr)
                {
                    Add(ref f, new Finding(RuleIds.PointerInvalid, Severity.Error, line.Number, $"Diagnosis pointer {ptr} is repeated.", Src837P + ", SV107", "List each pointer once."));
                    break;
                }
            }
        }
    }

    private void CheckModifiers(ScrubLine line, Mods mods, ProcInfo? p, ref List<Finding>? f)
    {
        var n = line.Number;
        if (_modifiers is not null)
        {
            for (var k = 0; k < line.Modifiers.Count; k++)
            {
                var m = line.Modifiers[k];
                if (m.Length != 2 || !char.IsAsciiLetterOrDigit(m[0]) || !char.IsAsciiLetterOrDigit(m[1]))
                {
                    Add(ref f, new Finding(RuleIds.ModUnknown, Severity.Error, n, $"Modifier '{m}' is not two letters or digits.", "CPT and HCPCS Level II modifier lists; 837 SV101-3 to -6", "Correct or remove the modifier."));
                }
                else if (!_modifiers.Contains(m))
                {
                    // The imported list may be the built-in common modifiers only: a warning, not an error.
                    Add(ref f, new Finding(RuleIds.ModUnknown, Severity.Warning, n, $"Modifier '{m}' is not in the imported modifier list.", "CPT and HCPCS Level II modifier lists", "Check the modifier; import the HCPCS annual file for the full Level II list."));
                }
            }
        }

        // Modifier conflicts: one line is one side, and either the professional or the technical component.
        if ((mods & (Mods.LT | Mods.RT)) == (Mods.LT | Mods.RT))
        {
            Add(ref f, new Finding(RuleIds.ModLeftRight, Severity.Error, n, "LT and RT are on the same line.", "CMS Claims Processing Manual ch. 12 §40.7 (bilateral surgery); NCCI Policy Manual ch. I §E.1", "Report modifier 50 on one line for a bilateral procedure (when its bilateral indicator is 1), or one line per side with LT and RT.", p?.Code));
        }

        if ((mods & (Mods.M26 | Mods.TC)) == (Mods.M26 | Mods.TC))
        {
            Add(ref f, new Finding(RuleIds.ModProfTechnical, Severity.Error, n, "Modifiers 26 and TC are on the same line.", "CMS Claims Processing Manual ch. 12 §20.4.3 (professional and technical components)", "Bill the global service without 26/TC, or only the component this provider performed.", p?.Code));
        }
    }

    private void CheckProcedure(ScrubLine line, ProcInfo p, DateOnly? date, ref List<Finding>? f)
    {
        var n = line.Number;
        if (!p.ShapeValid)
        {
            Add(ref f, new Finding(RuleIds.ProcUnknown, Severity.Error, n, $"'{p.Code}' is not a CPT or HCPCS code.", "HCPCS Level I (CPT) and Level II code sets", "Enter a five-character CPT/HCPCS code.", p.Code));
            return;
        }

        if (!p.Found)
        {
            // CPT codes outside the physician fee schedule (lab, some category III) are not all in the imported files.
            Add(ref f, new Finding(RuleIds.ProcUnknown, Severity.Warning, n, $"{p.Code} is not in the imported HCPCS/CPT code sets.", "HCPCS Level I (CPT) and Level II code sets", "Verify the code in the current CPT/HCPCS book.", p.Code));
            return;
        }

        if (date is { } d)
        {
            var v = p.Validity(_codes, d);
            if (v.Status is CodeStatus.Deleted or CodeStatus.NotYetEffective)
            {
                Add(ref f, new Finding(RuleIds.ProcNotValidForDate, Severity.Error, n, $"{p.Code} is not valid on {d:yyyy-MM-dd} ({(v.Status == CodeStatus.Deleted ? "deleted" : "not yet effective")}).", $"HCPCS {v.Edition}", v.ReplacedBy.Count > 0 ? $"Use {string.Join(", ", v.ReplacedBy)}." : "Use the code valid on the date of service.", p.Code));
            }
        }

        switch (p.Status)
        {
            case "B":
                Add(ref f, new Finding(RuleIds.ProcNotPayable, Severity.Warning, n, $"{p.Code} has MPFS status B (bundled): Medicare never pays it separately.", Mpfs + ", status code B", "Leave it on the claim only when the payer asks for bundled codes; expect no payment.", p.Code));
                break;
            case "I":
                Add(ref f, new Finding(RuleIds.ProcNotPayable, Severity.Warning, n, $"{p.Code} has MPFS status I: not valid for Medicare (another code is used).", Mpfs + ", status code I", "For Medicare, report the HCPCS code Medicare uses for this service.", p.Code));
                break;
            case "N":
                Add(ref f, new Finding(RuleIds.ProcNotPayable, Severity.Warning, n, $"{p.Code} has MPFS status N: not covered by Medicare.", Mpfs + ", status code N", "Obtain an ABN (modifier GA) or bill the patient as the payer allows.", p.Code));
                break;
        }
    }

    private static void CheckFeeIndicators(ScrubLine line, Mods mods, ProcInfo p, ref List<Finding>? f)
    {
        if (!p.HasFee)
        {
            return;
        }

        var n = line.Number;
        if ((mods & (Mods.M26 | Mods.TC)) != 0 && p.PcTc is '0' or '2' or '3' or '4' or '9')
        {
            Add(ref f, new Finding(RuleIds.ModPcTcNotAllowed, Severity.Error, n, $"{p.Code} has PC/TC indicator {p.PcTc}: modifiers 26 and TC do not apply to it.", Mpfs + ", PC/TC indicator", "Remove 26/TC; only codes with PC/TC indicator 1 (or 6 for 26) split into components.", p.Code));
        }

        if ((mods & Mods.M50) != 0)
        {
            // Bilateral indicator: 1 = 150% with modifier 50; 0 = not a bilateral procedure; 2 = already bilateral; 3 = each side paid; 9 = concept does not apply.
            if (p.Bilateral is '0' or '2' or '9')
            {
                var why = p.Bilateral switch
                {
                    '0' => "the procedure is not performed bilaterally (indicator 0)",
                    '2' => "the code already describes a bilateral procedure (indicator 2)",
                    _ => "the bilateral concept does not apply (indicator 9)",
                };
                Add(ref f, new Finding(RuleIds.ModBilateralNotAllowed, Severity.Error, n, $"Modifier 50 on {p.Code}: {why}.", Mpfs + ", bilateral surgery indicator " + p.Bilateral, p.Bilateral == '2' ? "Remove modifier 50 and report the code once." : "Remove modifier 50; report each side on its own line with LT/RT if the payer asks.", p.Code));
            }
            else if (line.Units > 1)
            {
                Add(ref f, new Finding(RuleIds.ModBilateralUnits, Severity.Error, n, $"{p.Code}-50 is reported with {line.Units} units; a bilateral procedure is one line with one unit.", "CMS Claims Processing Manual ch. 12 §40.7.B", "Report one unit with modifier 50.", p.Code));
            }
        }

        if ((mods & Mods.Assistant) != 0)
        {
            if (p.Assistant is '1' or '9')
            {
                Add(ref f, new Finding(RuleIds.AssistantNotAllowed, Severity.Error, n, $"An assistant at surgery is not paid for {p.Code} (assistant indicator {p.Assistant}).", Mpfs + ", assistant at surgery indicator " + p.Assistant, "Remove the assistant line (80/81/82/AS).", p.Code));
            }
            else if (p.Assistant == '0')
            {
                Add(ref f, new Finding(RuleIds.AssistantDocumentation, Severity.Warning, n, $"An assistant at surgery for {p.Code} is paid only with documentation of medical necessity (indicator 0).", Mpfs + ", assistant at surgery indicator 0", "Attach the operative report (PWK) documenting why an assistant was needed.", p.Code));
            }
        }

        if ((mods & Mods.M62) != 0 && p.CoSurgeon is '0' or '9')
        {
            Add(ref f, new Finding(RuleIds.CoSurgeonNotAllowed, Severity.Error, n, $"Co-surgeons (modifier 62) are not permitted for {p.Code} (co-surgeon indicator {p.CoSurgeon}).", Mpfs + ", co-surgeon indicator " + p.CoSurgeon, "Remove modifier 62; bill the primary surgeon and, where allowed, an assistant.", p.Code));
        }

        if ((mods & Mods.M66) != 0 && p.Team is '0' or '9')
        {
            Add(ref f, new Finding(RuleIds.TeamNotAllowed, Severity.Error, n, $"Team surgery (modifier 66) is not permitted for {p.Code} (team surgery indicator {p.Team}).", Mpfs + ", team surgery indicator " + p.Team, "Remove modifier 66.", p.Code));
        }
    }
}
