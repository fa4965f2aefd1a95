"""Recognizer packs: the shipped core pack, path resolution, and broken packs."""
from __future__ import annotations

import pytest

from minimize.detection import DetectionConfig, Detector
from minimize.detection.packs import PROJECT_ROOT
from minimize.errors import DetectionError

CORE = PROJECT_ROOT / "recognizers" / "core.yaml"


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Ship to zip code 62704 please", "ZIP_CODE", "62704"),  # 5 digits after "zip"
        ("postal code: 10001-1234", "ZIP_CODE", "10001-1234"),  # ZIP+4 after "postal"
        ("Springfield, IL 62704", "ZIP_CODE", "62704"),  # after an upper-case state code
        ("Albany, NY  12207-1234", "ZIP_CODE", "12207-1234"),  # ZIP+4 after a state code
        ("Patient aged 67 was admitted", "AGE", "67"),  # "aged N"
        ("age: 42", "AGE", "42"),  # "age: N"
        ("at the age of 5 she moved", "AGE", "5"),  # "age of N"
        ("I am 42 years old", "AGE", "42"),  # "N years old"
        ("a 7-year-old boy", "AGE", "7"),  # "N-year-old"
        ("male, 30 y/o, no history", "AGE", "30"),  # "N y/o"
        ("the suspect as a male, about 20, wearing", "AGE", "20"),  # a guessed age
        ("i thought u were like 25 max", "AGE", "25"),
        ("2. M.P., 58F, hospital no. A0977461", "AGE", "58"),  # age and sex after initials
        ("saw a man aged around 25 run", "AGE", "25"),  # a hedge after "aged"
        ("the 45-yr-old driver", "AGE", "45"),  # one hyphenated word
        ("The applicant is 40 years of age.", "AGE", "40"),
        ("At 62, she still runs the shop.", "AGE", "62"),  # an age opening a sentence about someone
        ("their 6-month-old son", "AGE", "6"),  # a baby's age
        ("He looked about 30 and wore a grey hoodie.", "AGE", "30"),  # a witness's guess
        ("Der Fahrer, ein Mann von etwa 50 Jahren, stieg aus.", "AGE", "50"),
        ("entered the home of Doreen Pybus, then 84, at", "AGE", "84"),  # an age at the time
        ("ED NOTE 03:12\n71F brought in by ambulance from home", "AGE", "71"),  # a note opening on age and sex
        ("The Claimant, who was 34 at the time, was driving", "AGE", "34"),
        ("She will be 30 next month.", "AGE", "30"),
        ("Patient: 67 y.o. male", "AGE", "67"),
        ("a vegetarian diet for a 72 old patient with diabetes", "AGE", "72"),  # "old" without "years"
        ("we have your DOB as April 19th, 2001 and your age as 23.", "AGE", "23"),
        ("Frau Svenja Krämer, 34 Jahre, Benutzername svenja_kr", "AGE", "34"),  # a listing in German
        ("P-14: Yes. I was raised Bahá'í, which made it hard", "NRP", "Bahá'í"),
        ("Handphone 012-395 2064. Religion: Islam. Employer: a firm", "NRP", "Islam"),  # a label's value, then a stop
        ("Madame Aminata Diop Sarr, de nationalité sénégalaise, née le", "NRP", "sénégalaise"),
        ("né le 17/03/1989 à Rennes (35 ans), ingénieur", "AGE", "35"),  # an age in brackets, in French
        ("Patientin Elif Demir-Schulte, 44 J., geb. 19.09.1979", "AGE", "44"),  # German "J."
        ("shaz: nan's 80th is sat 12th oct at the club", "AGE", "80"),  # a relative's birthday
        ("Happy 60th, Dad!", "AGE", "60"),  # a birthday wished
        ("F, 52, presenting with chest pain", "AGE", "52"),  # a note's sex, then the age
        ("I'm 42M, looking for advice", "AGE", "42"),
        ("Edad: 28 años", "AGE", "28"),  # an age's label in another language
        ("Âge : 63 ans", "AGE", "63"),
        ("at 34 she moved to Lisbon", "AGE", "34"),
        ("Lena (29/F/Berlin)", "AGE", "29"),  # age, sex and town in brackets
        ("Sage (26, she/her) is new in Leeds", "AGE", "26"),  # an age before pronouns
        ("DOB: 09/11/1948 (75y)    Admitted", "AGE", "75"),  # an age with its unit in brackets
        ("patient Hyun-woo Bae (MRN 00738215, 45M) were", "AGE", "45"),  # after another note in the brackets
        ("Mikko Väänänen, 28 v, Oulu", "AGE", "28"),  # Finnish, Romanian and Indonesian units
        ("Andrei Pop, 29 ani, inginer software", "AGE", "29"),
        ("domisili Jakarta Selatan, usia 47 tahun.", "AGE", "47"),
        ("dont forget mummy's 65th on the 14th", "AGE", "65"),
        ("pixelpanda: isnt he like 12 lol", "AGE", "12"),  # a guess in a question
        ("Naledi, you don't look a day over 25!", "AGE", "25"),
        ("A woman, 71, was taken to hospital.", "AGE", "71"),  # news: a person, then the age
        ("She has been a Labour member since 2015.", "NRP", "Labour"),  # the party a person belongs to
        ("Tunde is an APC party agent in Ward 4.", "NRP", "APC"),
        ("born in 1988, now 36, lives in Leeds", "AGE", "36"),
        ("She is 34yrs and works nights", "AGE", "34"),  # a unit glued to the number
        ("celebrating her 90-årsdag on Sunday", "AGE", "90"),  # a birthday in Norwegian
        ("Der 45-jährige Fahrer wurde verletzt", "AGE", "45"),  # German news
        ("phỏng vấn ông Lê Văn Hùng, 72 tuổi, cựu thợ mỏ", "AGE", "72"),  # words that only mean "years old"
        ("Guðrún Ósk Sigurðardóttir, 23 ára, skrifaði", "AGE", "23"),
        ("Ako si Jovelyn Pascual, 34 taong gulang, may asawa", "AGE", "34"),
        ("wie ein Mann, ca. 30 Jahre alt, einer jungen Frau", "AGE", "30"),
        ("Brasileiro, casado, 38 anos\nRua Jaguaribe, 455", "AGE", "38"),  # the unit closing a line
        ("sünniaeg 05.03.1992, vanus 32, elukoht Tartu", "AGE", "32"),  # an age's label in other languages
        ("תאריך לידה 19.11.1991, גיל 33, כתובת", "AGE", "33"),
        ("a babcia ma urodziny 17 maja? kończy 90 lat", "AGE", "90"),  # turning an age
        ("Administered by: PC 4417 R. Whitcombe", "ID_NUMBER", "4417"),  # a collar number
        ("chartered accountant, ICAI no. 218374 | Religion", "ID_NUMBER", "218374"),  # a professional body's number
        ("| NRIC S8841273G | Age 36 | Nationality Singaporean | Religion Buddhist |", "NRP", "Singaporean"),  # no colon
        ("занимање: инжењер; вероисповест: православна.", "NRP", "православна"),  # a religion's label in Serbian
        ("Shaqada: kalkaaliso, Diinta: Islaam.", "NRP", "Islaam"),
        ("Employee: Rajesh Kumar Pillai\nNationality: Indian    Date of birth: 17 May 1986", "NRP", "Indian"),
        ("السيدة فاطمة الزهراء بنعلي (44 سنة) يوم", "AGE", "44"),  # Arabic "years"
        ("Nong: ok thx! happy early 25th 🥳", "AGE", "25"),
        ("so how old r u now\nkaiwhenua: twenty-two and still losing to bots", "AGE", "twenty-two"),  # the answer
        ("and the litecoin to ltc1qh7s2x9rk4wm0fj3ypz5dg8vtn6ca7eul2q9d0 by Friday", "CRYPTO",
         "ltc1qh7s2x9rk4wm0fj3ypz5dg8vtn6ca7eul2q9d0"),
        ("her school email layla.haddad24@kingsmead.sch.uk; the", "EMAIL_ADDRESS", "layla.haddad24@kingsmead.sch.uk"),
        ("MRN: 00630952    Age/Sex: 56/M\nAdmitted", "AGE", "56"),
        ("S: 26F, 3/7 dysuria and frequency", "AGE", "26"),  # a SOAP note's subjective line
        ("Kamarudin, MyKad 880514-14-5237, 36, of No. 12, Jalan SS 2/24", "AGE", "36"),
        ("Mevrouw is 73 en woont sinds 2019 alleen", "AGE", "73"),
        ("national ID 1274183057, sheba IR51 0170 0000 0034 8291 7360 04, address", "IBAN_CODE",
         "IR51 0170 0000 0034 8291 7360 04"),  # an Iranian IBAN after its own word
        ("AGENT: your email?\nCALLER: it's j dot okoro at gmail dot com", "EMAIL_ADDRESS", "j dot okoro at gmail dot com"),
        ("Call me back at five oh three, five five five, oh one six two.", "PHONE_NUMBER",
         "five oh three, five five five, oh one six two"),
        ("Remitter Luca Bianchi, IBAN CH800076201162385295; beneficiary", "IBAN_CODE", "CH800076201162385295"),  # bad checksum
        ("He used card 4716 2213 8842 1190 at the store.", "CREDIT_CARD", "4716 2213 8842 1190"),  # Luhn fails, the word says
        ("One male, described as white, about 20, 5ft 10, wearing a grey hoodie.", "AGE", "20"),
        ("her boyfriend, Elias (surname unknown, about 18). Friends say", "AGE", "18"),
        ("Wallet (TRC-20): TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE", "CRYPTO", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"),
        ("Bitcoin wallet 1F7qKzR2wN9cXv4TbH8mPdLs3aYj6UeG5k.", "CRYPTO", "1F7qKzR2wN9cXv4TbH8mPdLs3aYj6UeG5k"),  # a dot after
        ("Deposit wallet: TQ4mR8vXz2KpL7nW3bJ9yF5cH1sD6gA0eU (USDT-TRC20)", "CRYPTO",
         "TQ4mR8vXz2KpL7nW3bJ9yF5cH1sD6gA0eU"),  # no valid base58, but right after "wallet"
        ("Patient: Eitan Shapiro, male, 71\nID: 317720464", "AGE", "71"),  # a record's sex, then the age
        ("Horváth Péter 52 éves, a 7621 Pécs", "AGE", "52"),  # Hungarian "years old"
        ("Claf: Gwilym Jones, 72 oed, rhif GIG", "AGE", "72"),  # Welsh
        ("კლიენტის ანკეტა: ბატონი დავით კაპანაძე, 45 წლის, მეწარმე.", "AGE", "45"),  # Georgian, Armenian, romanized
        ("ես 34 տարեկան եմ և ապրում եմ Գյումրի քաղաքում", "AGE", "34"),
        ("Chemi sakheli aris Salome Kiknadze, var 29 clis.", "AGE", "29"),
        ("Betrokke persoon: Willem Smit (ouderdom 52, selnr. 082 553 7410).", "AGE", "52"),  # Afrikaans, isiZulu labels
        ("Igama eliphelele: Ayanda Nomvula Shezi | Ubudala: 23 | Ikheli: B1190", "AGE", "23"),
        ("secondary address Unit 1207, county Bexar County, state TX, zip 78249-3310.", "LOCATION", "TX"),  # no chat "tx"
        ("ажилладаг Батбаярын Ганзориг (34 настай) ээлжийн", "AGE", "34"),  # Mongolian, Kazakh, romanized Kazakh
        ("Бауыржан Өтепов (38 жаста) 12.08.2024 күні", "AGE", "38"),
        ("Sälem! Men Aruzhan Nurlanqyzy, 27 jastamyn, Almaty qalasynda turamyn.", "AGE", "27"),
        ("Мария Георгиева, на 34 години, има преглед при д-р Колев", "AGE", "34"),  # Bulgarian, Macedonian
        ("Мојот син Стефан Николовски има 11 години и од 1 септември", "AGE", "11"),
        ("Пациент: Стефка Димитрова Ненова, ЕГН 9602282410, 29 г.\nАдрес", "AGE", "29"),  # a patient's, in short
        ("Ga. Vesna Horvat (67 let) je bila 3. marca sprejeta", "AGE", "67"),  # Slovenian
        ("il-ħlas tat-trasport ta' Matthew (10 snin) se jinġabar", "AGE", "10"),  # Maltese
        ("Luke Borg, ta' 2 snin, se jibda jattendi", "AGE", "2"),
        ("You can get your State Pension on 14 August 2031, when you reach 67. Your forecast", "AGE", "67"),
    ],
)
def test_when_core_pack_loaded_then_its_patterns_are_found(detector, text, entity, value):
    [spans] = detector.detect([text])
    assert (entity, value) in {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("order 12345 shipped on time", "ZIP_CODE"),  # five digits without context
        ("we live in 12345 different ways", "ZIP_CODE"),  # "in" is not the state code IN
        ("see page 67 and stage 4", "AGE"),  # "age" inside another word
        ("the age of reason", "AGE"),  # no number
        ("aged 300 years in a cask", "AGE"),  # not a human age
        ("the trip was like 25 minutes", "AGE"),  # a guess of something else
        ("Sizes: S, 36F, 38D", "AGE"),  # a size after a letter
        ("respondents aged around 25 to 30", "AGE"),  # a range
        ("a woman in her late 30s", "AGE"),  # a decade of life: no age of one person
        ("the 3-month-old warranty and 40 years of experience; At 10, the shop opens.", "AGE"),
        ("Vor 50 Jahren stand hier eine Mühle. It looked about 30 minutes away.", "AGE"),  # years ago; a duration
        ("Seen in bay 4F at 10:00. Room 12F is free.", "AGE"),  # floors and rooms
        ("I will be 5 minutes late.", "AGE"),  # a duration
        ("the price, about 20, is fine", "AGE"),  # a guess of something else
        ("look at google dot com for the answer", "EMAIL_ADDRESS"),  # a site read out, no email word
        ("at 10 she called and at 11 he phoned; alter: the plan", "AGE"),  # times; "alter" as a verb
        ("PO no. 448812, VAT no. 12345678, review PR #4412, MCST PLAN NO. 3918", "ID_NUMBER"),  # things' numbers
        ("we replaced 12 old cables and 3 old routers", "AGE"),  # old things, not people
        ("Той има 10 години опит в банката.", "AGE"),  # Bulgarian: ten years of experience
        ("Pogodba (5 let) se podaljša; garancija traja 5 let.", "AGE"),  # Slovenian: a term, no person before it
        ("Dan il-kuntratt (10 snin) jiġġedded.", "AGE"),  # Maltese: a contract's term
        ("when you reach 100 followers, and when you reach 67 points", "AGE"),  # a count, not a pension's age
        ("Плащане до 2024 г. и 15 г. захар", "AGE"),  # a year and grams
    ],
)
def test_when_core_pack_pattern_lacks_context_then_nothing_is_reported(detector, text, entity):
    [spans] = detector.detect([text])
    assert entity not in {s.entity_type for s in spans}


