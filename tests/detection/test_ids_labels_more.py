"""Ids, accounts, plates, phones and logins by their labels and shapes (recognizers/ids.py, ibans.py, phone.py,
usernames.py): a social security number of any country, a worker's token, a member's number after "n°" and in
Indonesian, plates of the Emirates, Indonesia, Germany and Morocco, a bank account of New Zealand, Indonesia and in
a SWIFT message, a MyKad, IBANs of Morocco, Algeria and Iran and after their label in small letters, a Russian
landline with its trunk 8, a login after ", user" and after "signs in to ... as"; and what each must leave."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ibans import IbanRecentCountriesRecognizer
from minimize.detection.recognizers.ids import IdNumberRecognizer
from minimize.detection.recognizers.phone import VALID_NATIONAL, PhoneNumberRecognizer
from minimize.detection.recognizers.usernames import UsernameRecognizer


@pytest.fixture(scope="module")
def ids():
    return IdNumberRecognizer()


@pytest.fixture(scope="module")
def ibans():
    return IbanRecentCountriesRecognizer()


@pytest.fixture(scope="module")
def phones():
    return PhoneNumberRecognizer()


@pytest.fixture(scope="module")
def usernames():
    return UsernameRecognizer()


def _values(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a social security number in other countries' groupings
        ("Address: 3 Rue des Oliviers, Oran, social security number 61 0415 2274 39, phone", "61 0415 2274 39"),
        ("Name: Ivo Brandl\nSocial security no.: 5521 140788\nPosition: cook", "5521 140788"),
        ("his social security number is 7391 220470 and he lives in Graz.", "7391 220470"),
        # Russia's health insurance policy, India's pension account, a bank's account by its Indonesian name
        ("Attending: Dr. Ilyas Bakiev\nOMS policy: 7712 3381 4409 2261\nFollow-up", "7712 3381 4409 2261"),
        ("the form asks for his PRAN, 110042871395, and his date of joining", "110042871395"),
        ("DP-nya transfer ke BCA 0284417193 a.n. Sari Dewi ya", "0284417193"),
        # a worker's token and number at an estate or a plant
        ("Patient: Rani Munda   Age/Sex: 41/F   Worker token: QKT-2291", "QKT-2291"),
        ("Worker: Sonu Oraon   Worker No.: PTE-0412   Section: 3", "PTE-0412"),
        ('{"workers": [{"token": "ABK-0193", "name": "Budhni Oraon"}]}', "ABK-0193"),
        ("Worker Lila Bauri (token GHK-3310) delivered on time", "GHK-3310"),
        ("His token number is MTE-4418, and the sardar took him home", "MTE-4418"),
        # a member's number in Indonesian and Javanese, the next of a list too
        ("muncul dua kali dengan no. anggota KRM-0418 dan KRM-0419. Expected", "KRM-0419"),
        ("Mbah Sumi, anggota KUD kanthi nomer BT-0925, manggen ing Dusun", "BT-0925"),
        ("Nomer anggotane KUD-KLT-0271, lan anake", "KUD-KLT-0271"),
        # a member's or subscriber's number after "n°", three digits too; a co-operative's member code; a member card
        ("M. Said Amrani (abonné n° 317) et Mme Nadia Ferhat, sont priés", "317"),
        ("Mme Nadia Ferhat (abonnée n° 188), sont priées", "188"),
        ("Karim Ouali, adhérent n° ADH-0517 de la coopérative", "ADH-0517"),
        ("pay member COOP-AK-0231 through the post office", "COOP-AK-0231"),
        ("his member card reads COOP-TZR-0519 and the slip was texted", "COOP-TZR-0519"),
        # a postal account with its key, a pupil's Massar code, a voter's EPIC in a URL
        ("Payment: CCP 0007719203 clé 21", "0007719203 clé 21"),
        ("Amina Idrissi, born 2012-04-11, Massar code K140593827, moves", "K140593827"),
        ("pin=795001&epic=KLM0418825&category=grievance", "KLM0418825"),
        # plates: Indonesia's after "nomer polisi", the Emirates', after "car,", a parking session's, Germany's, Morocco's
        ("sareng motor abdi kalayan nomer polisi D 4417 KB. Hatur nuhun.", "D 4417 KB"),
        ("Motor abdi nomer polisina B 2290 TRX; upami aya", "B 2290 TRX"),
        ("the permit was for car plate Dubai M 72184. Login detected", "Dubai M 72184"),
        ("Ms. Kavitha's car, WPK 4419, from the highway at 11.40 pm", "WPK 4419"),
        ("your parking session for K82 TLM in zone 2281 ends at 18:30", "K82 TLM"),
        ("Lars Weber\t040 6688 1207\tBMW X5\tMo, 10.03. 09:00\tHB-KW 318", "HB-KW 318"),
        ("Mamnk tga lmatrikul?\nOmar: 41822-د-6.", "41822-د-6"),
        # passports in a list
        ("Passport numbers XG4481920 and P7KQ2L4M1.", "P7KQ2L4M1"),
        # a bank account of New Zealand, a SWIFT message's beneficiary, a MyKad, a person's YAML record, keys
        ("I'll transfer the deposit to 06-0421-0398812-01?", "06-0421-0398812-01"),
        (":57A:IBBLBDDH\n:59:/30401220311508874\nRAHIMA BEGUM", "30401220311508874"),
        ('applicant="Siti Aminah" ic="890214-10-5526" dob=1989-02-14', "890214-10-5526"),
        ("employee:\n  code: KLM-EMP-0412\n  name: Priya Nair", "KLM-EMP-0412"),
        ('{"seller_id": "SLR-330418", "shop_name": "Hill Crafts"}', "SLR-330418"),
        ('{"weaver_id": "KH-RB-00417", "village": "Mawlai"}', "KH-RB-00417"),
    ],
)
def test_when_a_label_or_a_shape_names_a_persons_number_then_it_is_found(ids, text, value):
    assert value in _values(ids, text)


@pytest.mark.parametrize(
    ("text", "value", "lookalike", "left"),
    [
        # the same label before no number, or before a sum
        ("social security no. 5521 140788", "5521 140788", "the social security office is closed on Monday", None),
        ("social security number is 7391 220470", "7391 220470", "Social security: 12% of wages, capped at 4,500", "4,500"),
        # two digits after "n°" are no roll's number
        ("Mme Nadia Ferhat (abonnée n° 188)", "188", "See the member n° 12 of the list", "12"),
        # a year after "parking permit for"; a car's model after "car,"
        ("parking session for K82 TLM", "K82 TLM", "the parking permit for 2024 is ready", "2024"),
        ("his car, WPK 4419, was towed", "WPK 4419", "I sold my car, VW 1500 Beetle, last year", "VW 1500"),
        # a German plate's shape with no car's make on its line, or a standard's
        ("BMW X5\tHB-KW 318", "HB-KW 318", "Attendees: PR-QA 2 and UX-DE 14 workshops; car park open", "UX-DE 14"),
        ("Audi Q5\tM-AB 4471", "M-AB 4471", "The Audi Q5 is in stock; see ISO-EN 9001", "ISO-EN 9001"),
        # two letter groups after a member only, not after staff
        ("pay member COOP-AK-0231 now", "COOP-AK-0231", "Staff SOP-QA-0042 must be followed", "SOP-QA-0042"),
        # an app's token
        ("(token GHK-3310)", "GHK-3310", "use token=sk-live-8812 for the sandbox", "sk-live-8812"),
        ("Worker token: QKT-2291", "QKT-2291", "refresh the token AUTH-2024 daily", "AUTH-2024"),  # a year
        # a count in a list after "dan"
        ("no. anggota KRM-0418 dan KRM-0419", "KRM-0419", "ada dua anggota keluarga dan 3 anak", "3"),
        # a terminal at an airport
        ("car plate Dubai M 72184.", "Dubai M 72184", "Flight EK 202 from Dubai T3 landed", "Dubai T3"),
    ],
)
def test_when_a_lookalike_has_no_persons_number_then_it_is_left(ids, text, value, lookalike, left):
    assert value in _values(ids, text)
    found = _values(ids, lookalike)
    assert left not in found if left else not found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("his payroll IBAN is DZ12 0040 0123 4567 8901 2345 67 and", "DZ12 0040 0123 4567 8901 2345 67"),  # Algeria
        ("transfer the fee from MA51 0117 8000 0012 3000 4567 8912; contact", "MA51 0117 8000 0012 3000 4567 8912"),
        ("شماره شبا IR21 0550 1234 0000 0987 6543 21، شغل", "IR21 0550 1234 0000 0987 6543 21"),  # Iran's SHEBA
        ("Virement sur SN08 SN01 0015 2000 0485 0000 3035 svp", "SN08 SN01 0015 2000 0485 0000 3035"),  # Senegal
        # after its label: in small letters, after a comma, at a length its country does not have
        ("pls send the rent to my acc, iban nl44rabo0123456789 thanks", "nl44rabo0123456789"),
        ("to an unknown IBAN, LT17 7310 0440 0012 345, and called her", "LT17 7310 0440 0012 345"),
    ],
)
def test_when_an_iban_has_its_check_digits_then_it_is_found(ibans, text, value):
    assert value in _values(ibans, text)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        # a check digit off
        ("IBAN DZ12 0040 0123 4567 8901 2345 67", "his payroll IBAN is DZ13 0040 0123 4567 8901 2345 67 and"),
        ("iban nl44rabo0123456789", "the iban field accepts up to 34 characters"),
        ("iban nl44rabo0123456789", "iban de00 1234 5678 9012 3456 78"),  # small letters need the check digits
    ],
)
def test_when_the_iban_check_fails_then_it_is_left(ibans, text, lookalike):
    assert _values(ibans, text)
    assert not _values(ibans, lookalike)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Could someone call her on 8 (87135) 4-21-77? She has no WhatsApp.", "8 (87135) 4-21-77"),
        ("the clerk will call on 8 (8712) 33-51-09 tomorrow", "8 (8712) 33-51-09"),
        ("Ungaxhumana no-Nkk. Thandi Dube ku-031 702 4455. Ukulalelwa", "031 702 4455"),
    ],
)
def test_when_a_phone_has_a_trunk_8_or_a_noun_class_prefix_then_it_is_found(phones, text, value):
    # (valid in its country: above the standard threshold without a context word)
    assert any(text[r.start : r.end] == value and r.score >= VALID_NATIONAL for r in phones.analyze(text, None))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("host fe80::1, MAC 2A-11-9B-33-4C-01, user tbelkacem, last login 2024-06-02 10:11.", "tbelkacem"),
        ("born 1990-01-02, signs in to the vendor portal as rkulkarni90; his card", "rkulkarni90"),
        ("Registration: Tran Van Minh / IGN MinhMinh / born 2003.02.11", "MinhMinh"),
    ],
)
def test_when_a_login_follows_user_or_a_sign_in_then_it_is_found(usernames, text, value):
    assert value in _values(usernames, text)


@pytest.mark.parametrize(
    ("text", "lookalike"),
    [
        # an English word or a first name after ", user"
        ("MAC 2A-11-9B-33-4C-01, user tbelkacem, last login", "Thanks, user experience improved, last week"),
        ("MAC 2A-11-9B-33-4C-01, user tbelkacem, last login", "Hi all, user maria, welcome"),
        ("she signs in to the portal as rkulkarni90;", "She signed in to Outlook as usual."),
        ("IGN MinhMinh / born 2003", "IGN reviewed the game"),  # a magazine
    ],
)
def test_when_the_word_is_english_or_a_name_then_no_login_is_found(usernames, text, lookalike):
    assert _values(usernames, text)
    assert not _values(usernames, lookalike)
