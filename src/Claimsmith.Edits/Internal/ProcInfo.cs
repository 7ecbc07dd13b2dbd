using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Edits.Internal;

/// <summary>What the procedure edits need to know about one HCPCS/CPT code, computed once per code.</summary>
internal sealed class ProcInfo
{
    private ValiditySlot? _slot;

    public required string Code { get; init; }

    public bool ShapeValid { get; init; }

    public bool Found { get; init; }

    public CodeEntry Entry { get; init; }

    public int Key { get; init; } = CodeKey.None;

    public bool HasFee { get; init; }

    public string Status { get; init; } = "";

    public GlobalPeriod Global { get; init; }

    public string GlobalDays { get; init; } = "";

    public char PcTc { get; init; }

    public char MultipleProcedure { get; init; }

    public char Bilateral { get; init; }

    public char Assistant { get; init; }

    public char CoSurgeon { get; init; }

    public char Team { get; init; }

    /// <summary>Evaluation and management visit codes 99202-99499 (CPT E/M section).</summary>
    public bool IsEm { get; init; }

    public bool IsSurgical => Global != GlobalPeriod.None;

    public CodeValidity Validity(CodeSetSnapshot snapshot, DateOnly date)
    {
        // HCPCS changes quarterly.
        var period = (date.Year * 4) + ((date.Month - 1) / 3);
        var slot = _slot;
        if (slot is not null && slot.Period == period)
        {
            return slot.Validity;
        }

        var v = Entry.IsDefault ? snapshot.Check(CodeSystem.Hcpcs, Code, date) : Entry.GetValidity(date);
        _slot = new ValiditySlot(period, v);
        return v;
    }

    public static ProcInfo Build(CodeSetSnapshot snapshot, string input)
    {
        if (!HcpcsCode.TryParse(input, out var h))
        {
            return new ProcInfo { Code = input.Trim(), ShapeValid = false };
        }

        var code = h.Value;
        var isEm = h.IsCpt && string.CompareOrdinal(code, "99202") >= 0 && string.CompareOrdinal(code, "99499") <= 0;
        if (!snapshot.TryFind(CodeSystem.Hcpcs, code, out var entry))
        {
            return new ProcInfo { Code = code, ShapeValid = true, Key = CodeKey.Of(code), IsEm = isEm };
        }

        var fees = entry.Fees;
        var fee = fees.FirstOrDefault(f => f.Modifier.Length == 0) ?? (fees.Count > 0 ? fees[0] : null);
        var global = fee?.GlobalDays switch
        {
            "000" => GlobalPeriod.Zero,
            "010" => GlobalPeriod.Ten,
            "090" => GlobalPeriod.Ninety,
            _ => GlobalPeriod.None,
        };

        return new ProcInfo
        {
            Code = code,
            ShapeValid = true,
            Found = true,
            Entry = entry,
            Key = CodeKey.Of(code),
            IsEm = isEm,
            HasFee = fee is not null,
            Status = fee?.Status ?? "",
            Global = global,
            GlobalDays = fee?.GlobalDays ?? "",
            PcTc = fee?.PcTcIndicator ?? '\0',
            MultipleProcedure = fee?.MultipleProcedure ?? '\0',
            Bilateral = fee?.Bilateral ?? '\0',
            Assistant = fee?.AssistantSurgery ?? '\0',
            CoSurgeon = fee?.CoSurgeon ?? '\0',
            Team = fee?.TeamSurgery ?? '\0',
        };
    }
}
