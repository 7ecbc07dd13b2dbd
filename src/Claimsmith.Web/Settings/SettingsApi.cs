namespace Claimsmith.Web.Settings;

/// <summary>The admin settings behind the workbench's settings screens: fee schedule, payer contract rates and the scrubber's payer rules.</summary>
internal static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        app.MapFeeSchedulesApi();
        app.MapPayerContractRatesApi();
        app.MapPayerRulesApi();
        return app;
    }
}
