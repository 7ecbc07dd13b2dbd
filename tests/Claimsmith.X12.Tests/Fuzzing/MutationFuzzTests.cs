using System.Diagnostics;
using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.ClaimStatus;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Documents;
using Claimsmith.X12.Eligibility;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Validation;

namespace Claimsmith.X12.Tests.Fuzzing;

/// <summary>
/// Seeded mutation fuzzing: thousands of damaged copies of the fixtures and samples go through
/// every public reader and the validator; no exception may escape and no input may hang.
/// The seed is fixed so a failure reproduces; the mutated input is printed when one does.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Iterations = 20_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    private static List<byte[]> Corpus()
    {
        var corpus = new List<byte[]> { Fixtures.Bytes(Fixtures.Claim837P), Fixtures.Bytes(Fixtures.Remit835) };
        if (Samples.Directory is { } dir)
        {
            corpus.AddRange(Directory.GetFiles(dir, "*.x12", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        }

        return corpus;
    }

    internal static byte[] Mutate(Random random, byte[] input)
    {
        var data = new List<byte>(input);
        var edits = random.Next(1, 6);
        ReadOnlySpan<byte> interesting = "*:^~>|\r\n0-9.AZ \0\xFF"u8;
        for (var e = 0; e < edits && data.Count > 0; e++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(8))
            {
                case 0:
                    data[at] = interesting[random.Next(interesting.Length)];
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                    data.RemoveRange(at, Math.Min(random.Next(1, 40), data.Count - at));
                    break;
                case 3:
                    data.Insert(at, interesting[random.Next(interesting.Length)]);
                    break;
                case 4:
                    // Duplicate a chunk (repeats segments or loops).
                    var len = Math.Min(random.Next(1, 200), data.Count - at);
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, len));
                    break;
                case 5:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 6:
                    // Long run of one byte (segment length and element count bounds).
                    data.InsertRange(at, Enumerable.Repeat(random.Next(2) == 0 ? (byte)'*' : (byte)'9', random.Next(10, 20_000)));
                    break;
                default:
                    // Swap two chunks (segments out of order).
                    var other = random.Next(data.Count);
                    (data[at], data[other]) = (data[other], data[at]);
                    break;
            }
        }

        return [.. data];
    }

    private static void Exercise(byte[] data)
    {
        _ = X12Validator.Validate(data);
        _ = X12Document.Read(data);
        _ = Claim837Reader.Read(data);
        _ = Remittance835Reader.Read(data);
        _ = Acknowledgment999Reader.Read(data);
        _ = ClaimStatus277Reader.Read(data);
        _ = EligibilityResponse271Reader.Read(data);
        using var stream = new MemoryStream(data);
        _ = X12Validator.Validate(stream);
    }

    [Fact]
    public async Task Mutations_NeverThrow_NorHang()
    {
        var corpus = Corpus();
        var random = new Random(5010);
        var done = 0;
        var watch = Stopwatch.StartNew();
        var run = Task.Run(
            () =>
            {
                while (done < Iterations && watch.Elapsed < Budget)
                {
                    var input = Mutate(random, corpus[random.Next(corpus.Count)]);
                    try
                    {
                        Exercise(input);
                    }
                    catch (Exception ex)
                    {
                        throw new InvalidOperationException($"Iteration {done} threw on input:\n{System.Text.Encoding.Latin1.GetString(input)}", ex);
                    }

                    done++;
                }
            },
            TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(run, Task.Delay(Budget + TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.Same(run, finished);
        await run;
        Assert.True(done >= 1000, $"only {done} mutations ran within the budget");
    }

    [Fact]
    public void Mutations_OfValidFixture_AreMostlyRejected_NotSilentlyAccepted()
    {
        var valid = Fixtures.Bytes(Fixtures.Claim837P);
        var random = new Random(837);
        var rejected = 0;
        for (var i = 0; i < 500; i++)
        {
            var input = Mutate(random, valid);
            if (!input.AsSpan().SequenceEqual(valid) && !X12Validator.Validate(input).IsAccepted)
            {
                rejected++;
            }
        }

        Assert.True(rejected > 400, $"only {rejected} of 500 damaged files were rejected");
    }
}
