namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>Amount and complexity of data reviewed and analysed (2021 office E/M).</summary>
public sealed record EmData
{
    /// <summary>Prior external notes reviewed, each unique source.</summary>
    public int ExternalNotesReviewed { get; init; }

    /// <summary>Results of unique tests reviewed.</summary>
    public int UniqueTestsReviewed { get; init; }

    /// <summary>Unique tests ordered.</summary>
    public int UniqueTestsOrdered { get; init; }

    /// <summary>Assessment requiring an independent historian.</summary>
    public bool IndependentHistorian { get; init; }

    /// <summary>Independent interpretation of a test performed by another physician (not separately reported).</summary>
    public bool IndependentInterpretation { get; init; }

    /// <summary>Discussion of management or test interpretation with an external physician or appropriate source.</summary>
    public bool ExternalDiscussion { get; init; }
}
