using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Tests.Support;

namespace Claimsmith.X12.Tests.Internal;

public sealed class OneOrManyTests
{
    [Fact]
    public void Items_AreTheSameBeforeAndAfterTheListIsHandedOut()
    {
        var store = default(OneOrMany<Amount>);
        Assert.Equal(0, store.Count);
        Assert.Null(store.Last);
        var first = new Amount("B6", 10m);
        store.Add(first);
        Assert.Equal(1, store.Count);
        Assert.Same(first, store[0]);
        Assert.Same(first, store.Last);
        Assert.Throws<ArgumentOutOfRangeException>(() => store[1]);

        var list = store.List;
        Assert.Same(list, store.List);
        Assert.Equal([first], list);
        var second = new Amount("KH", 1m);
        list.Add(second);
        Assert.Equal(2, store.Count);
        Assert.Same(second, store.Last);
        store.Add(new Amount("T", 2m));
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public void Find_GivesTheFirstMatch_InlineOrInTheList()
    {
        var store = default(OneOrMany<Amount>);
        Assert.Null(store.Find("B6", static (a, q) => a.Qualifier == q));
        var allowed = new Amount("B6", 10m);
        store.Add(allowed);
        Assert.Same(allowed, store.Find("B6", static (a, q) => a.Qualifier == q));
        Assert.Null(store.Find("KH", static (a, q) => a.Qualifier == q));
        var deduction = new Amount("KH", 1m);
        store.Add(deduction);
        store.Add(new Amount("KH", 2m));
        Assert.Same(deduction, store.Find("KH", static (a, q) => a.Qualifier == q));
    }

    [Fact]
    public void SecondItem_MakesTheList()
    {
        var store = default(OneOrMany<Amount>);
        store.Add(new Amount("B6", 10m));
        store.Add(new Amount("KH", 1m));
        Assert.Equal(2, store.Count);
        Assert.Equal("KH", store[1].Qualifier);
        Assert.Equal(["B6", "KH"], store.List.Select(a => a.Qualifier));
    }

    [Fact]
    public void ReadModel_HelpersAndListsAgree_AndChangesToTheListsStay()
    {
        var remittance = Assert.Single(Remittance835Reader.Read(Fixtures.Bytes(Fixtures.Remit835)).Value);
        var claim = Assert.Single(remittance.Claims);
        var line = claim.ServiceLines[0];

        // Helpers first (they read the inline store), then the lists.
        Assert.Equal("MEM123456", claim.Patient?.Id);
        Assert.Equal(90m, line.Allowed);
        Assert.Equal(new DateOnly(2025, 12, 28), line.ServiceDate);
        Assert.Null(line.LineItemControlNumber);
        Assert.Equal(["CO", "PR"], line.Adjustments.Select(a => a.Group));
        Assert.Equal("472", Assert.Single(line.Dates).Qualifier);

        line.References.Add(new Reference("6R", "LINE-1"));
        line.Amounts.Clear();
        Assert.Equal("LINE-1", line.LineItemControlNumber);
        Assert.Null(line.Allowed);
        Assert.Same(line.References, line.References);
        Assert.Equal("N130", Assert.Single(claim.ServiceLines[1].Remarks).Code);
        Assert.Null(claim.DrgCode);
        Assert.Null(line.SubmittedProcedure);
        line.SubmittedUnits = 2m;
        Assert.Equal(2m, line.SubmittedUnits);
        line.SubmittedUnits = null;
        Assert.Null(line.SubmittedUnits);
        Assert.Equal(1m, line.UnitsPaid);
        Assert.Equal(20m, claim.PatientResponsibility);
    }
}