def _pack_config(*packs):
    # No NER entity requested, so these builds skip the spaCy model and stay fast.
    return DetectionConfig(entities=("EMAIL_ADDRESS",), packs=packs)


def test_when_pack_path_is_relative_then_it_is_found_from_any_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    detector = Detector.build(DetectionConfig(entities=("ZIP_CODE",), packs=("recognizers/core.yaml",)))
    assert detector.supported_entities == {"ZIP_CODE"}


def test_when_pack_path_is_relative_to_cwd_then_cwd_wins(tmp_path, monkeypatch):
    (tmp_path / "recognizers").mkdir()
    (tmp_path / "recognizers" / "core.yaml").write_text(
        "recognizers:\n"
        "  - name: LocalCoreRecognizer\n"
        "    supported_language: en\n"
        "    supported_entity: LOCAL_ONLY\n"
        "    deny_list: [zebra]\n"
    )
    monkeypatch.chdir(tmp_path)
    detector = Detector.build(DetectionConfig(entities=("LOCAL_ONLY",), packs=("recognizers/core.yaml",)))
    [spans] = detector.detect(["a zebra"])
    assert [s.recognizer for s in spans] == ["LocalCoreRecognizer"]


def test_when_pack_path_is_absolute_then_it_is_used_as_is():
    detector = Detector.build(DetectionConfig(entities=("AGE",), packs=(str(CORE),)))
    assert detector.supported_entities == {"AGE"}


