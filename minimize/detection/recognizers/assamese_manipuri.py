"""Names, dates, places and addresses written in Assamese (Bengali-Assamese script) and Manipuri (Meetei Mayek and its Bengali-script writing).

The English NER reads neither. What marks personal data is the word around it: a form's label ("গাঁও:",
"জিলা:", "মপাগী মিং:", "লৈফম:"), a courtesy title before or after a name ("শ্ৰীযুত ... ডাঙৰীয়া"), a family name
(Assamese after the given name: "... বৰুৱা", "... শইকীয়া"; Meitei before it and mostly ending in -m: "লাইশ্রম ...",
"ꯂꯥꯏꯁ꯭ꯔꯝ ..."), one's own name said ("ঐগী মিং ... নি", "ꯑꯩꯒꯤ ꯃꯤꯡ ... ꯅꯤ"), an age's word ("বয়স ৩১ বছৰ",
"ꯆꯍꯤ ꯴꯲"), a month's name ("১৫ ফেব্ৰুৱাৰীত"), a place's kind ("... জিলাৰ", "... ৰাজহ চক্ৰ", "... লৈকাই"), a house's
number ("ঘৰ নং ১৪, ... পথ", "য়ুম নং ৩২"), a table's header ("তাঁতীৰ নাম,গাঁও", "| মিং | লৈকাই |").

Assamese writes two letters Bengali never does (ৰ, ৱ): its rules run only where ৰ is. Manipuri in Bengali script
writes Bengali's র, so its rules run only where its own words are ("মিং", "নুমিৎ", "লৈকাই", "লৈফম", "য়ুম").
Meetei Mayek is a script of its own. A case ending glued to a name ("শিৱসাগৰৰ", "থৌবালদা", "ꯀꯛꯆꯤꯡꯗꯥ") stays
outside it. Texts with none of these cost one search.
"""
from __future__ import annotations

import regex

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.arabic_script import labelled_cells
from minimize.detection.recognizers.base import OwnRecognizer, distinct_places

SCORE = 0.9  # above NER's 0.85: the English model's reading of these scripts is noise
# ড় ঢ় য় are typed as one letter or as a letter and its dot (nukta): words are compared in the second form,
# patterns match either
_NUKTA = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"}


_TO_CANON = str.maketrans(_NUKTA)


def _canon(word: str) -> str:
    return word.translate(_TO_CANON)


def _rx(pattern: str) -> regex.Pattern:
    """A pattern whose ড় ঢ় য় match either spelling (none stands inside a character class)."""
    pattern = _canon(pattern)
    for one, two in _NUKTA.items():
        pattern = pattern.replace(two, f"(?:{one}|{two})")
    return regex.compile(pattern, regex.V1)


def _set(words: str) -> frozenset[str]:
    return frozenset(_canon(w) for w in words.split())


def _alt(items) -> str:
    return "|".join(regex.escape(i) for i in sorted({_canon(i) for i in items}, key=len, reverse=True))


# the one search an English (or a Bengali) text pays: Assamese's own letters, Meetei Mayek, Manipuri's words
_ANY = _rx(r"[ৰৱ\uabc0-\uabff]|মিং|নুমিৎ|লৈকাই|লৈফম|য়ুম")
_ASSAMESE = regex.compile(r"ৰ")
_MANIPURI = _rx(r"(?<!\p{Bengali})(?:মিং|নুমিৎ|লৈকাই|লৈফম|য়ুম|ঐগী|মহাক|মহাক্কী)(?!\p{Bengali})")
_MEETEI = regex.compile(r"[\uabc0-\uabff]")

# Bengali-Assamese script: its letters and marks (not its digits), the joiners inside a word
_BL = r"[[\p{Bengali}&&[\p{L}\p{M}]]\u200c\u200d]"
_BW = rf"{_BL}+"
_B0, _B1 = rf"(?<!{_BL})", rf"(?!{_BL})"
# Meetei Mayek: letters and marks, not its digits nor its stops (꯫ ꯰-꯹)
_ML = r"[\uabc0-\uabea\uabec\uabed\uaae0-\uaaf6]"
_MW = rf"{_ML}+"
_M0, _M1 = rf"(?<!{_ML})", rf"(?!{_ML})"
_DIGIT = r"[0-9০-৯꯰-꯹]"

# case endings glued to a name, Assamese and Manipuri ("শিৱসাগৰৰ", "বৰপেটা ৰোডত", "ডেকাই", "থৌবালদা", "তুরেলগী")
_B_CASES = ("ৰ", "ত", "লৈ", "ক", "ই", "এ", "ে", "য়ে", "ৰে", "তে", "ৰো", "কে", "গী", "কী", "দা", "দগী", "না", "বু", "সু", "গা")
_B_CASE = _alt(_B_CASES)
_M_CASES = ("ꯒꯤ", "ꯀꯤ", "ꯅꯥ", "ꯗꯥ", "ꯗꯒꯤ", "ꯕꯨ", "ꯄꯨ", "ꯁꯨ", "ꯒꯥ")
_M_CASE = _alt(_M_CASES)

