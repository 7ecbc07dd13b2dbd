namespace Claimsmith.Billing;

/// <summary>
/// A clearinghouse connection through folders: outbound files are written to the outbox (under
/// a temporary name, then renamed, so a pickup job never sees half a file); responses are read
/// from the inbox and moved to <c>inbox/processed</c> when done.
/// </summary>
public sealed class FileDropConnection : IClearinghouseConnection
{
    private readonly string _outbox;
    private readonly string _inbox;

    /// <summary>Uses <paramref name="outbox"/> and <paramref name="inbox"/>, creating them when missing.</summary>
    public FileDropConnection(string outbox, string inbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(inbox);
        _outbox = Path.GetFullPath(outbox);
        _inbox = Path.GetFullPath(inbox);
        Directory.CreateDirectory(_outbox);
        Directory.CreateDirectory(_inbox);
    }

    /// <summary>Where processed inbound files are moved.</summary>
    public string ProcessedFolder => Path.Combine(_inbox, "processed");

    /// <inheritdoc />
    public async Task<string> SendAsync(ClearinghouseFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = SafeName(file.Name);
        var target = Path.Combine(_outbox, name);
        var temporary = Path.Combine(_outbox, "." + name + ".part");
        await File.WriteAllBytesAsync(temporary, file.Content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, target, overwrite: false);
        return name;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClearinghouseFile>> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var files = new List<ClearinghouseFile>();
        foreach (var path in new DirectoryInfo(_inbox).EnumerateFiles().Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            var content = await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            files.Add(new ClearinghouseFile(path.Name, ClearinghouseFile.Identify(content), content));
        }

        return files;
    }

    /// <inheritdoc />
    public Task CompleteAsync(ClearinghouseFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        Directory.CreateDirectory(ProcessedFolder);
        var source = Path.Combine(_inbox, SafeName(file.Name));
        if (File.Exists(source))
        {
            File.Move(source, Path.Combine(ProcessedFolder, SafeName(file.Name)), overwrite: true);
        }

        return Task.CompletedTask;
    }

    // A name from a caller or a remote system never escapes the folder.
    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name);
        if (string.IsNullOrWhiteSpace(file) || file.StartsWith('.'))
        {
            throw new ArgumentException($"'{name}' is not a usable file name.", nameof(name));
        }

        return file;
    }
}
