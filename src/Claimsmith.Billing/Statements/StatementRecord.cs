namespace Claimsmith.Billing;

/// <summary>
/// A statement as it was sent: its number, date, the amounts it showed, and the full statement
/// (<see cref="Content"/>, JSON of <see cref="PatientStatement"/>). Stored by a statement run so
/// what the patient was told can be shown later even after the ledger moved on; the name,
/// address and content are encrypted at rest like other patient data.
/// </summary>
public sealed class StatementRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid PatientId { get; set; }
    /// <summary>Unique statement number, e.g. <c>ST00000042</c>.</summary>
    public required string StatementNumber { get; set; }
    public DateOnly StatementDate { get; set; }
    public DateOnly DueDate { get; set; }
    public required string PatientName { get; set; }
    public Address Address { get; set; } = new();
    public Money AmountDue { get; set; }
    public Money Charges { get; set; }
    public Money InsurancePayments { get; set; }
    public Money Adjustments { get; set; }
    public Money PatientPayments { get; set; }
    public Money Current { get; set; }
    public Money Days31To60 { get; set; }
    public Money Days61To90 { get; set; }
    public Money Days91To120 { get; set; }
    public Money Over120 { get; set; }
    /// <summary>The statement as JSON.</summary>
    public string Content { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>The record of <paramref name="statement"/>, with <paramref name="content"/> its serialized form.</summary>
    public static StatementRecord From(PatientStatement statement, string content, DateTimeOffset at, string actor)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new StatementRecord
        {
            OrganizationId = statement.OrganizationId,
            PatientId = statement.PatientId,
            StatementNumber = statement.StatementNumber,
            StatementDate = statement.StatementDate,
            DueDate = statement.DueDate,
            PatientName = statement.Patient.Name,
            Address = statement.Patient.Address,
            AmountDue = statement.AmountDue,
            Charges = statement.Totals.Charges,
            InsurancePayments = statement.Totals.InsurancePayments,
            Adjustments = statement.Totals.Adjustments,
            PatientPayments = statement.Totals.PatientPayments,
            Current = statement.Aging.Current,
            Days31To60 = statement.Aging.Days31To60,
            Days61To90 = statement.Aging.Days61To90,
            Days91To120 = statement.Aging.Days91To120,
            Over120 = statement.Aging.Over120,
            Content = content,
            CreatedAt = at,
            CreatedBy = actor,
        };
    }
}
