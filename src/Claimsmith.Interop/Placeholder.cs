namespace Claimsmith.Interop; internal static class Placeholder { }
