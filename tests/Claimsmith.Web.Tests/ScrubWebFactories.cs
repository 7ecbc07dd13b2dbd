namespace Claimsmith.Web.Tests;

/// <summary>SQLite host whose code-set snapshot is imported from the real FY2026 files; skips with the reason when they are absent.</summary>
public sealed class RealCodeSetsWebFactory : ClaimsmithWebFactory
{
    public override string? SkipReason => TestCodeSets.RealSkipReason;

    protected override string CodeSetHome => TestCodeSets.RealHome ?? TestCodeSets.NewEmptyHome();
}

/// <summary>PostgreSQL host with the real FY2026 code sets; skips without CLAIMSMITH_TEST_POSTGRES or the files.</summary>
public sealed class RealCodeSetsPostgresWebFactory : PostgresClaimsmithWebFactory
{
    public override string? SkipReason => base.SkipReason ?? TestCodeSets.RealSkipReason;

    protected override string CodeSetHome => TestCodeSets.RealHome ?? TestCodeSets.NewEmptyHome();
}

/// <summary>SQLite host whose home has no code-set snapshot (nothing imported yet).</summary>
public sealed class NoCodeSetsWebFactory : ClaimsmithWebFactory
{
    protected override string CodeSetHome { get; } = TestCodeSets.NewEmptyHome();
}