# Words no name holds: a sentence's small words, pronouns, kin and role words, a form's words
_B_NOT_NAME = _set(
    "মই মোৰ মোক আমি আমাৰ তুমি তোমাৰ আপুনি আপোনাৰ তেওঁ তেওঁৰ তেওঁলোক তেওঁলোকৰ সি তাই তাৰ তাইৰ এই সেই এইটো সেইটো "
    "উক্ত এজন এগৰাকী এখন এটা দুজন সকলো কোনো বহুতো কিছুমান আৰু বা কিন্তু যোৱা অহা আজি কালি কাইলৈ এতিয়া তেতিয়া "
    "নাম তাৰিখ দিনা কাম পৰিয়াল মানুহ লোক চৰকাৰ চৰকাৰী বিষয়া নেতা মন্ত্ৰী ডাক্তৰ দুয়ো সকলোৱে মুখ্যমন্ত্ৰী সভাপতি "
    "সম্পাদক অধ্যক্ষ অধ্যাপক অধ্যাপিকা উপায়ুক্ত বিধায়ক সাংসদ চিকিৎসক শিক্ষয়িত্ৰী প্ৰধান মহাশয় "
    "পিতা মাতা পিতাৰ মাতৃৰ স্বামী পত্নী দেউতা দেউতাক মাক মা পুতেক জীয়েক ভাই ভনী ভণ্টি দাদা বাইদেউ মামা খুৰা "
    "শ্ৰীযুত শ্ৰীমতী শ্ৰী ডাঃ ডাঙৰীয়া তাঁতী ৰোগী কৃষক শিক্ষক ছাত্ৰ ছাত্ৰী আবেদনকাৰী হিতাধিকাৰী সদস্য গাঁও জিলা "
    "ঘৰ পথ চহৰ নগৰ বেংক অফিচ কাৰ্যালয় বিদ্যালয় ডাকঘৰ ফোন মবাইল তাৰিখ বয়স বছৰ নম্বৰ পৰিচয়পত্ৰ আধাৰ ঠিকনা "
    "নতুন পুৰণি বৰ সৰু মাজু ডাঙৰ ভাল বেয়া সম্পূৰ্ণ "
    # Manipuri's: I, my, he, his, is, this, that, name, father, mother, house, and, with
    "ঐ ঐগী মহাক মহাক্কী নহাক নহাক্কী অসি অদু নি না গী দা মিং মপা মমা মপাগী মমাগী য়ুম লৈকাই খুল অমসুং লোয়নবা "
    "অমা অনি অহুম মচা মনাপী সগাই ফোন নম্বর আধার"
)
_M_NOT_NAME = _set(
    "ꯑꯩ ꯑꯩꯒꯤ ꯑꯩꯈꯣꯏ ꯃꯍꯥꯛ ꯃꯍꯥꯛꯀꯤ ꯅꯍꯥꯛ ꯅꯍꯥꯛꯀꯤ ꯑꯁꯤ ꯑꯗꯨ ꯅꯤ ꯃꯤꯡ ꯌꯨꯝ ꯐꯣꯟ ꯅꯝꯕꯔ ꯆꯍꯤ ꯃꯆꯥ ꯅꯨꯄꯤ ꯅꯨꯄꯥ ꯃꯄꯥ ꯃꯃꯥ "
    "ꯃꯦꯝꯕꯔ ꯏꯃꯦꯜ ꯑꯃꯁꯨꯡ ꯑꯃꯥ ꯑꯅꯤ ꯂꯩꯀꯥꯏ ꯈꯨꯜ ꯍꯩꯕ ꯂꯩ ꯃꯥꯡꯈꯤ ꯃꯇꯝ ꯁꯒꯥꯏ ꯌꯨꯃꯅꯛ"
)

# Assamese family names (after the given name), as Assamese spells them; some are words too (young man, servant,
# lord): a name only after a word that may be a given name
_AS_SURNAMES = (
    "বৰুৱা শইকীয়া সোণোৱাল কলিতা ডেকা বৰা গগৈ হাজৰিকা শৰ্মা দাস বৈশ্য ভূঞা বৰভূঞা চলিহা মহন্ত নাথ তালুকদাৰ "
    "চৌধুৰী ফুকন বৰফুকন বৰদলৈ বৰগোহাঞি বুঢ়াগোহাঞি দত্ত মেধি ভট্টাচাৰ্য গোস্বামী ডলে পেগু তামুলী কাকতি "
    "বেজবৰুৱা চেতিয়া হান্দিক দুৱৰা মৰাং ৰাভা বড়ো বসুমতাৰী নাৰ্জাৰী ব্ৰহ্ম দেউৰী লহকৰ শেনচোৱা কোঁৱৰ ৰাজখোৱা "
    "সন্দিকৈ বৰঠাকুৰ পাটগিৰি ডেকাৰাজা নেওগ বৰকটকী ভৰালী মজুমদাৰ চক্ৰৱৰ্তী ৰাজবংশী দৈমাৰী কছাৰী "
    "বৰগোঁহাই বৰপূজাৰী বৰকাকতি খাটনিয়াৰ বৰুৱাহ বৈৰাগী দেৱশৰ্মা শৰ্মা বেগম খাতুন চুলতানা আহমেদ ইছলাম হুছেইন "
    "ৰহমান আলী উদ্দিন লস্কৰ মণ্ডল বৰ্মন ছেত্ৰী মুণ্ডা কুৰ্মী ওৰাং কেৰকেটা টেৰন ইংতি তিমুং হানচে "
    "বুঢ়াগোঁহাই গোঁহাই চাংমাই মুদৈ দলৈ হাতীবৰুৱা".split()
)
# ... those that are words as well need a given name of a name's shape before them (not "এজন ডেকা", a young man)
_AS_SURNAME = _rx(rf"{_B0}(?P<surname>{_alt(_AS_SURNAMES)})(?:{_B_CASE})?{_B1}")

# Meitei family names (before the given name), Bengali script and Meetei Mayek; most end in -m ("-থেম", "-বম",
# "-জম", "-চোম", "-সেম", "-নাম"): that shape finds the others
_MN_SURNAMES = _set(
    "লাইশ্রম নিংথৌজম মোইরাংথেম ওইনাম খুমনথেম খুমানথেম য়ুমনাম থোকচোম কোনসম কোনসাম সগোলসেম ৱাহেংবম হুইদ্রোম "
    "হেইস্নাম লৈশাংথেম কৈশাম সোইবম সরোখাইবম আকোইজম খুন্দ্রকপম ইরেংবম লোইতোংবম নাওরেম পুখ্রম্বম তাখেল্লম্বম "
    "থৌনাওজম চোংথম এলাংবম নোংমৈথেম নোংথোম্বম মায়েংবম ক্ষেত্রীমায়ুম আথোকপম কংবম সনাসম থংজম হাওবম আহংজম "
    "লৌরেম্বম সিনম চিংখাম মাইবম মুতুম লৈমাপোকপম শাগোলসেম অকোইজম ইয়েংখোম তোংব্রম"
)
_MM_SURNAMES = (
    "ꯂꯥꯏꯁ꯭ꯔꯝ ꯅꯤꯡꯊꯧꯖꯝ ꯃꯣꯏꯔꯥꯡꯊꯦꯝ ꯑꯣꯏꯅꯥꯝ ꯈꯨꯃꯟꯊꯦꯝ ꯌꯨꯝꯅꯥꯝ ꯊꯣꯛꯆꯣꯝ ꯀꯣꯟꯁꯝ ꯁꯒꯣꯂꯁꯦꯝ ꯋꯥꯍꯦꯡꯕꯝ ꯍꯨꯏꯗ꯭ꯔꯣꯝ "
    "ꯍꯩꯁ꯭ꯅꯥꯝ ꯂꯩꯁꯥꯡꯊꯦꯝ ꯁꯣꯏꯕꯝ ꯑꯀꯣꯏꯖꯝ ꯏꯔꯦꯡꯕꯝ ꯅꯥꯎꯔꯦꯝ ꯆꯣꯡꯊꯝ ꯏꯂꯥꯡꯕꯝ ꯅꯣꯡꯃꯩꯊꯦꯝ ꯃꯌꯦꯡꯕꯝ ꯈꯨꯟꯗ꯭ꯔꯀꯄꯝ ꯍꯥꯎꯕꯝ "
    "ꯊꯣꯡꯖꯝ ꯀꯡꯕꯝ ꯃꯥꯏꯕꯝ ꯁꯤꯅꯝ ꯇꯥꯈꯦꯜꯂꯝꯕꯝ ꯄꯨꯈ꯭ꯔꯝꯕꯝ ꯀ꯭ꯁꯦꯇ꯭ꯔꯤꯃꯌꯨꯝ".split()
)
_MN_SHAPE = _rx(r"(?:থেম|খেম|ংবম|ম্বম|বম|জম|চোম|চম|সেম|শেম|স্নাম|ইনাম|মনাম|শ্রম|স্রম|দ্রোম|রোম|রেম|কপম|মায়ুম)$")
_MN_NOT_SURNAME = _set("আশ্রম পরিশ্রম হজম কদম মরসুম প্রথম মধ্যম সক্ষম অক্ষম বিশ্রাম নিয়ম রেশম প্রেম চরম পরম")
_MM_SHAPE = regex.compile(r"(?:ꯊꯦꯝ|ꯈꯦꯝ|ꯕꯝ|ꯖꯝ|ꯆꯣꯝ|ꯁꯦꯝ|ꯅꯥꯝ|ꯔꯝ|ꯔꯣꯝ|ꯔꯦꯝ|ꯄꯝ|ꯁꯝ|ꯁꯥꯝ|ꯊꯝ|ꯌꯨꯝ)$")
# a Meitei name's closing word: "Singh", "Devi", "Chanu", "Sharma" ("সগোলসেম রঞ্জিৎ সিংহ")
_MN_CLOSING = _set("সিংহ সিং দেবী চানু শর্মা লৈমা ꯁꯤꯡꯍ ꯁꯤꯡ ꯗꯦꯕꯤ ꯆꯅꯨ ꯆꯥꯅꯨ ꯁꯔꯃꯥ ꯂꯩꯃꯥ")

