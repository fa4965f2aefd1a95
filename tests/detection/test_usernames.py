"""Usernames and handles (recognizers/usernames.py), alone and in the default detector."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.usernames import UsernameRecognizer
from minimize.evaluate import compatible


@pytest.fixture(scope="module")
def usernames():
    return UsernameRecognizer()


def _values(recognizer, text):
    return {text[r.start : r.end] for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ping @maria_k about the release", "maria_k"),  # an @handle, the @ left out
        ("Twitter @dev.null42", "dev.null42"),  # dots and digits in a handle
        ("username: jdoe | last seen", "jdoe"),  # a label with a colon: any word
        ("Username tanaka_y, last login", "tanaka_y"),  # a label without a colon: a handle shape
        ("use your normal login (rfeynman).", "rfeynman"),  # a label and a bracket
        ("logs show Omar signed in as omar.h from", "omar.h"),  # a sign-in phrase
        ("Failed password for invalid user oracle from 10.0.0.1", "oracle"),  # sshd log line
        ("Accepted publickey for kpatel from 10.0.0.2 port 22", "kpatel"),  # sshd log line
        ("her Instagram name is now sunny_days_88.", "sunny_days_88"),  # a platform word a few words before
        ("reset the portal account jlee_2021 today", "jlee_2021"),  # an account word before a handle shape
        ("venmo me @Sam-Oduya for the pizza", "Sam-Oduya"),  # a hyphen inside an @handle
        ("my steam is xXN1ghtOwlXx add me", "xXN1ghtOwlXx"),  # letters around digits ("leet")
        ("refund to wallet belonging to satoshi_fan_2011; the", "satoshi_fan_2011"),  # whose account
        ("Gift card placed by bethsmom1962, delivered", "bethsmom1962"),  # who placed an order
        ("Server audit: SSH key for deploy_tanaka added", "deploy_tanaka"),  # a key's owner
        ("Order 55-1029 for gr33nthumb_li ships", "gr33nthumb_li"),  # an order's customer
        ("the account of Florian Gruber (fgruber), whose", "fgruber"),  # a login made of the name before it
        ("when Piet van der Berg (pvdberg) registered", "pvdberg"),
        ("Posted by u/throwaway_mum22: my ex keeps", "throwaway_mum22"),  # Reddit's prefix
        ("He logged into the e-learning platform as mjcardenas from", "mjcardenas"),  # "logged into ... as"
        ("Server logs show k.adeyemi connected from 10.14.3.220", "k.adeyemi"),  # before what logins do
        ("Username xXshadowHunterXx, real name Tyler", "xXshadowHunterXx"),  # camelCase after a label
        ("Dr. Ifeoma Grace Okafor (drifeoma) shares", "drifeoma"),  # made of the first name
        ("my pasword, my usename is grumpycat_1962 and", "grumpycat_1962"),  # a label with a typo
        ("Discord: frostbyte#4471 is looking for a duo", "frostbyte#4471"),  # a Discord tag
        ("celular +57 310 482 7719, usuario afospina93, perfil", "afospina93"),  # a label in Spanish
        ("GameVault support\nxXshadowfoxXx: my account got hacked", "xXshadowfoxXx"),  # a transcript's speaker
        ("lunarwitch: has anyone seen him\nn0va: he's in osaka till friday", "n0va"),
        ("Customer gamer_x_2001 (real name Tyler)", "gamer_x_2001"),  # a customer's login
        ("Please reset the password for ayesha.rahman92; the", "ayesha.rahman92"),  # whose password
        ("and the GitHub handle mgoldberg-dev.", "mgoldberg-dev"),  # inner hyphens after "handle"
        ("username: lee-park-77, joined", "lee-park-77"),
        ('203.0.113.54 - jfernandes "GET /account/settings HTTP/1.1" 200 5120', "jfernandes"),  # an access log
        ('2001:db8::7334 - k.osei [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1" 200 1', "k.osei"),  # over IPv6
        ("failed on runner ci-linux-04; commit 9f3c2e1 by okeke-dev.", "okeke-dev"),  # a commit's author
        ("PR #1882 merged by mkowalski yesterday", "mkowalski"),  # a merge request's
        ("you used a colleague's login, jsmithers, to approve", "jsmithers"),  # a login between commas
        ("Username lunaticpixel (real name Astrid)", "lunaticpixel"),  # a record's field, a word before "("
        ("everyone send connor 150 by fri, his revolut is connorob", "connorob"),  # a person's app, "is"
        ("my discord: goblinqueen, add me", "goblinqueen"),
        ("his snap is dylxn.03 and hes 17", "dylxn.03"),  # an app word a few words before
        ("add me on discord goblinqueen_ and steam", "goblinqueen_"),  # a trailing underscore
        ("can u venmo me for the pizza 🍕 Carlos-Mejia-7 its 14 each", "Carlos-Mejia-7"),  # a payment app's handle
        ("just send the deposit on the app to kwame_boateng_gh and", "kwame_boateng_gh"),  # whom money goes to
        ("say hello on chat, where he is liwei.eng. Birthdays", "liwei.eng"),  # a chat's name
        ("looking for a roommate, DM me on maya.r.nyc", "maya.r.nyc"),
        ("New post from wanderlust_amara: Sunrise", "wanderlust_amara"),  # who posted
        ("the session used the credentials of jmarlowe.admin, assigned", "jmarlowe.admin"),
        ("my handle on insta is sunnydays", "sunnydays"),  # a handle on an app
        ("find me on discord as goblinqueen", "goblinqueen"),
        ("cat /home/jdoe/.ssh/id_rsa", "jdoe"),  # a home folder
        ("saved to C:\\Users\\amensah\\Documents\\cv.docx", "amensah"),
        ("4624 logon by CORP\\jsmith at 10:00", "jsmith"),  # a Windows domain's login
        # words joined by underscores in a sentence, with no account word near
        ("can someone add lil_kimchi22 to the group chat", "lil_kimchi22"),
        ("who is xx_dark_lotus_xx and why do they keep liking my posts", "xx_dark_lotus_xx"),
        ("sid_the_sloth is his handle now", "sid_the_sloth"),
        ("the double bill at 14:00; seats booked by filmbuff_lou.", "filmbuff_lou"),  # a semicolon in prose
        ("His username on the portal is Hermann89 and", "Hermann89"),  # where the login is used, then "is"
        ("IBAN NL66 RABO 0318 2645 97; DigiD username jwhoekstra.", "jwhoekstra"),  # a login's noun, a sentence's end
        ("and signs in as m.vogt1961.", "m.vogt1961"),
        ("contact:\n  email: sunniva@aasheim.no\n  github: saasheim\nversion: 4.2.1", "saasheim"),  # a platform's key
        ("<k_k> anyone know her desk phone?\n<mlind> ext 4471", "mlind"),  # a chat log's speakers
        ("The user hsato logged in from Osaka.", "hsato"),  # any word a "user" names before a login
        ("Your account, Ebba89, has been verified.", "Ebba89"),  # a capitalised name and digits
        ("Security log: login by mkowal from 10.24.8.113, then", "mkowal"),
        ("known online as pixelpanda", "pixelpanda"),  # what people do online under a login
        ("streams as LunaPlays on Twitch", "LunaPlays"),
        ("under the handle rustybolt", "rustybolt"),  # the noun, then its login
        ("Reset password for user account mwoods.", "mwoods"),
        ('She signed up with the username "ArcticFox".', "ArcticFox"),
        ("login name — mlopez", "mlopez"),
        ("UID: rkapoor", "rkapoor"),
        ("Cash App $jordanb", "jordanb"),  # a cashtag
        ("created by jsmith2 on 2024-01-03", "jsmith2"),
        ("Sent $40 to $jordanp88 on Cash App", "jordanp88"),  # a cashtag before the app's name
        ("Dear Kaia.Schaden12, your plan renews", "Kaia.Schaden12"),  # a login made of a name
        ("Please confirm that Jalen_Thompson is the holder.", "Jalen_Thompson"),
        ("The profile Eloisa86 was flagged", "Eloisa86"),  # a given name and digits
        ("Player ID: ShadowMonk (level 42)", "ShadowMonk"),  # a game's label
        ("IGN: CreeperSlayer_09", "CreeperSlayer_09"),
        ("Donations can be sent on Venmo to HelpTheOkaforTwins or", "HelpTheOkaforTwins"),  # words run together
        ("Miles keeps tagging me as milesaway_ in his posts", "milesaway_"),
        ("Bengaluru 560038; UPI karthikv@okhdfc; IFSC HDFC0001447.", "karthikv@okhdfc"),  # an Indian UPI id
        ("your new login for the wellness portal is everett.kozlowski with", "everett.kozlowski"),
        ("Five failed logins for jmbakare (Jumoke Bakare); the account", "jmbakare"),  # a login, then its holder
        ("IPv6 2a02:c7f::19ac, Twitter tobiasaw, job title: surveyor.", "tobiasaw"),  # a form's platform, then login
        ("frostbyte_99: yo anyone selling?\nGreenMamba: dm me\nfrostbyte_99: bet", "GreenMamba"),  # among handles
        ("Tournament winner: kimchi_overlord (real name withheld) takes home the $5,000 prize.", "kimchi_overlord"),
        ("Player xX_Bishop_Xx reported toxicTortoise22 for abusive chat", "toxicTortoise22"),  # camelCase and digits
        ("scooter plate BKR-3027; LINE ID yuting.lin88; deposit", "yuting.lin88"),  # more platforms
        ("https://valentinaruiz.design · Behance: valeruizc\n\nSUMMARY", "valeruizc"),
        ("and sent $2,400 to quickflip-dan on Venmo. User agent", "quickflip-dan"),  # the app after the login
        ("the two-factor setup on your account (dkbishop). Your", "dkbishop"),
        ("**ashfall** was banned by **ren_mod**", "ashfall"),  # a moderation log
        ("BIC BBRUBEBB; identifiant de connexion cvdbroucke, mot de passe", "cvdbroucke"),  # labels of other languages
        ("DK85 3000 0012 8475 63; MitID-bruger madskjaer89.", "madskjaer89"),
        # "user" in other languages, before the login, a colon and its holder's name
        ("Usuário thiagopaixao: Thiago Paixão, 24 anos", "thiagopaixao"),
        ("Käyttäjä mikkovee: Mikko Väänänen, 28 v, Oulu", "mikkovee"),
        ("Utilizator andrei.pop95: Andrei Pop, 29 ani", "andrei.pop95"),
        ("IT ticket: user lmorrissey (Liam Morrissey, Finance) cannot", "lmorrissey"),  # a note after the name
        ("Steam user mossbyte (SteamID 76561198043217756) has", "mossbyte"),  # a platform's user
        ("kid from school wants in too, his mc name is JakeTheSnek04", "JakeTheSnek04"),  # a game's name
        ("r/LegalAdviceUK · Posted by u/throwaway_tenant_2291\nLandlord", "throwaway_tenant_2291"),  # a long one
        ("tlf. +45 28 41 93 06, MitID-bruger metteskovholm.", "metteskovholm"),  # a Danish login's label
        ("an employee, Priscila Domínguez (user pdominguez, staff no. 004817)", "pdominguez"),
        ("hey, can you unlock ngaire.t? locked myself out", "ngaire.t"),  # what IT is asked to do to a login
        ("kevin.obrien 10:42 AM\n@sarah.lindgren can you set up the laptop", "kevin.obrien"),  # a chat's author line
        ("INFO 14:09:30 role changed target=ewurama.q by=s.owusu role=support", "s.owusu"),  # a log's actor
        ("on reaching 10k followers as kj.morita!", "kj.morita"),
        ("Hi Leopold, we noticed a sign-in to leo.vanterpool from a new device", "leo.vanterpool"),
        ("[09:21:55] INFO  export: user rkapoor downloaded Q1-sales.xlsx from", "rkapoor"),  # what a log says it did
        ("Jun 03 14:02:11 vpn-gw01 openvpn[2281]: lwanjiku/197.232.61.140:51822 MULTI_sva: pool", "lwanjiku"),  # a VPN client
        ("-- requested by lhernandez for the Okonjo file, see ticket UW-2291", "lhernandez"),  # who asked for a record
        ('memo "rent Q3". Authorised by ilse.vdb77 from 2a01:4f8:c17:8b2e::1.', "ilse.vdb77"),
        ("Thanks to hkowalczyk for the bug report.", "hkowalczyk"),  # a contributor credited
        ("keisha.r 10:42 AM: the kiosk\ndev.ops.tony 10:43 AM: ugh. which kiosk?", "dev.ops.tony"),  # author, time, post
        ("raj.b 07:01  trailer is late\nliz.hartnell 07:03  which driver?", "liz.hartnell"),
        ("GET /api/v1/users/ldiaz_88/orders?since=2024-10-01 HTTP/1.1", "ldiaz_88"),  # a web path's user
        ('[remote "home"]\n    url = ssh://tbrandt@91.64.212.38:2222/srv/git/dotfiles.git', "tbrandt"),  # a remote's login
        ("The return was started by Isabella Rossi in the app (bella.rossi_) but", "bella.rossi_"),  # alone in brackets
        ("pogchamp_larry: gg\nnyx_vt: who lives in leeds\nsleepy_otter: me lol", "pogchamp_larry"),  # each speaks once
        ("If anyone wants to join, DM kiwi.tactics on Discord.", "kiwi.tactics"),  # reached on an app
        ("Add pkowalczyk-dev to the GitHub org with write access", "pkowalczyk-dev"),
        # what a login did, who changed a record, what a login will be; an IPsec gateway's peer; "user" abroad
        ("Our records show gerhard.lindqvist accessed the payroll portal from fe80::1", "gerhard.lindqvist"),
        ("Port 5432. Owner group: platform-team@. Last change by wbaptiste.", "wbaptiste"),
        ("Can you confirm your address? Your username will be xmendoza.", "xmendoza"),
        ("charon: 14[IKE] <ikev2-eap|8812> EAP-MSCHAPv2 authentication of 'a.oduya' successful", "a.oduya"),
        ("Přihlášení z adresy 89.24.118.7, uživatel knovotna, telefon 737 412 980.", "knovotna"),
        ("[INFO] Επιτυχής σύνδεση χρήστη elena.georgiou από 79.166.42.19", "elena.georgiou"),
        ("bezahlt mit Karte. Kundenkonto: lenaschr, Geburtsdatum 02.09.1996.", "lenaschr"),  # a shop's customer account
        # a ticket's assignee or technician by login, a field of its own
        ("Priority: P3\nAssignee: kbarnes", "kbarnes"),
        ('"u can reach me on 082 551 4409." | priority: P3 | assignee: t.mokoena', "t.mokoena"),
        ("Advised to contact prescriber. Tech: jmorales2", "jmorales2"),
        # a shell's login before its host, a RADIUS log's
        ("$ ssh ohrytsenko@91.214.118.40\n$ psql -c \"select 1\"", "ohrytsenko"),
        ("scp -P 2222 backup.tar kbarnes@db1.internal:/srv", "kbarnes"),
        ("Mar 02 04:02:10 vsat-gw01 radius[2211]: Access-Reject for crew_obi.s reason=quota_exceeded", "crew_obi.s"),
        ('[remote "origin"]\n\turl = git@github.com:rodalaigh/thesis.git', "rodalaigh"),  # a repository's owner
    ],
)
def test_when_a_handle_is_labelled_or_shaped_then_it_is_found(usernames, text, value):
    assert value in _values(usernames, text)


@pytest.mark.parametrize(
    "text",
    [
        "mail ana@example.com today",  # an email address, not a handle
        "meet @ 5pm",  # an @ without a handle
        "username resets are handled by IT",  # a label word in prose
        "account: Premium",  # an account's plan, not a handle
        "please handle refunds quickly",  # "handle" as a verb
        "login failed for user",  # how a login went
        "see config.yaml in the account folder",  # a file name near an account word
        "our support_team handles it",  # a handle shape without any account word
        "I logged in as admin",  # a role, not a person's login
        "sent to support_team today",  # a handle shape after a bare preposition
        "Acme Corp (acme) said",  # a bracketed word that is the name itself, lowercased
        "see r/AskUK and /usr/u/bin",  # a forum, a path
        "please handle re-orders today",  # "handle" as a verb before a hyphenated word
        "our customer base grew 5%",  # a customer word without a handle
        "I bought a new iPhone and listed it on eBay with my account",  # camelCase brands without a label
        "see issue#4471 in the tracker; config.yaml connected fine",  # an issue number, a file
        "Maria Lopez (Marketing) and Ana Gomez (sales) joined",  # a team in brackets
        "Note: call back at 10:30\nRE: meeting\nTotal: 45.00\nv2.3: released",  # labels and a version
        '192.168.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1" 200 512',  # an access log without a login
        "commit 9f3c2e1 by mistake; merged by default; pushed by CI",  # idioms and an acronym after "by"
        "PR #1882 opened by John Smith",  # a name, NER's
        "my insta is private, his steam is down, our twitch is live",  # how an account is
        "my discord is acting up and her tiktok is viral",
        "venmo me for the re-order of the covid-19 tests",  # hyphenated words, no handle
        "chat about the plan, e.g. the U.S. team, i.e. them",  # abbreviations
        "send the money to my_account today",  # a variable's name
        "enter your username, password, and email",  # form fields between commas
        "the username on the form is required",  # a login's place, then no login
        "applicant:\n  given_name: Ayesha\n  date_of_birth: 1996-12-08\n  visa_type: student",  # a record's keys
        "Fattura intestata a: Alessandro Greco\nP.IVA: 03812750961",  # an abbreviation as a key
        "logged in from 41.203.72.19 and fe80::1c2d:3e4f:5a6b:7c8d",  # an IPv6 address
        "pls send the deposit to my acc, iban nl11ingb0007283164 ty",  # an IBAN
        "on steam as well; my handle on twitter is private",  # no handle after "as" or "is"
        "cd /home/ubuntu/app && ls /Users/Shared/",  # a service's and a shared folder
        "HKLM\\SOFTWARE\\Microsoft and NT AUTHORITY\\SYSTEM",  # a registry key, a system account
        # underscored words that name things: a table, a constant, code, a file
        "The user_profile table has 3 rows; set MAX_RETRIES to 5",
        "call get_user_profile(id) after settings.DEBUG_MODE is read",
        "attach report_final_v2.pdf please",
        "donor_id,name,postcode,gift_aid,amount\nD-1,Ann Lee,CF10 3NP,Y,25.00",  # a table's header row
        "The username field is empty. Your username format is wrong.",  # what a username has
        "Wife Mandy updated by phone. Please handle the refund. The report was created by Legal.",
        "It costs $40 in total and $5k a year.",  # dollars, not cashtags
        "Cash App took $AAPL and $40 from $5k",  # a stock and amounts beside a payment app
        "open Resume_Maria_Lopez.pdf and see Maria.Lopez@example.com",  # a file name, an email
        "Summer2024 and Project.Alpha are plan names",  # words that are no given names
        "Bot: Please enter your SSN.\nUser: ugh fine its 604\nBot: ok",  # a chat's speaker, not a login's label
        "FirstName: Ana\nLastName: Ruiz\nPhoneNumber: 555",  # a form's keys run together, no handles among them
        "login for user failed; Twitter users and Instagram accounts, Twitter is down",  # words, not logins
        "I bought an iPhone15 and paid him on Venmo; he was banned; she got promoted",  # a product; pronouns
        "Exchange account KYC: Pieter Jacobus van Wyk",  # a process in capitals before a name
        "event=mfa_reset actor=svc_helpdesk by=admin target=root",  # a log's service accounts
        "Thanks to everyone for the support. Add me on Discord",  # words, not logins
        "See (fig.3) and (vol.2) of the report.",  # a document's references
        "GET /api/v2/users/lookup?phone=1 HTTP/1.1",  # an API's own word after /users/
        "const res = await book(x);\n    expect(res.pnr).toMatch(y);",  # a field in code
        "postal_code: 0181\nmunicipal_account: 5002 4418 907\nrates_per_month: R 2 314.50",  # a record's keys
        "objectClass: inetOrgPerson\nuid: 4471\ngivenName: Jabulani\ntelephoneNumber: 021 555 0199",  # LDAP's keys
        "Last change by mistake was reverted; the report.pdf accessed yesterday",  # an idiom; a file
        "Der Benutzer Fahrzeug wird gelöscht.",  # "user" abroad before a word of the language
        "Assignee: unassigned\nReporter: system\nTech: it-helpdesk",  # nobody's login, a team's queue
        "ssh root@10.0.0.1 && ssh git@github.com",  # machines' accounts
        "service: booking-api\nversion: 4.12.7\nregion: ap-southeast-2\nescalation_mailbox: incidents@kiwitrip.co.nz",  # keys
    ],
)
def test_when_no_handle_is_there_then_none_is_found(usernames, text):
    assert not _values(usernames, text)


def test_when_the_default_detector_reads_a_handle_then_ner_words_on_it_are_dropped(detector):
    text = "Profile: Dana Cruz | Twitter @dani_castro_ux"
    [spans] = detector.detect([text])
    on_handle = {s.entity_type for s in spans if text[s.start : s.end].endswith("castro_ux")}
    assert on_handle == {"USERNAME"}


def test_when_evaluating_then_a_username_and_a_name_count_for_each_other():
    assert "PERSON" in compatible("USERNAME") and "USERNAME" in compatible("PERSON")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('2001:db8:85a3::8a2e:370:7334 - k.osei "GET /invoices HTTP/1.1" 200 1', "k.osei"),  # beside an address
        ("everyone send connor 150 by fri, his revolut is connorob", "connorob"),  # not NER's place
    ],
)
def test_when_the_default_detector_reads_a_login_by_its_place_then_it_reports_it(detector, text, value):
    [spans] = detector.detect([text])
    assert ("USERNAME", value) in {(s.entity_type, text[s.start : s.end]) for s in spans}
