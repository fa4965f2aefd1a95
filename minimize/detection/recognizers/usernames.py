"""Usernames and handles: "@dani_castro_ux", "u/nordic_knitter", "username: sakura_i", "signed in as
astrid_k", "Accepted publickey for jsmith from ...", "portal account bcarter_91".

A login name is often a person's name in disguise and links their accounts, but
NER never reads "astrid_k" as a name. Three kinds of evidence, cheapest first:
an @ or Reddit's u/ before a handle (not inside an email or a path); a label that says what the next
word is (username, login, handle, "logged in as", an sshd log line); and a
handle-shaped word (letters joined by _ or ., or letters then digits) with an
account or platform word a few words before it ("her Reddit name to
nordic_knitter"). File names, domains and e-mail addresses are not handles.
Some places say it by their form: the third field of a web server's access log
("203.0.113.54 - jfernandes [...] \"GET ..."), a commit's author ("commit 9f3c2e1
by okeke-dev"), a home folder ("/home/jdoe/"), a Windows domain's login
("CORP\\jsmith"), a person's account on an app ("his revolut is connorob"), a YAML or JSON key for who did
it ("created-by: mlindholm"), the holder's real name in brackets after it ("lunaxvibes (legal name ...)").
"""
from __future__ import annotations

import re

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.columns import SERVICE_ACCOUNTS
from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.name_words import first_names, known_first_names, surnames
from minimize.detection.recognizers.words import ascii_form, english_words, is_rare

_HANDLE = r"[A-Za-z0-9](?:[A-Za-z0-9_.\-]{0,30}[A-Za-z0-9_])?"
# "@emclarke", "@dani_castro_ux": not "ana@example.com", not "@ 5pm"
_AT = regex.compile(r"(?<![\w.@/+\-])@(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,29}[A-Za-z0-9_])?)(?![\w@]|[.\-]\w)")
# "u/throwaway_mum22": Reddit's prefix of a user name (not "r/", a forum)
_REDDIT = regex.compile(r"(?<![\w/.])/?u/(?P<value>[A-Za-z0-9_\-]{3,30})(?![\w/\-])")
# A login with inner hyphens ("mgoldberg-dev"): a handle only after a label that names it
_HYPHENATED = regex.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+")
# Before "handle": a word that makes it a noun ("GitHub handle", "her handle"), not the verb
_HANDLE_NOUN = regex.compile(r"(?i)\b(?:my|his|her|their|your|our|the|a|new|old|\w+'s|(?-i:[A-Z]\w+))[ \t]+$")
# A label that says the next word is a login name.
# Without ":", "=", "(" or "is" after the label, the word must look like a handle ("username
# resets" is prose); an "account" word always must ("account: Premium").
# ("is" in French, German, Spanish, Portuguese, Italian, Polish, Swedish, Danish and Norwegian too)
_IS_WORDS = r"is|was|will[ \t]+be|lautet|est|ist|es|é|è|jest|är|er"
_LABELLED = regex.compile(
    r"(?P<label>(?i:\b(?:user[ \t_\-]?name|usename|user[ \t_\-]?id|login(?:[ \t_\-]?(?:name|id)|(?![ \t]+by\b|[ \t]+for\b(?![^.\n;]{1,40}?[ \t](?:is|was)\b)))|log[ \t\-]?in[ \t]+(?:name|id)|"
    r"handle|screen[ \t]?name|online[ \t]+(?:banking[ \t]+)?(?:id|login)|nick(?:name)?|gamer[ \t]?tag|alias|user[ \t]+account|user|account|uid|"
    # a game's name for a player: "Player ID: ShadowMonk", "IGN: CreeperSlayer_09", "BattleTag"
    r"player[ \t]?(?:id|name|tag)|ign|battle[ \t]?tag|riot[ \t]?id|epic[ \t]?(?:id|name)|"
    # a game's or an app's own name for a login: "his mc name is JakeTheSnek04", "roblox user x"
    r"(?:mc|minecraft|roblox|fortnite|xbox|psn|steam|discord|insta|ig|snap|tiktok)[ \t]+(?:name|user(?:name)?|tag|id|handle)|"
    # in other languages: Spanish/Portuguese, French, German, Italian, Dutch
    r"usuario(?:[ \t]+web)?|usuário|utilisateur|compte|kundenkonto|nom[ \t]+d'utilisateur|identifiant(?:[ \t]+de[ \t]+connexion)?|pseudo|"
    r"benutzer(?:name)?|nome[ \t]+utente|gebruikersnaam|spieler|jugador|joueur|giocatore|bruger(?:navn)?|"
    r"[\w\-]*-bruger|brukernavn|anv[äa]ndarnamn|k[äa]ytt[äa]j[äa]tunnus|nazwa[ \t]+u[żz]ytkownika|kullan[ıi]c[ıi][ \t]+ad[ıi]|"
    # "user" in Romanian, Portuguese, Finnish, Swedish, Norwegian, Dutch, Polish, Czech, Turkish, Indonesian, Italian
    r"utilizator|utilizador|k[äa]ytt[äa]j[äa]|anv[äa]ndare|bruker|gebruiker|u[żz]ytkownik|u[žz]ivatel|kullan[ıi]c[ıi]|"
    r"pengguna|utente|akun|χρήστης|χρήστη)\b))"
    # "username on the portal is x": where the login is used, between the label and "is"
    r"(?P<separator>(?:[ \t]+(?:on|for|at|in)[ \t]+(?:the|our|your|his|her|their|my)?[ \t]*[\w.\-]+(?:[ \t]+[\w.\-]+){0,2}(?=[ \t]+(?:is|was)\b))?"
    rf"[ \t]*(?:[:=]|\(|\b(?:{_IS_WORDS})\b)[ \t]*[\"'`(]?|[ \t]*[—–][ \t]*|[ \t]+[\"'“‘`]?|,[ \t]*(?=[\w.\-]+[ \t]*[,;)]))"
    rf"(?P<value>{_HANDLE})"
    r"|(?i:\b(?:sign(?:ed|ing|s)?|log(?:ged|ging|s)?)[ \t]+(?:in|on)[ \t]+as|\b(?:login|logon|sign-?in)[ \t]+(?:by|for)|"
    # what people do online under a login: "known online as pixelpanda", "streams as LunaPlays"
    r"\bknown[ \t]+online[ \t]+as|\b(?:posts|posting|streams|streaming|tweets|tweeting|plays|registered|signed[ \t]+up)[ \t]+as|"
    r"\btag(?:s|ged|ging)?[ \t]+(?:me|him|her|them|us)[ \t]+as|"  # "keeps tagging me as milesaway_"
    # "logged into the portal as", "signs in to the vendor portal as"
    r"\b(?:sign(?:ed|s|ing)?|log(?:ged|s|ging)?)[ \t]+(?:in|on)(?:to|[ \t]+to)\b[^.\n]{0,40}?[ \t]as|"
    r"\b(?:unlock|reset[ \t]+the[ \t]+password[ \t]+(?:for|of)|lock[ \t]+out|disable|re-?enable)(?=[ \t]+[\w.\-]*[._\d])|"  # "can you unlock ngaire.t?"
    r"\((?:user|login)(?=[ \t]+[a-z][\w.\-]{2,30},)|"  # "(user pdominguez, staff no. 004817)"
    r"\b(?:Accepted|Failed)[ \t]+(?:password|publickey|keyboard-interactive\S*)(?:[ \t]+(?:attempts?|logins?))?[ \t]+for(?:[ \t]+invalid[ \t]+user)?|"
    r"\binvalid[ \t]+user|"
    # an IPsec gateway's log: "EAP-MSCHAPv2 authentication of 'a.oduya' successful", "virtual IP ... to peer 'a.oduya'"
    r"\bauthentication[ \t]+of(?=[ \t]+'[\w.\-]+')|\bto[ \t]+peer(?=[ \t]+'[\w.\-]+')"
    r")[ \t]+[\"'`]?"
    rf"(?P<value>{_HANDLE})"
)
# a platform's key before its login in a profile or a config: "github: saasheim", "  telegram: @kolya_v"
_PLATFORM_KEY = regex.compile(
    r"(?im)^[ \t-]*(?:github|gitlab|twitter|instagram|insta|tiktok|telegram|discord|skype|snapchat|reddit|steam|twitch|"
    rf"bluesky|mastodon|keybase)[ \t]*:[ \t]*[\"']?@?(?P<value>{_HANDLE})[\"']?[ \t]*$"
)
# an IRC or chat log's speaker in angle brackets: "<mlind> ext 4471"
_IRC_NICK = regex.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?<(?P<value>[A-Za-z][\w.\-|^]{1,20})>[ \t]")
# A word shaped like a handle: letters joined by _ or ., or letters then digits ("bcarter_91", "l.moreno").
_SHAPED = regex.compile(
    r"(?<![\w@./\\:\-])(?P<value>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+_*|[A-Za-z][a-z]+[0-9]{2,4}|[a-z]{6,}[0-9]"  # "tiredmumof3"
    r"|[A-Za-z][A-Za-z0-9]{2,}_+"  # "goblinqueen_"
    r"|(?=[A-Za-z0-9]*[a-z])[A-Za-z]+[0-9]+[A-Za-z][A-Za-z0-9]*"  # "xXN1ghtOwlXx"
    r"|[A-Z][a-z]+(?:[A-Z][a-z]+)+[0-9]{1,4}"  # "DarkHarbor77"
    r"|[A-Za-z][A-Za-z0-9_.]{1,31}\#\d{4})(?![\w@/\\\-]|\.\w|::)"  # a Discord tag "frostbyte#4471"; not "fe80::1"
)
# "Florian Gruber (fgruber)", "Piet van der Berg (pvdberg)", "Dr. Ifeoma Okafor (drifeoma)": a login in
# brackets after a name, made of its letters (it holds the start of one of the name's words)
_AFTER_NAME = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,3})[ \t]*\([ \t]*(?P<value>[a-z][a-z0-9._\-]{2,24})[ \t]*"
    # (or before more in the brackets: "Sanne Kuijpers (sannekuijpers, sanne.k@kpnmail.nl)", "Wei Zhang (wzhang88 on GitHub)")
    r"(?:\)|,[^()\n]{1,60}\)|[ \t]+on[ \t]+[\w. ]{2,20}\))"
)
_LOGIN_NOUN = regex.compile(
    r"user[ \t_\-]?(?:name|id)|usename|login[ \t_\-]?(?:name|id)|screen[ \t]?name|gamer[ \t]?tag|"
    r"identifiant(?:[ \t]+de[ \t]+connexion)?|nom[ \t]+d'utilisateur|benutzername|gebruikersnaam|brukernavn|brugernavn|"
    r"anv[äa]ndarnamn|nome[ \t]+utente|nombre[ \t]+de[ \t]+usuario"
)
_COLON_NAME = regex.compile(r"[ \t]*:[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}")
_PHRASE_END = regex.compile(r"[ \t]*(?:[(\[;|\n]|[.,](?=\s|$)|$)")
# the label opens a record's field or a sentence, maybe after whose or where it is ("DigiD username x.")
_CLAUSE_START = regex.compile(r"(?:^|[\n|;.!?])[ \t]*(?:[\w'’]+[ \t]+){0,2}$")
# "policy_holder: Keisha Dunbar; license_plate: ...": a field's key, opening the text, a line or a field
_FIELD_KEY = regex.compile(r"[ \t]*:[ \t]")
_FIELD_START = regex.compile(r"(?:^|\n|;[ \t]*)$")
_FIELDS_AFTER = regex.compile(r"[ \t]*:[^\n;]{1,100};[ \t]*[a-z][a-z0-9_]*[ \t]*:")
# camelCase after a label: "Username xXshadowHunterXx" (in prose "iPhone" and "eBay" are no handles)
_CAMEL_INSIDE = regex.compile(r"^[A-Z]?[a-z]+[A-Z][a-z]+[A-Za-z0-9]*$")  # "BrisbaneBob", "kiwiDave"
_CAMEL = regex.compile(r"[a-z]+[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")
_PASCAL_WORDS = regex.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\d*")  # three words or more run together: "AlexTheExplorer"
# A handle-shaped word before what logins do: "k.adeyemi connected from 10.14.3.220"
_BEFORE_LOGIN = regex.compile(
    r"(?<![\w@./\\:\-])(?P<value>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[a-z][a-z]+[0-9]{2,4}|(?<=\buser[ \t]+)[a-z][a-z0-9]{2,24})"
    r"[ \t]+(?:connected|authenticated|accessed|(?:logged|signed)[ \t]+(?:in|on|out)"
    # what a log says a user did: "export: user rkapoor downloaded Q1-sales.xlsx"
    r"|(?<=\buser[ \t]+\S+[ \t]+)(?:downloaded|uploaded|deleted|exported|viewed|accessed|modified|changed|reset|created|"
    r"updated|opened|shared|printed|requested)"
    # ... or from an address: "the manifest that marlon.hegmann77 uploaded from 74.208.19.151"
    r"|(?:downloaded|uploaded|deleted|exported|viewed|modified|changed|created|updated|shared)(?=[ \t]+from[ \t]+\d{1,3}\.\d))\b"
)
# A ticket's people by their logins, a field of their own: "Assignee: kbarnes", "| assignee: t.mokoena", "Tech: jmorales2"
# (ending the field, a sentence or before a note: "Reporter: akowalski. Please ...", "Reporter: maplelatte (verified, 29)")
_ASSIGNEE = regex.compile(
    r"(?im)(?:^|[|;.][ \t]*)(?:assignee|assigned[ \t]+to|reporter|tech|technician)[ \t]*[:=][ \t]*"
    r"(?P<value>(?-i:[a-z][a-z0-9]*(?:[._\-][a-z0-9]+)*))(?=[ \t]*(?:$|[|;(])|[.,](?:[ \t]|$))"
)
# nobody's login, or a team's queue ("it-helpdesk", "billing.team")
_NOBODY = frozenset("unassigned none null nobody tbd tba system admin root automation auto bot me self pending triage unknown "
                    "helpdesk servicedesk support team ops desk queue infra sre devops security noc soc".split())
