"""Round 22 of chats and logins: speakers with a note, export author lines, display-name mentions, signed
initials and Japanese honorifics (recognizers/chats.py); logins in tickets, YAML/JSON actor keys, access logs,
real-name brackets, payment apps, Discord tags and online harms (recognizers/usernames.py). Each rule with the
ordinary text it must leave alone."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chats import ChatThreadRecognizer
from minimize.detection.recognizers.usernames import UsernameRecognizer


def covered(detector, text: str) -> set[str]:
    return {text[s.start:s.end] for s in detector.detect([text])[0]}


def chat_found(text: str) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in ChatThreadRecognizer().analyze(text, ["PERSON", "TITLE"])}


def handles(text: str) -> set[str]:
    return {text[r.start:r.end] for r in UsernameRecognizer().analyze(text, ["USERNAME"])}


@pytest.mark.parametrize("text, found", [
    # a speaker with a note on who they are (a Thai name, a known given name)
    ("ก้อย (ร้านรถเช่า): สวัสดีค่ะ ยืนยันการจองรถ\nลูกค้า: ณัฐพล ครับ\nก้อย (ร้านรถเช่า): ขอเลขบัตรด้วยค่ะ",
     {("PERSON", "ก้อย")}),
    ("Becky (Noah's mum): morning all!\nKaren (Alfie's mum): thanks! can Alfie get off at the stop?",
     {("PERSON", "Becky"), ("PERSON", "Karen")}),
    # an export's author lines with a note and the time
    ("Priya S (Team Lead) 09:12\nMorning all.\nAndile M 09:14\nI'll take it.\nPriya S (Team Lead) 09:15\nYes.",
     {("PERSON", "Priya S"), ("PERSON", "Andile M")}),
    # a mention by display name
    ("**Hannah Cole** 10:41 AM\nnew starter Monday: @Rahul Verma, laptop is going to his home address",
     {("PERSON", "Rahul Verma")}),
    # initials signing a brand's reply
    ("Our customer relations team will email you within 5 working days. ^JM", {("PERSON", "JM")}),
    ("Your seat is 14B. Confirmation is on its way. ^MK\n", {("PERSON", "MK")}),
    # a given name before a Japanese honorific, and the honorific
    ("Yuki: Kenjiくん、明日のミーティングのリンク送るね", {("PERSON", "Kenji"), ("TITLE", "くん")}),
    ("thanks Tanaka-san for the slides", {("PERSON", "Tanaka")}),
])
def test_when_a_format_says_who_then_the_name_is_found(text, found):
    assert found <= chat_found(text)


@pytest.mark.parametrize("text", [
    "Update (March): we shipped the new build.\nNote (internal): check the logs before Friday.",  # words
    "Host (Nikos): Hi Camille! Check-in is from 3pm.\nGuest: thanks!",  # a role, the name in the note
    "Driver (Abdi): ok im outside\nRider: coming",
    "Zalando (support): Your parcel is on its way.\nMe: thanks",  # a firm no name list holds
    "Tokyo (HQ): numbers are in\nOsaka (branch): ours too",  # places
    "Lunch 12:30\nDinner 19:00\nMass 10:00\nGrace 11:30",  # a schedule, not an export
    "Press ^C to quit, or type ^AB\nand 2 ^ 10 is 1024",  # a key's caret, a power
    "@Sam Please review the PR, and @Channel Team see above",  # a mention, then a word
    "ご注文ありがとうございます。Amazon様、Google-san",  # firms
])
def test_when_nothing_says_who_then_no_chat_name(text):
    assert chat_found(text) == set()


@pytest.mark.parametrize("text, login", [
    # a ticket's reporter ending a sentence or before a note
    ("Reporter: akowalski. Please replace with synthetic data.", "akowalski"),
    ("SAFETY REPORT DS-2025-00917\nReporter: maplelatte (verified, 29, Calgary)", "maplelatte"),
    # YAML and JSON keys for whoever did it
    ("annotations:\n    owner: marta.lindholm@kestrelhr.io\n    created-by: mlindholm\n", "mlindholm"),
    ('{"employer": "Kestrel Analytics GmbH", "officer": "b.hartmann"}', "b.hartmann"),
    ('{\n    "id_number": "29184437",\n    "agent": "shop114_jmwangi",\n}', "shop114_jmwangi"),
    # an access log cut short to the time
    ('203.0.113.77 - jmarsh 10:22:31 "GET /account/settings HTTP/1.1" 200 512', "jmarsh"),
    # a payment app written small
    ("his deposit came from russokonkwo on monzo.me.", "russokonkwo"),
    ("also venmo me the $40 for the tickets, andre-w-94", "andre-w-94"),
    # a login before its holder's name or real name in brackets, accents too
    ("Vendedor bia.brecho (Beatriz Moura), chave Pix", "bia.brecho"),
    ("The bug bounty payout for n0xious (Farid Haddad, Beirut) goes to", "n0xious"),
    ("The influencer lunaxvibes (legal name Luna Esperanza Cárdenas, 21) posted", "lunaxvibes"),
    ("Spieler Zwergenkönig88 (bürgerlich Lukas Brenner, 19) wurde gesperrt.", "Zwergenkönig88"),
    ("tracking app of Priscilla Wuckert (user prisw) at 19:03", "prisw"),
    # an export's author lines: a login among logins, one with accents
    ("priya.s  9:41 AM\nwho's on call?\njbello  9:42 AM\nme till sat\nOpsBot  APP  10:02 AM\nacknowledged by jbello", "jbello"),
    ("#field-ops\ntomás.r  10:02  who's covering the Darwin site?\nh.nguyen  10:04  me", "tomás.r"),
    # a possessive, an initial and a surname, a messenger after whose it is, a Discord tag
    ("backup phone +44 7981 552 031 was removed from olu_fadipe's account at 03:14", "olu_fadipe"),
    ("pls set the vpn for r.takeda to 172.20.4.18 and push the new cert", "r.takeda"),
    ("if you can't find me add my LINE ploy.chan or call 081 907 3365", "ploy.chan"),
    ("also my bro Marcus wants in, his tag is MarcusTheMeatShield#4471", "MarcusTheMeatShield#4471"),
    # who did or suffered what only accounts do online; who someone is "on here"
    ("leo ur not gonna believe this, vexedpanda doxxed me", "vexedpanda"),
    ("btw is Marcy coming? she's marcyplays on here", "marcyplays"),
    ("the manifest that marlon.hegmann77 uploaded from 74.208.19.151 at 10:00", "marlon.hegmann77"),
    # an account word in another language, "message her at"
    ("تم تسجيل الدخول إلى حسابك bader.alenezi من العنوان 37.39.122.81", "bader.alenezi"),
    ("Если что, мой инстаграм alina.kzn_, а номер дам потом", "alina.kzn_"),
    ("she loves tramping; message her at kiri.tramps if you want a hiking buddy.", "kiri.tramps"),
    # a login in brackets in prose with a semicolon
    ("ການເຂົ້າລະບົບ (vongsavanh.pmc) ຈາກ IP 115.84.96.211 ເວລາ 08:15; ອີເມວ", "vongsavanh.pmc"),
])
def test_when_a_login_stands_where_logins_do_then_it_is_found(text, login):
    assert login in handles(text)


@pytest.mark.parametrize("text", [
    "Reporter: Jane Smith. Please call back tomorrow.\nTech: ok, will do. Assignee: unassigned.",
    "functions:\n  hello:\n    handler: index.main\n    author: Jane Austen\n    created-by: the migration script\n"
    "    agent: chrome",  # a function, a name, prose, a browser
    "Issue#4471 was closed, see Order#1234 and Room#1042 and INV#2231.",  # words before numbers
    "The singer Sting (real name Gordon Sumner) performed in 1985.",  # a stage name is a name
    "Tim Berners-Lee (full name Timothy John Berners-Lee) invented the web.",
    "See fig.3 (Anna Berg) and the appendix.",  # a reference
    "they harassed her for weeks, someone doxxed him, and the account was hacked yesterday. the firewall blocked youtube.",
    "she's new on here, i'm always on here and he's lurking on here lol",
    "venmo me for the 5-a-side tickets, and the covid-19 test kit",
    "message her at 5pm or add them to the group chat",
    "Read my Medium article and my Spotify playlist, my LINE is busy",
    "The study found users (user experience) improved.",
    "Culture e.coli and a.smith samples; see i.e. the notes.",
    "Incident resolved by restarting the service; escalated by email to the team.",
    "When she was banned from the pool, the kids muted the tv and kicked off their shoes.",
])
def test_when_prose_or_config_looks_alike_then_no_login(text):
    assert handles(text) == set()


def test_when_a_thread_names_them_then_the_detector_covers_them(detector):
    text = ("ก้อย (ร้านรถเช่า): สวัสดีค่ะ ยืนยันการจองรถ\nลูกค้า: ณัฐพล อินทร์แก้ว ครับ เบอร์ 083-551-2907\n"
            "ก้อย (ร้านรถเช่า): ขอเลขบัตรด้วยค่ะ")
    assert "ก้อย" in covered(detector, text)
    assert "Rahul Verma" in covered(detector, "new starter Monday: @Rahul Verma, laptop is going to his home")