# Places: the districts and towns of Assam and Manipur, the quarters of Imphal, as Assamese and Manipuri write them
_B_PLACES = (
    "গুৱাহাটী ডিব্ৰুগড় ডিব্ৰুগড যোৰহাট শিৱসাগৰ তেজপুৰ নগাঁও বৰপেটা লখিমপুৰ ধেমাজি তিনিচুকীয়া "
    "গোলাঘাট নলবাৰী কামৰূপ দৰং মঙলদৈ শোণিতপুৰ বিশ্বনাথ ধুবুৰী গোৱালপাৰা বঙাইগাঁও কোকৰাঝাৰ চিৰাং বাক্সা উদালগুৰি "
    "তামুলপুৰ মৰিগাঁও হোজাই ডিফু হাফলং শিলচৰ কৰিমগঞ্জ হাইলাকান্দি মাজুলী চৰাইদেউ শুৱালকুচি হাজো পলাশবাৰী ৰঙিয়া "
    "বিহপুৰীয়া নাজিৰা সোণাৰি মৰাণ ডিগবৈ মাৰ্ঘেৰিটা ডুমডুমা নামৰূপ চাবুৱা বোকাখাত বিলাসীপাৰা গৌৰীপুৰ অভয়াপুৰী "
    "ছয়গাঁও পাণবজাৰ দিছপুৰ জালুকবাৰী খানাপাৰা মালিগাঁও চন্দ্ৰপুৰ সৰুপথাৰ টীয়ক তিতাবৰ মৰিয়নী গহপুৰ ঢেকিয়াজুলি "
    "ৰঙাপাৰা জাগীৰোড নাহৰকটীয়া শিমলুগুৰি আমিনগাঁও চাংসাৰি বকো "
    "ইম্ফাল থৌবাল বিষ্ণুপুর বিষ্ণুপুৰ কাকচিং কক্চিং চুরাচান্দপুর চুৰাচান্দপুৰ উখ্রুল উখ্ৰুল সেনাপতি তামেংলোং চান্দেল জিরিবাম "
    "মোইরাং মৈৰাং নম্বোল লামফেল সিংজমৈ কৈশামথোং য়াইস্কুল ৱাংখৈ খুরাই থাংমৈবন্দ সগোলবন্দ "
    "উরিপোক কোয়াকৈথেল নাওরেমথোং পাওনা বাজার মোইরাংখোম সগোলমাং লিলং হেইরোক ৱাংজিং".split()
    + ["বৰপেটা ৰোড", "উত্তৰ লখিমপুৰ", "কাৰ্বি আংলং", "পাওনা বাজার"]
)
_B_DIRECTIONS = r"(?:[ ](?:পূৰ্ব|পূর্ব|পশ্চিম|উত্তৰ|উত্তর|দক্ষিণ))?"  # ("ইম্ফাল পশ্চিম": a district)
_B_PLACE = _rx(rf"{_B0}(?P<place>(?:{_alt(_B_PLACES)}){_B_DIRECTIONS})(?=(?:{_B_CASE})?{_B1})")
_M_PLACES = ("ꯏꯝꯐꯥꯜ ꯊꯧꯕꯥꯜ ꯀꯛꯆꯤꯡ ꯕꯤꯁ꯭ꯅꯨꯄꯨꯔ ꯆꯨꯔꯥꯆꯥꯟꯗꯄꯨꯔ ꯎꯈ꯭ꯔꯨꯜ ꯁꯦꯅꯥꯄꯇꯤ ꯇꯃꯦꯡꯂꯣꯡ ꯆꯟꯗꯦꯜ ꯖꯤꯔꯤꯕꯥꯝ ꯃꯣꯏꯔꯥꯡ ꯃꯣꯢꯔꯥꯡ "
             "ꯅꯝꯕꯣꯜ ꯂꯝꯐꯦꯜ ꯁꯤꯡꯖꯃꯩ ꯀꯩꯁꯥꯝꯊꯣꯡ ꯌꯥꯏꯁ꯭ꯀꯨꯜ ꯋꯥꯡꯈꯩ ꯈꯨꯔꯥꯏ ꯊꯥꯡꯃꯩꯕꯟꯗ ꯁꯒꯣꯜꯕꯟꯗ ꯎꯔꯤꯄꯣꯛ "
             "ꯀ꯭ꯋꯥꯀꯩꯊꯦꯜ ꯅꯥꯎꯔꯦꯝꯊꯣꯡ ꯂꯤꯂꯣꯡ ꯍꯩꯔꯣꯛ ꯋꯥꯡꯖꯤꯡ ꯃꯣꯏꯔꯥꯡꯈꯣꯝ ꯁꯒꯣꯜꯃꯥꯡ ꯒꯨꯋꯥꯍꯥꯇꯤ").split()
_M_PLACE = _rx(rf"{_M0}(?P<place>{_alt(_M_PLACES)})(?=(?:{_M_CASE})?{_M1})")
# a place's kind after its name ("বৰপেটা জিলাৰ", "ৰহা ৰাজহ চক্ৰৰ", "ধেমাজি মৌজা"); Manipuri's locality and river
# take the name's words with them ("খুৰাই চিংতম লৈকাই", "নম্বুল তুরেল")
# (the kind's word with its case or closing a phrase: "জিলা প্ৰশাসন" is an office, no place)
_B_KIND = _rx(rf"{_B0}(?P<place>{_BW})[ ](?P<kind>জিলা|ৰাজহ[ ]চক্ৰ|মৌজা|থানা|মহকুমা|উন্নয়ন[ ]খণ্ড)"
              rf"(?:(?:ৰ|ত|লৈ|ৰে)(?!{_BL})|[ \t]*(?:[,;।|\n]|$))")