def test_when_pack_enables_a_predefined_presidio_recognizer_then_its_entity_is_supported(tmp_path):
    pack = tmp_path / "uk.yaml"
    pack.write_text("recognizers:\n  - name: UkPostcodeRecognizer\n    supported_languages: [en]\n")
    detector = Detector.build(DetectionConfig(entities=("UK_POSTCODE",), packs=(str(pack),)))
    [spans] = detector.detect(["Delivery address postcode SW1A 1AA, London."])
    assert [s.entity_type for s in spans] == ["UK_POSTCODE"]


_CUSTOM = "recognizers:\n  - name: Zip\n    supported_language: en\n    supported_entity: ZIP\n"

BROKEN_PACKS = [
    # YAML syntax error
    ("recognizers: [\n  - a: b\n", "invalid YAML at line 2"),
    # not Presidio's shape at all
    ("foo: 1\n", "expected a mapping with a non-empty 'recognizers' list"),
    # empty recognizer list
    ("recognizers: []\n", "expected a mapping with a non-empty 'recognizers' list"),
    # pattern score out of range
    (_CUSTOM + "    patterns: [{name: z, regex: '\\d{5}', score: 1.5}]\n", "recognizers[0] (Zip): Pattern score should be between 0 and 1"),
    # regex that does not compile
    (_CUSTOM + "    patterns: [{name: z, regex: '(\\d{5}', score: 0.5}]\n", "recognizers[0] (Zip): Invalid regex pattern"),
    # neither patterns nor deny_list
    (_CUSTOM, "a custom recognizer needs 'patterns' or 'deny_list'"),
    # a typo that Presidio's schema would silently drop
    (_CUSTOM + "    deny_list: [a]\n    contxt: [zip]\n", "unknown key(s) contxt"),
    # a typo in a pattern
    (_CUSTOM + "    patterns: [{name: z, regexp: '\\d{5}', score: 0.5}]\n", "unknown key(s) patterns[0].regexp"),
    # a custom recognizer named like a predefined one
    ("recognizers:\n  - name: EmailRecognizer\n    supported_language: en\n    supported_entity: X\n    deny_list: [a]\n", "conflicts with a predefined recognizer"),
    # an unknown top-level key
    ("recognizers:\n  - name: UrlRecognizer\nsettings: {}\n", "unknown key(s) settings"),
]


