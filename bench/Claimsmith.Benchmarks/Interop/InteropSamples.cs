using System.Globalization;
using System.Text;

namespace Claimsmith.Benchmarks.Interop;

/// <summary>Synthetic inputs for the interop benchmarks: HL7 v2 messages and a Synthea-shaped bundle.</summary>
internal static class InteropSamples
{
    public static string OruLab(int n) =>
        $"MSH|^~\\&|SYNTHLAB|NORTHLAB|CLAIMSMITH|BILLING|20250304120000||ORU^R01^ORU_R01|M{n}|P|2.5.1\r" +
        $"PID|1||MRN-{n % 500}^^^NORTHCLINIC^MR||Person{n % 500}^Test||19610417|F|||1 Main St^^Springfield^MA^01103\r" +
        $"PV1|1|O|LAB||||||||||||||||V-{n}^^^NORTHCLINIC\r" +
        $"OBR|1|ORD-{n}|FIL-{n}|24331-1^Panel^LN|||20250304091000|||||||||||||||||LAB|F\r" +
        "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.1|%|4.0-5.6|H|||F\r" +
        "OBX|2|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F\r" +
        "OBX|3|NM|2951-2^Sodium^LN||139|mmol/L|135-145|N|||F\r" +
        "OBX|4|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F\r" +
        "OBX|5|TX|8251-1^Comment^LN||Specimen \\T\\ label verified\\.br\\no hemolysis||||||F\r";

    /// <summary>A bundle of one patient with <paramref name="encounters"/> encounters, each with 6 observations, a condition and a note (Synthea's shape).</summary>
    public static byte[] Bundle(int encounters)
    {
        var sb = new StringBuilder(encounters * 2500);
        sb.Append("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
        sb.Append("{\"fullUrl\":\"urn:uuid:p\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\",\"identifier\":[{\"type\":{\"coding\":[{\"code\":\"MR\"}]},\"system\":\"urn:mrn\",\"value\":\"MRN-1\"}],\"name\":[{\"family\":\"Person\",\"given\":[\"Test\"]}],\"gender\":\"female\",\"birthDate\":\"1961-04-17\"}}");
        for (var e = 0; e < encounters; e++)
        {
            var day = new DateOnly(2020, 1, 1).AddDays(e).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            sb.Append($",{{\"fullUrl\":\"urn:uuid:e{e}\",\"resource\":{{\"resourceType\":\"Encounter\",\"id\":\"e{e}\",\"status\":\"finished\",\"class\":{{\"code\":\"AMB\"}},\"subject\":{{\"reference\":\"urn:uuid:p\"}},\"period\":{{\"start\":\"{day}T09:00:00Z\",\"end\":\"{day}T09:30:00Z\"}}}}}}");
            sb.Append($",{{\"fullUrl\":\"urn:uuid:c{e}\",\"resource\":{{\"resourceType\":\"Condition\",\"id\":\"c{e}\",\"code\":{{\"coding\":[{{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\"}}]}},\"subject\":{{\"reference\":\"urn:uuid:p\"}},\"encounter\":{{\"reference\":\"urn:uuid:e{e}\"}}}}}}");
            foreach (var (code, value) in new[] { ("4548-4", "8.1"), ("2345-7", "212"), ("2951-2", "139"), ("2823-3", "4.1"), ("718-7", "13.2"), ("33914-3", "72") })
            {
                sb.Append($",{{\"fullUrl\":\"urn:uuid:o{e}-{code}\",\"resource\":{{\"resourceType\":\"Observation\",\"id\":\"o{e}-{code}\",\"status\":\"final\",\"category\":[{{\"coding\":[{{\"code\":\"laboratory\"}}]}}],\"code\":{{\"coding\":[{{\"system\":\"http://loinc.org\",\"code\":\"{code}\"}}]}},\"subject\":{{\"reference\":\"urn:uuid:p\"}},\"encounter\":{{\"reference\":\"urn:uuid:e{e}\"}},\"effectiveDateTime\":\"{day}T09:10:00Z\",\"valueQuantity\":{{\"value\":{value},\"unit\":\"u\"}}}}}}");
            }

            var note = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Progress note {e}: type 2 diabetes, HbA1c 8.1%. Plan: continue metformin."));
            sb.Append($",{{\"fullUrl\":\"urn:uuid:d{e}\",\"resource\":{{\"resourceType\":\"DocumentReference\",\"id\":\"d{e}\",\"status\":\"current\",\"subject\":{{\"reference\":\"urn:uuid:p\"}},\"content\":[{{\"attachment\":{{\"contentType\":\"text/plain\",\"data\":\"{note}\"}}}}],\"context\":{{\"encounter\":[{{\"reference\":\"urn:uuid:e{e}\"}}]}}}}}}");
        }

        sb.Append("]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Resources in <see cref="Bundle"/>.</summary>
    public static int BundleResources(int encounters) => 1 + encounters * 9;
}