# (two words before the kind only where the phrase opens: ", সিংজমৈ মখা লৈকাই")
_MN_KIND = _rx(rf"(?<=(?:^|[,:;|\n])[ \t]*)(?P<place>{_BW}[ ]{_BW}[ ](?:লৈকাই|তুরেল|তুৰেল))(?=(?:{_B_CASE})?{_B1})"
               rf"|{_B0}(?P<place>{_BW}[ ](?:লৈকাই|তুরেল|তুৰেল))(?=(?:{_B_CASE})?{_B1})")
_MN_KIND_CUE = _rx(r"লৈকাই|তুরেল|তুৰেল")
_MM_KIND = _rx(rf"(?<=(?:^|[,:;|\n꯫])[ \t]*)(?P<place>{_MW}[ ]{_MW}[ ](?:ꯂꯩꯀꯥꯏ|ꯇꯨꯔꯦꯜ))(?=(?:{_M_CASE})?{_M1})"
               rf"|{_M0}(?P<place>{_MW}[ ](?:ꯂꯩꯀꯥꯏ|ꯇꯨꯔꯦꯜ))(?=(?:{_M_CASE})?{_M1})")
#: words before a kind's word that are no place's name (this district, our village, every circle)
_NOT_PLACE = _B_NOT_NAME | _set("প্ৰতিটো প্ৰতিখন গোটেই বিভিন্ন নিজৰ ওচৰৰ চুবুৰীয়া সংশ্লিষ্ট সমগ্ৰ সমূহ সেইখন "
                                     "এইখন কোনখন আন অন্য সৰুকৈ মাখা মনুং অমা অনি নিজ পাৰ্শ্ববৰ্তী প্ৰতিবেশী ভিন্ন আৰক্ষী পুলিচ "
                                     "মখোয় ঐখোয় নখোয় মসি মদু করি বাবে পৰা লগত দ্বাৰা যোগে সৈতে কাৰণে মাজত ভিতৰত বাহিৰত ওপৰত তলত হৈ কৰি "
                                     "চাওখৎপা চাওখৎপদা শোকখ্রে")
# a counted or plural noun's ending ("কেইবাখন জিলাত", "সকলোবোৰ থানাত")
_COUNTED = ("খন", "খনো", "টো", "টা", "জন", "গৰাকী", "বোৰ", "সমূহ", "সকল")
# Manipuri's "lives at" after a place with its locative ("থৌবালদা লৈ", "ꯀꯛꯆꯤꯡꯗꯥ ꯂꯩ")
_MN_LIVES = _rx(rf"{_B0}(?P<place>{_BW}?)দা[ ]লৈ(?:রি|বা)?{_B1}")
_MM_LIVES = _rx(rf"{_M0}(?P<place>{_MW}?)ꯗꯥ[ ]ꯂꯩ(?:ꯔꯤ|ꯕ)?{_M1}")
_NOT_LIVES = _set("য়ুম স্কুল অফিস শহর খুল মফম ইমুং হোস্পিতাল ꯌꯨꯝ ꯌꯨꯃ ꯁ꯭ꯀꯨꯜ ꯑꯣꯐꯤꯁ ꯃꯐꯝ ꯈꯨꯜ ꯁꯍꯔ ꯏꯃꯨꯡ")
# "his house [is at] X." in Meetei Mayek, X closing the sentence
_MM_HOUSE_AT = _rx(rf"ꯌꯨꯝ[ ](?P<place>{_MW})(?=[ ]?[꯫.।]|$)")
_MM_VERB_END = regex.compile(r"(?:ꯅꯤ|ꯔꯦ|ꯈꯤ|ꯏ|ꯂꯩ|ꯗꯦ|ꯌꯨ|ꯕ|ꯃꯤ|ꯒꯅꯤ)$")

# A house's number, maybe its road ("ঘৰ নং ১৪, বৰপুখুৰী পথ", "য়ুম নং ৩২", "হাউছ নং ৫/ক")
_ADDRESS = _rx(
    rf"{_B0}(?:ঘৰ|য়ুম|হাউছ|হাউস)[ ](?:নং|নম্বৰ|নম্বর)\.?[ ]?[:：]?[ ]?{_DIGIT}{{1,5}}(?:[/\-]{_DIGIT}{{0,4}}{_BL}?)?"
    rf"(?:,[ ](?:{_BW}[ ]){{1,2}}(?:পথ|ৰোড|ৰাজপথ|লেন|বাইলেন|মাৰ্গ|আলি))?(?=(?:{_B_CASE})?{_B1})")
_MM_ADDRESS = _rx(rf"ꯌꯨꯝ[ ](?:ꯅꯪ|ꯅꯝꯕꯔ)\.?[ ]?[:：]?[ ]?{_DIGIT}{{1,5}}(?!{_DIGIT})")
# a postal (PIN) code after its label
_PIN = _rx(rf"{_B0}(?:পিন|পিনক'ড|পিন[ ]ক'ড|পিন[ ]কোড|ꯄꯤꯟ)[ \t]*[:：\-]?[ \t]*(?P<zip>[1-9১-৯꯱-꯹]{_DIGIT}{{5}}|[1-9]\d{{2}}[ ]\d{{3}})(?!{_DIGIT})")

# Dates: a day, a month's name, maybe a year ("১৫ ফেব্ৰুৱাৰীত", "২৮ মে' ২০২৪", "১৭ জানুৱারী ১৯৮৮"), the month first
# ("মাৰ্চ ৩, ২০২১"), Meetei's year first ("꯲꯰꯲꯴ ꯑꯦꯞꯔꯤꯜ ꯱꯲"); the day, month and year in digits ("০৯/১০/১৯৭৪", "꯱꯲/꯰꯹/꯱꯹꯹꯸")
_B_MONTH = (r"জানু(?:ৱ|য়)া[ৰর][িী]|ফেব্[ৰর]ু(?:ৱ|য়)া[ৰর][িী]|মা[ৰর]্চ|এপ্[ৰর]িল|মে|জুন|জুলাই|আগ[ষস]্[টত]|"
            r"[ছচস]েপ্[তট]েম্ব[ৰর]|অ'?ক্[টত]োব[ৰর]|ন[ৱভ]েম্ব[ৰর]|নোভেম্ব[ৰর]|ডি[চছস]েম্ব[ৰর]|"
            # the Assamese calendar's months ("১ বহাগ")
            r"বহাগ|জেঠ|আহাৰ|শাওণ|ভাদ|আহিন|কাতি|আঘোণ|পুহ|মাঘ|ফাগুন|চ'ত")
