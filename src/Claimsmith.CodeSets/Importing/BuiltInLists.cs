namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Names of the CMS place-of-service codes and of the common modifiers. The POS code list in
/// the reference data carries codes only; these names are the CMS Place of Service Code Set's
/// (public domain). Modifier descriptions are short paraphrases written for Claimsmith (CPT
/// modifier descriptors are AMA copyright; HCPCS Level II modifiers are CMS's, and the annual
/// HCPCS file, when imported, replaces these texts with the official ones).
/// </summary>
internal static class BuiltInLists
{
    public static readonly (string Code, string Name)[] PlacesOfService =
    [
        ("01", "Pharmacy"), ("02", "Telehealth provided other than in patient's home"), ("03", "School"),
        ("04", "Homeless shelter"), ("05", "Indian Health Service free-standing facility"),
        ("06", "Indian Health Service provider-based facility"), ("07", "Tribal 638 free-standing facility"),
        ("08", "Tribal 638 provider-based facility"), ("09", "Prison/correctional facility"),
        ("10", "Telehealth provided in patient's home"), ("11", "Office"), ("12", "Home"),
        ("13", "Assisted living facility"), ("14", "Group home"), ("15", "Mobile unit"), ("16", "Temporary lodging"),
        ("17", "Walk-in retail health clinic"), ("18", "Place of employment-worksite"),
        ("19", "Off campus-outpatient hospital"), ("20", "Urgent care facility"), ("21", "Inpatient hospital"),
        ("22", "On campus-outpatient hospital"), ("23", "Emergency room-hospital"), ("24", "Ambulatory surgical center"),
        ("25", "Birthing center"), ("26", "Military treatment facility"), ("27", "Outreach site/street"),
        ("31", "Skilled nursing facility"), ("32", "Nursing facility"), ("33", "Custodial care facility"), ("34", "Hospice"),
        ("41", "Ambulance-land"), ("42", "Ambulance-air or water"), ("49", "Independent clinic"),
        ("50", "Federally qualified health center"), ("51", "Inpatient psychiatric facility"),
        ("52", "Psychiatric facility-partial hospitalization"), ("53", "Community mental health center"),
        ("54", "Intermediate care facility/individuals with intellectual disabilities"),
        ("55", "Residential substance abuse treatment facility"), ("56", "Psychiatric residential treatment center"),
        ("57", "Non-residential substance abuse treatment facility"), ("58", "Non-residential opioid treatment facility"),
        ("60", "Mass immunization center"), ("61", "Comprehensive inpatient rehabilitation facility"),
        ("62", "Comprehensive outpatient rehabilitation facility"), ("65", "End-stage renal disease treatment facility"),
        ("66", "Programs of All-Inclusive Care for the Elderly (PACE) center"), ("71", "State or local public health clinic"),
        ("72", "Rural health clinic"), ("81", "Independent laboratory"), ("99", "Other place of service"),
    ];

    /// <summary>Facility places of service for the MPFS facility rate (CMS Claims Processing Manual ch. 12 §20.4.2).</summary>
    public static readonly string[] FacilityPlaces = ["19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"];

    public static readonly (string Code, string Name)[] Modifiers =
    [
        ("22", "Increased procedural services"), ("24", "Unrelated E/M service by the same physician during a postoperative period"),
        ("25", "Significant, separately identifiable E/M service on the day of a procedure"),
        ("26", "Professional component"), ("27", "Multiple outpatient hospital E/M encounters on the same date"),
        ("50", "Bilateral procedure"), ("51", "Multiple procedures"), ("52", "Reduced services"),
        ("53", "Discontinued procedure"), ("54", "Surgical care only"), ("55", "Postoperative management only"),
        ("56", "Preoperative management only"), ("57", "Decision for surgery"),
        ("58", "Staged or related procedure by the same physician during the postoperative period"),
        ("59", "Distinct procedural service"), ("62", "Two surgeons"), ("66", "Surgical team"),
        ("76", "Repeat procedure by the same physician"), ("77", "Repeat procedure by another physician"),
        ("78", "Unplanned return to the operating room for a related procedure during the postoperative period"),
        ("79", "Unrelated procedure by the same physician during the postoperative period"),
        ("80", "Assistant surgeon"), ("81", "Minimum assistant surgeon"), ("82", "Assistant surgeon when a qualified resident surgeon is not available"),
        ("90", "Reference (outside) laboratory"), ("91", "Repeat clinical diagnostic laboratory test"),
        ("95", "Synchronous telemedicine service"), ("TC", "Technical component"),
        ("LT", "Left side"), ("RT", "Right side"), ("XE", "Separate encounter"), ("XP", "Separate practitioner"),
        ("XS", "Separate structure"), ("XU", "Unusual non-overlapping service"),
        ("GA", "Waiver of liability statement issued as required by payer policy"), ("GY", "Item or service statutorily excluded"),
        ("GZ", "Item or service expected to be denied as not reasonable and necessary"), ("GT", "Via interactive audio and video telecommunication systems"),
        ("KX", "Requirements specified in the medical policy have been met"), ("QW", "CLIA-waived test"),
        ("JW", "Drug amount discarded/not administered to any patient"), ("JZ", "Zero drug amount discarded"),
        ("FA", "Left hand, thumb"), ("F1", "Left hand, second digit"), ("F2", "Left hand, third digit"), ("F3", "Left hand, fourth digit"),
        ("F4", "Left hand, fifth digit"), ("F5", "Right hand, thumb"), ("F6", "Right hand, second digit"), ("F7", "Right hand, third digit"),
        ("F8", "Right hand, fourth digit"), ("F9", "Right hand, fifth digit"), ("TA", "Left foot, great toe"), ("T1", "Left foot, second digit"),
        ("T2", "Left foot, third digit"), ("T3", "Left foot, fourth digit"), ("T4", "Left foot, fifth digit"), ("T5", "Right foot, great toe"),
        ("T6", "Right foot, second digit"), ("T7", "Right foot, third digit"), ("T8", "Right foot, fourth digit"), ("T9", "Right foot, fifth digit"),
        ("E1", "Upper left, eyelid"), ("E2", "Lower left, eyelid"), ("E3", "Upper right, eyelid"), ("E4", "Lower right, eyelid"),
        ("LC", "Left circumflex coronary artery"), ("LD", "Left anterior descending coronary artery"), ("RC", "Right coronary artery"),
        ("AS", "Physician assistant, nurse practitioner or clinical nurse specialist services for assistant at surgery"),
        ("QK", "Medical direction of two, three or four concurrent anesthesia procedures"), ("AA", "Anesthesia services performed personally by anesthesiologist"),
        ("QX", "CRNA service with medical direction by a physician"), ("QZ", "CRNA service without medical direction by a physician"),
        ("GP", "Services delivered under an outpatient physical therapy plan of care"), ("GO", "Services delivered under an outpatient occupational therapy plan of care"),
        ("GN", "Services delivered under an outpatient speech-language pathology plan of care"),
        ("CR", "Catastrophe/disaster related"), ("PO", "Excepted service provided at an off-campus, outpatient, provider-based department"),
        ("PN", "Non-excepted service provided at an off-campus, outpatient, provider-based department"),
    ];
}
