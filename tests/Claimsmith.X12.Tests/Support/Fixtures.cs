using System.Text;

namespace Claimsmith.X12.Tests.Support;

/// <summary>Small synthetic interchanges written for these tests.</summary>
internal static class Fixtures
{
    public const string Isa = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260101*1200*^*00501*000000101*0*T*:~";

    /// <summary>A minimal valid 837P: one claim, two lines, real NPIs (Luhn over 80840), 9-digit billing ZIP.</summary>
    public const string Claim837P =
        Isa +
        "GS*HC*SENDER*RECEIVER*20260101*1200*101*X*005010X222A1~" +
        "ST*837*0001*005010X222A1~" +
        "BHT*0019*00*BATCH1*20260101*1200*CH~" +
        "NM1*41*2*CLAIMSMITH CLINIC*****46*S12345~" +
        "PER*IC*BILLING OFFICE*TE*5555550100~" +
        "NM1*40*2*ACME HEALTH PLAN*****46*R67890~" +
        "HL*1**20*1~" +
        "NM1*85*2*CLAIMSMITH CLINIC*****XX*1234567893~" +
        "N3*100 MAIN ST~" +
        "N4*SPRINGFIELD*IL*627011234~" +
        "REF*EI*123456789~" +
        "HL*2*1*22*0~" +
        "SBR*P*18*GRP100******CI~" +
        "NM1*IL*1*DOE*JANE****MI*MEM123456~" +
        "N3*5 ELM ST~" +
        "N4*SPRINGFIELD*IL*62701~" +
        "DMG*D8*19800215*F~" +
        "NM1*PR*2*ACME HEALTH PLAN*****PI*PAYER01~" +
        "CLM*PCN001*150***11:B:1*Y*A*Y*Y~" +
        "DTP*431*D8*20251220~" +
        "REF*G1*AUTH555~" +
        "HI*ABK:J069*ABF:R05~" +
        "NM1*82*1*SMITH*JOHN****XX*1245319599~" +
        "PRV*PE*PXC*207Q00000X~" +
        "LX*1~" +
        "SV1*HC:99213:25*100*UN*1***1:2~" +
        "DTP*472*D8*20251228~" +
        "REF*6R*LINE0001~" +
        "LX*2~" +
        "SV1*HC:87880*50*UN*1***1~" +
        "DTP*472*D8*20251228~" +
        "SE*31*0001~" +
        "GE*1*101~" +
        "IEA*1*000000101~";

    /// <summary>A small balanced 835: one claim, two lines, one provider-level adjustment.</summary>
    public const string Remit835 =
        "ISA*00*          *00*          *ZZ*PAYER          *ZZ*PROVIDER       *260110*0900*^*00501*000000202*0*T*:~" +
        "GS*HP*PAYER*PROVIDER*20260110*0900*202*X*005010X221A1~" +
        "ST*835*0001~" +
        "BPR*I*95*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*888888888*DA*654321*20260110~" +
        "TRN*1*EFT12345*1512345678~" +
        "DTM*405*20260109~" +
        "N1*PR*ACME HEALTH PLAN~" +
        "N3*1 PAYER WAY~" +
        "N4*CHICAGO*IL*60601~" +
        "PER*BL*PROVIDER SERVICES*TE*8005550100~" +
        "N1*PE*CLAIMSMITH CLINIC*XX*1234567893~" +
        "LX*1~" +
        "CLP*PCN001*1*150*100*20*12*PAYERCLAIM1~" +
        "NM1*QC*1*DOE*JANE****MI*MEM123456~" +
        "DTM*232*20251228~" +
        "SVC*HC:99213:25*100*70**1~" +
        "DTM*472*20251228~" +
        "CAS*CO*45*10~" +
        "CAS*PR*2*20~" +
        "AMT*B6*90~" +
        "SVC*HC:87880*50*30**1~" +
        "DTM*472*20251228~" +
        "CAS*CO*45*20~" +
        "AMT*B6*30~" +
        "LQ*HE*N130~" +
        "PLB*1234567893*20261231*WO:ADJ1*5~" +
        "SE*25*0001~" +
        "GE*1*202~" +
        "IEA*1*000000202~";

    public static byte[] Bytes(string s) => Encoding.ASCII.GetBytes(s);
}
