"""The people a chat thread names by its shape, where no word says who they are.

In a thread of "speaker: message" lines, a speaker is a person once another one greets or calls them by
that label ("hope ✨: hey reed!" then "Reed: haha thanks"; "... for the invite dev"
then "dev: 27 ashgrove"), or once a message names them by a label no dictionary
holds ("lmao frostpaw lives in Kalgoorlie"); in a talk of two, so is whoever talks
with such a person. A label of English's stop list ("will", "may") or a role
("Agent") is never proven. Beyond threads: whom a message opens on before "u"/"ur"
("yaz u left ur card"), who signs after "it's" ("its kez btw, new phone"), and a
nickname or a number's owner in brackets ("Guadalupe (Lupita)", "07957 33 21 80 (Sophie)"). Where a format says who:
a speaker with a note on who they are ("Karen (Alfie's mum): thanks!"), an export's author line ("Priya S (Team
Lead) 09:12"), a mention by display name ("@Rahul Verma"), initials signing a brand's reply ("... 5 working days.
^JM"), a given name before a Japanese honorific ("Kenjiくん"), a speaker by given name and surname who speaks twice
("Samba Dia:"), a speaker a note makes someone's kin ("Dev (Arjun's dad):"). In what a message says: a name after the
writer's tie to them ("My nakhuda Ishaq") or a Philippine word of respect ("ni Lakay Andres"), a place after "sa" in
Cebuano or Tagalog ("ugma sa Carbon"), a day an event is on ("his birthday's the 19th"), an age after a titled name
("Mr. Arthur Penhaligon, 81 -").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.gazetteer import gazetteer
from minimize.detection.recognizers.name_words import (
    CHAT_WORDS, NOT_NAME_WORDS, NOT_NAMES, ROLE_NOUNS, first_names, known_first_names, surnames,
)
from minimize.detection.recognizers.names import KIN_BEFORE, ROLE_SPEAKERS
from minimize.detection.recognizers.tables import everyday_words
from minimize.detection.recognizers.words import english_words, is_rare

# A turn: who speaks (after a time or a tag, before a note or an emoji), then what they say:
# "[18:05] Tunde: Thanks!", "Becky (Noah's mum): morning all!", "hope ✨: hey reed!"
_TURN = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    r"(?:(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]?[APap][Mm])?[ \t]*[-–][ \t]*)?"
    r"(?P<name>[\p{L}\p{M}][\p{L}\p{M}\d_.'’\-]{0,20}(?:[ ]\p{Lu}[\p{L}'’\-]{0,20}\.?)?)"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,25})\))?[ \t]*[\p{So}\p{Sk}\uFE0F\u200D]*[ \t]*[:：][ \t]*(?P<said>[^\n]*)"
)
# words that address whoever they come before: a greeting, thanks, a kin word or a Thai honorific
# ("hey reed!", "thx dev", "พี่ Ploy ส่งที่อยู่", "P'Nok can you")
_ADDRESS_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}'’])(?:he+y+|hi+|hiya|hello|hallo|hola|ciao|salut|oi+|yo+|thanks|thank[ \t]+you|thx|ty|cheers|"
    r"morning|night|congrats|sorry|bye|love[ \t]+(?:u|you)|miss[ \t]+(?:u|you)|auntie|aunty|uncle|kuya|ate|tita|tito)"
    r"[ \t,]+|(?<!\p{L})(?:พี่|น้อง|คุณ)[ \t]*|(?<![\p{L}'’])[PN]['’])$"
)
# a chat's interjection before whom a message speaks to: "omg lils ur never", "oi jono ur rego"
_INTERJECTION = r"(?:(?i:o+m+g+|lo+l+|lmf?a+o+|o+i+|yo+|u+g+h+|he+y+|hi+|o?k+|okay|wait|a+w+|a+h+|o+h+|ngl|tbh|bro|dude)[ \t,!.]+)?"
# ... then the name, then a comma or "u"/"ur" ("dev, can u", "yaz u left ur card")
_OPENS_ON = regex.compile(rf"[ \t]*{_INTERJECTION}$")
_CALLED_AFTER = regex.compile(r"[ \t]*(?:[,!?]|(?:u|ur|r[ \t]+u|can[ \t]+u|could[ \t]+u|you)(?![\p{L}'’]))")
# the end of a message: marks, emoji, blanks ("... for the invite dev 😘")
_MESSAGE_END = regex.compile(r"[\s\p{P}\p{So}\p{Sk}\uFE0F\u200D]*")
# a word ending a message that is no one called: a preposition's or an article's ("see u in june")
_LAST_WORD = regex.compile(r"([\p{L}'’]+)[ \t]+$")
_NOT_BEFORE_CALLED = frozenset("in on at to the a an my your ur of for with by from into i we you u and or".split())
# a chat message opening on whom it speaks to, before "u"/"ur": "yaz u left ur card", "oi jono ur rego is ..."
_CALLED = regex.compile(
    rf"(?m)^(?:[^\n:]{{1,30}}:[ \t]+)?{_INTERJECTION}(?P<name>\p{{Ll}}{{3,12}})[ \t]*,?[ \t]+"
    r"(?:u|ur|r[ \t]+u|can[ \t]+u|could[ \t]+u|did[ \t]+u|do[ \t]+u|will[ \t]+u|would[ \t]+u)(?![\p{L}'’])"
)
# who writes, after "it's" when signing in ("its kez btw, new phone") or after a greeting ("hey Jules it's Bec,",
# "Hej mormor! Det är Elsa."); and whom that greeting was for ("heyyy soph its meg")
_ITS = r"(?i:it['’]?s|it[ \t]+is|det[ \t]+är|c['’]est)"
_ITS_NAME = regex.compile(
    rf"(?<![\p{{L}}'’]){_ITS}[ \t]+(?P<name>\p{{L}}[\p{{L}}'’\-]{{1,15}})"
    r"(?:(?P<signed>[ \t]+(?i:btw|here|x+)(?![\p{L}])|[ \t]*[\p{So}\uFE0F])|(?=[ \t]*(?:[,.!]|\n|$)))"
)
_ITS_HINT = re.compile(r"(?i)\bit['’]?s |\bit is |\bdet är |\bc['’]est ")
_GREETED = regex.compile(
    r"(?im)(?:^|[.!?][ \t]+)(?:[^\n:]{1,30}:[ \t]+)?(?:he+y+|hi+|hiya|hello|yo+|oi+|hej|hallo|hola|ciao|salut)"
    r"(?:[ \t,]+(?P<name>\p{L}[\p{L}'’\-]{1,15}))?[ \t,!.]+$"
)
# a name in brackets after a given name or a phone number: a nickname or the number's owner
# ("soy Guadalupe (Lupita), la vecina", "pls call 07957 33 21 80 (Sophie)")
_BRACKETED_NAME = regex.compile(r"(?:(?P<given>\p{Lu}\p{Ll}+)|(?P<digit>\d))[ \t]*\((?P<name>\p{Lu}\p{Ll}{2,15})\)")
# (a phone number as people write one, in groups: "07957 33 21 80 (Sophie)"; an account's "000482917730 (Chase)" or a
# licence's "041829173 (Victoria)" names its bank or its state)
_PHONE_BEFORE = regex.compile(r"\+?\d{2,5}[ \t\-.]\d[\d \t\-.]{4,14}$")
#: words of chat that no dictionary holds and no one is called ("ngl u right", "wen u coming", "hey girlie its me")
_CHAT_SPELLINGS = frozenset(
    """ngl wyd hbu wbu ikr tbf fwiw istg ofc ily ilysm tysm bby hunny gurl girlie bruv innit yall dw np nvm omw rn
    tmrw tmr tho cuz coz smth mb srsly deffo defo obvs prolly cya gn gm wen wat wut wot wer hw cud wud shud cn cld
    wanna gonna gotta lemme gimme dunno yh yea ye nah naw ayy ayo aww hmm mhm ooh ahh lmfao lmaoo rofl ughh jk
    thnx thanx pls plz ppl sry soz bday hbd""".split()
) | KIN_BEFORE | frozenset(  # and kin a message greets: "Hej mormor!", "hi nonna"
    "mormor morfar farmor farfar oma opa omi opi nonna nonno mamma mami papi mamá papá maman mamie papy babcia dziadek "
    "babushka nanna gran granny grandma grandpa nani nanu dadi dada amma appa ammi abba baba bibi mummy daddy".split()
)
# a brand's reply on social media signed with its agent's initials or given name: "... within 5 working days. ^JM"
# (after the reply's last sentence: not "type ^AB", "Brand ^TM")
_CARET_SIGNED = regex.compile(
    r"(?<=[.!?)\p{So}\uFE0F][ \t]{1,3})\^(?P<name>\p{Lu}{2,3}|\p{Lu}\p{Ll}{2,15})(?=[ \t]*(?:\n|$))"
)
# a given name before the honorific a Japanese message calls them by: "Kenjiくん、明日の...", "Tanaka-san"
_HONORIFIC = regex.compile(
    r"(?<![\p{L}\-])(?P<name>\p{Lu}\p{Ll}{1,15})(?:(?P<title>くん|さん|ちゃん|様|先生)|-(?P<title>san|kun|chan|sama|sensei)(?![\p{L}\-]))"
)
_HONORIFIC_HINTS = ("くん", "さん", "ちゃん", "様", "先生", "-san", "-kun", "-chan", "-sama", "-sensei")
# a mention by the display name, as Slack and Teams write it: "new starter Monday: @Rahul Verma, laptop ..."
_AT_FULL_NAME = regex.compile(
    r"(?<![\w@.])@(?P<name>(?P<first>\p{Lu}\p{Ll}+)[ ](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))(?![\w@\-])"
)
# a chat export's author line, a display name alone with the post's time, maybe a note: "Priya S (Team Lead) 09:12"
_AUTHOR_LINE = regex.compile(
    r"(?m)^[ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}(?:\p{Ll}+|\.)?)?)(?:[ \t]+\([^()\n]{1,25}\))?"
    r"[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp][Mm])?[ \t]*$"
)
# a speaker labelled by their role, a dash, then their name, as support and care chats write it:
# "Coordinator - Lisa: Please don't ...", "Care Agent – Sarah K: hi" (a clock's "21:06 - Desmond:" is a turn's)
_ROLE_DASH_NAME = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:\p{L}+[ \t]){0,2}(?P<role>\p{L}+)[ \t]+[-–—][ \t]+"
    r"(?P<name>(?P<given>\p{Lu}\p{Ll}+)(?:[ ]\p{Lu}(?:\p{Ll}+|\.)?)?)[ \t]*:[ \t]+\S"
)
_DASH_ROLES = ROLE_NOUNS | frozenset(
    """coordinator support dispatcher host admin moderator advisor adviser receptionist technician tech rep
    representative staff caregiver coach tutor mentor counsellor counselor therapist volunteer courier""".split()
)
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
_LATIN = regex.compile(r"\p{Latin}")
CHAT_SCORE = 0.6  # as a speaker's (names.SPEAKER_SCORE): the thread's shape, not a format's field
_SAYS = regex.compile(r"[ \t]*[^:\n]{1,30}:[ \t]*\S")  # a line someone says: "auntie pam: is the party still on?"
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WORDS = regex.compile(r"[\p{L}\p{M}]+")  # the words said, to look a label up in ("P'Nok" says "p" and "nok")
_DRAWN_OUT = regex.compile(r"(\p{L})\1\1")
_DOUBLED = regex.compile(r"(\p{L})\1+")


# whom a message names by their work or household tie to the writer: "My nakhuda Ishaq is already at sea", "our driver
# Bilal", "my landlady Mrs Okafor" (the name a known given name or no English word: not "my boss Monday")
_TIE_NAME = regex.compile(
    r"(?<![\p{L}'’])(?i:my|our|your|his|her|their)[ \t]+(?i:boss|manager|supervisor|foreman|driver|maid|helper|nanny|"
    r"cook|gardener|guard|watchman|tutor|teacher|coach|trainer|doctor|dentist|nurse|landlord|landlady|tenant|neighbou?r|"
    r"friend|bestie|buddy|mate|cousin|colleague|roommate|flatmate|housemate|classmate|skipper|captain|nakhuda|crewman|"
    r"deckhand|mechanic|plumber|electrician|builder|accountant|lawyer|solicitor|agent|broker|assistant|secretary|"
    r"caregiver|carer|therapist|pastor|imam|priest|sponsor|employer|employee|worker|partner|fiance|fiancée|fiancee)"
    r"[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)(?![\p{L}'’\-])"
)
# a Philippine elder's or sibling's word of respect before a given name: Ilocano "Lakay Andres", "Manang Rosa";
# Cebuano "Nong Ben", "Inday Joy"; Tagalog "Lolo Berto" (the word itself is no part of the name)
_RESPECT_NAME = regex.compile(
    r"(?<![\p{L}'’])(?:Lakay|Baket|Manong|Manang|Manoy|Manay|Nong|Apong|Lolo|Lola|Tatang|Nanang|Inday|Dodong|Ading)"
    r"[ \t]+(?P<name>\p{Lu}\p{Ll}+)(?![\p{L}'’\-])"
)
_RESPECT_HINT = regex.compile(r"Lakay|Baket|Mano|Mana|Nong|Apong|Lol[oa]|Tatang|Nanang|Inday|Dodong|Ading")
# a place after "sa" (at, to, in) in a Cebuano or Tagalog message: "Kuhaon nako ugma sa Carbon." (a person takes "kay"
# or "ni"; never a day, a month, a feast, an app or God: "sa Lunes", "sa Pasko", "sa Facebook", "sa Ginoo"; nor the
# means after "by way of": "pinaagi sa Cebuana", a remittance's shop)
_SA_PLACE = regex.compile(r"(?<![\p{L}'’])(?<!(?i:pinaagi|gamit|agi|via|thru|through|using)[ \t]+)sa[ \t]+(?P<place>\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,}){0,2})(?![\p{L}'’\-])")
#: words of Cebuano and Tagalog a message holds, three of them or more for "sa" to be theirs (none that Samoan or
#: Haitian Creole, where "sa" is a word too, share: "ta", "lagi", "ato")
_FILIPINO_WORDS = frozenset(
    """ang ng nga mga nako kaayo naman lang ako ikaw unsa ugma karon diri didto salamat opo talaga ngayon bukas
    kami kayo jud gyud nimo siya dili wala adto akong imong iyang hindi wag ngano kinsa unya sige""".split()
)
_NOT_SA_PLACES = frozenset(
    """lunes martes miyerkules miyerkoles huwebes biyernes sabado domingo linggo enero pebrero marso abril mayo hunyo
    hulyo agosto setyembre septyembre oktubre nobyembre disyembre pasko bagong semana santa undas ginoo diyos dios
    panginoon amahan facebook messenger viber gcash maya shopee lazada google youtube tiktok zoom instagram twitter
    gmail whatsapp telegram grab english tagalog bisaya cebuano ilocano filipino covid grade mama papa lola lolo kuya
    ate tita tito nanay tatay inday dodong nong nang manong manang""".split()
)
# a day set by what happens on it, said with "'s": "his birthday's the 19th btw", "party's on the 3rd" (never "the 19th
# century", "the 3rd floor")
_DAY_OF = regex.compile(
    r"(?i)\b(?:b-?day|birthday|party|wedding|appointment|appt|anniversary|funeral|christening|graduation|deadline|"
    r"interview|surgery|op|scan|exam|due[ \t]date)['’]s[ \t]+(?:on[ \t]+)?(?P<day>the[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
    r"(?![\w\-])(?![ \t]+(?:century|centuries|floor|hole|time|times|place|edition|round|minute|person|one|row|anniversary|birthday)\b)"
)
# an age after a titled name, a comma between: "Mr. Arthur Penhaligon, 81 - what's his potassium?" (not "Mr Lee, 42
# Oak Street": a word after the number says no age)
_TITLED_AGE = regex.compile(
    r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mstr|Master)\.?[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2},[ \t]+"
    r"(?P<age>1[01]\d|[1-9]?\d)(?=[ \t]*(?:[-–—,;)]|\.(?!\d)|$)|[ \t]*(?i:y/?o|yrs?|years)\b)", regex.M
)
# a name's age in brackets: "advance for member KTP-0041 (Sumirah, 58)", "referred Dawa Sherpa (7) to" (the name's
# words checked in Python: "(London, 12)", "(Table, 3)", "visited Hyde Park (2)" are no one's age)
_BRACKETED_AGE = regex.compile(
    r"\((?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}),[ \t]*(?P<age>1[01]\d|[1-9]?\d)[ \t]*\)"
    r"|(?<=\p{Ll}[ \t]+)(?P<name>\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+)[ \t]?\((?P<age>1[01]\d|[1-9]\d?)\)"
)
_BRACKETED_AGE_HINT = regex.compile(r"\p{Ll}[ \t]?\(\d{1,3}\)|\p{Ll}, ?\d{1,3}[ \t]*\)")
# whom a speaker's note makes family of another ("Dev (Arjun's dad): we'll be there"): the speaker is a person
_KIN_NOTE = regex.compile(
    r"\p{Lu}[\p{L}'’\-]*['’]s?[ \t]+(?i:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|papa|mama|gran|granny|grandma|"
    r"grandpa|nan|nana|aunt|auntie|aunty|uncle|sister|brother|sis|bro|wife|husband|partner|son|daughter|cousin|carer|nanny)"
)
# a speaker with a given name and a surname, who speaks twice or more: "Samba Dia: Jam waali." ... "Samba Dia: Jaaraama
# Hamath!" (never a heading's "Action Items:", "Grace Period:")
_FULL_NAME_SPEAKER = regex.compile(r"(?P<given>\p{Lu}\p{Ll}+)[ ](?P<surname>\p{Lu}\p{Ll}+)")


def _chat_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, explanation) of each name a chat thread names: speakers it proves, whom a message speaks to,
    who signs in after "it's", a nickname or a number's owner in brackets."""
    if ":" in text and "\n" in text:
        yield from _thread(text)
        yield from _full_name_speakers(text)
        if "(" in text:
            yield from _noted_speakers(text)
        if " - " in text or "–" in text or "—" in text:
            for match in _ROLE_DASH_NAME.finditer(text):
                given = match.group("given")
                # (a given name, "Tom" too, never a word of English's stop list: "Agent - Will: be logged")
                if match.group("role").lower() in _DASH_ROLES and given.lower() in known_first_names() \
                        and given.lower() not in STOP_WORDS and given not in NOT_NAME_WORDS and given not in gazetteer() and given.lower() not in NOT_NAMES:
                    yield *match.span("name"), "a speaker labelled by role and name"
    if "\n" in text and ":" in text:
        authors = [m for m in _AUTHOR_LINE.finditer(text) if m.group("name").split()[0].lower() in first_names()]
        if len(authors) >= 2:  # (a log of posts, not one "Lunch 12:30")
            for match in authors:
                yield *match.span("name"), "a chat export's author line"
    for match in _TIE_NAME.finditer(text):
        if _named_word(match.group("name").split()[0]):
            yield *match.span("name"), "a name after the writer's tie to them"
    if _RESPECT_HINT.search(text):
        for match in _RESPECT_NAME.finditer(text):
            if _named_word(match.group("name")):
                yield *match.span("name"), "a name after a Philippine word of respect"
    if "^" in text:
        for match in _CARET_SIGNED.finditer(text):
            name = match.group("name")
            if name.isupper() or name.lower() in first_names():
                yield *match.span("name"), "initials signing a reply"
    if "@" in text:
        for match in _AT_FULL_NAME.finditer(text):
            last = match.group("last").lower()
            if match.group("first").lower() in known_first_names() and (last in surnames() or is_rare(last)):
                yield *match.span("name"), "a mention by the display name"
    if " u" in text and (" u " in text or " ur " in text):
        for match in _CALLED.finditer(text):
            if _unheard(match.group("name")):
                yield *match.span("name"), "chat message opening on whom it speaks to"
    if _ITS_HINT.search(text):
        for match in _ITS_NAME.finditer(text):
            line = text.rfind("\n", 0, match.start()) + 1
            greeted = _GREETED.search(text, line, match.start())
            name = match.group("name")
            if (match.group("signed") or greeted) and _signed_name(name, capitalised_ok=greeted is not None):
                yield *match.span("name"), "chat message signed after \"it's\""
            if greeted and greeted.group("name") and _signed_name(greeted.group("name"), capitalised_ok=False):
                yield *greeted.span("name"), "whom a greeting is for"
    if "(" in text:
        for match in _BRACKETED_NAME.finditer(text):
            name = match.group("name")
            if name.lower() not in known_first_names() or name in NOT_NAME_WORDS or name in gazetteer() \
                    or name.lower() in NOT_NAMES:
                continue
            given = match.group("given")
            if given and given != name and given.lower() in known_first_names() and given not in NOT_NAME_WORDS \
                    or match.group("digit") and _PHONE_BEFORE.search(text, max(0, match.end("digit") - 18), match.end("digit")):
                yield *match.span("name"), "name in brackets after a name or a number"


