"""More ids after their labels and in their own shapes (recognizers/ids.py): professional orders, asked-for
numbers in chats, plates of other countries, accounts in scripts without spaces; and what they must leave."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ids import IdNumberRecognizer


@pytest.fixture(scope="module")
def ids():
    return IdNumberRecognizer()


def _values(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("medico iscritto all'Ordine dei Medici di Torino al n. 14827, CF", "14827"),  # an Italian order, "al n."
        ("all'Ordine dei Farmacisti (n. 4172) è stata rinnovata", "4172"),  # "(n."
        ("Lohn 11/2024 PersNr 0417</Ustrd>", "0417"),  # a German worker's number in short
        ("Pers.-Nr. 20418, Abteilung Lager", "20418"),
        ("Sibongile Ntuli, inombolo yomsebenzi RBX-6620. Uyaziswa", "RBX-6620"),  # isiZulu, "employee number"
        ("inombolo yakhe yomsebenzi ngu-ES-0921.", "ES-0921"),  # isiZulu "is" glued on
        ("ወ/ሮ መሰረት ታደሰ፣ የፋይዳ ቁጥር፦ 3150 6642 0817፣ የትውልድ", "3150 6642 0817"),  # Fayda, Amharic colon
        ("forgalmi engedély száma: LK 482913\nVételár", "LK 482913"),  # a Hungarian registration certificate
        ("CI seria și nr. RT 630715, card", "RT 630715"),  # Romania's identity card
        ("domiciliat în Cluj, CI seria KX nr. 418205", "418205"),
        ("Κωνσταντίνος Βλάχος (ΑΦΜ 055167301, ΑΔΤ ΑΚ 418203) εκμισθώνει", "ΑΚ 418203"),  # Greek letters
        ("your KRA PIN certificate (A012948375Q) when you sign", "A012948375Q"),
        ("My USI is 7KQ3VL9PXT and my TFN", "7KQ3VL9PXT"),  # Australia's student identifier
        ("AGE: 85\nH&C No:   335 525 1372\nWARD: 7B", "335 525 1372"),  # Northern Ireland
        ("Mon numéro de sociétaire est le SO-4417829.", "SO-4417829"),  # "est le"
        ("so Tshepo Kekana (employee 5523, born 27/08/1981)", "5523"),  # four digits, closed by a comma
        ("Guy Tremblay (Accounts Payable, employee 00-4471) signed in", "00-4471"),
        ("your reconnection for customer account no. 0471 8829 31 at Blk 7", "0471 8829 31"),
        ("Patient: Ms. Oyinkansola Bello    File no.: D-66120    DOB: 17/01/1992", "D-66120"),
        ("Patient: Nokuthula Shange, age 29, file no. RB-55120. Rx:", "RB-55120"),
        ("Ahmed Khalil, DOB 02/02/1966, NJ license K4018 27730 66202, vehicle", "K4018 27730 66202"),  # a state's
        ("patron Derek Ainsworth (card no. 2 1187 00934 5521) reported", "2 1187 00934 5521"),  # Luhn by chance
        ("Hold placed for Tamsin Greaves, card 2 0451 00873 2291; pick up", "2 0451 00873 2291"),  # its shape
        ("a voter, Mr. Chukwuemeka Obi (VIN 90F5B1C2D7294173648), could not", "90F5B1C2D7294173648"),  # Nigeria
        ("Rückgabe Ihres Mietwagens (BE 482 116) am 3. Juni", "BE 482 116"),
        ('pengemudi="Rahmat Hidayat" plat=BK 5521 AFD tarif=Rp38.000', "BK 5521 AFD"),
        ("Tisztelt Erika! Az AEB-213 forgalmi rendszámú gépjármű", "AEB-213"),  # a plate before its label
        ("Az AA-BK-417 rendszámú autó új tulajdonosa", "AA-BK-417"),
        ("Kia Rio, гос. номер А417ВК 178\nДата", "А417ВК 178"),  # a Russian plate's shape
        ("车牌号：鲁B·7K2L9\n车主：孙梅", "鲁B·7K2L9"),  # a Chinese plate's shape
        ("租期到11月18日，车牌号SKL4821C。她的身份证", "SKL4821C"),  # after its label, touching it
        ("ใบขับขี่เลขที่ 59012847 รถทะเบียน 2กท 7415 กรุงเทพมหานคร", "2กท 7415"),  # a Thai plate
        ("ต่อภาษีรถยนต์ทะเบียน 7กก 3391 นนทบุรี", "7กก 3391"),
        ("Refund to: 普通 1284471, MUFG Bank.", "1284471"),  # a Japanese bank account
        ("電話：03-3412-8876\n保険：記号・番号 1204・5583\n\n傷病名", "1204・5583"),  # a Japanese insurance card
    ],
)
def test_when_a_label_or_shape_names_a_persons_id_then_it_is_found(ids, text, value):
    assert value in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PayBot: Hi! Please enter your employee number.\nBukelwa Sotashe: HF-2290\nPayBot: Thanks", "HF-2290"),
        ("Marco: what's his staff number again\nOlivia Brennan 10:44: 40217\nMarcus: done", "40217"),
        ("Jess T: my staff no is 44192, yours?\nMarco R: 47005. I'll email", "47005"),  # words before the "?"
        ("Reception: passport number for the register update?\nGuest (Room 418): K8841207, Omani", "K8841207"),
        ("Nurse Kiri: And your NHI number?\nLeilani Faleolo: ZAC4136\nNurse Kiri: ok", "ZAC4136"),
    ],
)
def test_when_a_chat_answers_the_asked_number_then_the_answer_is_found(ids, text, value):
    assert value in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Ordine dei Medici met on 12 May 2024 in Rome.", "2024"),  # no "n." after the order
        ("a bonus per employee 1500, paid in March", "1500"),  # a round sum
        ("hired as employee 2019, then promoted", "2019"),  # a year
        ("the cost per employee 4250 dollars a year", "4250"),  # no comma or bracket after it
        ("NJ license renewal fees rose 2024, see 18 pages", "2024"),
        ("under the CC BY license 4.0 terms", "4.0"),  # a licence's version
        ("Order SKU-4471 shipped; what's your order number again\nBot: 55120", "55120"),  # an order's
        ("Any idea why the build failed?\nDev: ISO-8601 parse error", "ISO-8601"),  # no asked label
        ("Customer support ticket 44120, forwarded", "44120"),
        ("call 2 1187 0093 4552 now", "2 1187 0093 4552"),  # not the barcode's grouping
        ("the ABC-123 rendszer frissítése", "ABC-123"),  # not the plate's label
        ("ทะเบียนบ้าน 12 หมู่ 3", "12"),  # a house's registration
        ("新RTX4090显卡", "RTX4090"),  # a product after "new", no plate's dot
        ("普通預金 1000000円を入金", "1000000"),  # a sum on an ordinary account
        ("patient leaflet printed in March", "March"),
        ("Persistent error nr 40417 in the log", "40417"),  # "persistent" is no "pers nr"
        ("普通預金 1,000,000円を入金", "1,000,000"),
        ("Pedido 4471: MUFG Bank 普通の人 1284471", "1284471"),  # "ordinary", not the account's label
    ],
)
def test_when_the_value_is_not_a_persons_id_then_it_is_left(ids, text, value):
    assert value not in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iscritto all'Ordine dei Medici di Torino al n. 14827, CF RSSMRC84B14L219B, studio", "14827"),
        ("Nurse Kiri: And your NHI number?\nLeilani Faleolo: ZAC4136\nNurse Kiri: I can see", "ZAC4136"),
        ("Az AEB-213 forgalmi rendszámú gépjármű 2024.09.12-én", "AEB-213"),
        ("车牌号：鲁B·7K2L9\n车主：孙梅\n身份证号：370202197402112080", "鲁B·7K2L9"),
    ],
)
def test_when_the_detector_runs_then_the_id_is_covered(detector, text, value):
    start = text.index(value)
    found = detector.detect([text])[0]
    covered = {i for f in found for i in range(max(start, f.start), min(start + len(value), f.end))}
    assert 2 * len(covered) >= len(value), [(f.entity_type, text[f.start : f.end]) for f in found]
