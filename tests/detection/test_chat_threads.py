"""Chat threads: speakers the thread proves, whom a message calls, who signs after "it's", nicknames and
numbers' owners in brackets (recognizers/chats.py); handles of chat speakers and of "I'm <handle>"
(recognizers/usernames.py). Each rule with the ordinary text it must leave alone."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.chats import ChatThreadRecognizer
from minimize.detection.recognizers.usernames import UsernameRecognizer


def covered(detector, text: str) -> set[str]:
    return {text[s.start:s.end] for s in detector.detect([text])[0]}


def chat_names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in ChatThreadRecognizer().analyze(text, ["PERSON"])]


def handles(text: str) -> list[str]:
    return [text[r.start:r.end] for r in UsernameRecognizer().analyze(text, ["USERNAME"])]


@pytest.mark.parametrize("text, names", [
    # a speaker called at the end of a message, who answers next
    ("auntie pam: is the party still on?\nme: auntie pam, dont worry. send me ur address for the invite dev\n"
     "dev: 27 ashgrove, luton lu1 3qr 😘", {"dev"}),
    # greeted by the other speaker (whose label carries an emoji)
    ("hope ✨: hey reed! loved ur pic from moab lol\nReed: haha thanks! u from utah?\nhope ✨: provo originally\n"
     "Reed: reed.outdoors", {"reed", "Reed"}),
    # a Thai honorific before the name; in a talk of two, the other speaker too
    ("Nong: พี่ Ploy ส่งที่อยู่มาหน่อย จะส่งของขวัญวันเกิดให้ 🎁\nPloy: 99/142 หมู่บ้านพฤกษา ซอย 7\nNong: ok thx พี่!", {"Ploy", "Nong"}),
    ("Ploy: P'Nok can you pick me up at Don Mueang? lands 9pm\nNok: ok na. still at Lumpini Place?\n"
     "Ploy: yes yes. if you can't find me call me", {"Nok", "Ploy"}),
    # an @handle made of the speaker's label
    ("Fede: raga chi viene stasera?\nFede: @ale_cappe tu?\nAle: ci sono ma arrivo tardi", {"ale", "Ale"}),
    # a label no dictionary holds, named anywhere
    ("xXNightOwlXx: lmao frostpaw lives in Kalgoorlie 💀\nfrostpaw: bro delete that\nxXNightOwlXx: nah", {"frostpaw"}),
    ("toxic_tom99: lol frostbyte ur so bad\nfrostbyte: bro wtf\nsera_mod: frostbyte, DM me if you want the logs",
     {"frostbyte"}),
])
def test_speakers_the_thread_proves(text, names):
    assert names <= set(chat_names(text))


def test_each_mention_of_a_proven_speaker(detector):
    text = ("toxic_tom99: lol frostbyte ur so bad\nfrostbyte: bro wtf\n"
            "sera_mod: toxic_tom99 has been banned for 7 days. frostbyte, DM me if you want the logs")
    starts = {r.start for r in ChatThreadRecognizer().analyze(text, ["PERSON"])}
    assert starts == {i for i in range(len(text)) if text.startswith("frostbyte", i)}
    assert "frostbyte" in covered(detector, text)


@pytest.mark.parametrize("text", [
    "Will: ok see u\nAna: i will do it tmrw, see u in june\nJune: yes",  # stop words, a month's "in june"
    "Agent: Hello, how can I help?\nCustomer: hi agent, my order is late\nAgent: Sorry to hear that",
    "Bot: hi there\nUser: hi bot\nBot: how can i help",
    "Host: Welcome! Check-in from 3pm.\nGuest: thanks host",
    "INFO: server started\nWARN: disk low\nINFO: retry info",
    "Name: dev\nRole: backend dev\nTeam: payments",  # a form's values, no one called
    "Update: shipped the fix\nSam: nice, thanks for the update",
    "Summary: the release went fine\nNext steps: write the summary",
    "Q: what is it?\nA: its a reed flute\nQ: ok",
    "Sam: did u see the game\nJo: ya the reds won\nSam: reds always win at home lol",
    "Mum: did u eat\nJade: yes mum 🙄\nMum: good",
])
def test_threads_naming_no_one(text):
    assert chat_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("yaz u left ur card at the bar 🙃 5522 3300 4", "yaz"),
    ("oi jono ur rego is XYZ 18K? someone dinged ur car", "jono"),
    ("Sophie: omg lils ur never gonna beleive who i saw at tesco", "lils"),
    ("heyyy soph its meg 💕 happy bday!!!", "soph"),  # whom the greeting is for, before "its"
    ("Y thx dale!! its kez btw, new phone. if im late ring my mum", "kez"),
    ("SMS to +61 431 227 904: hey Jules it's Bec, code for the gym door is 2209#", "Bec"),
    ("Hej mormor! Det är Elsa. Jag har nytt nummer: 073-552 18 04.", "Elsa"),
    ("Hola, soy Guadalupe (Lupita), la vecina del 3B. Encontré un paquete", "Lupita"),
    ("lost my wallet near the tube, if found pls call 07957 33 21 80 (Sophie)", "Sophie"),
])
def test_called_signed_and_bracketed(detector, text, name):
    assert name in chat_names(text)
    assert name in covered(detector, text)


@pytest.mark.parametrize("text", [
    "thank u so much for coming!! love u guys",
    "ngl u right about that\nwen u coming home?\nheyyy its me lol\nomgg ur so funny\nlolll u wish",
    "tbh u should go. miss u. see u at 5. bestie ur the best",
    "its fine, its ok! its windy today. It's Monday. hey it's Google, your code is 1234. hey its summer already",
    "Hej mormor! hi nonna, its me",  # kin a message greets
    "Meet me in Paris (France) or Jordan (Amman). Call 020 7946 0000 (London) or Room 12 (Paris). Apple (AAPL)",
    "Sophie (Admin) approved it; ask Mark (Sales) or Will (Legal)",
])
def test_chat_words_that_are_no_names(text):
    assert chat_names(text) == []


@pytest.mark.parametrize("text, handle", [
    ("grimwald: bruh someone doxxed pixel_pilgrim, posted his address\npixel_pilgrim: yeah its bad", "grimwald"),
    ("NightOwl_Rhys: me obviously. add me on the other platform, im rhys.prosser04\nkezzaboo: bro dont", "rhys.prosser04"),
    ("Reed: reed.outdoors\nhope ✨: followed 🙌 im hopeful.hope_", "hopeful.hope_"),
    ("Tunde: following! I'm tunde.adebisi 🙂", "tunde.adebisi"),
    ("pls venmo me for the concert tix, im carla-mendez-7 🙏", "carla-mendez-7"),
])
def test_chat_handles(detector, text, handle):
    assert handle in handles(text)
    assert handle in covered(detector, text)


@pytest.mark.parametrize("text", [
    "I'm v.tired. im ok.thanks! I'm 5-6 mins away. I'm co-founder. I am node.js certified. I'm well-known here.",
    "Sorry I'm late, I'm at st.james. I'm using python3.11 btw. I'm U.S. based.",
    "db_host: localhost\npgbouncer: enabled\nredis_url: redis://x",  # a config's keys, one value each
    "tendai: we landed\nrumbi_k: nice one\ntendai: see u soon",  # a given name speaks, no handle
])
def test_no_chat_handles(text):
    assert not {"v.tired", "ok.thanks", "co-founder", "node.js", "well-known", "st.james", "python3.11",
                "pgbouncer", "tendai"} & set(handles(text))