_VERSION = regex.compile(r"(?i)v?\d+(?:\.\d+)+[a-z]?")
_IBAN = regex.compile(r"(?i)[a-z]{2}\d{2}[a-z0-9]{11,30}")
# A variable's name: "my_account", "the_fund", "get_user"
_CODE_NAME = regex.compile(r"(?i)(?:my|the|our|your|this|get|set|is|has)_")
# An abbreviation, not a login: "e.g", "i.e", "U.S", "P.IVA"
_ABBREVIATION = regex.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]+(?:\.[A-Z]+)+")
# A record's field name, not a login: "given_name", "date_of_birth", "visa_type", "created_at"
_FIELD_NAME = regex.compile(
    r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:name|type|id|date|birth|number|no|code|status|address|email|phone|time|at|"
    r"count|url|key|value|list|file|path|dir|config|data|info|field|level|mode|size)"
)
_LOGIN_HINT = re.compile(r"connected|authenticated|accessed|logged|signed|user [a-z]|ed from \d")
#: "user" in other languages, before a login alone
_USER_ABROAD = frozenset({"uživatel", "uzivatel", "użytkownik", "uzytkownik", "utilizator", "utilizador", "käyttäjä", "kayttaja",
                          "användare", "anvandare", "bruker", "gebruiker", "kullanıcı", "kullanici", "pengguna", "utente",
                          "χρήστης", "χρήστη", "usuario", "usuário", "utilisateur", "benutzer"})
# Words joined by underscores between letters ("sid_the_sloth", "xx_dark_lotus_xx"), standing alone in a
# sentence: not inside a path, a URL, an email, a variable's access or a call, nor a markup tag's name
# ("<centro_poblado>") or a key ending its line ("siv_applicants:")
_UNDERSCORED = regex.compile(
    r"(?<![\w@./\\:$`'\"=\-<])_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*(?![\w@/\\\-(=`\"]|'(?!s\b)|\.\w|:\w|:[ \t]*(?:\n|$))"
)  # (a possessive is no quote: "removed from olu_fadipe's account")
# Text that is code, markup or configuration: its underscored words name variables, columns and keys
_CODE_HINT = re.compile(r"[{}`]|;(?:$|\S)|\bdef |\bSELECT |\bselect |\bUPDATE |\bWHERE |\bimport |=>|\w\(|\w=\w|\w = ['\"]|\$[A-Za-z_]|\w\.\w+_")  # "$HOME", not "$5"
#: an underscored name ending in one of these is a team's or a mailbox's ("support_team", "billing_dept")
_GROUP_WORDS = frozenset("team support admin admins ops desk group dept service services bot noreply info sales help".split())
# "our support_team", "the on_call rota": a determiner before it names a thing, not an account
_THING_BEFORE = regex.compile(r"(?i)\b(?:the|our|this|that|these|those|a|an|its|their|your)[ \t]+$")
# "the user_profile table", "the retry_count setting": what follows says it names a thing
_CODE_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:table|column|field|variable|var|function|method|param(?:eter)?|flag|setting|option|env|key|module|"
    r"class|endpoint|file|folder|directory|bucket|queue|topic|index|schema|service|job|script|value|property|"
    r"attribute|tag|label|metric|event|role|permission|scope|header|argument|arg|config|template|macro)s?\b",
)
# a table's header row, cells that are single words ("donor_id,name,gift_aid,amount"): column names, not handles
_HEADER_ROW = regex.compile(r"[ \t|]*[\w.\-]+(?:[ \t]*[,\t|;][ \t]*[\w.\-]+){2,}[ \t|]*")
# A chat transcript's speaker that is a handle: "xXshadowfoxXx: my account got hacked", "n0va: he's in osaka"
# (a chat tag before the speaker: "[voice] Ravenclaw99: ok push B")
_SPEAKER = regex.compile(r"(?m)^[ \t]*(?:\[[a-z ]{1,12}\][ \t]*)?(?P<value>[A-Za-z0-9_.]{3,30})[ \t]*:[ \t]+\S")
# a record's key where a speaker would stand, and its words: "postal_code", LDAP's "objectClass"
_SNAKE_KEY = regex.compile(r"[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+")
_KEY_PARTS = regex.compile(r"[A-Z]?[a-z]+")
# the other side of a chat whose turns start "User:"
_OTHER_SPEAKER = regex.compile(r"(?im)^[ \t]*(?:bot|agent|assistant|ai|system|support|rep|operator|chatbot)[ \t]*:")
# Common Log Format (Apache, NGINX): client address, identity, then the login before the time or the
# request ("203.0.113.54 - jfernandes [10/Oct/2024:13:55:36 +0000] \"GET ..."); "-" is no login
# (a log cut short writes only the time: "203.0.113.77 - jmarsh 10:22:31 \"GET ...")
_ACCESS_LOG = regex.compile(
    r"(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})[ \t]+\S+[ \t]+"
    r"(?P<value>[^\s\"\[\]]+)[ \t]+(?:\d\d:\d\d:\d\d[ \t]+)?[\[\"]"
)
_ACCESS_LOG_HINT = re.compile(r"[\da-fA-F] \S+ [^\s\"\[\]]+ (?:\d\d:\d\d:\d\d )?[\[\"]")
# A commit's or a merge request's author: "commit 9f3c2e1 by okeke-dev", "merged by jdoe"
_AUTHOR = regex.compile(
    r"(?i:\bcommit[ \t]+[0-9a-f]{7,40}|\b(?:authored|committed|pushed|merged|reverted|rebased|created|modified|"
    r"edited|updated|approved|closed|assigned|uploaded)|"
    r"\b(?:PR|MR|pull[ \t]+request|merge[ \t]+request)[ \t]+[#!]?\d+(?:[ \t]+(?:opened|raised|created))?)"
    rf"[ \t]+by[ \t]+@?(?P<value>{_HANDLE})"
)
# A record's or a forum post's author: "Processed by: jbrennan", "Post by BrisbaneBob" (a login's shape only:
# a word that is no word of any language we read, or a word with a capital inside; never a name)
_RECORDED = (r"processed|entered|logged|reviewed|submitted|posted|post|recorded|captured|actioned|keyed|scanned|reported|change|changed|"
             r"enrolled|provisioned|onboarded|acknowledged|"  # an on-call bot's "acknowledged by jbello"
             r"flagged|signed[ \t]+off|requested|exported|opened|raised|triggered|initiated|run|executed|authori[sz]ed")
