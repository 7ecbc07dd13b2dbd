using Claimsmith.Edits.Claims;

namespace Claimsmith.Edits.History;

/// <summary>A history held in memory, filled from claims (tests, dry runs, the CLI over a batch of files).</summary>
public sealed class InMemoryClaimHistory : IClaimHistory
{
    private readonly Dictionary<string, List<PriorService>> _byPatient = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Adds every line of a claim (lines without a date take the statement start date).</summary>
    public void Add(ScrubClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.PatientId is null)
        {
            return;
        }

        lock (_lock)
        {
            if (!_byPatient.TryGetValue(claim.PatientId, out var list))
            {
                _byPatient[claim.PatientId] = list = [];
            }

            foreach (var line in claim.Lines)
            {
                var date = line.ServiceDate ?? claim.StatementFrom;
                if (date is { } d && !string.IsNullOrEmpty(line.ProcedureCode))
                {
                    list.Add(new PriorService(claim.Id, claim.BillingNpi, claim.RenderingNpi, d, line.ProcedureCode, line.Modifiers));
                }
            }
        }
    }

    /// <summary>Adds one prior service.</summary>
    public void Add(string patientId, PriorService service)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        ArgumentNullException.ThrowIfNull(service);
        lock (_lock)
        {
            if (!_byPatient.TryGetValue(patientId, out var list))
            {
                _byPatient[patientId] = list = [];
            }

            list.Add(service);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<PriorService> GetServices(string patientId, DateOnly from, DateOnly to, string exceptClaimId)
    {
        lock (_lock)
        {
            if (!_byPatient.TryGetValue(patientId, out var list))
            {
                return [];
            }

            List<PriorService>? result = null;
            foreach (var s in list)
            {
                if (s.Date >= from && s.Date <= to && s.ClaimId != exceptClaimId)
                {
                    (result ??= []).Add(s);
                }
            }

            return (IReadOnlyList<PriorService>?)result ?? [];
        }
    }
}
