namespace Claimsmith.Web.Audit;

/// <summary>Puts endpoints under audit (HIPAA 164.312(b)): every call is recorded with its outcome.</summary>
internal static class AuditedExtensions
{
    /// <summary>
    /// Records every call of the endpoints of <paramref name="builder"/> (a group or one endpoint)
    /// as an audit entry about <paramref name="recordType"/> records. The action is
    /// <paramref name="actionPrefix"/> plus what the route does, e.g. <c>patient.read</c>,
    /// <c>patient.list</c>, <c>claim.ready.change</c>, <c>encounter.documents.read</c>.
    /// </summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string recordType, string actionPrefix)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AuditedMetadata(recordType, actionPrefix));
        builder.AddEndpointFilter<TBuilder, AuditedEndpointFilter>();
        return builder;
    }

    /// <summary>Names the audit action of one endpoint explicitly (inside an <see cref="Audited"/> group).</summary>
    public static TBuilder WithAuditAction<TBuilder>(this TBuilder builder, string action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditActionMetadata(action));
}