_RECORDED_BY = regex.compile(
    rf"(?i:\b(?:{_RECORDED}))[ \t]+by[ \t]*:?[ \t]*@?(?P<value>[A-Za-z][A-Za-z0-9_.\-]{{1,29}}[A-Za-z0-9_])(?![\w@]|[.\-]\w)"
)
_RECORDED_BY_HINT = re.compile(rf"(?:{_RECORDED}) by")  # looked for in the lowercased text
_BY_IDIOMS = frozenset("mistake accident hand default force design hook bot".split())  # "pushed by mistake"
_AUTHOR_HINT = re.compile(r"commit|authored|pushed|merged|reverted|rebased|request|\b[pm]r |"
                          r"(?:created|modified|edited|updated|approved|closed|assigned|uploaded) by")
# A person's account on an app, said plainly
_APPS = (
    r"venmo|revolut|monzo|cash[ \t]?app|paypal|zelle|snap(?:chat)?|insta(?:gram)?|ig|tiktok|discord|steam|xbox|psn|"
    r"twitch|telegram|kik|skype|roblox|github|gitlab|reddit|twitter|bluesky|mastodon|threads|linkedin|slack|teams"
)
# "his revolut is connorob", "my handle on insta is x", "find me on discord as x"
_ON_APP = regex.compile(
    rf"(?i:\b(?:my|his|her|their|your|our|\w+'s)[ \t]+(?:(?:{_APPS})(?:[ \t]+(?:name|handle|username|tag|id|account))?|"
    rf"(?:name|handle|username|tag|id|account)[ \t]+on[ \t]+(?:{_APPS}))[ \t]*(?::|=|\bis\b)[ \t]*|"
    rf"\bon[ \t]+(?:{_APPS})[ \t]+(?:as|at)[ \t]+(?=[a-z])|"
    # "or on Venmo, marcus-bell-bk": a handle after the app's name and a comma has a mark or a digit in it
    rf"\bon[ \t]+(?:{_APPS})[ \t]*[,:][ \t]*(?=[\w.\-]*[._\-\d])|"
    # "add my venmo marco-deluca-7": right after the app's name, a handle with a mark and a digit in it
    rf"\b(?:my|his|her|their|your|our)[ \t]+(?:{_APPS})[ \t]+(?=[a-z][\w.\-]*[._\-][\w.\-]*\d))"
    r"[@$]?(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,30}[A-Za-z0-9_])?)(?![\w@]|[.\-]\w)"
)
_APP = re.compile(_APPS)  # which of the cues below is an app
# a handle in brackets, then where it is used: "jasmine tan (jas.tan.bakes on insta)", "aisha ('aishaplaysfps' on twitch)"
_BRACKETED_ON_APP = regex.compile(
    rf"\([ \t]*['\"‘“]?(?P<value>[A-Za-z0-9_][A-Za-z0-9_.\-]{{1,30}}[A-Za-z0-9_])['\"’”]?[ \t]+on[ \t]+(?i:{_APPS})\b"
)
# Words that say how an account is, not its name: "my insta is private", "his steam is down"
_ACCOUNT_STATES = frozenset(
    """private public down up dead broken banned blocked hacked deleted gone new old same different free full empty
    open closed better worse best worst cool fine good bad great weird slow fast lit mid trash active inactive
    verified linked connected suspended restricted live viral offline online popular famous busy quiet here there
    over back""".split()
)
_STATE_ENDINGS = ("ing", "ed", "ly", "ous", "ive", "able", "ible", "ful", "less")  # "his steam is lagging"
# Payment apps' handles have inner hyphens: "venmo me ... Carlos-Mejia-7"
_PAYMENT_APP = re.compile(r"venmo|cash ?app|paypal|zelle|revolut|monzo")
_PAYMENT_HANDLE = regex.compile(
    r"(?<![\w@./\-])(?=[\w\-]*\d)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,3}(?![\w@/\-]|\.\w)"
    r"|(?<![\w@./\-])[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}(?![\w@/\-]|\.\w)"  # words run together: "HelpTheOkaforTwins"
    # written small, three parts and a digit: "andre-w-94" (not "covid-19", "5-a-side")
    r"|(?<![\w@./\-])(?=[\w\-]*\d)[a-z][a-z0-9]*(?:-[a-z0-9]+){2,3}(?![\w@/\-]|\.\w)"
)
_CASH_APP = re.compile(r"cash ?app")
_CASHTAG = regex.compile(r"(?<![\w$])\$(?P<value>[A-Za-z][A-Za-z0-9_\-]{1,19})(?![\w@/\-]|\.\w)")
# A login in a home folder's path ("/home/jdoe/.ssh", "C:\\Users\\amensah\\Documents") or before a
# Windows domain ("CORP\\jsmith"): not a service's or a shared folder
# a sudo log line's caller: "sudo:   kpatel : TTY=pts/1 ; PWD=/home/kpatel ; USER=root ; COMMAND=..."
_SUDO = regex.compile(r"\bsudo(?:\[\d+\])?:[ \t]+(?P<value>[A-Za-z][\w.\-]{1,30})[ \t]+:[ \t]+(?:TTY|PWD|USER|COMMAND)=")
# an OpenVPN server's log names each client by its login, then its address and port: "openvpn[2281]: lwanjiku/197.232.61.140:51822"
_VPN_CLIENT = regex.compile(r"\bopenvpn(?:\[\d+\])?:[ \t]+(?P<value>[A-Za-z][\w.\-]{1,30})/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}\b")
# a login in a remote's address: "url = ssh://tbrandt@91.64.212.38:2222/srv/git", "sftp://mokoro@files.example.org"
_URL_LOGIN = regex.compile(r"\b(?:ssh|sftp|ftp|ftps|git\+ssh|scp|rsync|smb)://(?P<value>[A-Za-z][\w.\-]{1,30})(?::[^@\s/]*)?@"
                           # ... and the owner of a repository in a git remote: "git@github.com:rodalaigh/thesis.git"
                           r"|\bgit@(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org):(?P<value>[A-Za-z][\w.\-]{1,38})/")
