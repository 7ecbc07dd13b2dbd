using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Billing.Tests.Remittance;

/// <summary>Every 835 sample under <c>x12/samples/835</c> of the official data is explained, with its numbers balanced.</summary>
public sealed class RemittanceSamplesTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var dir = ClaimsmithPaths.FindDataDirectory() is { } root ? Path.Combine(root, "x12", "samples", "835") : null;
        if (dir is not null && Directory.Exists(dir))
        {
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_IsExplained_AndBalances(string name)
    {
        if (name.Length == 0)
        {
            Assert.Skip("The official data folder with x12/samples/835 is not present (CLAIMSMITH_DATA).");
        }

        var path = Path.Combine(ClaimsmithPaths.FindDataDirectory()!, "x12", "samples", "835", name);
        var read = Remittance835Reader.Read(File.ReadAllBytes(path));
        Assert.NotEmpty(read.Value);
        foreach (var remittance in read.Value)
        {
            var mapped = RemittanceMapper.Map(remittance, "sample", DateTimeOffset.UnixEpoch, "test");
            var explanation = RemittanceExplainer.Explain(mapped);
            Assert.True(explanation.Balanced, string.Join("\n", explanation.Issues));
            Assert.Equal(remittance.Claims.Count, explanation.Claims.Count);
            foreach (var claim in explanation.Claims)
            {
                Assert.False(string.IsNullOrWhiteSpace(claim.Summary));
                // What the claim explanation accounts for adds up to the charge.
                var accounted = claim.Paid + claim.PatientOwes + claim.WrittenOff + claim.Denied;
                Assert.Equal(claim.Charge, accounted);
            }
        }
    }
}
