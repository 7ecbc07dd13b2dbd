namespace Claimsmith.Data.Audit;

/// <summary>How an audited attempt ended.</summary>
public enum AuditOutcome
{
    /// <summary>Done (2xx).</summary>
    Success,
    /// <summary>Refused: the role does not allow it (403), or the record belongs to an organization outside the user's scope.</summary>
    Denied,
    /// <summary>No such record anywhere (404).</summary>
    NotFound,
    /// <summary>The request was invalid or conflicted (4xx other than 403/404).</summary>
    Rejected,
    /// <summary>Sign-in refused or throttled, or the token was revoked.</summary>
    SignInFailed,
    /// <summary>The server failed (5xx).</summary>
    Error,
}
