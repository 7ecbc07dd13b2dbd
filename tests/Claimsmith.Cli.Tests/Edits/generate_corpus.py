# Writes the synthetic 837P corpus and the findings each claim must give (run: python3 generate_corpus.py).
import os
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'Corpus')
NPI = '1234567893'

def claim_segs(pcn, dx, lines, pos='11', npi_render=None, prior_auth=None):
    total = sum(l[2] for l in lines)
    segs = [f"CLM*{pcn}*{total:.2f}***{pos}:B:1*Y*A*Y*Y"]
    if prior_auth:
        segs.append(f"REF*G1*{prior_auth}")
    hi = [("ABK" if i == 0 else "ABF") + ":" + d.replace('.', '') for i, d in enumerate(dx)]
    segs.append("HI*" + "*".join(hi))
    for n, (code, mods, charge, units, ptrs) in enumerate(lines, 1):
        comp = ":".join(["HC", code] + list(mods))
        segs.append(f"LX*{n}")
        segs.append(f"SV1*{comp}*{charge:.2f}*UN*{units}***{':'.join(str(p) for p in ptrs)}")
        segs.append("DTP*472*D8*20260115")
    return segs

def file837(name, claims, billing_npi=NPI, sex='F', birth='19700501'):
    st = ["ST*837*0001*005010X222A1",
          "BHT*0019*00*BATCH1*20260120*1200*CH",
          "NM1*41*2*SYNTHETIC BILLING*****46*SUB01",
          "PER*IC*CLERK*TE*5555550100",
          "NM1*40*2*SYNTHETIC PAYER*****46*PAYER1",
          "HL*1**20*1",
          f"NM1*85*2*SYNTHETIC CLINIC*****XX*{billing_npi}",
          "N3*1 MAIN ST",
          "N4*SPRINGFIELD*IL*627010001",
          "REF*EI*123456789",
          "HL*2*1*22*0",
          "SBR*P*18*******CI",
          "NM1*IL*1*DOE*PAT****MI*MEM123456",
          "N3*2 ELM ST",
          "N4*SPRINGFIELD*IL*62701",
          f"DMG*D8*{birth}*{sex}",
          "NM1*PR*2*SYNTHETIC PAYER*****PI*PAYER1"]
    for c in claims:
        st += claim_segs(**c)
    st.append(f"SE*{len(st) + 1}*0001")
    isa = "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *260120*1200*^*00501*000000001*0*T*:"
    segs = [isa, "GS*HC*SUBMITTER01*RECEIVER01*20260120*1200*1*X*005010X222A1"] + st + ["GE*1*1", "IEA*1*000000001"]
    with open(os.path.join(out, name + '.x12'), 'w', newline='') as f:
        f.write("~\n".join(segs) + "~\n")

def expect(name, lines, comment):
    with open(os.path.join(out, name + '.expected'), 'w', newline='') as f:
        f.write(f"# {comment}\n# claim rule-id line (errors and warnings; info reminders are not listed)\n")
        for l in lines:
            f.write(l + "\n")

C = lambda pcn, dx, lines, **kw: dict(pcn=pcn, dx=dx, lines=lines, **kw)
L = lambda code, mods=(), charge=100.0, units=1, ptrs=(1,): (code, mods, charge, units, ptrs)