_M_MONTH = (r"ꯖꯥꯅꯨ{ML}*|ꯐꯦꯕ{ML}*|ꯃꯥꯔ{ML}*|ꯑꯦꯞꯔꯤꯜ|ꯑꯦꯄ꯭ꯔꯤꯜ|ꯃꯦ|ꯖꯨꯟ|ꯖꯨꯂꯥꯏ|ꯑꯒꯁ꯭ꯠ|ꯑꯣꯒꯁ꯭ꯠ|ꯁꯦꯞꯇꯦꯝ{ML}*|ꯁꯦꯄ꯭ꯇꯦꯝ{ML}*|"
            r"ꯑꯣꯛꯇꯣ{ML}*|ꯅꯣꯚꯦꯝ{ML}*|ꯅꯣꯕꯦꯝ{ML}*|ꯗꯤꯁꯦꯝ{ML}*").replace("{ML}", _ML)
_DAY = rf"(?<!{_DIGIT})(?P<day>{_DIGIT}{{1,2}})"
_YEAR = rf"(?P<year>{_DIGIT}{{4}})(?!{_DIGIT})"
_B_DATE = _rx(
    rf"{_DAY}[ ](?:{_B_MONTH})['’]?(?:,?[ ]{_YEAR})?(?=(?:{_B_CASE})?(?:{_B1}|['’]))"
    rf"|{_B0}(?:{_B_MONTH})[ ](?P<day>{_DIGIT}{{1,2}}),?[ ]{_YEAR}")
_M_DATE = _rx(
    rf"{_DAY}[ ](?:{_M_MONTH})(?:,?[ ]{_YEAR})?(?=(?:{_M_CASE})?{_M1})"
    rf"|(?<!{_DIGIT}){_YEAR}[ ](?:{_M_MONTH})[ ](?P<day>{_DIGIT}{{1,2}})(?!{_DIGIT})")
_NUMERIC_DATE = _rx(
    rf"(?<!{_DIGIT}[/.\-]?)(?P<day>{_DIGIT}{{1,2}})(?P<sep>[/.\-])(?P<month>{_DIGIT}{{1,2}})(?P=sep)(?P<year>{_DIGIT}{{4}}|{_DIGIT}{{2}})"
    rf"(?![/.\-]?{_DIGIT})")

# Ages: after "age" or before "years old" ("বয়স ৩১ বছৰ", "বয়স: ৫৪", "৬ বছৰীয়া", "(৪৫ বছৰ)"), Manipuri's "চহি"
# and Meetei's "ꯆꯍꯤ" (years: "ꯃꯍꯥꯛ ꯆꯍꯤ ꯴꯲ ꯁꯨꯔꯦ")
_AGE = _rx(
    rf"(?<!(?:নূন্যতম|সৰ্বনিম্ন|সৰ্বোচ্চ|ন্যূনতম|অনূৰ্ধ্ব)[ ])"  # (an age limit: "নূন্যতম বয়স ১৮")
    rf"{_B0}(?:বয়স|চহি|ꯆꯍꯤ)[ \t]*[:：]?[ \t]*(?P<age>{_DIGIT}{{1,3}})(?![/.,:\-]?{_DIGIT})"
    rf"(?![ ]?বছৰৰ[ ](?:তলৰ|ওপৰৰ|উৰ্ধ্বৰ|ঊৰ্ধ্বৰ))"
    rf"|(?<![{_DIGIT[1:-1]}/.,:])(?P<age>{_DIGIT}{{1,3}})[ ]?বছৰ(?:ীয়া|ীয়া|[ ]বয়স(?:ৰ|ীয়া|ীয়া)|(?=\)))")

_AGE_CUE = _rx(r"বয়স|বছৰ|চহি|ꯆꯍꯤ")  # (the cheap search before the ages')

# Ids after their label: Aadhaar, a bank account, an identity card, a voter's, a PAN card's number
_ID = _rx(
    rf"{_B0}(?:আধাৰ|আধার|একাউণ্ট|একাউন্ট|খাতা|পেন|পেন[ ]কাৰ্ড|পাছপ'ৰ্ট|পাছপোৰ্ট|ভোটাৰ|পৰিচয়পত্ৰ|পঞ্জীয়ন|ৰেজিষ্ট্ৰেচন|"
    rf"ৰেচন[ ]কাৰ্ড|ꯑꯥꯙꯥꯔ|ꯑꯥꯗꯥꯔ)[ ](?:নম্বৰ|নম্বর|নং|ꯅꯝꯕꯔ)\.?[ \t]*[:：]?[ \t]*"
    rf"(?P<value>(?:[A-Z]{{1,5}}[\-/]?)?{_DIGIT}(?:[ \-/]?{_DIGIT}){{5,19}}(?:[\-/]?[A-Z])?)(?![\-/]?{_DIGIT})")

# A form's labels and what their value is ("গাঁও: নাহৰণি", "মপাগী মিং: ...", "লৈফম: য়ুম নং ১৭, ... লৈকাই, ইম্ফাল")
_PERSON_OWNERS = ("পিতা পিতৃ মাতৃ মাক দেউতাক স্বামী পত্নী অভিভাৱক আবেদনকাৰী আবেদনকাৰিণী ৰোগী তাঁতী ছাত্ৰ ছাত্ৰী কৃষক "
                  "হিতাধিকাৰী সদস্য প্ৰাৰ্থী উত্তৰাধিকাৰী নমিনী গ্ৰাহক কৰ্মচাৰী অভিযোগকাৰী সাক্ষী শিক্ষক চিকিৎসক").split()
_LABELS = {
    "PERSON": ["নাম", "সম্পূৰ্ণ নাম", "মিং", "মপাগী মিং", "মমাগী মিং", "মপুরোইবা", "মপুরোইবাগী মিং", "ꯃꯤꯡ",
               "ꯃꯄꯥꯒꯤ ꯃꯤꯡ", "ꯃꯃꯥꯒꯤ ꯃꯤꯡ", *(f"{o}ৰ নাম" for o in _PERSON_OWNERS)],
    "LOCATION": ["গাঁও", "ডাকঘৰ", "জিলা", "মৌজা", "থানা", "চহৰ", "ৰাজহ চক্ৰ", "উন্নয়ন খণ্ড", "জন্মস্থান", "লৈকাই",
                 "খুল", "ডিস্ট্রিক্ট", "পোস্ট অফিস", "ꯂꯩꯀꯥꯏ", "ꯈꯨꯜ"],
    "ADDRESS": ["ঠিকনা", "স্থায়ী ঠিকনা", "বৰ্তমান ঠিকনা", "ঠিকানা", "লৈফম", "ꯂꯩꯐꯝ"],
}
_KIND_OF = {_canon(label): kind for kind, labels in _LABELS.items() for label in labels}
_FIELD = _rx(rf"(?:^|(?<=[\n,;|।꯫]))[ \t]*(?P<label>{_alt(_KIND_OF)})[ \t]*[:：][ \t]*(?P<value>[^\n|]*)")
_PART_END = regex.compile(r"[,;।꯫]")
_STREET_PART = _rx(rf"{_DIGIT}|ঘৰ|য়ুম|পথ|ৰোড|লেন|ꯌꯨꯝ")
_WORDS = _rx(rf"(?:{_BW}|{_MW})(?:[ ](?:{_BW}|{_MW}))*")

