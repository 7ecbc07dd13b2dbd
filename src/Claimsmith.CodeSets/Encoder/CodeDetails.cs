using Claimsmith.CodeSets.Fees;

namespace Claimsmith.CodeSets.Encoder;

/// <summary>Everything the encoder shows about a code for a date of service.</summary>
public sealed record CodeDetails
{
    /// <summary>The code system.</summary>
    public required CodeSystem System { get; init; }

    /// <summary>The code as printed (ICD-10-CM with its dot).</summary>
    public required string Code { get; init; }

    /// <summary>Short description (abbreviated title).</summary>
    public string? ShortDescription { get; init; }

    /// <summary>Full title.</summary>
    public string? LongDescription { get; init; }

    /// <summary>The title in the prior edition, when the addenda revised it.</summary>
    public string? PriorDescription { get; init; }

    /// <summary>True when the code is a header (category/subcategory) rather than billable in the edition of the date.</summary>
    public required bool IsHeader { get; init; }

    /// <summary>Validity for the date of service.</summary>
    public required CodeValidity Validity { get; init; }

    /// <summary>The date of service asked about.</summary>
    public required DateOnly DateOfService { get; init; }

    /// <summary>Chapter &gt; section &gt; category &gt; ... &gt; the code itself.</summary>
    public required IReadOnlyList<HierarchyLevel> Hierarchy { get; init; }

    /// <summary>Every instructional note that applies, the code's own first, then inherited ones outward.</summary>
    public required IReadOnlyList<CodeNote> Notes { get; init; }

    /// <summary>Valid 7th characters when the code needs one (empty otherwise).</summary>
    public required IReadOnlyList<SeventhCharacter> SeventhCharacters { get; init; }

    /// <summary>Explains placeholder X use when it applies (guideline I.A.5, I.B.3), otherwise null.</summary>
    public string? PlaceholderNote { get; init; }

    /// <summary>Fee schedule rows (HCPCS/CPT).</summary>
    public required IReadOnlyList<FeeScheduleItem> Fees { get; init; }

    /// <summary>Index entries that lead to this code.</summary>
    public required IReadOnlyList<IndexTermHit> IndexTerms { get; init; }
}
