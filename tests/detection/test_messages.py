"""HL7 v2 and X12 segments (recognizers/messages.py), alone and in the default detector."""
from __future__ import annotations

import time

import pytest

from minimize.detection.recognizers.messages import MessageSegmentRecognizer

# An admission as the interface stores it: segments separated by "\r"
ADT = (
    "MSH|^~\\&|EPIC|MERCYHOSP|LABSYS|MERCYLAB|20240311083015||ADT^A01^ADT_A01|MSG00042|P|2.5.1\r"
    "EVN|A01|20240311083000|||JSMITH01\r"
    "PID|1||448812^^^MERCY^MR~771-22-0943^^^SSA^SS||Kowalczyk^Danuta^M^^Mrs||19610314|F|||"
    "4417 Linden Ave^Apt 2B^Dayton^OH^45402^USA||(937)555-0142^PRN^PH|^WPN^PH^^1^937^5550199||||"
    "ACC90331|771-22-0943|K4410982\r"
    "NK1|1|Kowalczyk^Tomasz^J|SPO|4417 Linden Ave^^Dayton^OH^45402|(937)555-0178\r"
    "PV1|1|I|4W^412^B^MERCY||||1457^Achebe^Ngozi^A^^Dr|2290^Lindqvist^Erik^^^Dr||MED||||1|||"
    "1457^Achebe^Ngozi^A^^Dr|IP|VN55021"
)
ADT_FOUND = {
    ("ID_NUMBER", "448812"), ("US_SSN", "771-22-0943"), ("PERSON", "Kowalczyk"), ("PERSON", "Danuta"),
    ("PERSON", "M"), ("TITLE", "Mrs"), ("DATE_TIME", "19610314"), ("ADDRESS", "4417 Linden Ave"),
    ("ADDRESS", "Apt 2B"), ("LOCATION", "Dayton"), ("LOCATION", "OH"), ("ZIP_CODE", "45402"), ("LOCATION", "USA"),
    ("PHONE_NUMBER", "(937)555-0142"), ("PHONE_NUMBER", "937"), ("PHONE_NUMBER", "5550199"),
    ("ID_NUMBER", "ACC90331"), ("ID_NUMBER", "K4410982"),
    ("PERSON", "Tomasz"), ("PERSON", "J"), ("PHONE_NUMBER", "(937)555-0178"),
    ("PERSON", "Achebe"), ("PERSON", "Ngozi"), ("PERSON", "A"), ("TITLE", "Dr"), ("PERSON", "Lindqvist"),
    ("PERSON", "Erik"), ("ID_NUMBER", "1457"), ("ID_NUMBER", "2290"),  # the doctors' own numbers
}
# A lab result: OBR and OBX hold codes, values and units, no PII
ORU = (
    "MSH|^~\\&|LAB|MERCYLAB|EMR|MERCY|20240312101500||ORU^R01|LAB5531|P|2.5.1\r"
    "PID|1||448812^^^MERCY^MR||Kowalczyk^Danuta||19610314|F\r"
    "OBR|1|ORD8812|LAB5531|80053^Comprehensive metabolic panel^LN|||20240312090000\r"
    "OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F\r"
    "OBX|2|NM|2160-0^Creatinine^LN||0.9|mg/dL|0.6-1.2|N|||F\r"
    "OBX|3|ST|8867-4^Heart rate^LN||72|/min|||||F"
)
# A claim (837P): the submitter, receiver, billing provider and payer are organisations
CLAIM = (
    "ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*PAYERID7788    *240311*0830*^*00501*000000905*0*P*:~\n"
    "GS*HC*CLEARHOUSE01*PAYERID7788*20240311*0830*905*X*005010X222A1~\n"
    "ST*837*0001*005010X222A1~\n"
    "BHT*0019*00*REF47517*20240311*0830*CH~\n"
    "NM1*41*2*RIVERSIDE BILLING LLC*****46*TGJ23~\n"
    "PER*IC*MARTA SILVA*TE*6145550123*EM*MSILVA@RIVERSIDEBILLING.COM~\n"
    "NM1*40*2*OHIO MEDICAID*****46*OHMCD~\n"
    "HL*1**20*1~\n"
    "NM1*85*2*RIVERSIDE FAMILY PRACTICE*****XX*1588667799~\n"
    "N3*2200 RIVERSIDE DR~\n"
    "N4*COLUMBUS*OH*432211234~\n"
    "REF*EI*311234567~\n"
    "HL*2*1*22*0~\n"
    "SBR*P*18*******MC~\n"
    "NM1*IL*1*OKONKWO*CHIDI*E***MI*XJH123456789~\n"
    "N3*14 HARROW LANE*APT 3~\n"
    "N4*WESTERVILLE*OH*430811020~\n"
    "DMG*D8*19790522*M~\n"
    "REF*SY*512-44-9087~\n"
    "NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~\n"
    "CLM*26463774*100***11:B:1*Y*A*Y*I~\n"
    "SE*19*0001~\n"
    "GE*1*905~\n"
    "IEA*1*000000905~"
)
CLAIM_FOUND = {
    ("PERSON", "MARTA SILVA"), ("PHONE_NUMBER", "6145550123"), ("EMAIL_ADDRESS", "MSILVA@RIVERSIDEBILLING.COM"),
    ("PERSON", "OKONKWO"), ("PERSON", "CHIDI"), ("PERSON", "E"), ("ID_NUMBER", "XJH123456789"),
    ("ADDRESS", "14 HARROW LANE"), ("ADDRESS", "APT 3"), ("LOCATION", "WESTERVILLE"), ("LOCATION", "OH"),
    ("ZIP_CODE", "430811020"), ("DATE_TIME", "19790522"), ("US_SSN", "512-44-9087"),
}