# a login on a shell's command line, before its host ("$ ssh ohrytsenko@91.214.118.40", "scp -P 2222 f.tar kb@db1"),
# and in a RADIUS server's log ("radius[2211]: Access-Reject for crew_obi.s reason=quota_exceeded")
_SHELL_LOGIN = regex.compile(
    r"\b(?:ssh|scp|sftp|mosh)[ \t]+(?:-[A-Za-z]+(?:[ \t]+\d+)?[ \t]+)*(?:[^\s@]+[ \t]+)?(?P<value>[A-Za-z][\w.\-]{1,30})@[\w\-]+(?:\.[\w\-]+)*"
    r"|\bAccess-(?:Reject|Accept|Challenge)[ \t]+for[ \t]+(?P<value>[A-Za-z][\w.\-]{1,30})(?![\w@])"
)
_HOME = regex.compile(r"(?:/home/|/Users/|\\Users\\)(?P<value>[A-Za-z][\w.\-]{1,30})(?=[\\/]|[ \t]*[;,\n])")  # "PWD=/home/kpatel ;"
_DOMAIN_USER = regex.compile(r"(?<![\w\\])[A-Z][A-Z0-9\-]{1,14}\\(?P<value>[a-z][\w.\-]{2,30})(?![\w\\])")
# A login made of a person's name, as sign-up forms suggest: "Kaia.Schaden12", "Jalen_Thompson",
# "Eloisa86" (a known given name, then a capitalised word or digits); not in an email, a path or a file name
_NAME_LOGIN = regex.compile(
    r"(?<![\w@./\\:\-])(?P<given>[A-Z][a-z]{2,})(?:[._][A-Z][a-z]{2,}(?P<digits>\d{1,4})?|(?P<only>\d{2,4}))"
    r"(?![\w@/\\\-]|\.\w)"
)
_NAME_LOGIN_HINT = re.compile(r"[A-Z][a-z]{2,}(?:[._][A-Z]|\d\d)")
# ... or an initial and a surname, written small ("for j.okwuosa:", "Assigned to t.mahlaba."): never a file's
# or a field's ("a.json", "e.target": the word after the dot is one a dictionary holds)
_INITIAL_LOGIN = regex.compile(r"(?<![\w@./\\:\-])[a-z]\.(?P<surname>[a-z]{4,20})\d{0,4}(?![\w@/\\\-]|\.\w)")
_INITIAL_LOGIN_HINT = re.compile(r"(?<![\w.])[a-z]\.[a-z]{4}")
# an Indian UPI id: a login at a bank's or app's handle ("karthikv@okhdfc", "9876543210@ybl"); no dot after the @
_UPI = regex.compile(
    r"(?<![\w.@\-])(?P<value>[\w.\-]{3,40}@(?:ok(?:hdfc|icici|sbi|axis)\w*|ybl|ibl|axl|paytm|upi|apl|oksbi|"
    r"okaxis|axisbank|icici|sbi|hdfcbank|kotak|barodampay|yesbank|jupiteraxis|fam|slc|waaxis|wahdfcbank))(?![\w@]|\.\w)"
)
# a login before the name of its holder in brackets: "for jmbakare (Jumoke Bakare)", "user lmorrissey (Liam
# Morrissey, Finance)" (made of the name's letters)
_BEFORE_NAME = regex.compile(
    r"(?<![\w@./\-])(?P<value>[a-z][a-z0-9._]{2,24})[ \t]*\([ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}\-]+){1,3})[ \t]*[),;]"
)
# ... or before the bracket that gives its holder's real name: "lunaxvibes (legal name Luna ...)", "Spieler
# Zwergenkönig88 (bürgerlich Lukas Brenner)"
# ... or quoted beside its holder's quoted name in a record's row: "INSERT INTO users VALUES (2, 'bkwabena', 'Bright
# Kwabena', ...)", "('Bright Kwabena', 'bkwabena')" (made of the name's letters)
_QUOTED_NAME = r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}\-]+){1,3})"
_QUOTED_LOGIN = r"(?P<value>[a-z][a-z0-9._]{2,24})"
_ROW_LOGIN_NAME = regex.compile(
    rf"(?<![\w'\"])(?P<q>['\"]){_QUOTED_LOGIN}(?P=q)[ \t]*,[ \t]*(?P<q2>['\"]){_QUOTED_NAME}(?P=q2)(?![ \t]*:)"
    rf"|(?<![\w'\"])(?P<q>['\"]){_QUOTED_NAME}(?P=q)[ \t]*,[ \t]*(?P<q2>['\"]){_QUOTED_LOGIN}(?P=q2)(?![ \t]*:)"
)  # (never a JSON object's next key: '"name": "Lwandle Mqadi", "handle": ...')
_REAL_NAME = r"(?:real|legal|full|actual|irl)[ \t]+name|in[ \t]+real[ \t]+life|irl|bürgerlich|vrai[ \t]+nom|nombre[ \t]+real|nome[ \t]+(?:real|vero)"
_BEFORE_REAL_NAME = regex.compile(
    rf"(?<![\w@./\-])(?P<value>[\p{{L}}\d][\p{{L}}\d_.\-]{{1,30}}[\p{{L}}\d_])[ \t]*\([ \t]*(?i:{_REAL_NAME})\b"
)
_REAL_NAME_HINT = re.compile(rf"\((?:{_REAL_NAME})\b")
# a platform's name as written, then the login, as a form lists them: "..., Twitter tobiasaw, job title: ..."
_PLATFORM_NAMES = (
    "Twitter", "X", "Instagram", "IG", "TikTok", "GitHub", "GitLab", "Reddit", "Telegram", "Discord", "Snapchat", "Skype",
    "Twitch", "Steam", "LinkedIn", "Bluesky", "Mastodon", "Threads", "Kik", "Venmo", "Revolut", "Monzo", "PayPal", "LINE",
    "WeChat", "KakaoTalk", "Viber", "Spotify", "Behance", "Dribbble", "Pinterest", "Tumblr", "Flickr", "SoundCloud",
    "Medium", "Substack", "YouTube", "Facebook", "VK", "Weibo", "Signal",
)
_PLATFORM_HINTS = tuple(name if len(name) > 2 else name + " " for name in _PLATFORM_NAMES)  # "X ", not any capital X
_PLATFORM_THEN_LOGIN = regex.compile(
    rf"(?:^|(?<=[,;|\n·•][ \t]*))(?:{'|'.join(_PLATFORM_NAMES)})(?:[ \t]+(?:ID|user|username|account|handle))?[ \t]*:?[ \t]+@?"
    r"(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,30}[A-Za-z0-9_])?)(?=[ \t]*(?:[,;|\n(]|\.?$))"
)
# ... or after whose it is, in a sentence: "add my LINE ploy.chan or call" (a login's shape only: "my Medium article")
_MY_PLATFORM = regex.compile(
    rf"\b(?i:my|his|her|their|your|our)[ \t]+(?:{'|'.join(_PLATFORM_NAMES)})(?:[ \t]+(?:ID|id|handle))?[ \t]*:?[ \t]+@?"
    r"(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,30}[A-Za-z0-9_])?)(?![\w@]|[.\-]\w)"
)
# camelCase with digits standing in prose: "Player xX_Bishop_Xx reported toxicTortoise22" (not "iPhone15": one letter)
_CAMEL_DIGITS = regex.compile(r"(?<![\w@./\-])[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\d{1,4}(?![\w@/\-]|\.\w)")
_CAMEL_DIGITS_HINT = re.compile(r"[a-z][A-Z][a-z]+[A-Za-z]*\d")
# a gamer's tag between xX and Xx: "shout-out to xXNightOwlXx"
_XX_TAG = regex.compile(r"(?<![\w@])xX[A-Za-z0-9_]{2,20}Xx(?![\w@])")
# a Discord tag standing alone, a name no word list holds and four digits: "his tag is MarcusTheMeatShield#4471"
# (never "Issue#4471", "Order#1234": words)
_DISCORD_TAG = regex.compile(r"(?<![\w@#/.])(?P<name>[A-Za-z][A-Za-z0-9_.]{3,31})#\d{4}(?![\w#])")
_DISCORD_TAG_HINT = re.compile(r"[a-z]#\d{4}")
# a gamer's handle in quotes, digits for letters: "'Gr1mR3aper' posted her home IP", "“x0xSh4d0w”" (not an API's
# object id, "cus_7Hq2LmX9")
_LEET_QUOTED = regex.compile(
    r"(?<=['\"“‘])(?![a-z]{2,4}_)(?=[A-Za-z0-9_]{6,24}['\"”’])(?=[A-Za-z0-9_]*[a-z])(?=[A-Za-z0-9_]*[A-Z])[A-Za-z0-9_]*[A-Za-z]\d[A-Za-z][A-Za-z0-9_]*(?=['\"”’])"
)
_LEET_HINT = re.compile(r"[A-Za-z]\d[A-Za-z]")
# whom money goes to on a payment app named after the login: "sent $2,400 to quickflip-dan on Venmo"
_PAID_ON_APP = regex.compile(
    r"(?<=\b(?:to|from|pay|paid|request)[ \t]+)@?(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])?)"
    r"(?=[ \t]+on[ \t]+(?:(?i:venmo|cash[ \t]?app|paypal|zelle|revolut|monzo)|Wise)\b)"  # ("from russokonkwo on monzo.me")
)
_PAID_ON_APP_HINT = re.compile(r" on (?:venmo|cash ?app|paypal|zelle|revolut|monzo|wise)\b")
# a login in brackets after the account word: "on your account (dkbishop)"
_ACCOUNT_BRACKETED = regex.compile(r"\baccount[ \t]*\([ \t]*(?P<value>[a-z][a-z0-9._\-]{2,30})[ \t]*\)")
# who a chat's moderators acted on: "**ashfall** was banned by **ren_mod**", "user spamkid was kicked"
_MODERATED = regex.compile(
    r"(?:\*\*|__)?(?P<value>[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30})(?:\*\*|__)?[ \t]+(?:was|has[ \t]+been|got)[ \t]+"
    r"(?:banned|kicked|muted|timed[ \t]+out|warned|unbanned|promoted|demoted)\b"
    r"|\b(?:banned|kicked|muted|warned)[ \t]+by[ \t]+(?:\*\*|__)?(?P<value>[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30})"
)
# who did or suffered what only accounts do online, by a login in small letters: "vexedpanda doxxed me",
# "harassed lilmochi in match 8841" (a word no dictionary holds: never "someone doxxed", "they harassed her")
_ONLINE_HARM = r"dox+ed|harass(?:ed|ing)|troll(?:ed|ing)|spamm(?:ed|ing)|hacked|banned|muted|kicked|blocked|unblocked"
_HARMED = regex.compile(
    rf"(?<![\w@./\-])(?P<value>[a-z][a-z0-9_.]{{3,29}}[a-z0-9_])[ \t]+(?:{_ONLINE_HARM})\b"
    rf"|\b(?:{_ONLINE_HARM})[ \t]+@?(?P<value>[a-z][a-z0-9_.]{{3,29}}[a-z0-9_])(?![\w@]|[.\-]\w)"
)
_HARMED_HINT = re.compile(_ONLINE_HARM)
_MODERATED_HINT = re.compile(
    r"(?:was|has been|got) (?:banned|kicked|muted|timed out|warned|unbanned|promoted|demoted)|(?:banned|kicked|muted|warned) by"
)
# a chat speaker whose name is words run together ("GreenMamba: dm me"), among speakers that are handles
# a chat export's author line, Slack's or Teams': the login alone with the post's time ("kevin.obrien 10:42 AM")
_AUTHOR_LINE = regex.compile(r"(?m)^[ \t]*(?P<value>[a-z][a-z0-9_.\-]{2,30})[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$")
# ... or with the post after the time on its line: "dev.ops.tony 10:43 AM: ugh. which kiosk?", "liz.hartnell 07:03  which driver?"
_AUTHOR_THEN_POST = regex.compile(
    r"(?m)^[ \t]*(?P<value>\p{Ll}[\p{Ll}0-9_]*[._][\p{Ll}0-9_.]*[\p{Ll}0-9_])[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?::[ \t]+|[ \t]{2,})\S"  # (a login with accents too: "tomás.r  10:02  who's covering")
)
# a login in a web path after its collection: "GET /api/v1/users/ldiaz_88/orders"
_USERS_PATH = regex.compile(r"/(?:users?|members|accounts|profiles?)/(?P<value>[A-Za-z][A-Za-z0-9_.\-]{2,30})(?=[/?# \t\n]|$)")
_CODE_SYNTAX = re.compile(r"[{}`]|;(?:$|\S)|=>|\w\(", re.MULTILINE)  # (prose's "08:15; then" is no statement's end)
_PATH_WORDS = frozenset("me self current search lookup find list new edit login logout by batch bulk export import count "
                        "stats all exists settings profile sessions".split())  # an API's own words after "/users/"
