namespace Claimsmith.Documents;

/// <summary>How a CMS-1500 is drawn.</summary>
public enum Cms1500Mode
{
    /// <summary>The whole form, boxes and captions included, for viewing and archiving.</summary>
    FullForm = 0,
    /// <summary>Only the data, placed to print on the pre-printed red (OCR) 1500 form.</summary>
    DataOnly = 1,
}