def _segment(segment: str, fields: dict[int, str]) -> str:
    """An HL7 segment with `fields` at their numbers and the others empty."""
    return segment + "|" + "|".join(fields.get(n, "") for n in range(1, max(fields) + 1))


@pytest.fixture(scope="module")
def messages():
    return MessageSegmentRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an admission: patient, next of kin and doctors (their numbers too) by field; MSH, EVN and the visit
        # number are no PII, an identifier typed SS is an SSN
        (ADT, ADT_FOUND),
        # the same with Windows line breaks, framed as MLLP sends it
        ("\x0b" + ADT.replace("\r", "\r\n") + "\x1c\r", ADT_FOUND),
        # a PID pasted in a ticket without its MSH: the default separators
        (("Interface error on the inbound feed, this segment was rejected:\n"
          "PID|1||99120^^^NORTHCLINIC^MR||Obi^Adaeze^^^Ms||19880902|F|||27 Marlowe Rd^^Leeds^^LS6 3AB^GBR||07700 900412\n"
          "Please advise."),
         {("ID_NUMBER", "99120"), ("PERSON", "Obi"), ("PERSON", "Adaeze"), ("TITLE", "Ms"), ("DATE_TIME", "19880902"),
          ("ADDRESS", "27 Marlowe Rd"), ("LOCATION", "Leeds"), ("ZIP_CODE", "LS6 3AB"), ("LOCATION", "GBR"),
          ("PHONE_NUMBER", "07700 900412")}),
        # MSH declares other separators: "#" between fields, "$" components, "!" repeats
        (("MSH#$!\\%#REGSYS#STJUDE#EMR#STJUDE#202402010915##ADT$A04#MSG77#P#2.4\n"
          "PID#1##55021$$$STJUDE$MR!X99-12$$$STATE$DL##Nakamura$Haruto$$$Mr##19920607#M###"
          "8-2 Sakura Ave$$Fremont$CA$94536##510-555-0187"),
         {("ID_NUMBER", "55021"), ("ID_NUMBER", "X99-12"), ("PERSON", "Nakamura"), ("PERSON", "Haruto"),
          ("TITLE", "Mr"), ("DATE_TIME", "19920607"), ("ADDRESS", "8-2 Sakura Ave"), ("LOCATION", "Fremont"),
          ("LOCATION", "CA"), ("ZIP_CODE", "94536"), ("PHONE_NUMBER", "510-555-0187")}),
        # repeats: two identifiers, two names (a maiden name), a phone and an email
        (("PID|1||30021^^^HOSP^MR~88-441-902^^^DMV^DL||Haddad^Rania^^^Dr~Nassar^Rania||19750130|F|||||"
          "555-0134^PRN^PH~^NET^Internet^rania.h@example.net"),
         {("ID_NUMBER", "30021"), ("ID_NUMBER", "88-441-902"), ("PERSON", "Haddad"), ("PERSON", "Rania"),
          ("TITLE", "Dr"), ("PERSON", "Nassar"), ("DATE_TIME", "19750130"), ("PHONE_NUMBER", "555-0134"),
          ("EMAIL_ADDRESS", "rania.h@example.net")}),
        # empty fields, components and HL7's null ("") are no values; blanks around a value are trimmed
        ('PID|||""||  Lindgren ^ Astrid ^^^ ||""|||||^^^^^||||||||""|', {("PERSON", "Lindgren"), ("PERSON", "Astrid")}),
        # sub-components of a family name ("van der Berg&van der&Berg"): each part is the name's
        ("PID|1||7781^^^H^MR||van der Berg&van der&Berg^Pieter",
         {("ID_NUMBER", "7781"), ("PERSON", "van der Berg"), ("PERSON", "van der"), ("PERSON", "Berg"),
          ("PERSON", "Pieter")}),
        # a guarantor: name, address, phone, birth date and SSN by field
        (("GT1|1||Moreau^Camille^^^Mme||12 Rue Caulaincourt^^Paris^^75018^FRA|+33 6 12 34 56 78||19840419|F||SEL|"
          "318-66-2045"),
         {("PERSON", "Moreau"), ("PERSON", "Camille"), ("TITLE", "Mme"), ("ADDRESS", "12 Rue Caulaincourt"),
          ("LOCATION", "Paris"), ("ZIP_CODE", "75018"), ("LOCATION", "FRA"), ("PHONE_NUMBER", "+33 6 12 34 56 78"),
          ("DATE_TIME", "19840419"), ("US_SSN", "318-66-2045")}),
        # insurance: the insured's name, birth date, address and id; not the insurer's address (IN1-5)
        # nor the policy number (IN1-36)
        (_segment("IN1", {1: "1", 4: "BLUE CROSS OHIO", 5: "PO BOX 1000^^COLUMBUS^OH^43215", 16: "Moreau^Julien",
                          18: "19820211", 19: "12 Rue Caulaincourt^^Paris^^75018", 36: "POL-99812-A",
                          49: "GU8812304^^^BCBS"}),
         {("PERSON", "Moreau"), ("PERSON", "Julien"), ("DATE_TIME", "19820211"), ("ADDRESS", "12 Rue Caulaincourt"),
          ("LOCATION", "Paris"), ("ZIP_CODE", "75018"), ("ID_NUMBER", "GU8812304")}),
        # a lab result: the patient only; OBR and OBX are results and codes
        (ORU, {("ID_NUMBER", "448812"), ("PERSON", "Kowalczyk"), ("PERSON", "Danuta"), ("DATE_TIME", "19610314")}),
        # a claim: the subscriber's name, id, address, birth date and SSN, the contact's name and phone;
        # organisations' names, ids and addresses are no PII
        (CLAIM, CLAIM_FOUND),
        # the same with no line breaks between segments
        (CLAIM.replace("~\n", "~"), CLAIM_FOUND),
        # an enrolment (834) pasted without its envelope: the default separators
        (("Member record from the 834 that failed:\nINS*Y*18*021*28*A***FT~\nREF*0F*MBR0049912~\nREF*1L*GRP5531~\n"
          "NM1*IL*1*NGUYEN*THI*LAN*MS~\nPER*IP**HP*4085550161*EM*lan.nguyen@example.org~\nN3*881 ORCHARD WAY~\n"
          "N4*SAN JOSE*CA*95112~\nDMG*D8*19900214*F~"),
         {("ID_NUMBER", "MBR0049912"), ("PERSON", "NGUYEN"), ("PERSON", "THI"), ("PERSON", "LAN"), ("TITLE", "MS"),
          ("PHONE_NUMBER", "4085550161"), ("EMAIL_ADDRESS", "lan.nguyen@example.org"), ("ADDRESS", "881 ORCHARD WAY"),
          ("LOCATION", "SAN JOSE"), ("LOCATION", "CA"), ("ZIP_CODE", "95112"), ("DATE_TIME", "19900214")}),
        # a patient whose id qualifier (34) says SSN
        ("NM1*QC*1*DUBOIS*NADINE****34*402-18-7765~",
         {("PERSON", "DUBOIS"), ("PERSON", "NADINE"), ("US_SSN", "402-18-7765")}),
        # ISA declares "|" between elements
        (("ISA|00|          |00|          |ZZ|SENDER         |ZZ|RECEIVER       |240311|0830|^|00501|000000906|0|P|>~"
          "NM1|IL|1|FERREIRA|JOAO||||MI|W448120977~DMG|D8|19660901|M~"),
         {("PERSON", "FERREIRA"), ("PERSON", "JOAO"), ("ID_NUMBER", "W448120977"), ("DATE_TIME", "19660901")}),
        # ... or "^" between elements and a line break after each segment
        (("ISA^00^          ^00^          ^ZZ^SENDER         ^ZZ^RECEIVER       ^240311^0830^U^00401^000000907^0^P^:\n"
          "NM1^IL^1^KIM^MINJI^^^^MI^K55012345\nN3^300 PINE ST\nN4^SEATTLE^WA^98101\n"),
         {("PERSON", "KIM"), ("PERSON", "MINJI"), ("ID_NUMBER", "K55012345"), ("ADDRESS", "300 PINE ST"),
          ("LOCATION", "SEATTLE"), ("LOCATION", "WA"), ("ZIP_CODE", "98101")}),
        # a segment quoted in a sentence without its "~": the id ends at the blank
        ("The payer rejected NM1*IL*1*SATO*KENJI****MI*JQ7712004 as a duplicate.",
         {("PERSON", "SATO"), ("PERSON", "KENJI"), ("ID_NUMBER", "JQ7712004")}),
        # an airline's passenger record: the travel document and the birth date
        ("SSR\nFQTV: SK EBS448120937\nDOCS: P/SWE/AB4821937/SWE/12MAY88/F", {("ID_NUMBER", "AB4821937"), ("DATE_TIME", "12MAY88")}),
        ("SSR DOCS AF HK1 P/SEN/A05209371/SEN/22SEP84/F/18AUG29/NDIAYE/FATOU",  # an airline, a status, the names
         {("ID_NUMBER", "A05209371"), ("DATE_TIME", "22SEP84"), ("PERSON", "NDIAYE"), ("PERSON", "FATOU")}),
    ],
)
def test_when_a_message_segment_holds_pii_then_each_value_is_typed_by_its_position(messages, text, expected):
    assert _found(messages, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hotel was rated 4* by guests and 5* for service | A | B options to follow.",  # prose with | and *
        "| Name | Phone |\n|---|---|\n| Ana Ruiz | 555-0134 |",  # a markdown table
        "2024-03-01 10:22:01 | INFO | worker PID|4412 started by user=bob",  # a log line
        "PID|USER|COMMAND\n4412|bob|python app.py\n4419|ann|node server.js",  # a process table: no Set ID
        "rm -rf build/* && cp src/*.py dist/\nls *.log | grep -v debug",  # shell globs
        "char *name = *argv;\nint total = a*b*c;",  # C
        "PID-5 holds the name as family^given, and NM1*IL marks the subscriber; see REF*SY in the guide.",  # docs
        "x = N3*N4*2\nN4*Springfield*IL*62704",  # an address with no NM1 naming a person before it
        "NM1*85*2*RIVERSIDE FAMILY PRACTICE*****XX*1588667799~N3*2200 RIVERSIDE DR~N4*COLUMBUS*OH*432211234~",  # a clinic
        ("MSH|^~\\&|LAB|MERCYLAB|EMR|MERCY|20240312101500||ORU^R01|LAB5532|P|2.5.1\r"
         "OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F"),  # a message without a patient segment
        "PID|1||||",  # a patient segment with nothing in it
        "NM1*PR*2*OHIO MEDICAID*****PI*OHMCD~PER*IC*CUSTOMER SERVICE*TE*8005550100~",  # a payer's desk
    ],
)
def test_when_no_segment_holds_pii_then_nothing_is_found(messages, text):
    assert not _found(messages, text)


