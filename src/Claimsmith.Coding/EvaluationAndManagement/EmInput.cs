namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>What the note documents for an office or other outpatient visit.</summary>
/// <param name="NewPatient">New (99202-99205) or established (99211-99215) patient.</param>
/// <param name="TotalMinutes">Total practitioner time on the date of the encounter, when documented.</param>
/// <param name="Problems">Problems addressed.</param>
/// <param name="Data">Data reviewed and analysed.</param>
/// <param name="Risk">Risk of complications and/or morbidity or mortality of patient management.</param>
public sealed record EmInput(bool NewPatient, int? TotalMinutes, EmProblems Problems, EmData Data, MdmLevel Risk);
