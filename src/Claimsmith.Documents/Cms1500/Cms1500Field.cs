namespace Claimsmith.Documents;

/// <summary>
/// One value on the form: the NUCC item number (e.g. <c>24D</c>), the page, and where it prints
/// on the 1500's character grid (10 characters per inch, 6 lines per inch; line 1 is the top
/// print line, column 1 the left print column, as in the NUCC 1500 reference instruction manual's
/// print layout).
/// </summary>
public sealed record Cms1500Field(string Item, int Page, int Line, int Column, string Text);
