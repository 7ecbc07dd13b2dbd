namespace Claimsmith.Billing;

/// <summary>
/// An entity people edit. <see cref="Version"/> is the optimistic concurrency token: the
/// persistence layer increments it on every update and refuses an update whose original
/// version no longer matches the stored one.
/// </summary>
public interface IVersioned
{
    /// <summary>Incremented on every saved change.</summary>
    long Version { get; set; }
}
