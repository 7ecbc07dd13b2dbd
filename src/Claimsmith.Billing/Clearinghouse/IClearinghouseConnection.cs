namespace Claimsmith.Billing;

/// <summary>
/// The transport to a clearinghouse (or a payer directly): hands over outbound X12 (837, 270,
/// 276) and collects what came back (999, 277CA, 271, 277, 835). Claimsmith ships the file-drop
/// connection (<see cref="FileDropConnection"/>); an SFTP or HTTPS connection implements the
/// same three calls.
/// </summary>
public interface IClearinghouseConnection
{
    /// <summary>Sends one file; returns the name it was delivered under.</summary>
    Task<string> SendAsync(ClearinghouseFile file, CancellationToken cancellationToken = default);

    /// <summary>Files received and not yet marked done, oldest first.</summary>
    Task<IReadOnlyList<ClearinghouseFile>> ReceiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a received file as processed so <see cref="ReceiveAsync"/> no longer returns it.</summary>
    Task CompleteAsync(ClearinghouseFile file, CancellationToken cancellationToken = default);
}
