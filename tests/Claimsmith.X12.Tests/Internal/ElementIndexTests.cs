using System.Text;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Tests.Internal;

public sealed class ElementIndexTests
{
    public static TheoryData<string> Segments() =>
    [
        "LX",
        "LX*1",
        "AMT*B6*100",
        "CAS*CO*45*20",
        "DTM*472*20251228",
        "DTM*472*20251228*",
        "SVC*HC:99213:25*120*80**1",
        "CLP*P1-0*1*170*110*20*12*PCC10",
        "NM1*QC*1*DOE*JANE****MI*MEM000000",
        "REF**",
        "***",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "BPR*I*11000*C*CHK************20260110",
        "CAS*CO*1*1**2*2**3*3**4*4**5*5**6*6",
        "PLB*1234567893*20261231*WO:ADJ1*5*L6*-1.5*FB*2*CS*3*J1*4*AH*5",
        "REF" + string.Concat(Enumerable.Repeat("*A", 37)),
        "REF" + string.Concat(Enumerable.Repeat("*A", 38)),
        "REF" + string.Concat(Enumerable.Repeat("*", 60)),
        "MSG*" + new string('X', 70) + "*Y",
    ];

    [Theory]
    [MemberData(nameof(Segments))]
    public void Elements_MatchTheSegmentView(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var view = new X12SegmentView(bytes, X12Delimiters.Default);
        Span<int> scratch = stackalloc int[40];
        var index = new ElementIndex(view, scratch);
        // The index keeps at most scratch.Length - 2 elements (the readers use far fewer); within that
        // every element must be exactly what the rescanning accessor returns.
        var expected = view.ElementCount;
        Assert.Equal(Math.Min(expected, scratch.Length - 2), index.Count);
        var truncated = expected > index.Count;
        var last = truncated ? index.Count - 1 : index.Count + 1;
        for (var position = 1; position <= last; position++)
        {
            Assert.Equal(Encoding.ASCII.GetString(view.GetElement(position)), Encoding.ASCII.GetString(index[position]));
        }

        Assert.Equal(Encoding.ASCII.GetString(view.Id), Encoding.ASCII.GetString(index.Id));
    }

    [Fact]
    public void Procedure_IsSharedOnlyUnderTheSameComponentSeparator()
    {
        Span<int> scratch = stackalloc int[40];
        var colon = new ElementIndex(new X12SegmentView("SVC*HC:99213:25*120"u8, X12Delimiters.Default), scratch);
        var first = colon.Procedure(1)!;
        var again = new ElementIndex(new X12SegmentView("SVC*HC:99213:25*80"u8, X12Delimiters.Default), scratch).Procedure(1)!;
        Assert.Same(first, again);
        Assert.Equal(("HC", "99213"), (first.Qualifier, first.Code));
        Assert.Equal(["25"], first.Modifiers);

        // The same bytes under another component separator are one qualifier, not three components.
        var other = new X12Delimiters((byte)'*', (byte)'>', (byte)'^', (byte)'~');
        var gt = new ElementIndex(new X12SegmentView("SVC*HC:99213:25*120"u8, other), scratch).Procedure(1)!;
        Assert.Equal(("HC:99213:25", string.Empty), (gt.Qualifier, gt.Code));
        Assert.Empty(gt.Modifiers);
    }
}