# Names: after a courtesy title ("শ্ৰীযুত ... ডাঙৰীয়া", "শ্ৰীমতী ..."), before a kin word ("হৰেন মামা"), after
# one's own name said ("মোৰ নাম ... ", "ঐগী মিং ... নি", "ꯑꯩꯒꯤ ꯃꯤꯡ ... ꯅꯤ"), under a letter's "ইতি" (yours)
_TITLE_BEFORE = _rx(rf"{_B0}(?P<title>শ্ৰীযুত|শ্ৰীযুক্ত|শ্ৰীযুতা|শ্ৰীমতী|শ্ৰীমান|শ্ৰী|কুমাৰী|ডঃ)\.?[ ](?={_BL})")
_TITLE_AFTER = _rx(rf"(?<={_BL})[ ](?P<title>ডাঙৰীয়া|ডাঙৰীয়া|বাইদেউ|মহোদয়|মহোদয়া|মহোদয়|মহোদয়া){_B1}")
_AFTER_TITLES = _set("ডাঙৰীয়া বাইদেউ মহোদয় মহোদয়া")
_PHRASE_END = _rx(r"[ \t]*(?:[,;।)\n]|$)|[ ](?:ডাঙৰীয়া|বাইদেউ|মহোদয়|মহোদয়া)(?!\p{Bengali})")
_SALUTATIONS = _set("মাননীয় মাননীয়া শ্ৰদ্ধেয় শ্ৰদ্ধেয়া শ্ৰদ্ধাৰ প্ৰিয় সন্মানীয়")  # ("মাননীয় মহোদয়": Dear Sir, no one named)
_KIN_AFTER = _rx(rf"{_B0}(?P<name>{_BW})[ ](?:মামা|খুৰা|খুড়া|দাদা|বাইদেউ|পেহী|মাহী|খুৰী|মামী|ককা|আইতা|বৌ|"
                           rf"ভিনদেউ|দদাই|জেঠাই){_B1}")
_KIN_CUE = _rx(r"মামা|খুৰা|খুড়া|দাদা|বাইদেউ|পেহী|মাহী|খুৰী|মামী|ককা|আইতা|বৌ|ভিনদেউ|দদাই|জেঠাই")
_OWN_NAME = _rx(rf"(?:{_B0}(?:মোৰ[ ]নাম|ঐগী[ ]মিং|মহাক্কী[ ]মিং|ꯑꯩꯒꯤ[ ]ꯃꯤꯡ|ꯃꯍꯥꯛꯀꯤ[ ]ꯃꯤꯡ))[ ](?=[{_BL[1:-1]}{_ML[1:-1]}])")
_OWN_NAME_END = _set("হয় নি ꯅꯤ আৰু")
_SIGNED = _rx(r"(?:^|\n)[ \t]*ইতি[ \t]*[,،]?[ \t]*\n(?:[ \t]*(?:ভৱদীয়া?|ভৱদীয়া?|বিনীতা?|আপোনাৰ[ ]বিশ্বাসী)[ \t]*[,]?[ \t]*\n)?[ \t]*"
                     rf"(?P<name>{_BW}(?:[ ]{_BW}){{0,2}})[ \t]*(?=\n|$)")
# a chat's speaker opening its lines in Meetei Mayek ("ꯇꯣꯝꯕ: ..."), when the same one speaks twice
_MM_SPEAKER = _rx(rf"(?m)^[ \t]*(?P<name>{_MW}(?:[ ]{_MW})?)[ \t]*:(?=[ \t])")

# A table's header naming its columns ("তাঁতীৰ নাম,গাঁও,...", "| মিং | মপা / মপুরোইবা | লৈকাই | আধার |")
_HEADERS = {**{k: v for k, v in _KIND_OF.items() if v != "ADDRESS"},
            **{w: "PERSON" for w in ("মপা", "মমা", "মপুরোইবা", "হিতাধিকাৰী", "আবেদনকাৰী", "ꯃꯄꯥ", "ꯃꯃꯥ")},
            **{w: "ID_NUMBER" for w in ("আধাৰ", "আধার", "আধাৰ নম্বৰ", "আধার নম্বর", "ꯑꯥꯙꯥꯔ")}}


def _header_kind(cell: str) -> str | None:
    cell = cell.strip(" \t\"'")
    for part in (cell, *cell.split("/")):
        part = part.strip()
        kind = _HEADERS.get(_canon(part))
        if kind:
            return kind
    return None


# (in either spelling of য়: "য়ে")
_ALL_CASES = sorted({c for case in _B_CASES + _M_CASES for c in (_canon(case), case.replace("\u09af\u09bc", "\u09df"))},
                    key=len, reverse=True)
# (read backwards: the word just before a family name, and the one before it)
_TWO_BEFORE = _rx(rf"(?r)(?:{_B0}(?P<far>{_BW})[ ])?{_B0}(?P<near>{_BW})[ ]$")
_FAR_ENDINGS = ("ৰ", "ত", "লৈ", "ক", "ই", "এ", "ে")
# roles and titles before a family name alone ("মুখ্যমন্ত্ৰী শৰ্মাই কয়", "অধ্যাপক ডেকাৰ", "ডাঃ বৰুৱা")
_ROLES = ("মুখ্যমন্ত্ৰী মন্ত্ৰী সভাপতি সম্পাদক অধ্যক্ষ অধ্যাপক অধ্যাপিকা উপায়ুক্ত বিধায়ক সাংসদ বিষয়া চিকিৎসক "
          "শিক্ষক শিক্ষয়িত্ৰী প্ৰধান মহাশয় ডাঃ ডাক্তৰ শ্ৰীযুত শ্ৰীমতী শ্ৰী").split()
_ROLE_BEFORE = _rx(rf"{_B0}(?:{_alt(_ROLES)})\.?[ ]$")


def _strip_case(word: str) -> str:
    """A word without its case ending ("শিৱসাগৰৰ" -> "শিৱসাগৰ"), or the word as it was."""
    for case in _ALL_CASES:
        if word.endswith(case) and len(word) - len(case) >= 3:
            return word[: -len(case)]
    return word


