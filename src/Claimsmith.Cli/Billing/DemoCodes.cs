namespace Claimsmith.Cli.Billing;

/// <summary>
/// Code values the synthetic data draws from: common real codes (codes only, no descriptors),
/// so demo claims look like what a biller sees.
/// </summary>
internal static class DemoCodes
{
    public static readonly string[] OfficeDiagnoses =
    [
        "I10", "E11.9", "E78.5", "J06.9", "M17.11", "M17.12", "M54.50", "R51.9", "Z00.00", "J45.909",
        "K21.9", "F41.1", "E66.9", "N39.0", "R10.9", "S93.401A", "Z23", "J02.9", "H66.90", "L03.115",
    ];

    public static readonly string[] SurgeryDiagnoses = ["M23.221", "M23.211", "M17.11", "M17.12", "M75.101", "G56.01", "K40.90", "H25.11"];

    public static readonly string[] InpatientDiagnoses = ["J18.9", "I50.9", "N17.9", "A41.9", "I21.4", "J44.1", "E87.1", "I48.91", "N18.3", "E11.22", "I10", "Z79.4"];

    public static readonly string[] EvaluationAndManagement = ["99202", "99203", "99204", "99212", "99213", "99214", "99215"];

    /// <summary>Office procedures, with the modifiers they commonly take.</summary>
    public static readonly (string Code, string[] Modifiers, decimal Charge)[] OfficeProcedures =
    [
        ("20610", ["RT"], 210.00m), ("20610", ["LT"], 210.00m), ("11102", [], 145.00m), ("12001", [], 180.00m),
        ("93000", [], 60.00m), ("36415", [], 15.00m), ("81002", [], 12.00m), ("87880", ["QW"], 35.00m),
        ("90471", [], 28.00m), ("17110", ["59"], 130.00m), ("69210", ["50"], 95.00m), ("97110", ["GP"], 48.00m),
    ];

    /// <summary>Office-administered drugs: HCPCS, NDC (5-4-2), unit, and charge.</summary>
    public static readonly (string Hcpcs, string Ndc, string Unit, decimal Charge)[] Drugs =
    [
        ("J1100", "63323-0165-01", "ML", 18.00m), ("J3301", "00003-0293-05", "ML", 42.00m), ("J0696", "00409-7332-01", "UN", 35.50m),
        ("J1885", "00409-3795-01", "ML", 22.00m), ("J2550", "00641-0928-25", "ML", 16.00m), ("J1030", "00703-0031-01", "ML", 30.00m),
    ];

    public static readonly (string Code, string[] Modifiers)[] AscProcedures =
    [
        ("29881", ["RT"]), ("29881", ["LT"]), ("29880", ["RT"]), ("29827", ["LT"]), ("64721", ["RT"]), ("49505", []), ("66984", ["RT"]),
    ];

    public static readonly (string Code, string Label)[] Taxonomies =
    [
        ("207Q00000X", "Family Medicine"), ("207R00000X", "Internal Medicine"), ("208000000X", "Pediatrics"),
        ("207X00000X", "Orthopaedic Surgery"), ("207L00000X", "Anesthesiology"), ("207P00000X", "Emergency Medicine"),
        ("208600000X", "Surgery"), ("207RC0000X", "Cardiovascular Disease"),
    ];

    public static readonly (string Name, string Id, string Indicator, int Days)[] Payers =
    [
        ("Medicare Part B (Synthetic MAC)", "SMAC1", "MB", 365), ("Medicare Part A (Synthetic MAC)", "SMAC2", "MA", 365),
        ("State Medicaid (Synthetic)", "SMCD1", "MC", 180), ("Bluestone BCBS (Synthetic)", "SBCBS", "BL", 180),
        ("Harbor Commercial Health", "SHCH1", "CI", 90), ("Summit PPO Network", "SSPPO", "12", 120),
        ("Keystone HMO", "SKHMO", "HM", 90), ("Tricare Synthetic Region", "STRIC", "CH", 365),
    ];

    /// <summary>Plain clinical wording for the synthetic notes (no patient, no real chart).</summary>
    public static readonly string[] Assessments =
    [
        "Essential hypertension, well controlled on current medication.",
        "Type 2 diabetes mellitus without complications; HbA1c reviewed.",
        "Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3.",
        "Hyperlipidemia; continue statin.",
        "Acute upper respiratory infection. Patient denies shortness of breath.",
        "Primary osteoarthritis of the right knee with pain on weight bearing.",
        "Low back pain without radiculopathy.",
        "Gastro-esophageal reflux disease without esophagitis.",
        "Generalized anxiety disorder, stable.",
        "Acute cystitis without hematuria.",
        "Mild intermittent asthma, uncomplicated.",
        "Acute pharyngitis; rapid strep negative.",
        "Obesity; counseled on diet and exercise.",
        "Sprain of the left ankle; no acute fracture on imaging.",
        "Heart failure, unspecified; edema improved.",
        "Community-acquired pneumonia; consolidation in the right lower lobe.",
    ];
}