def _thread(text: str) -> Iterator[tuple[int, int, str]]:
    """Speakers the thread proves people, and where it names them: a speaker another one greets or calls ("hope ✨:
    hey reed!" then "Reed: haha thanks"; "send me ur address for the invite dev" then "dev: 27 ashgrove"), or one
    named by a word no dictionary holds ("lmao frostpaw lives in Kalgoorlie" and "frostpaw: bro"); in a talk of two,
    whoever talks with such a person ("Ploy: P'Nok can you ..." and "Nok: ok na")."""
    turns = [(m.group("name"), m.span("name"), m.span("said")) for m in _TURN.finditer(text) if m.group("said").strip()]
    labels = {name.lower() for name, _, _ in turns}
    if len(turns) < 2 or len(labels) < 2:
        return
    if len(turns) == len(labels) and not all(_SAYS.match(line) for line in text.splitlines() if line.strip()):
        return  # (no one speaks twice, and lines no one says stand between: a form's "Renter: ...", a YAML block's keys)
    said = set(_WORDS.findall("\n".join(text[start:end] for _, _, (start, end) in turns).lower()))
    proven: dict[str, list[tuple[int, int]]] = {}  # speaker -> where a message names them
    for name in labels:
        if not said.issuperset(_WORDS.findall(name)) or not _speaker_named(name):
            continue  # (a set's look first: a long record has many keys, none of them said)
        rare = len(name) >= 4 and is_rare(name) and name not in _CHAT_SPELLINGS
        word = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}\d_.\-]){regex.escape(name)}(?![\p{{L}}\p{{M}}\d_@]|[.\-]\w)")
        handle = regex.compile(rf"(?i)(?<![\w@])@({regex.escape(name)})(?:[._]\w*)?(?!\w)")
        for i, (speaker, _, (start, end)) in enumerate(turns):
            if speaker.lower() == name and not rare:
                continue  # (a rare word is theirs even in their own message: "frostpaw: frostpaw here")
            places = [m.span(1) for m in handle.finditer(text, start, end)]
            for mention in word.finditer(text, start, end):
                at, stop = mention.span()
                before = text[start:at]
                called = rare or _ADDRESS_BEFORE.search(before) is not None \
                    or _OPENS_ON.fullmatch(before) is not None and _CALLED_AFTER.match(text, stop, end) is not None \
                    or _MESSAGE_END.fullmatch(text, stop, end) is not None and i + 1 < len(turns) \
                    and turns[i + 1][0].lower() == name and not _after_small_word(before)
                if called:
                    places.append((at, stop))
            if places:
                proven.setdefault(name, []).extend(places)
    if len(labels) == 2 and len(proven) == 1:
        (other,) = labels - set(proven)
        forms = [speaker for speaker, _, _ in turns if speaker.lower() == other]
        # (written as a name is, "Nok", "kuda", not as a handle, "xXNightOwlXx")
        if _speaker_named(other) and len(forms) >= 2 and all(form.istitle() or form == form.lower() for form in forms):
            proven[other] = []
    for name, places in proven.items():
        for start, end in places:
            yield start, end, "a chat's speaker named in the thread"
        for speaker, span, _ in turns:
            if speaker.lower() == name:
                yield *span, "a chat's speaker the thread names"