@pytest.mark.parametrize(("content", "message"), BROKEN_PACKS)
def test_when_pack_is_invalid_then_detection_error_names_the_file_and_problem(tmp_path, content, message):
    pack = tmp_path / "broken.yaml"
    pack.write_text(content)
    with pytest.raises(DetectionError) as caught:
        Detector.build(_pack_config(str(pack)))
    assert str(pack) in str(caught.value)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_when_pack_is_missing_then_detection_error_lists_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DetectionError) as caught:
        Detector.build(_pack_config("recognizers/nope.yaml"))
    message = str(caught.value)
    assert "recognizer pack 'recognizers/nope.yaml' not found" in message
    assert str(tmp_path / "recognizers" / "nope.yaml") in message
    assert str(PROJECT_ROOT / "recognizers" / "nope.yaml") in message


def _documented_examples() -> list[tuple[str, str, str]]:
    """(recognizer, pattern name, regex, example) for each quoted example in the comments right above a core pack
    pattern (or above its recognizer) that the pattern itself finds."""
    import re

    import regex
    import yaml

    text = CORE.read_text(encoding="utf-8")
    comments: dict[tuple[str, str], list[str]] = {}
    recognizer, pending = None, []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            pending += re.findall(r'"([^"\n]{3,})"', stripped)
        elif line.startswith("  - name: "):
            recognizer, comments[(stripped[8:], "*")], pending = stripped[8:], pending, []
        elif line.startswith("      - name: "):
            comments[(recognizer, stripped[8:])], pending = pending, []
    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # Presidio's global flags for a pack's patterns
    out = []
    for entry in yaml.safe_load(text)["recognizers"]:
        for pattern in entry.get("patterns") or []:
            compiled = regex.compile(pattern["regex"], flags)
            for example in comments.get((entry["name"], pattern["name"]), []) + comments.get((entry["name"], "*"), []):
                if compiled.search(example):
                    out.append((entry["name"], pattern["name"], example))
    return out


def test_when_a_pack_pattern_finds_its_documented_example_then_its_recognizers_gate_lets_the_example_through():
    # A pattern recognizer runs only where its gate's hint (presidio._HINTS, or its deny list) is found: a new
    # pattern whose cue the hint lacks never runs ("voted for the DUP" before "voted" joined the party gate).
    from minimize.detection import presidio

    examples = _documented_examples()
    blocked = [(name, pattern, example) for name, pattern, example in examples
               if name in presidio._HINTS and not presidio._HINTS[name].search(example)]
    assert len(examples) >= 30 and blocked == []
