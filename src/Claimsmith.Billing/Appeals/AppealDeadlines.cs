namespace Claimsmith.Billing;

/// <summary>
/// When an appeal must be filed: the payer's appeal window (<see cref="Payer.AppealWindowDays"/>)
/// counted in calendar days from the date of the denial (the remittance or notice date), or
/// <see cref="DefaultWindowDays"/> when the payer has none set. Medicare's first level
/// (redetermination) allows 120 days from receipt of the initial determination (42 CFR 405.942);
/// commercial plans commonly allow 180 days for internal appeals (29 CFR 2560.503-1(h)(3)(i)),
/// which is the default.
/// </summary>
public static class AppealDeadlines
{
    /// <summary>Window used when the payer has no appeal window set.</summary>
    public const int DefaultWindowDays = 180;

    /// <summary>The window that applies to <paramref name="payer"/>.</summary>
    public static int WindowDays(Payer? payer) => payer?.AppealWindowDays is int days && days > 0 ? days : DefaultWindowDays;

    /// <summary>The last day to file: <paramref name="denialDate"/> plus the window.</summary>
    public static DateOnly Deadline(DateOnly denialDate, Payer? payer) => denialDate.AddDays(WindowDays(payer));

    /// <summary>Days left until <paramref name="deadline"/> on <paramref name="today"/> (negative when missed).</summary>
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;
}
