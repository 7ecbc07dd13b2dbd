using System.Runtime.InteropServices;

namespace Claimsmith.CodeSets.Snapshot;

// Blittable records stored as arrays in the snapshot file and read back by reinterpreting the
// file's bytes (MemoryMarshal.Cast): no parsing and no per-record allocation at load.

/// <summary>Section identifiers of the snapshot file.</summary>
internal enum SectionId
{
    Meta = 1,
    StringOffsets = 2,
    StringBytes = 3,
    Entries = 4,
    Notes = 5,
    Replacements = 6,
    Fees = 7,
    Gpcis = 8,
    IndexTerms = 9,
    EntryIndexTerms = 10,
    Tokens = 11,
    Postings = 12,
    SortedCodes = 13,
}

[StructLayout(LayoutKind.Sequential)]
internal struct EntryRecord
{
    public int Code;
    public int Short;
    public int Long;
    public int PriorLong;
    public int Parent;
    public int NoteStart;
    public int NoteCount;
    public int ValidFrom;
    public int ValidTo;
    public int ReplacementStart;
    public int ReplacementCount;
    public int FeeStart;
    public int FeeCount;
    public int IndexStart;
    public int IndexCount;
    public byte System;
    public byte Kind;
    public byte Flags;
    public byte TokenCount;
}

internal static class EntryFlags
{
    public const byte BillablePrior = 1;
    public const byte BillableCurrent = 2;
    public const byte Placeholder = 4;
    public const byte InTabular = 8;
    public const byte Unspecified = 16;
    public const byte Residual = 32;
}

[StructLayout(LayoutKind.Sequential)]
internal struct NoteRecord
{
    public int Text;
    public byte Kind;
    public byte Character;
    public short Reserved;
}

[StructLayout(LayoutKind.Sequential)]
internal struct IndexTermRecord
{
    public int Text;
    public int Code;
    public int See;
    public int Entry;
    public byte Source;
    public byte Column;
    public byte TokenCount;
    public byte Reserved;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TokenRecord
{
    public int Text;
    public int PostingStart;
    public int PostingCount;
}

[StructLayout(LayoutKind.Sequential)]
internal struct FeeRecord
{
    public int Entry;
    public int Modifier;
    public int Description;
    public int GlobalDays;
    public int EndoscopicBase;
    public int PhysicianSupervision;
    public int ImagingFamily;
    public int Status;
    public int PricingIndicator;
    public int CalculationFlag;

    // Decimal values scaled by 10,000.
    public int Work;
    public int NonFacilityPe;
    public int FacilityPe;
    public int Malpractice;
    public int NonFacilityTotal;
    public int FacilityTotal;
    public int ConversionFactor;
    public int PreOp;
    public int IntraOp;
    public int PostOp;
    public int OppsNonFacilityPe;
    public int OppsFacilityPe;
    public int OppsMalpractice;

    public byte PcTc;
    public byte MultipleProcedure;
    public byte Bilateral;
    public byte AssistantSurgery;
    public byte CoSurgeon;
    public byte TeamSurgery;
    public byte NonFacilityNa;
    public byte FacilityNa;
    public byte NotUsedForMedicare;
    public byte Reserved1;
    public short Reserved2;
}

[StructLayout(LayoutKind.Sequential)]
internal struct GpciRecord
{
    public int Mac;
    public int State;
    public int Locality;
    public int Name;

    // Scaled by 1,000.
    public int Work;
    public int PracticeExpense;
    public int Malpractice;
}