_REFERENCE = regex.compile(r"[a-z]{1,4}\.\d+")  # "(fig.3)", "(eq.2)", "(vol.4)": a document's reference
# a dotted or underscored login alone in brackets: "started in the app (bella.rossi_)", "abonnement (max.dewitte)"
_BRACKETED_LOGIN = regex.compile(r"\((?P<value>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?|[a-z][a-z0-9]*_)\)")
# a log's key for who did or underwent something: "role changed target=ewurama.q by=s.owusu"
_LOG_ACTOR = regex.compile(
    r"(?<![\w.\-])(?:by|actor|target|target_user|owner|assignee|requester|approver|author|editor|operator|"
    r"changed_by|created_by|updated_by|deleted_by)=(?P<value>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9])(?![\w@])"
)
# ... and a YAML or JSON key for whoever did it, its value alone: "created-by: mlindholm", "\"officer\": \"b.hartmann\""
_ACTOR_KEY = (r"(?:created|updated|modified|approved|reviewed|requested|submitted|uploaded|changed|deleted|assigned)[ _\-]by|"
              r"agent|officer|approver|requester|author|assignee|reporter")  # (not "handler: index.main", a function)
_ACTOR_FIELD = regex.compile(
    rf"(?im)(?:^[ \t]*(?:-[ \t]+)?|[{{,][ \t]*)([\"']?)(?:{_ACTOR_KEY})\1[ \t]*:[ \t]*([\"']?)"
    r"(?P<value>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9])\2(?=[ \t]*(?:[,}\n]|$))"
)
_ACTOR_FIELD_HINT = re.compile(rf"(?:{_ACTOR_KEY})[\"']?[ \t]*:")
# ... and an SQL statement's column for who did it, its value quoted: "updated_by = 'fdiop' WHERE ..."
_SQL_ACTOR = regex.compile(
    r"(?<![\w.\-])(?i:(?:created|updated|modified|changed|deleted|approved|reviewed|assigned|entered|edited)_by)[ \t]*=[ \t]*"
    r"(['\"])(?P<value>[A-Za-z][\w.\-]{1,30}[A-Za-z0-9])\1"
)
# a person's login after their profile or account and a comma, closing the phrase: "removed from her profile,
# ofeatherstone; she now pays" (a login's shape, or a word no dictionary holds)
_OWN_ACCOUNT_COMMA = regex.compile(
    r"\b(?i:his|her|their|my|your)[ \t]+(?i:profile|account|login|username|user[ \t]+name)[ \t]*,[ \t]*"
    r"(?P<value>[a-z][a-z0-9._\-]{2,30}[a-z0-9_])(?=[ \t]*(?:[;,)]|\.(?:\s|$)|$))"
)
# a login in small letters, then the platform it is on: "You can find aokonjo on github" (a login's shape, or a word
# no dictionary holds: never "code on github", "me on twitter")
_LOGIN_ON_PLATFORM = regex.compile(
    rf"(?<![\w@./\-])(?P<value>[a-z][a-z0-9_.\-]{{2,30}}[a-z0-9_])[ \t]+on[ \t]+(?i:{_APPS}|youtube|facebook)\b"
)
# a CSV table's column of logins under a user's id ("user_id,event,ip\nmahira_kz,password_reset,..."): its cells that
# have a login's shape (a row number or a word is no login)
_CSV_USER_HEADERS = frozenset({"user", "user_id", "userid", "uid", "user_login", "login_id"})
_CSV_USER_HINT = re.compile(r"\b(?:user(?:_?id|_login)?|uid|login_id)[ \t]*,|,[ \t]*(?:user(?:_?id|_login)?|uid|login_id)\b")
_CSV_CELL = re.compile(r"[ \t]*[\w.\-]{1,30}[ \t]*")
_LOGIN_ON_PLATFORM_HINT = re.compile(rf" on (?:{_APPS}|youtube|facebook)\b")
_LOGIN_PLACE_AFTER = regex.compile(r"[ \t]+(?:at|on|from|via)\b|[ \t]*(?:[,;)\n]|\.(?:\s|$)|$)")
_PASCAL_SPEAKER = regex.compile(r"(?m)^[ \t]*(?P<value>[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\d*)[ \t]*:[ \t]+\S")
# a chat's writer naming their own login, alone at a phrase's end: "add me on the other platform, im rhys.prosser04",
# "I'm tunde.adebisi 🙂", "pls venmo me, im carla-mendez-7 🙏" (a handle's shape; never "I'm co-founder", "im 5-6 mins")
_SELF_HANDLE = regex.compile(
    r"(?<![\w'’])(?i:i['’]?m|i[ \t]+am)[ \t]+(?P<value>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[0-9]+|[A-Za-z][\w.\-]{2,30}[\w])"
    r"(?=[ \t]*(?:[,!?;)\p{So}\uFE0F\n]|[.][ \t]|[.]?$)|[ \t]+(?:on|btw|there|here)\b)"
)
_SELF_HANDLE_HINT = re.compile(r"(?i)\bi(?:['’]?m| am) [a-z][\w.\-]*[._\d]")
# who someone is on the app the chat is on: "is Marcy coming? she's marcyplays on here"
_ON_HERE = regex.compile(
    r"(?i:\b(?:i['’]?m|i[ \t]+am|he['’]?s|she['’]?s|they['’]?re|(?:he|she)[ \t]+is)[ \t]+)"
    r"(?P<value>[a-z][a-z0-9_.]{2,29}[a-z0-9_])[ \t]+on[ \t]+here\b"
)
# what a chat's speaker says: two words or more, not a config's one value ("bruh someone doxxed", not "enabled")
_CHAT_LINE = regex.compile(r"[ \t]*:[ \t]+[^\s:]+[ \t]+[^\s:]")
# a shop's, a channel's or a page's name in small letters, as a platform writes it: "an Etsy shop under the name clayandcobalt"
_UNDER_THE_NAME = regex.compile(
    r"\bunder[ \t]+the[ \t]+(?:name|handle|username)[ \t]+['\"“‘]?(?P<value>[a-z][a-z0-9_.\-]{3,30}[a-z0-9])(?![\w@\-]|\.\w)"
)
# a contributor credited or a member reached by a login in small letters: "Thanks to hkowalczyk for the bug report",
# "DM kiwi.tactics on Discord", "Add pkowalczyk-dev to the GitHub org"
_CREDITED = regex.compile(
    r"\b(?:[Tt]hanks|[Tt]hank[ \t]+you|[Kk]udos|[Cc]redit|[Ss]hout-?out)[ \t]+to[ \t]+@?(?P<value>[a-z][a-z0-9_.\-]{2,30}[a-z0-9])"
    r"(?=[ \t]+for\b)"
    rf"|\b(?:DM|dm|[Mm]essage|[Aa]dd|[Pp]ing|[Ff]ollow|[Ii]nvite)[ \t]+@?(?P<value>[a-z][a-z0-9_.\-]{{2,30}}[a-z0-9])"
    rf"(?=[ \t]+(?:on[ \t]+(?i:{_APPS})\b|to[ \t]+(?:the|our)[ \t]+(?i:{_APPS})\b))"
)
_CREDITED_HINT = re.compile(rf"(?:thanks|thank you|kudos|credit|shout-?out) to [^ ]+ for\b|[^ ]+ (?:on|to the|to our) (?:{_APPS})\b")
_VERB_SEPARATOR = regex.compile(rf"(?i)(?:{_IS_WORDS})[ \t]*[\"'`(]?")
#: labels that name whoever uses a system, not their login: after them and a verb comes how the user is
_PLAIN_USER_LABELS = _USER_ABROAD | {"user", "bruger"}
# (or a field: "Reset request: user x"; or a note in brackets: "Priscilla Wuckert (user prisw)")
_USER_OBJECT_BEFORE = regex.compile(r"(?i)\b(?:for|the|to|by|of|from)[ \t]+$|[:(][ \t]*$")
_IN_TO = re.compile(r"(?i)\b(?:in|on)[ \t]+to\b")
_KEY_AFTER = re.compile(r'=|"[ \t]*:')
_CUE_WINDOW = 40  # characters after a cue looked at for the start of a handle-shaped word
_LONGEST_HANDLE = 32
# Cheap first looks, with the standard library's `re` over lowercased text (several
# times faster than `regex` for word lists): most texts have no label.
_LABEL_HINT = re.compile(
    r"user|usename|login|log-in|log in|(?:logged|logging|logs|signed|signing|signs|sign) (?:in|on) as|(?:logged|signed) (?:in|on)to|"
    r"(?:logged|logging|logs|signed|signing|signs|sign) (?:in|on) to|"
    r"handle|screen|nick|alias|gamer|online id|online banking id|usuario|usuário|utilisateur|identifiant|pseudo|benutzer|utente|gebruiker|"
    r"spieler|jugador|joueur|giocatore|bruger|brukernavn|ndarnamn|ytt|nazwa u|kullan|utiliza|nv[äa]ndare|bruker|"
    r"ytkownik|ivatel|pengguna|unlock|reset the password|lock out|disable|enable|\(user |\(login |(?:mc|minecraft|roblox|fortnite|xbox|psn|steam|discord|insta|ig|snap|tiktok) (?:name|user|tag|id|handle)|"
    r"accepted|failed password|invalid user|online as|account(?: is|:)? ?[a-z]|compte|akun|(?:posts|posting|streams|streaming|tweets|tweeting|plays|registered|"
    r"signed up) as|uid|player|ign\b|battle ?tag|riot id|epic (?:id|name)|tag\w* (?:me|him|her|them|us) as|χρήστ|"
    r"authentication of '|to peer '|kundenkonto"
)
# Account and platform words: a handle-shaped word a few words after one is a handle.
_CUE = re.compile(
    r"\b(?:user(?:name)?s?|login|handle|account|profile|screen ?name|nick(?:name)?|alias|gamer ?tag|reddit|twitter|"
    r"instagram|insta|ig|tiktok|github|gitlab|discord|telegram|slack|twitch|steam|xbox|psn|snap|snapchat|mastodon|bluesky|"
    r"kik|skype|roblox|revolut|monzo|chat|(?:dm|message|add|follow) (?:me|him|her|them)|credentials (?:of|for)|followers|subscribers|"
    r"sign-?in (?:to|for)|log-?in (?:to|for)|"
    # in Russian and Arabic: "мой инстаграм alina.kzn_", "حسابك bader.alenezi" (your account)
    r"инстаграм\w*|телеграм\w*|аккаунт\w*|логин\w*|حساب\w*|"
    # who posted: "new post from wanderlust_amara"; whom money goes to: "send the deposit on the app to x"
    r"(?:post|message|comment|reply|tweet|story|dm)s? from|(?:deposit|payment|money|cash|rent|funds)\b[^.\n]{0,30}? to|"
    # whose login: a customer's, a member's, a player's, the one whose password is reset
    r"customer|member|player|password (?:for|of)|"
    r"threads|youtube|linkedin|signed in|logged in|signing in|logging in|venmo|cash ?app|paypal|zelle|"
    # a person's account in a record: "belonging to x", "placed by x", "SSH key for x", "order 55-1029 for x"
    r"belong(?:s|ing|ed)? to|owned by|placed by|posted by|created by|submitted by|uploaded by|registered to|"
    r"keys? for|order [\w\-]+ for)\b"
)
#: words after a label that say how the login went, not who logged in
NOT_HANDLES = frozenset(
    """failed failure successful success succeeded error required attempt attempts page screen ok denied blocked
    disabled enabled locked unlocked expired invalid incorrect pending none null unknown details info information
    here there everyone channel all admin administrator root guest anonymous name number id settings holder
    manager team support owner number password passwords email pin passcode field column box prompt format policy
    rules requirements change reset length input value phone telephone post mail letter hand system admin
    default script user users account accounts somebody""".split()
)
#: file extensions and top-level domains: "report.pdf", "example.com" are no handles
_NOT_LAST_PART = frozenset(
    """pdf doc docx xls xlsx csv txt json yaml yml xml html htm png jpg jpeg gif svg zip gz tar log py js ts md
    exe dll sh bat ini cfg conf sql db com org net edu gov io co uk de fr info biz app dev ai me us ca au in jp
    cn ru br es it nl eu""".split()
)
AT_SCORE = 0.7
LABEL_SCORE = 0.7
SHAPED_SCORE = 0.6