def test_when_a_lab_result_is_read_then_nothing_is_found_in_its_results(messages):
    results = ORU.index("OBR|")
    assert all(r.end <= results for r in messages.analyze(ORU, None))


def test_when_entities_are_asked_for_then_only_those_are_reported(messages):
    found = {r.entity_type for r in messages.analyze(ADT, ["PERSON", "US_SSN"])}
    assert found == {"PERSON", "US_SSN"}


def test_when_a_value_is_found_then_its_explanation_names_the_segment_and_field(messages):
    reasons = {ADT[r.start : r.end]: r.analysis_explanation.textual_explanation for r in messages.analyze(ADT, None)}
    assert reasons["Danuta"] == "HL7 PID-5"
    assert reasons["Erik"] == "HL7 PV1-8"
    reasons = {CLAIM[r.start : r.end]: r.analysis_explanation.textual_explanation for r in messages.analyze(CLAIM, None)}
    assert reasons["OKONKWO"] == "X12 NM1-03"
    assert reasons["19790522"] == "X12 DMG-02"


def test_when_a_message_is_long_then_it_is_read_in_linear_time(messages):
    patient = [
        "PID|1||448812^^^MERCY^MR||Kowalczyk^Danuta^M^^Mrs||19610314|F|||4417 Linden Ave^^Dayton^OH^45402",
        "NK1|1|Kowalczyk^Tomasz^J|SPO|4417 Linden Ave^^Dayton^OH^45402|(937)555-0178",
        "PV1|1|I|4W^412^B^MERCY||||1457^Achebe^Ngozi^A^^Dr",
        "OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F",
        "OBX|2|NM|2160-0^Creatinine^LN||0.9|mg/dL|0.6-1.2|N|||F",
    ]
    subscriber = ["NM1*IL*1*OKONKWO*CHIDI*E***MI*XJH123456789~", "N3*14 HARROW LANE~", "N4*WESTERVILLE*OH*430811020~",
                  "DMG*D8*19790522*M~"]

    def best_time(copies):
        """The best of three runs over `copies` of each message, so that a busy machine's pauses do not count."""
        hl7 = "MSH|^~\\&|EPIC|MERCY|LAB|MERCY|20240311083015||ADT^A01|MSG1|P|2.5.1\r" + "\r".join(patient * copies)
        x12 = "\n".join(subscriber * copies)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            found_hl7, found_x12 = messages.analyze(hl7, None), messages.analyze(x12, None)
            runs.append(time.perf_counter() - started)
        assert len(found_hl7) == copies * 23 and len(found_x12) == copies * 9  # every segment was read
        return min(runs)

    # A ratio, not a wall-clock bar: CI machines are shared. Linear reading makes four times the text
    # take about four times as long; a quadratic one would take sixteen.
    small, large = best_time(100), best_time(400)
    assert large / small < 8, f"400 copies took {large / small:.1f} times as long as 100"


