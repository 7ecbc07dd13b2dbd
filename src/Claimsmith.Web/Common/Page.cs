namespace Claimsmith.Web.Common;

/// <summary>One page of a list: the items, where it is, and how many there are in all.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