@RECOGNIZERS.register("UsernameRecognizer")
class UsernameRecognizer(OwnRecognizer):
    """USERNAME: handles after an @, after a label, or shaped like one near an account word."""

    ENTITIES = ["USERNAME"]

    def analyze(self, text, entities, nlp_artifacts=None):
        found: dict[tuple[int, int], float] = {}
        if "@" in text:
            for match in _AT.finditer(text):
                if _is_handle(match.group("value"), loose=True):
                    found[match.span("value")] = AT_SCORE
        lower = text.lower()
        if _LABEL_HINT.search(lower):
            for match in _LABELLED.finditer(text):
                starts, value = match.starts("value"), match.captures("value")[-1]
                label = (match.group("label") or "").lower()
                if label == "user" and _is_chat_turn(text, match.start()):
                    continue  # "User: ugh fine its ..." in a chat with a bot: a speaker, not a login's label
                if _KEY_AFTER.match(text, starts[-1] + len(value)):
                    continue  # "action=login src_ip=203.0.113.45": the next key of a log line, not a login
                if (match.group("separator") or "").strip() == "," and _in_header_row(text, match.start()):
                    continue  # "user_id,event,ip,device": a table's header names its columns, no login
                if " " in (match.group("separator") or "").strip() and _is_account_state(value):
                    continue  # "my handle on twitter is private": how the account is, not its name
                # after a sign-in phrase any word; after a label with ":" any word but an account's; after a
                # login's own name, a word ending the phrase ("Username lunaticpixel (real name ...)")
                # "under the handle rustybolt", "for user account mwoods.": the noun, then its login
                noun_then_login = (label == "handle" and _HANDLE_NOUN.search(text, max(0, match.start() - 20), match.start())
                                   is not None) or (label == "user account" and _PHRASE_END.match(text, starts[-1] + len(value))
                                                    is not None)
                # "Usuário thiagopaixao: Thiago Paixão": the login, a colon and its holder's name
                before_name = bool(label) and label != "account" and not value.isupper() \
                    and _COLON_NAME.match(text, starts[-1] + len(value)) is not None  # ("account KYC: ..." is none)
                # a login's own label before a plain word that ends the phrase or comes from somewhere ("username
                # dokaforreyes at 172.16.40.23"; never "username resets are handled")
                named = label.replace(" ", "") in ("username", "loginname") and _LOGIN_PLACE_AFTER.match(text, starts[-1] + len(value))
                # "reset the password for user jcarrington?": a word no dictionary holds after "for user", "the user"
                named = named or label == "user" and value.islower() and value.isalpha() and is_rare(value) \
                    and _USER_OBJECT_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
                # "MAC 1C-4F-9A-21-7D-03, user jdelacroix, last login ...": a record's field between commas, its word no
                # dictionary or name list holds
                named = named or label == "user" and value.islower() and value.isalpha() and len(value) >= 4 \
                    and text[:match.start()].rstrip(" \t").endswith(",") and _PHRASE_END.match(text, starts[-1] + len(value)) \
                    and value not in known_first_names() and _unknown_word(value)
                # "..., uživatel knovotna, telefon ...": "user" in another language, then such a word ending the phrase
                named = named or label in _USER_ABROAD and value.islower() and value.isalpha() and is_rare(value) \
                    and _PHRASE_END.match(text, starts[-1] + len(value)) is not None
                # "username nobiokafor /", "your account apennhowe from IP", "account is ralmansoori": after a login's
                # or an account's own noun, a word written small that no dictionary holds and no one is named
                named = named or label.replace(" ", "") in ("username", "loginname", "login", "account", "useraccount", "kundenkonto") \
                    and value.islower() and value.isalnum() and len(value) >= 5 and is_rare(value) \
                    and value not in known_first_names() and _unknown_word(value)
                # "the user is happy", "der Benutzer ist angemeldet": after "user" and a verb, how the user is, unless
                # the word is no common one ("Benutzer ist kleinfritz")
                how_it_is = _VERB_SEPARATOR.fullmatch((match.group("separator") or "").strip()) is not None \
                    and label in _PLAIN_USER_LABELS and not is_rare(value)
                if not label and _IN_TO.search(match.group()) and not (is_rare(value) or _is_handle(value, loose=False)):
                    continue  # "signed in to Outlook as usual": a word of English, no login
                # a player's in-game name, any word no dictionary holds ("IGN MinhMinh"; not "IGN reviewed it")
                named = named or label == "ign" and value.isalpha() and _unknown_word(value.lower())
                loose = not label or before_name or label.endswith("-bruger") or label.startswith("online") or named or (
                    match.group("separator").strip() != "" and label != "account" and not how_it_is) or (
                    _LOGIN_NOUN.fullmatch(label) is not None and _PHRASE_END.match(text, starts[-1] + len(value))
                    and _CLAUSE_START.search(text, max(0, match.start() - 10), match.start()) is not None) or noun_then_login
                if _is_handle(value, loose=loose) or label and (_CAMEL.fullmatch(value) or _PASCAL_WORDS.fullmatch(value)
                                                                or _HYPHENATED.fullmatch(value) and (
                        label != "handle" or _HANDLE_NOUN.search(text, max(0, match.start() - 20), match.start()))):
                    found.setdefault((starts[-1], starts[-1] + len(value)), LABEL_SCORE)
        if ("assign" in lower or "tech" in lower or "reporter" in lower) and _ASSIGNEE.search(text):
            for match in _ASSIGNEE.finditer(text):
                value = match.group("value")
                # a login by its shape ("t.mokoena", "jmorales2") or a word no one has as a name or a word ("kbarnes")
                if value not in SERVICE_ACCOUNTS and _NOBODY.isdisjoint(regex.split(r"[._\-]", value)) and (_is_handle(value, loose=False) or is_rare(value)
                                                      and value not in known_first_names()):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "u/" in text:
            for match in _REDDIT.finditer(text):
                if _is_handle(match.group("value"), loose=True):
                    found[match.span("value")] = AT_SCORE
        if "(" in text:
            for match in _AFTER_NAME.finditer(text):
                words, value = match.group("name").lower().split(), match.group("value")
                if value not in words and any(len(w) > 2 and ascii_form(w)[:4] in value for w in words):  # "Matías (matii.rc)"
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if ":" in text:
            speakers = list(_SPEAKER.finditer(text))
            if _record_keys([m.group("value") for m in speakers]):
                speakers = []  # "postal_code: 0181\nmunicipal_account: 5002 4418 907": a record's keys, each once
            for match in speakers:
                value = match.group("value")
                if _FIELDS_AFTER.match(text, match.end("value")):
                    continue  # "policy_holder: Keisha Dunbar; license_plate: ...": a record's first key, no speaker
                if _is_handle(value, loose=False) or _CAMEL.fullmatch(value) and _is_handle(value, loose=True):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if "M\n" in text or "m\n" in text or ":" in text and "\n" in text:
            authors = [m for m in _AUTHOR_LINE.finditer(text) if m.group("value") not in SERVICE_ACCOUNTS]
            if any(_is_handle(m.group("value"), loose=False) for m in authors):
                for match in authors:
                    # among logins, one in small letters that no dictionary or name list holds: "priya.s  9:41 AM"
                    # then "jbello  9:42 AM" (never "me  9:42 AM")
                    value = match.group("value")
                    if _is_handle(value, loose=False) or value.isalpha() and len(value) >= 4 \
                            and value not in known_first_names() and _unknown_word(value):
                        found.setdefault(match.span("value"), LABEL_SCORE)
        if ":" in text and "\n" in text:
            for match in _AUTHOR_THEN_POST.finditer(text):
                if _is_handle(match.group("value"), loose=False) and match.group("value") not in SERVICE_ACCOUNTS:
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "s/" in text or "r/" in text or "e/" in text:
            for match in _USERS_PATH.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=True) and not value.isdigit() and value.lower() not in SERVICE_ACCOUNTS \
                        and value.lower() not in _PATH_WORDS:
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "(" in text and not _CODE_SYNTAX.search(text):  # ("expect(res.pnr)" in code is a field)
            for match in _BRACKETED_LOGIN.finditer(text):
                if _is_handle(match.group("value"), loose=False) and not _REFERENCE.fullmatch(match.group("value")):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if "=" in text:
            for match in _LOG_ACTOR.finditer(text):
                value = match.group("value")
                if value.lower() not in SERVICE_ACCOUNTS and not value.lower().startswith(("svc", "srv_", "bot"))\
                        and _is_handle(value, loose=True):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if ":" in text and _ACTOR_FIELD_HINT.search(lower):
            for match in _ACTOR_FIELD.finditer(text):
                # a login's shape, or one word in small letters no dictionary or name list holds ("mlindholm");
                # never a bot's, a team's or a browser's ("agent: chrome")
                value = match.group("value")
                if value.lower() not in SERVICE_ACCOUNTS and _NOBODY.isdisjoint(regex.split(r"[._\-]", value.lower())) \
                        and (_is_handle(value, loose=False) or value.isalpha() and value.islower() and len(value) >= 5
                             and value not in known_first_names() and _unknown_word(value)):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "_by" in lower and "=" in text:
            for match in _SQL_ACTOR.finditer(text):
                if _actor_login(match.group("value")):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "," in text and ("profile" in lower or "account" in lower or "login" in lower or "user" in lower):
            for match in _OWN_ACCOUNT_COMMA.finditer(text):
                if _actor_login(match.group("value")):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if " on " in lower and _LOGIN_ON_PLATFORM_HINT.search(lower):
            for match in _LOGIN_ON_PLATFORM.finditer(text):
                if _actor_login(match.group("value")):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if "," in text and "\n" in text and _CSV_USER_HINT.search(lower):
            for start, end in _csv_logins(text):
                found.setdefault((start, end), LABEL_SCORE)
        if " - " in text and _ACCESS_LOG_HINT.search(text):
            for match in _ACCESS_LOG.finditer(text):
                value = match.group("value")
                if value != "-" and "@" not in value and _is_handle(value, loose=True):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if ":" in text:
            for match in _PLATFORM_KEY.finditer(text):
                if _is_handle(match.group("value"), loose=True):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "<" in text:
            nicks = list(_IRC_NICK.finditer(text))
            if len(nicks) >= 2:  # a log of several lines, not one "<b> bold"
                for match in nicks:
                    if _is_handle(match.group("value"), loose=True):
                        found.setdefault(match.span("value"), LABEL_SCORE)
        if ("://" in text or "git@" in text) and "@" in text:
            for match in _URL_LOGIN.finditer(text):
                if match.group("value").lower() not in SERVICE_ACCOUNTS and match.group("value").lower() not in ("git", "anonymous"):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "\\" in text or "/home/" in text or "/Users/" in text or "sudo:" in text or "openvpn" in text \
                or "ssh " in text or "scp " in text or "sftp " in text or "mosh " in text or "Access-" in text:
            for pattern in (_HOME, _DOMAIN_USER, _SUDO, _VPN_CLIENT, _SHELL_LOGIN):
                for match in pattern.finditer(text):
                    if match.group("value").lower() not in SERVICE_ACCOUNTS and _is_handle(match.group("value"), loose=True):
                        found.setdefault(match.span("value"), LABEL_SCORE)
        if "@" in text:
            for match in _UPI.finditer(text):
                found.setdefault(match.span("value"), LABEL_SCORE)
        if "(" in text:
            for match in _BEFORE_NAME.finditer(text):
                words, value = match.group("name").lower().split(), match.group("value")
                # (or any login's shape: "bia.brecho (Beatriz Moura)", "n0xious (Farid Haddad, Beirut)")
                if value not in words and _is_handle(value, loose=True) and (any(
                        len(w) > 2 and (w[:4] in value or w.split("-")[0][-4:] in value) for w in words)
                        or _is_handle(value, loose=False) and not _REFERENCE.fullmatch(value)):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if ("', '" in text or '", "' in text or "','" in text) and ("user" in lower or "login" in lower or "@" in text):
            for match in _ROW_LOGIN_NAME.finditer(text):
                words, value = match.group("name").lower().split(), match.group("value")
                if value not in words and _is_handle(value, loose=True) and any(
                        len(w) > 3 and (w[:4] in value or w[-4:] in value) for w in words):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "(" in text and _REAL_NAME_HINT.search(lower):
            for match in _BEFORE_REAL_NAME.finditer(text):
                value = match.group("value")
                # (a name is no login: "Sting (real name ...)", "Berners-Lee (full name ...)")
                # (nor a word: "Big Mike from the drilling crew (real name Michael Adeyinka)")
                if _is_handle(value, loose=True) and not (value.istitle() and not any(c.isdigit() for c in value)) \
                        and value.lower() not in english_words():
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if any(cue in text for cue in _PLATFORM_HINTS):
            for match in _PLATFORM_THEN_LOGIN.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=True) and not _is_account_state(value):
                    found.setdefault(match.span("value"), LABEL_SCORE)
            for match in _MY_PLATFORM.finditer(text):
                if _is_handle(match.group("value"), loose=False):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if ":" in text and any(span in found or _is_handle(text[span[0]:span[1]], loose=False)
                               for span in (m.span("value") for m in _SPEAKER.finditer(text))):
            for match in _PASCAL_SPEAKER.finditer(text):
                found.setdefault(match.span("value"), SHAPED_SCORE)
            if not _CODE_HINT.search(text):
                # among handles, a speaker in small letters that no dictionary or name list holds is one too:
                # "grimwald: bruh someone doxxed pixel_pilgrim" (not "tendai: ...", "postgres_user: x\npgbouncer: on")
                for match in _SPEAKER.finditer(text):
                    value = match.group("value")
                    if len(value) >= 5 and value.isalpha() and value.islower() and value not in known_first_names() \
                            and _unknown_word(value) and _CHAT_LINE.match(text, match.end("value")):
                        found.setdefault(match.span("value"), SHAPED_SCORE)
        if _SELF_HANDLE_HINT.search(text):
            for match in _SELF_HANDLE.finditer(text):
                value = match.group("value")
                # (words run together by a dot are no login when each is a word: "im v.tired", "im ok.thanks")
                if (_HYPHENATED.fullmatch(value) and value[-1].isdigit() or _is_handle(value, loose=False)) \
                        and not value.isupper() and (not value.replace(".", "").isalpha()
                                                     or any(is_rare(part) for part in value.split(".") if len(part) > 1)):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if " on here" in lower:
            for match in _ON_HERE.finditer(text):  # (a word no dictionary holds: never "she's new on here")
                value = match.group("value")
                if _is_handle(value, loose=False) or value.isalnum() and value not in known_first_names() and _unknown_word(value):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if " by " in lower and _AUTHOR_HINT.search(lower):
            for match in _AUTHOR.finditer(text):
                value = match.group("value")  # any login but a name NER reads ("John"), an acronym ("CI"), an idiom
                if _is_handle(value, loose=True) and not (value.istitle() or value.isupper()) \
                        and value.lower() not in _BY_IDIOMS:
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if " by" in lower and _RECORDED_BY_HINT.search(lower):
            for match in _RECORDED_BY.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=True) and (is_rare(value) and value.islower() or _CAMEL_INSIDE.search(value)) \
                        and value.lower() not in _BY_IDIOMS and value.lower() not in known_first_names():
                    found.setdefault(match.span("value"), LABEL_SCORE)
        # account and platform words (below); lowercasing kept the offsets (it does but for a few letters)
        cues = list(_CUE.finditer(lower)) if len(lower) == len(text) else []
        if any(_APP.fullmatch(cue.group()) for cue in cues):
            for match in _ON_APP.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=True) and not _is_account_state(value):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if _LOGIN_HINT.search(lower):
            for match in _BEFORE_LOGIN.finditer(text):
                # any word a "user" names ("The user hsato logged in"), else a handle's shape
                loose = text[max(0, match.start() - 5) : match.start()].lower().endswith("user ")
                if _is_handle(match.group("value"), loose=loose):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if any(_CASH_APP.fullmatch(cue.group()) for cue in cues):  # a $cashtag anywhere: "sent $40 to $jordanp88 on Cash App"
            for match in _CASHTAG.finditer(text):
                if not match.group("value").isupper():  # "$AAPL" is a stock
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        for cue in cues:
            if _PAYMENT_APP.match(cue.group()):
                # a payment app's handle starts in the window after its cue and may end past it
                for match in _PAYMENT_HANDLE.finditer(text, cue.end(), cue.end() + _CUE_WINDOW + _LONGEST_HANDLE):
                    if match.start() < cue.end() + _CUE_WINDOW:
                        found.setdefault(match.span(), SHAPED_SCORE)
            for match in _SHAPED.finditer(text, cue.end(), cue.end() + _CUE_WINDOW):
                whole = _SHAPED.match(text, match.start())  # not cut at the window's end
                if whole is None or whole.end() != match.end():
                    continue
                if match.span("value") not in found and _is_handle(match.group("value"), loose=False) \
                        and not _KEY_AFTER.match(text, match.end()):  # "user=ksato action=login src_ip=...": a key
                    found[match.span("value")] = SHAPED_SCORE
        if _CAMEL_DIGITS_HINT.search(text):
            for match in _CAMEL_DIGITS.finditer(text):
                found.setdefault(match.span(), SHAPED_SCORE)
        if "xX" in text:
            for match in _XX_TAG.finditer(text):
                found.setdefault(match.span(), SHAPED_SCORE)
        if "#" in text and _DISCORD_TAG_HINT.search(text):
            for match in _DISCORD_TAG.finditer(text):
                if is_rare(match.group("name")) and not match.group("name").isupper():
                    found.setdefault(match.span(), SHAPED_SCORE)
        if ("'" in text or '"' in text or "“" in text or "‘" in text) and _LEET_HINT.search(text):
            for match in _LEET_QUOTED.finditer(text):
                found.setdefault(match.span(), SHAPED_SCORE)
        if _PAID_ON_APP_HINT.search(lower):
            for match in _PAID_ON_APP.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=True):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if "account" in lower and "(" in text:
            for match in _ACCOUNT_BRACKETED.finditer(text):
                if _is_handle(match.group("value"), loose=True):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if _CREDITED_HINT.search(lower):
            for match in _CREDITED.finditer(text):
                value = match.group("value")  # a login's shape, or a word no dictionary holds ("hkowalczyk"; not "everyone")
                if _is_handle(value, loose=True) and not _is_account_state(value) and (
                        _looks_like_handle(value) or _HYPHENATED.fullmatch(value) or is_rare(value) and _unknown_word(value)):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if "(" in text and " on " in text:
            for match in _BRACKETED_ON_APP.finditer(text):  # (a plain word only if no dictionary holds it: "(twice on teams)")
                if _is_handle(match.group("value"), loose=is_rare(match.group("value").lower())):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if "under the " in text:
            for match in _UNDER_THE_NAME.finditer(text):
                if _is_handle(match.group("value"), loose=True):
                    found.setdefault(match.span("value"), LABEL_SCORE)
        if _MODERATED_HINT.search(lower):
            for match in _MODERATED.finditer(text):
                if _is_handle(match.group("value"), loose=True):  # (never "he", "them": stop words)
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if _HARMED_HINT.search(lower):
            for match in _HARMED.finditer(text):
                value = match.group("value")
                if _is_handle(value, loose=False) or value.isalnum() and value not in known_first_names() and _unknown_word(value):
                    found.setdefault(match.span("value"), SHAPED_SCORE)
        if _INITIAL_LOGIN_HINT.search(text):
            for match in _INITIAL_LOGIN.finditer(text):
                surname = match.group("surname")  # (or a surname no English word shares: "r.takeda", "b.hartmann")
                if _unknown_word(surname) or surname in surnames() and surname not in english_words() \
                        and surname not in _NOT_LAST_PART:
                    found.setdefault(match.span(), SHAPED_SCORE)
        if _NAME_LOGIN_HINT.search(text):
            for match in _NAME_LOGIN.finditer(text):
                given = match.group("given").lower()
                # a given name that is a word ("Grace_Period") only with digits after the second word
                if given in first_names() or match.group("digits") and given in known_first_names():
                    found.setdefault(match.span(), SHAPED_SCORE)
        if "_" in text and not _CODE_HINT.search(text):
            # words joined by underscores in prose are handles ("dm thrift_with_tay", "add lil_kimchi22 to
            # the chat"); in code, configs and schemas they are names of things ("the user_profile table")
            for match in _UNDERSCORED.finditer(text):
                value = match.group()
                if match.span() not in found and _is_handle(value, loose=False) and not value.isupper() \
                        and not _CODE_NOUN_AFTER.match(text, match.end()) \
                        and not _THING_BEFORE.search(text, max(0, match.start() - 8), match.start()) \
                        and value.lower().rsplit("_", 1)[-1] not in _GROUP_WORDS and not _in_header_row(text, match.start()) \
                        and not _opens_field(text, match.start(), match.end()):
                    found[match.span()] = SHAPED_SCORE
        return [make_result(self, "USERNAME", start, end, score) for (start, end), score in found.items()]