def test_when_the_default_detector_reads_a_pasted_message_then_its_ids_reach_the_output(detector):
    note = "Pasted from the interface log:\n" + ADT + "\nand the claim:\n" + CLAIM
    [spans] = detector.detect([note])
    found = {(s.entity_type, note[s.start : s.end]) for s in spans}
    assert {("ID_NUMBER", "448812"), ("US_SSN", "771-22-0943"), ("ID_NUMBER", "ACC90331"), ("ID_NUMBER", "K4410982"),
            ("PHONE_NUMBER", "(937)555-0142"), ("ADDRESS", "Apt 2B"), ("ID_NUMBER", "XJH123456789"),
            ("US_SSN", "512-44-9087")} <= found
    assert ("ID_NUMBER", "1457") in found  # a doctor's number singles the doctor out
    assert ("ID_NUMBER", "1588667799") not in found  # a clinic's is no person's


def test_when_the_default_detector_reads_a_pasted_message_then_its_names_reach_the_output(detector):
    texts = [ADT, CLAIM]
    expected = [
        {("PERSON", "Kowalczyk"), ("PERSON", "Danuta"), ("TITLE", "Mrs"), ("DATE_TIME", "19610314"),
         ("LOCATION", "Dayton"), ("ZIP_CODE", "45402"), ("PHONE_NUMBER", "5550199")},
        {("PERSON", "OKONKWO"), ("PERSON", "CHIDI"), ("LOCATION", "WESTERVILLE"), ("ZIP_CODE", "430811020"),
         ("DATE_TIME", "19790522")},
    ]
    for text, spans, want in zip(texts, detector.detect(texts), expected):
        assert want <= {(s.entity_type, text[s.start : s.end]) for s in spans}


def test_when_a_patient_segment_holds_a_religion_or_nationality_then_it_is_nrp(messages):
    text = _segment("PID", {1: "1", 3: "E7719042^^^STMARYS^MR", 5: "OKAFOR^CHIAMAKA", 16: "M", 17: "CAT", 28: "NGA"})
    assert {("NRP", "CAT"), ("NRP", "NGA")} <= _found(messages, text)


def test_when_an_x12_party_is_a_person_then_its_address_is_read(detector):
    text = ("ST*856*0001~\nN1*ST*MARGUERITE DELACROIX~\nN3*88 RUE SAINT-DENIS APP 4~\nN4*MONTREAL*QC*H2X 3K4*CA~\n"
            "N1*SF*ACME SUPPLY INC~\nN3*100 INDUSTRIAL PKWY~\nN4*DAYTON*OH*45402~\nSE*6*0001~")
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert {("LOCATION", "QC"), ("LOCATION", "CA"), ("ZIP_CODE", "H2X 3K4")} <= found
    assert ("ZIP_CODE", "45402") not in found  # a firm's address is no one's
