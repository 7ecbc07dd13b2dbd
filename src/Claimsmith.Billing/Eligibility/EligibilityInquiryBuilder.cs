using System.Globalization;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Eligibility;
using Claimsmith.X12.Envelope;

namespace Claimsmith.Billing;

/// <summary>
/// Builds a 270 eligibility inquiry (005010X279A1) for one coverage and date of service: payer
/// (2100A), the organization asking (2100B, NPI), the subscriber (2100C) and, when the patient
/// is a dependent, the patient (2100D) with the trace, date (DTP*291) and service types (EQ).
/// </summary>
public static class EligibilityInquiryBuilder
{
    /// <summary>Builds the 270 model.</summary>
    public static EligibilityInquiry270 ToInquiry(EligibilityInquiry request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patient = request.Patient;
        var coverage = request.Coverage;
        var self = coverage.Relationship == SubscriberRelationship.Self || coverage.Subscriber is null;
        var types = request.ServiceTypes.Count > 0 ? request.ServiceTypes : ["30"];

        // TRN03 is the originator's id: 1 followed by the EIN (270 guide 2100C TRN03).
        var originator = "1" + new string(request.Organization.TaxId.Where(char.IsAsciiDigit).ToArray());
        var subscriber = new EligibilityPerson
        {
            LastName = self ? patient.LastName : coverage.Subscriber!.LastName,
            FirstName = self ? patient.FirstName : coverage.Subscriber!.FirstName,
            MemberId = coverage.MemberId,
            BirthDate = self ? patient.BirthDate : coverage.Subscriber!.BirthDate,
            Gender = Gender(self ? patient.Sex : coverage.Subscriber!.Sex),
        };
        EligibilityPerson? dependent = null;
        if (self)
        {
            subscriber.TraceNumber = request.TraceNumber;
            subscriber.TraceOriginator = originator;
            subscriber.ServiceDate = request.DateOfService;
            subscriber.ServiceTypes.AddRange(types);
        }
        else
        {
            // The dependent loop carries the trace, date and question (2100D, 2110D).
            dependent = new EligibilityPerson
            {
                LastName = patient.LastName,
                FirstName = patient.FirstName,
                BirthDate = patient.BirthDate,
                Gender = Gender(patient.Sex),
                TraceNumber = request.TraceNumber,
                TraceOriginator = originator,
                ServiceDate = request.DateOfService,
            };
            dependent.ServiceTypes.AddRange(types);
        }

        return new EligibilityInquiry270
        {
            Reference = request.TraceNumber,
            CreationDate = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            CreationTime = now.ToString("HHmm", CultureInfo.InvariantCulture),
            Payer = Party837.Organization("PR", request.Payer.Name, "PI", request.Payer.PayerIdentifier),
            Provider = Party837.Organization("1P", request.Organization.Name, "XX", request.Organization.Npi.Value),
            Subscriber = subscriber,
            Dependent = dependent,
        };
    }

    /// <summary>Builds the 270 interchange with <paramref name="controlNumber"/> as ISA13 and GS06.</summary>
    public static byte[] Build(EligibilityInquiry request, DateTimeOffset now, long controlNumber)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(controlNumber);
        var settings = request.Settings;
        var control = controlNumber.ToString(CultureInfo.InvariantCulture);
        var (isa, gs) = settings.Envelope(now, control, "HS", "005010X279A1");
        return EligibilityInquiry270Writer.ToBytes(isa, gs, [ToInquiry(request, now)]);
    }

    private static string Gender(Sex sex) => sex switch
    {
        Sex.Female => "F",
        Sex.Male => "M",
        _ => "U",
    };
}