def _noted_speakers(text: str) -> Iterator[tuple[int, int, str]]:
    """Speakers a note in brackets says who they are, in a thread of two turns or more: "Karen (Alfie's mum):
    thanks!", "ก้อย (ร้านรถเช่า): สวัสดีค่ะ" (the car-hire shop's). Never a role's label, whose note is the name
    ("Driver (Abdi):"), nor a word a dictionary holds ("Host (Nikos):", "Update (March):")."""
    turns = [m for m in _TURN.finditer(text) if m.group("said").strip()]
    if len(turns) < 2:
        return
    for match in turns:
        name, note = match.group("name"), match.group("note")
        lower = name.lower()
        if note is None or _CAPITALISED.fullmatch(note.strip()) or name.isupper() or not _speaker_named(lower):
            # (nor a form's field in capitals: "ИНН (ПИН): 11208198500933")
            continue
        # (a given name we know, or any word no dictionary holds in another script: never a firm's "Zalando (support)";
        # or any capitalised word whose note makes them family of someone: "Dev (Arjun's dad)")
        if lower in first_names() or not _LATIN.match(name) and is_rare(name) and name not in gazetteer() \
                or name.istitle() and _KIN_NOTE.fullmatch(note.strip()) and name not in gazetteer() \
                and lower not in _DAYS and name not in NOT_NAME_WORDS:
            yield *match.span("name"), "a chat's speaker with a note on who they are"