def _csv_logins(text: str) -> list[tuple[int, int]]:
    """(start, end) of the login-shaped cells under a CSV header's user column, down to the table's end."""
    spans, column, width, at = [], None, 0, 0
    for line in text.split("\n"):
        cells = line.split(",")
        if column is None:
            if len(cells) >= 3 and all(_CSV_CELL.fullmatch(cell) for cell in cells):
                names = [cell.strip().lower() for cell in cells]
                column = next((i for i, name in enumerate(names) if name in _CSV_USER_HEADERS), None)
                width = len(cells)
        elif not line.strip() or len(cells) != width:
            column = None  # the table ends at a blank line or a row of another shape
        else:
            offset = at + sum(len(cell) + 1 for cell in cells[:column])
            cell = cells[column].strip()
            if _is_handle(cell, loose=False) and cell.lower() not in SERVICE_ACCOUNTS:
                start = offset + cells[column].index(cell)
                spans.append((start, start + len(cell)))
        at += len(line) + 1
    return spans


def _actor_login(value: str) -> bool:
    """A person's login where a label or a place says one stands: a login's shape, or one word in small letters that
    no dictionary or name list holds ("fdiop", "ofeatherstone"); never a bot's, a team's or a service's."""
    return value.lower() not in SERVICE_ACCOUNTS and _NOBODY.isdisjoint(regex.split(r"[._\-]", value.lower())) \
        and (_is_handle(value, loose=False) or value.isalpha() and value.islower() and len(value) >= 5
             and value not in known_first_names() and _unknown_word(value))


