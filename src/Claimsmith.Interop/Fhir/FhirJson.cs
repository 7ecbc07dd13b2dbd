using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Claimsmith.Interop.Fhir;

/// <summary>FHIR JSON serialization of exported resources.</summary>
public static class FhirJson
{
    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>The resource as FHIR JSON.</summary>
    public static string Serialize(Resource resource, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Serializer.SerializeToString(resource, pretty);
    }
}