def _full_name_speakers(text: str) -> Iterator[tuple[int, int, str]]:
    """Speakers labelled by a given name and a surname, each speaking twice or more in a thread of two speakers or
    more: "Samba Dia: Jam waali." ... "Samba Dia: Jaaraama!" Neither word one of English's everyday ones, nor the
    label a place's, and one of them a name we know: never a heading's "Action Items", "Grace Period", "Sri Lanka",
    nor a practice's "Harbourside Dental", "Pawsome Vets"."""
    turns = [m for m in _TURN.finditer(text) if m.group("said").strip()]
    labels: dict[str, list] = {}
    for match in turns:
        labels.setdefault(match.group("name"), []).append(match)
    if len(labels) < 2:
        return
    for label, matches in labels.items():
        full = _FULL_NAME_SPEAKER.fullmatch(label)
        if len(matches) < 2 or full is None:
            continue
        words = [full.group("given"), full.group("surname")]
        if not any(word.lower() in everyday_words() or word.lower() in NOT_NAMES or word in NOT_NAME_WORDS
                   or word.lower() in ROLE_SPEAKERS or word.lower() in _DAYS for word in words) and label not in gazetteer() \
                and any(word.lower() in known_first_names() or word.lower() in surnames() for word in words):
            for match in matches:
                yield *match.span("name"), "a chat's speaker by given name and surname"