def _is_chat_turn(text: str, at: int) -> bool:
    """Whether a "User:" opens a line of a chat with a bot or an agent."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip() and _OTHER_SPEAKER.search(text) is not None


def _record_keys(speakers: list[str]) -> bool:
    """Whether the words opening lines before a colon are a record's keys: three or more, none twice (a chat's
    speakers come back), two of English words in snake_case or camelCase ("postal_code", not "pogchamp_larry"),
    or one beside two plain English words written small ("service", "region", "escalation_mailbox")."""
    words = english_words()
    keys = [s for s in speakers if _SNAKE_KEY.fullmatch(s) and all(w.lower() in words for w in _KEY_PARTS.findall(s))]
    plain = [s for s in speakers if s.isalpha() and s.islower() and s in words]
    return (len(keys) >= 2 or len(keys) >= 1 and len(keys) + len(plain) >= 3) and len(speakers) >= 3 \
        and len(set(speakers)) == len(speakers)


def _opens_field(text: str, start: int, end: int) -> bool:
    """Whether a word is a record's key opening a line or a field: "municipal_account: 5002 4418 907"."""
    return bool(_FIELD_KEY.match(text, end) and _FIELD_START.search(text, max(0, start - 3), start))


def _in_header_row(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_HEADER_ROW.fullmatch(text, start, len(text) if end < 0 else end))


def _is_account_state(value: str) -> bool:
    """How an account is, not its name: "private", "down", "lagging"."""
    lower = value.lower()
    return lower in _ACCOUNT_STATES or lower.endswith(_STATE_ENDINGS)


def _looks_like_handle(value: str) -> bool:
    """A handle's shape, its accents aside ("tomás.r", "Zwergenkönig88")."""
    return bool(_SHAPED.fullmatch(value) or not value.isascii() and _SHAPED.fullmatch(ascii_form(value)))


def _is_handle(value: str, loose: bool) -> bool:
    """Whether a word can be a login name; `loose` accepts plain words ("mmcfly", "jsmith")."""
    lower = value.lower()
    if not any(c.isalpha() for c in value) or lower in STOP_WORDS or lower in NOT_HANDLES:
        return False
    if "." in value and value.rsplit(".", 1)[1].lower() in _NOT_LAST_PART:
        return False  # a file or a domain
    if _VERSION.fullmatch(value) or _ABBREVIATION.fullmatch(value) or _IBAN.fullmatch(value):
        return False  # "v2.3", "1.4.2b", "e.g", "nl11ingb0007283164"
    return loose or _looks_like_handle(value) and not _FIELD_NAME.fullmatch(value) and not _CODE_NAME.match(value)


def _unknown_word(word: str) -> bool:
    """A word not even wordfreq's large English list holds ("apennhowe"; not "overdrawn", "resets")."""
    import wordfreq

    return wordfreq.zipf_frequency(word, "en") == 0