# a name's own case ending: Manipuri's and Meetei's, and Assamese's only after a vowel sign or a name's closing ৰ
# ("ডেকাই", "শৰ্মাৰ", "শংকৰৰ", "দীপুক", "সুরেশগী"; never the last letter of "দীপক", "অশোক", "শংকৰ", "ৰঞ্জিত")
_NAME_CASE = _rx(r"(?:গী|কী|দগী|দা|না|বু|সু|ꯒꯤ|ꯀꯤ|ꯅꯥ|ꯗꯥ|ꯕꯨ|ꯄꯨ|ꯁꯨ"
                 r"|(?<=[\u09be-\u09cc]|ৰ)(?:ৰ|লৈ|ই|য়ে|ৰে|ৰো)|(?<=[াুূীৈে])ক|(?<=[\u0995-\u09b9])ে)$")


def _strip_name(word: str) -> str:
    """A name without its case ending, or the name as it was."""
    match = _NAME_CASE.search(word)
    return word[: match.start()] if match and match.start() >= 2 else word


def _name_word(word: str) -> bool:
    """Whether a word may be (part of) a name: no small word, kin, role or form word, with its case ending or without."""
    word, bare = _canon(word), _canon(_strip_case(word))
    return len(word) >= 2 and not {word, bare} & (_B_NOT_NAME | _M_NOT_NAME)


def _place_word(word: str) -> bool:
    return len(word) >= 2 and not {_canon(word), _canon(_strip_case(word))} & _NOT_PLACE and not word.endswith(_COUNTED)


_MM_LETTER = regex.compile(r"\p{Lo}")  # (a Meetei letter, not a vowel sign)


def _meitei_surname(word: str) -> bool:
    word = _canon(word)
    if word in _MN_SURNAMES or word in _MM_SURNAMES:
        return True
    if _MEETEI.search(word):
        return _MM_SHAPE.search(word) is not None and len(_MM_LETTER.findall(word)) >= 4 and word not in _M_NOT_NAME
    return len(word) >= 4 and word not in _MN_NOT_SURNAME and word not in _B_NOT_NAME and _MN_SHAPE.search(word) is not None