def _named_word(word: str) -> bool:
    """A capitalised word a message names someone by: a known given name or a word no dictionary holds, never a
    month's, a day's, a place's or a firm's ("Monday", "Google")."""
    lower = word.lower()
    if lower in _DAYS or word in NOT_NAME_WORDS or lower in STOP_WORDS or lower in NOT_NAMES or word in gazetteer():
        return False
    return lower in known_first_names() or lower not in english_words()


def _person_word(word: str, surname: bool) -> bool:
    """A capitalised word of a person's name: a known given name (or surname, after the given name), or a word no
    dictionary holds; never a place's, a day's or a common word's ("London", "Monday", "Table", "Park")."""
    lower = word.lower()
    if lower in _DAYS or word in NOT_NAME_WORDS or lower in STOP_WORDS or lower in NOT_NAMES or word in gazetteer():
        return False
    return lower not in english_words() or lower in known_first_names() or surname and lower in surnames()


def _sa_places(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(entity, start, end, why) of places after "sa" in the messages of a Cebuano or Tagalog chat thread."""
    turns = [m for m in _TURN.finditer(text) if m.group("said").strip()]
    if len(turns) < 2 or len(_FILIPINO_WORDS.intersection(_WORDS.findall(text.lower()))) < 3:
        return
    for turn in turns:
        for match in _SA_PLACE.finditer(text, *turn.span("said")):
            first = match.group("place").split()[0]
            if first.lower() in _NOT_SA_PLACES or first in NOT_NAME_WORDS or first.lower() in _DAYS \
                    or first.lower() in known_first_names() and first not in gazetteer():
                continue
            yield "LOCATION", *match.span("place"), "a place after \"sa\" in a Filipino message"


def _days(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(entity, start, end, why) of a day set by an event ("his birthday's the 19th") and of an age after a titled
    name ("Mr. Arthur Penhaligon, 81 -") or in brackets after a name ("(Sumirah, 58)")."""
    if "'s " in text or "’s " in text:
        for match in _DAY_OF.finditer(text):
            yield "DATE_TIME", *match.span("day"), "a day an event is on"
    if ", " in text:
        for match in _TITLED_AGE.finditer(text):
            yield "AGE", *match.span("age"), "an age after a titled name"
    if "(" in text and _BRACKETED_AGE_HINT.search(text):
        for match in _BRACKETED_AGE.finditer(text):
            first, *rest = match.group("name").split()
            if _person_word(first, False) and all(_person_word(word, True) for word in rest):
                yield "AGE", *match.span("age"), "an age in brackets after a name"


def _honorifics(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(entity, start, end, explanation) of a given name a Japanese honorific follows, and of the honorific."""
    for match in _HONORIFIC.finditer(text):
        name = match.group("name")
        if (name.lower() in known_first_names() or name.lower() in surnames() or is_rare(name)) and name not in gazetteer() \
                and name not in NOT_NAME_WORDS:  # (never a firm's "Amazon様")
            yield "PERSON", *match.span("name"), "a name before a Japanese honorific"
            if not match.group("title").isascii():  # (a romanized "-san" stays in the name: "Sato-san")
                yield "TITLE", *match.span("title"), "a Japanese honorific"


def _after_small_word(before: str) -> bool:
    """Whether a message's last word follows a preposition or an article: "see u in june" calls no June."""
    last = _LAST_WORD.search(before)
    return last is None or last.group(1).lower() in _NOT_BEFORE_CALLED


def _speaker_named(name: str) -> bool:
    """A speaker's label that may be a given name: one word, no role ("agent"), relation ("mum"), common
    word of English's stop list ("will", "may"), chat word, month or day."""
    return " " not in name and regex.fullmatch(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]+", name) is not None \
        and name not in STOP_WORDS and name not in NOT_NAMES and name not in ROLE_NOUNS and name not in CHAT_WORDS \
        and name not in ROLE_SPEAKERS and name.title() not in NOT_NAME_WORDS and name not in _DAYS


def _unheard(word: str) -> bool:
    """A word written small that may be a given name where a chat calls someone: a known one no English word
    shares ("aoife"), or a word no dictionary holds that is no chat spelling ("jono", "lils"; not "ngl", "heyyy")."""
    lower = word.lower()
    if lower in STOP_WORDS or lower in CHAT_WORDS or lower in NOT_NAMES or lower in _CHAT_SPELLINGS or lower in _DAYS:
        return False
    if lower in first_names() and lower not in english_words():
        return True
    if _DRAWN_OUT.search(lower):
        return False  # "heyyy", "lolll": a word drawn out
    return is_rare(lower) and all(is_rare(_DOUBLED.sub(twice, lower)) for twice in (r"\1", r"\1\1"))  # "omgg", "byee"


def _signed_name(name: str, capitalised_ok: bool) -> bool:
    """Whether the word after "it's" (or a greeting) is a name: one written small `_unheard` holds ("kez");
    after a greeting, a capitalised given name or a word English does not use ("Elsa", "Bec"), never a month's
    or a firm's ("it's Monday", "it's Google")."""
    lower = name.lower()
    if name.islower():
        return _unheard(name)
    if not capitalised_ok or not name.istitle() or name in NOT_NAME_WORDS or lower in _DAYS or lower in STOP_WORDS \
            or lower in NOT_NAMES or lower in CHAT_WORDS:
        return False
    return lower in known_first_names() or lower not in english_words() and name not in gazetteer()


@RECOGNIZERS.register("ChatThreadRecognizer")
class ChatThreadRecognizer(OwnRecognizer):
    """PERSON for the people a chat thread names: speakers it proves, whom a message speaks to, who signs in."""

    ENTITIES = ["PERSON", "TITLE", "DATE_TIME", "AGE", "LOCATION"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found = [make_result(self, "PERSON", start, end, CHAT_SCORE, why) for start, end, why in _chat_names(text)]
        found += [make_result(self, entity, start, end, CHAT_SCORE, why) for entity, start, end, why in _days(text)]
        if " sa " in text and ":" in text and "\n" in text:
            found += [make_result(self, entity, start, end, CHAT_SCORE, why) for entity, start, end, why in _sa_places(text)]
        if any(hint in text for hint in _HONORIFIC_HINTS):
            found += [make_result(self, entity, start, end, CHAT_SCORE, why) for entity, start, end, why in _honorifics(text)]
        return found