file837('clean', [C('CLEAN1', ['I10'], [L('99213')])]); expect('clean', [], 'A clean office visit: nothing to fix.')
file837('excludes1', [C('EXCL1', ['E11.9', 'E10.9'], [L('99213', ptrs=(1, 2))])]); expect('excludes1', ['EXCL1 dx.excludes1 0'], 'Type 2 and type 1 diabetes together: Excludes1 at E11.')
file837('ncci-bundled', [C('NCCI1', ['M17.11'], [L('27447', ('RT',)), L('20610')])]); expect('ncci-bundled', ['NCCI1 ncci.ptp 2'], 'Arthrocentesis on the day of a knee arthroplasty: NCCI PTP indicator 1 without a modifier.')
file837('ncci-bypassed', [C('NCCI2', ['M17.11', 'M17.12'], [L('27447', ('RT',)), L('20610', ('XS',), ptrs=(2,))])]); expect('ncci-bypassed', [], 'The same pair with XS on the column 2 code (a separate structure): the edit is bypassed.')
file837('em-same-day', [C('EM1', ['L82.1'], [L('17000'), L('99213')])]); expect('em-same-day', ['EM1 mpfs.global-same-day-em 2'], 'An office visit on the day of a 10-day global procedure without modifier 25.')
file837('em-same-day-25', [C('EM2', ['L82.1', 'I10'], [L('17000'), L('99213', ('25',), ptrs=(2,))])]); expect('em-same-day-25', [], 'The same visit with modifier 25 for a separate problem.')
file837('seventh-character', [C('S7A', ['S72.001', 'W19.XXXA'], [L('99213')])]); expect('seventh-character', ['S7A dx.missing-7th-character 0', 'S7A dx.unspecified 0'], 'A femur fracture code without its 7th character; W19.XXXA (unspecified fall) also warns.')
file837('external-cause-first', [C('EXT1', ['W19.XXXA', 'S72.001A'], [L('99213', ptrs=(2,))])]); expect('external-cause-first', ['EXT1 dx.external-cause-first 0', 'EXT1 dx.unspecified 0', 'EXT1 dx.unspecified 0'], 'The external cause listed first; both codes are unspecified ones (part of the femoral neck, kind of fall) and warn.')
file837('sex-conflict', [C('SEX1', ['N40.0'], [L('99213')])], sex='F'); expect('sex-conflict', ['SEX1 dx.sex-conflict 0'], 'Benign prostatic hyperplasia for a female patient.')
file837('npi-and-pointer', [C('NPI1', ['I10'], [L('99213', ptrs=(3,))])], billing_npi='1234567890'); expect('npi-and-pointer', ['NPI1 claim.npi-invalid 0', 'NPI1 claim.pointer-invalid 1'], 'A billing NPI with a wrong check digit and a pointer to a third diagnosis that does not exist.')
file837('mue-line', [C('MUE1', ['M54.50'], [L('97110', ('GP',), units=5, charge=150.0)])]); expect('mue-line', ['MUE1 ncci.mue-line 1', 'MUE1 dx.unspecified 0'], 'Five units of therapeutic exercise on one line against a line MUE of 4; M54.50 (low back pain, unspecified) warns.')
file837('duplicate', [C('DUP1', ['I10'], [L('99213')]), C('DUP2', ['I10'], [L('99213')])]); expect('duplicate', ['DUP1 claim.duplicate 1', 'DUP2 claim.duplicate 1'], 'The same visit billed twice in one batch.')
file837('bilateral', [C('BIL1', ['H61.23'], [L('69210', ('50',))])]); expect('bilateral', ['BIL1 mpfs.bilateral-50-not-allowed 1'], 'Modifier 50 on a code that is already bilateral (indicator 2).')
file837('manifestation-first', [C('MAN1', ['F02.80', 'G30.9'], [L('99213', ptrs=(1, 2))])]); expect('manifestation-first', ['MAN1 dx.manifestation-first 0', 'MAN1 dx.unspecified 0', 'MAN1 dx.unspecified 0'], 'Dementia in Alzheimer disease with the manifestation listed first; both codes are unspecified.')

def file837i(name, claims, sex='F', birth='19580301'):
    st = ["ST*837*0001*005010X223A2",
          "BHT*0019*00*BATCH2*20260120*1200*CH",
          "NM1*41*2*SYNTHETIC HOSPITAL*****46*SUB02",
          "PER*IC*CLERK*TE*5555550101",
          "NM1*40*2*SYNTHETIC PAYER*****46*PAYER1",
          "HL*1**20*1",
          "PRV*BI*PXC*282N00000X",
          f"NM1*85*2*SYNTHETIC HOSPITAL*****XX*{NPI}",
          "N3*9 HOSPITAL DR",
          "N4*SPRINGFIELD*IL*627010009",
          "REF*EI*987654321",
          "HL*2*1*22*0",
          "SBR*P*18*******CI",
          "NM1*IL*1*ROE*RITA****MI*MEM777",
          "N3*3 OAK ST",
          "N4*SPRINGFIELD*IL*62701",
          f"DMG*D8*{birth}*{sex}",
          "NM1*PR*2*SYNTHETIC PAYER*****PI*PAYER1"]
    for pcn, dx, lines in claims:
        total = sum(l[3] for l in lines)
        st.append(f"CLM*{pcn}*{total:.2f}***13:A:1**A*Y*Y")
        st.append("DTP*434*RD8*20260115-20260115")
        st.append("CL1*1*1*01")
        st.append("HI*" + "*".join(("ABK" if i == 0 else "ABF") + ":" + d.replace('.', '') for i, d in enumerate(dx)))
        st.append("NM1*71*1*ATTENDING*ANN****XX*1245319599")
        for n, (rev, code, mods, charge) in enumerate(lines, 1):
            st.append(f"LX*{n}")
            st.append(f"SV2*{rev}*{':'.join(['HC', code] + list(mods))}*{charge:.2f}*UN*1")
            st.append("DTP*472*D8*20260115")
    st.append(f"SE*{len(st) + 1}*0001")
    isa = "ISA*00*          *00*          *ZZ*SUBMITTER02    *ZZ*RECEIVER01     *260120*1200*^*00501*000000002*0*T*:"
    segs = [isa, "GS*HC*SUBMITTER02*RECEIVER01*20260120*1200*2*X*005010X223A2"] + st + ["GE*1*2", "IEA*1*000000002"]
    with open(os.path.join(out, name + '.x12'), 'w', newline='') as f:
        f.write("~\n".join(segs) + "~\n")

file837i('institutional', [('INST1', ['R07.89'], [('0450', '99283', (), 300.0), ('0300', '85025', (), 25.0)]),
                           ('INST2', ['Z12.5'], [('0300', '84153', (), 40.0)])])
expect('institutional', ['INST2 dx.sex-conflict 0'], 'An 837I outpatient emergency visit (clean) and a prostate screening for a female patient.')
