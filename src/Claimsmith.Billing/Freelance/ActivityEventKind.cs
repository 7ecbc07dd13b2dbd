namespace Claimsmith.Billing;

/// <summary>What a screen reported.</summary>
public enum ActivityEventKind
{
    /// <summary>The user is working on the screen (sent on open, on input and every minute or so while in use).</summary>
    Heartbeat = 0,

    /// <summary>The user left the screen (closed, navigated away, signed out): time after it is not work.</summary>
    End = 1,
}
