namespace Claimsmith.Billing;

/// <summary>Who is expected to pay the amount: the insurance or the patient (CAS group PR moves it here).</summary>
public enum LedgerBucket
{
    Insurance = 0,
    Patient = 1,
}