@RECOGNIZERS.register("AssameseManipuriRecognizer")
class AssameseManipuriRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS, ZIP_CODE and ID_NUMBER in Assamese (Bengali-Assamese script) and Manipuri (Meetei Mayek and its Bengali-script writing)."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ZIP_CODE", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not _ANY.search(text):
            return []
        assamese, manipuri, meetei = (bool(p.search(text)) for p in (_ASSAMESE, _MANIPURI, _MEETEI))
        if not (assamese or manipuri or meetei):
            return []  # (ৱ alone: no Assamese nor Manipuri word)
        found = self._shared(text)
        if assamese:
            found += self._assamese(text)
        if manipuri or meetei:
            found += self._manipuri(text)
        if "\n" in text:
            found += self._table_cells(text)
        return distinct_places(found)

    def _result(self, entity: str, start: int, end: int, why: str):
        return make_result(self, entity, start, end, SCORE, why)

    # both languages, both scripts

    def _shared(self, text: str) -> list:
        out = [self._result("DATE_TIME", *m.span(), "a date with its month's name") for m in _B_DATE.finditer(text)
               if 0 < int(m.group("day")) <= 31 and (not m.group("year") or 1900 <= int(m.group("year")) < 2100)]
        out += [self._result("DATE_TIME", *m.span(), "a date with its month's name") for m in _M_DATE.finditer(text)
                if 0 < int(m.group("day")) <= 31 and (not m.group("year") or 1900 <= int(m.group("year")) < 2100)]
        for m in _NUMERIC_DATE.finditer(text):
            if m.group().isascii():
                continue  # (the date recognizers' own)
            day, month, year = int(m.group("day")), int(m.group("month")), int(m.group("year"))
            if 0 < day <= 31 and 0 < month <= 12 and (len(m.group("year")) == 2 or 1900 <= year < 2100):
                out.append(self._result("DATE_TIME", *m.span(), "a date in digits"))
        out += [self._result("AGE", *m.span("age"), "an age by its word") for m in
                (_AGE.finditer(text) if _AGE_CUE.search(text) else ())
                if 0 < int(m.group("age")) < 125]
        out += [self._result("ID_NUMBER", *m.span("value"), "an id after its label") for m in _ID.finditer(text)
                if sum(c.isdigit() for c in m.group("value")) >= 8]
        out += [self._result("ZIP_CODE", *m.span("zip"), "a PIN code after its label") for m in _PIN.finditer(text)]
        out += [self._result("ADDRESS", *m.span(), "a house's number") for m in _ADDRESS.finditer(text)]
        out += [self._result("ADDRESS", *m.span(), "a house's number") for m in _MM_ADDRESS.finditer(text)]
        out += [self._result("LOCATION", *m.span("place"), "a place's name") for m in _B_PLACE.finditer(text)]
        out += [self._result("LOCATION", *m.span("place"), "a place's name") for m in _M_PLACE.finditer(text)]
        for match in _B_KIND.finditer(text):
            place = match.group("place")
            if _place_word(place):
                out.append(self._result("LOCATION", *match.span("place"), "a place by its kind's word"))
        for match in _FIELD.finditer(text, overlapped=True):
            out += self._value(text, _KIND_OF[_canon(match.group("label"))], *match.span("value"))
        for match in _OWN_NAME.finditer(text):
            span = self._name_at(text, match.end(), 3, stops=_OWN_NAME_END)
            if span:
                out.append(self._result("PERSON", *span, "one's own name said"))
        return out

    def _name_at(self, text: str, start: int, most: int, stops: frozenset = frozenset()) -> tuple[int, int] | None:
        """The run of name words opening text at `start` (up to `most`), its last word's case ending outside."""
        match = _WORDS.match(text, start)
        if not match:
            return None
        words = match.group().split(" ")
        kept = 0
        while kept < min(len(words), most) and words[kept] not in stops and _name_word(words[kept]):
            kept += 1
        if not kept:
            return None
        end = start + len(" ".join(words[:kept]))
        last = words[kept - 1]
        return start, end - (len(last) - len(_strip_name(last)))

    def _value(self, text: str, kind: str, start: int, end: int) -> list:
        """The findings in a labelled value, by its label's kind."""
        if kind == "PERSON":
            words = _WORDS.match(text, start, end)
            if not words or words.end() < end and text[words.end()] not in ",;।꯫ \t()":
                return []
            names = words.group().split(" ")[:4]
            kept = 0
            while kept < len(names) and _name_word(names[kept]):
                kept += 1
            return [self._result("PERSON", start, start + len(" ".join(names[:kept])), "a form's label")] if kept else []
        out, at = [], start
        for cut in [*(m.start() for m in _PART_END.finditer(text, start, end)), end]:
            a, b, at = at, cut, cut + 1
            while a < b and text[a] in " \t":
                a += 1
            while b > a and text[b - 1] in " \t.":
                b -= 1
            part = text[a:b]
            if not part or kind == "LOCATION" and a != start:
                break  # (a location's value is its first part: "গাঁও: ..., ডাকঘৰ: ...")
            if _PIN.match(part) or regex.match(r"(?:পিন|ꯄꯤꯟ)", part):
                continue
            if _STREET_PART.search(part):
                if kind == "ADDRESS":
                    out.append(self._result("ADDRESS", a, b, "a form's label"))
                continue
            if _WORDS.fullmatch(part) and len(part.split(" ")) <= 4 and _place_word(part.split(" ")[0]):
                out.append(self._result("LOCATION", a, b, "a form's label"))
        return out

    # Assamese

    def _assamese(self, text: str) -> list:
        out = []
        for match in _AS_SURNAME.finditer(text):
            start = self._given_before(text, match.start())
            if start is not None:
                out.append(self._result("PERSON", start, match.end("surname"), "a given and a family name"))
            elif _ROLE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                out.append(self._result("PERSON", *match.span("surname"), "a family name after a role"))
        for match in _TITLE_BEFORE.finditer(text):
            span = self._titled_name(text, match.end())
            if span:
                out += [self._result("TITLE", *match.span("title"), "a courtesy title"),
                        self._result("PERSON", *span, "a name after a title")]
        for match in _TITLE_AFTER.finditer(text):
            before = _TWO_BEFORE.search(text, max(0, match.start() - 60), match.start() + 1)
            if before and _name_word(before.group("near")) and _canon(before.group("near")) not in _SALUTATIONS:
                out.append(self._result("TITLE", *match.span("title"), "a courtesy title"))
        for match in _KIN_AFTER.finditer(text) if _KIN_CUE.search(text) else ():
            if _name_word(match.group("name")) and _place_word(match.group("name")):
                out.append(self._result("PERSON", *match.span("name"), "a name before a kin word"))
        for match in _SIGNED.finditer(text):
            if all(map(_name_word, match.group("name").split(" "))):
                out.append(self._result("PERSON", *match.span("name"), "a letter's signature"))
        return out

    def _titled_name(self, text: str, start: int) -> tuple[int, int] | None:
        """The name after a courtesy title: up to its family name ("শ্ৰীমতী মিনতি কলিতাক মাতিলো": "মিনতি কলিতা"),
        else two words where the phrase closes after them or a title follows, else one."""
        span = self._name_at(text, start, 3, stops=_AFTER_TITLES)
        if not span:
            return None
        words = text[span[0]:span[1]].split(" ")
        for i, word in enumerate(words):
            if _AS_SURNAME.fullmatch(word):
                return span[0], span[0] + len(" ".join(words[:i + 1])) - (len(word) - len(_strip_name(word)))
        closes = _PHRASE_END.match(text, span[0] + len(" ".join(words[:2])))
        words = words[:2] if len(words) >= 2 and closes else words[:1]
        return span[0], span[0] + len(" ".join(words)) - (len(words[-1]) - len(_strip_name(words[-1])))

    @staticmethod
    def _given_before(text: str, end: int) -> int | None:
        """Where the one or two given names before a family name begin ("মই অনিমা সোণোৱাল": "অনিমা"); the farther
        word only where it has no case ending ("... চক্ৰৰ ৰেহানা চুলতানা": not "চক্ৰৰ")."""
        before = _TWO_BEFORE.search(text, max(0, end - 60), end)
        if not before or not _name_word(before.group("near")) or _canon(before.group("near")).endswith("লৈ"):
            return None
        far = before.group("far")
        if far and _name_word(far) and not _canon(far).endswith(_FAR_ENDINGS):
            return before.start("far")
        return before.start("near")

    # Manipuri, both scripts

    def _manipuri(self, text: str) -> list:
        out = [self._result("LOCATION", *m.span("place"), "a locality by its kind's word")
               for m in (_MN_KIND.finditer(text) if _MN_KIND_CUE.search(text) else ())
               if all(map(_place_word, m.group("place").split(" ")[:-1]))]
        out += [self._result("LOCATION", *m.span("place"), "a locality by its kind's word") for m in _MM_KIND.finditer(text)
                if not set(m.group("place").split(" ")[:-1]) & _M_NOT_NAME]
        for pattern in (_MN_LIVES, _MM_LIVES):
            out += [self._result("LOCATION", *m.span("place"), "a place one lives at") for m in pattern.finditer(text)
                    if len(m.group("place")) >= 3 and _canon(m.group("place")) not in _NOT_LIVES and _place_word(m.group("place"))]
        for match in _MM_HOUSE_AT.finditer(text):
            place = match.group("place")
            if not _MM_VERB_END.search(place) and place not in _M_NOT_NAME:
                out.append(self._result("LOCATION", *match.span("place"), "where one's house is"))
        for match in _WORDS.finditer(text):
            out += self._meitei_names(text, match.start(), match.group().split(" "))
        if _MEETEI.search(text):
            speakers = {}
            for match in _MM_SPEAKER.finditer(text):
                speakers.setdefault(match.group("name"), []).append(match.span("name"))
            for name, spans in speakers.items():
                if len(spans) >= 2 and all(w not in _M_NOT_NAME for w in name.split(" ")):
                    out += [self._result("PERSON", *span, "a chat's speaker") for span in spans]
        return out

    def _meitei_names(self, text: str, start: int, words: list[str]) -> list:
        """A Meitei family name and the one or two given names after it, maybe "Singh" or "Devi" closing them
        ("থোকচোম সনাতোম্বী", "সগোলসেম রঞ্জিৎ সিংহ", "ꯀꯣꯟꯁꯝ ꯏꯕꯦꯝꯍꯜꯒꯤ"): the case ending stays outside."""
        out, at = [], start
        for i, word in enumerate(words):
            if _meitei_surname(word) and i + 1 < len(words):
                given = []
                for nxt in words[i + 1:i + 4]:
                    if len(given) == 2 and nxt not in _MN_CLOSING or not _name_word(nxt) or _meitei_surname(nxt) and given:
                        break
                    given.append(nxt)
                    if _strip_name(nxt) != nxt:
                        break
                if given:
                    last = given[-1]
                    end = at + len(" ".join([word, *given])) - (len(last) - len(_strip_name(last)))
                    out.append(self._result("PERSON", at, end, "a Meitei family and given name"))
            at += len(word) + 1
        return out

    # tables

    def _table_cells(self, text: str) -> list:
        out = []
        for a, b, kind in labelled_cells(text, _header_kind):
            cell = text[a:b].strip(" \t\"'")
            if kind == "ID_NUMBER":
                if sum(c.isdigit() for c in cell) >= 8:
                    out.append(self._result("ID_NUMBER", a, b, "a table's column"))
            elif _WORDS.fullmatch(cell) and len(cell.split(" ")) <= 4 and all(map(_name_word, cell.split(" "))):
                out.append(self._result(kind, a, b, "a table's column"))
        return out
