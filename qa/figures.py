"""Questions that ask for a figure (or a date, or a person), and whether a sentence gives one.

"How much had the estates programme saved?" is answered by an amount, not by a
passage that only says the programme was discussed. A figure is a quantity the
question does not already hold: money, a percentage, a count, a number in words.
Dates, years and paragraph numbers are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.gazetteer import mentions
from ingest.words import MONTH, OUTCOME

_FIGURE_QUESTION = re.compile(r"\b(how\s+(?:much|many|long)|what\s+(?:amount|proportion|percentage|"
                              r"total|figure|number)|by\s+how)\b", re.I)
# "What was the voter turnout at the election?", "What precept increase does the plan assume?":
# a measure named as what is asked, a few words after "what", is a figure asked for. Its word
# must head the phrase ("the turnout at", "increase does"), not qualify another ("the budget
# strategy" asks for a strategy), and not be what something else is asked of ("What was the rise
# put down to?"). Money is answered by an amount, a share by a percentage or ratio; a precept
# may be a table's bare "116.55"
_MEASURES = {"money": r"costs?|budget|salary|savings?|spend|price",
             "share": r"turnout|share|proportion|percentage|rates?",
             "figure": r"precept|increase|rise|reduction"}
_MEASURE_QUESTION = re.compile(
    r"^(?![^?]*\b(?:to|by|on|for|with|from|about|of|at|in)\s*\?\s*$)"
    r"\W*what\s+(?:(?:was|is|were|will\s+be|would\s+be)\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _MEASURES.items())
    + r")(?=\s*\?|\s+(?:of|for|at|in|by|from|on|to|that|which|did|does|do|was|is|were|will|would|has|had|"
    r"agreed|proposed|set|approved|reported)\b)", re.I)

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
                 "half|quarter|third|dozen|double|doubled|treble|tripled|halved")
# "9th February", and a month first as the press writes it: "February 14", "December 5, 2024"
_DAY_OF_MONTH = (r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"\b"
                 r"|\b" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s*cent|[.,]\d))")
# Numbers that name or locate something rather than count it, as every council's papers print
# them: "decision No. 1", "minute 07/22", "paragraph 3.2", "the s151 officer", "Covid-19",
# "pdf icon PDF 136 KB", "10.30 am", "01629 538328", "Middlesbrough, TS5 7YZ"; the numbered
# entries of a log or plan ("Action 10 - 101 Calls", "Recommendation 3", "Priority 1",
# "deliverable 5", "Pillar 3"); and
# the numbered stages of a programme or of the pandemic: "phase 2", "tier 3", "lockdown 3"
_REFERENCE = (r"\b(?:no|nos|numbers?|minutes?|items?|para(?:graph)?s?|ref(?:erence)?|pages?|appendix|"
              r"annex|section|rule|regulation|schedule|table|chapter|actions?|recommendations?|"
              r"priority|priorities|objectives?|deliverables?|pillars?|themes?|strands?|goals?|missions?|"
              r"parts?|questions?|phase|tier|stage|wave|lockdown)"
              r"\.?:?\s*\d[\d./]*"
              r"(?:\s*[-\u2013]\s*\d[\d./]*)?")
_CODE = r"\b[A-Za-z]+-?\d+[A-Za-z\d]*\b"  # "s151", "A38", "HU13"
# the pages an agenda's contents list gives an item, at the end of its line or before the next
# numbered item: "5. Review of Complaints 11 - 12 6. Precept Report 2020/21 13 - 52"
_PAGES = r"\b\d{1,3}\s+[-\u2013]\s+\d{1,3}(?:\s*$|\s+\d{1,2}\.?(?=\s+[A-Z])|(?=\s+(?-i:[A-Z])))"
_FILE_SIZE = r"\b\d+(?:\.\d+)?\s*[KMG]B\b"
_TIME = r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]m\b|[ap]\.m\.)|\b\d{1,2}:\d{2}\b"
_PHONE = r"\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b"
_POSTCODE = r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)"  # a venue's "TS5 7YZ", "NP15 1GA"
_PER = r"\bper\s+\d[\d,]*"  # the base of a rate, "per 1,000 population": its figure comes before
# "one" as a pronoun, not a count: "one of the heads of legal", "(if one is appointed)"
_PRONOUN_ONE = (r"\bone\b(?=\s+(?:of|is|was|who|which|that|another|has|had|would|will|can|could|may|"
                r"might|should|must)\b|\s*[),.;:])")
_NOT_FIGURES = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s"  # a paragraph number opening the sentence
    r"|" + _DAY_OF_MONTH +
    r"|\b(?:19|20)\d{2}(?:/\d{2,4})?\b"  # a year or a financial year
    r"|" + "|".join((_POSTCODE, _PER, _PRONOUN_ONE, _REFERENCE, _CODE, _PAGES, _FILE_SIZE, _TIME, _PHONE)),
    re.I | re.M)
_QUANTITY = re.compile(r"\d(?:[\d,.]*\d)?|\b(?:" + _NUMBER_WORDS + r")\b", re.I)


# "How much did the commissioner propose to raise the precept by?", "How much money ...": an
# amount of money (or a percentage) answers it, not a count of questions received
_MONEY_QUESTION = re.compile(r"\bhow\s+much\b(?=[^?]*\b(?:money|spen[dt]\w*|cost\w*|budget\w*|fund\w*|"
                             r"pa(?:y|id)|sav(?:e|ed|ing|ings)|rais(?:e|ed|ing)|precept|grants?|invest\w*|financ\w*|"
                             r"allocat\w*|put(?:ting)?\s+into|compensat\w*|damages|award\w*)\b)", re.I)
_AMOUNT = re.compile(r"£\s?(\d(?:[\d,.]*\d)?)|(\d(?:[\d,.]*\d)?)\s?(?:k|m|bn|million|billion|"
                     r"thousand|pounds?|pence|p|per\s*cent|%)(?!\w)", re.I)


# how long or how often, "over the next five years", "meets six times a year": no quantity of
# the subject, unless the question asks in those units ("How many times a year ...?")
_SPAN = re.compile(r"\b(?:\d+|" + _NUMBER_WORDS + r")(?:\s+|-)"
                   r"(years?|months?|weeks?|days?|hours?|minutes?|times)\b"
                   r"(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?", re.I)
_TIME_ASKED = re.compile(r"\bhow\s+(?:much\s+time|long|often)\b", re.I)
# how long, told by when it began or ends: "has served since May 2012", "went on until May 25th"
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b"
                    r"|\b(?:since|until|till)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH + r"\b",
                    re.I)
_A_SPAN = re.compile(r"\b(?:an?|one)\s+(?:extra\s+|additional\s+|further\s+)?"
                     r"(?:minute|hour|day|week|month|year)s?\b", re.I)
# a share as the papers give one: "78.4%", "3 per cent", "12 per 1,000", "one in five", "half"
_SHARE = re.compile(r"\d\s?(?:%|per\s*cent\b|per\s+\d)|\b(?:\d+|one|two|three|four|five)\s+in\s+"
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|hundred)\b|\b(?:half|a\s+third|"
                    r"a\s+quarter|two[- ]thirds|three[- ]quarters)\b", re.I)


# "How many officers did the rise pay for?": a count of officers, which a sentence naming none
# does not give ("all nine of the panel members", "the £10 rise"); the thing counted is the
# first plural a few words on, not a span ("How many times") nor a verb ("How many does")
_COUNTED = re.compile(r"\bhow\s+many\s+(?:[\w'-]+\s+){0,3}?"
                      r"(?!(?:times|years|months|weeks|days|hours|minutes|does|was|has|is)\b)"
                      r"([a-z][a-z-]*[^s\W]s)\b", re.I)


def _counts_what_is_asked(text: str, question: str) -> bool:
    counted = _COUNTED.search(question)
    if not counted:
        return True
    noun = counted.group(1).lower()
    stem = noun[:-3] if noun.endswith("ies") else noun[:-1]
    return bool(re.search(r"\b" + re.escape(stem), text, re.I))


def wants_figure(question: str) -> bool:
    return bool(_FIGURE_QUESTION.search(question) or _MEASURE_QUESTION.search(question))


def _measure_asked(question: str) -> str | None:
    match = _MEASURE_QUESTION.search(question)
    return match.lastgroup if match else None


# an agenda's items run into one line, each number before its title: "4 Chief Constable's Update
# Report 5 Work Programme"
_ITEM_NUMBER = re.compile(r"(?<![\d.,£])\b(\d{1,2})\.?\s+(?=[A-Z])")


def _without_item_numbers(sentence: str) -> str:
    """The sentence without numbers that follow on from one another (4, 5), each opening a
    capitalised title: items of a run-on agenda, not figures."""
    found = list(_ITEM_NUMBER.finditer(sentence))
    numbers = {int(match.group(1)) for match in found}
    for match in reversed(found):
        number = int(match.group(1))
        if number - 1 in numbers or number + 1 in numbers:
            sentence = sentence[:match.start()] + " " + sentence[match.end():]
    return sentence


def gives_figure(sentence: str, question: str) -> bool:
    """Whether a sentence states a quantity the question does not already name ("101 calls");
    for a question about money, an amount of money or a percentage; for a share ("what
    proportion", "the turnout"), a percentage or a ratio, not "three sets of questions"; and
    not how long or how often ("over the next five years") unless that is asked."""
    named = set(re.findall(r"\d(?:[\d,.]*\d)?", question))
    measure = _measure_asked(question)
    if _MONEY_QUESTION.search(question) or measure == "money":
        return any((match.group(1) or match.group(2)) not in named for match in _AMOUNT.finditer(sentence))
    if measure == "share":
        return any(match.group(0) not in named for match in _SHARE.finditer(sentence))
    text = _NOT_FIGURES.sub(" ", _without_item_numbers(sentence))
    if _TIME_ASKED.search(question):  # how long is what is asked: "an extra hour per officer",
        # "three to six months", "since May 2012"; not "the report had 3 elements"
        return bool(_A_SPAN.search(text) or _SINCE.search(sentence) or _SPAN.search(text))
    # a span in units the question does not ask in counts nothing of its subject
    text = _SPAN.sub(lambda span: span.group(0) if span.group(1).lower().rstrip("s")
                     in question.lower() else " ", text)
    return _counts_what_is_asked(sentence, question) \
        and any(match.group(0) not in named for match in _QUANTITY.finditer(text))


# "When will the panel consider ...?" is answered by a date, as "how much" is by a figure
_DATE_QUESTION = re.compile(r"^\W*when\b|\b(?:what|which)\s+date\b", re.I)
_DATE = re.compile(_DAY_OF_MONTH + r"|\b" + MONTH + r"\s+(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)
# "Who chaired ...?", "Which member declared ...?": answered by a person, named or by post
_PERSON_QUESTION = re.compile(r"^\W*who(?:m|se)?\b|\bwhich\s+(?:\w+\s+)?(?:members?|councillors?|"
                              r"officers?|officials?|persons?|people|commissioners?|chair(?:man|woman)?)\b",
                              re.I)
# the press writes a councillor's title in lower case: "The Panel's chair, councillor Ian Dalgarno"
_HONORIFIC = r"[Cc]ouncillors?|[Cc]llrs?\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord"
# a title before a name, with or without its full stop ("Ms. C. Napier"); not a post whose
# title begins so ("Deputy Lord Mayor")
_PERSON = re.compile(r"\b(?:(?:" + _HONORIFIC + r")\.?|Chair(?:man)?|Chief\s+Constable|Commissioner|"
                     r"Superintendent|Inspector)\s+(?!Mayor|Mayoress|Lieutenant)[A-Z]")


# a date as a "when" question is answered: a day, a month, or a year ("agreed in 2012")
_WHEN = re.compile(_DATE.pattern + r"|\b(?:19|20)\d{2}\b", re.I)


def asks_when(question: str) -> bool:
    return bool(_DATE_QUESTION.search(question))


# the year in a law's name dates no event: "set out in the Police Reform and Social
# Responsibility Act 2011", "the Elected Local Policing Bodies (Complaints and Misconduct)
# Regulations 2012"
_LAW_YEAR = re.compile(r"\b(?:Act|Regulations|Order|Measure)\s+(?:of\s+)?(?:19|20)\d\d\b")


# a month said without its year: "Chris Sims, who is leaving in January", "from early March"
_IN_MONTH = re.compile(r"\b(?:in|from|by|until|till|since|during|before|after)\s+(?:early\s+|late\s+|mid-?)?"
                       + MONTH + r"\b", re.I)


def gives_date(sentence: str) -> bool:
    sentence = _LAW_YEAR.sub(" ", sentence)
    return bool(_WHEN.search(sentence) or _IN_MONTH.search(sentence))


def asked_for(question: str) -> Callable[[str], bool] | None:
    """Whether a sentence gives what the question asks for (a figure for "how much", a date
    for "when", a person for "who"), or None when it asks for no such thing."""
    if wants_figure(question):
        return lambda sentence: gives_figure(sentence, question)
    if asks_when(question):
        return lambda sentence: bool(_DATE.search(sentence))
    if asks_who_chaired(question):
        return names_the_chair
    if asks_for_person(question):  # by title, or by name beside a post ("the PCC, Clare Moody")
        named = people_named(question)  # who is asked for is someone else
        return lambda sentence: names_someone(sentence, named)
    if asks_why(question):
        return lambda sentence: bool(reason_clauses(sentence, question))
    return None


# "Who was elected vice-chair?", "Who became chair?": the answer is someone chosen at a meeting
_CHOSEN_QUESTION = re.compile(r"^\W*who(?:m)?\b(?=[^?]*\b(?:appoint|elect|chos|choose|pick|select|nominat|"
                              r"co-opt|confirm|becam|become|replac|succeed|took\s+over|take\s+over))", re.I)


# "Who are the independent co-opted members?": who holds the seats now, which the membership
# list an agenda prints names, not who was chosen at a meeting
_PRESENT_HOLDERS = re.compile(r"^\W*who\s+(?:is|are)\s+(?:the|its|their)\b", re.I)


def asks_who_was_chosen(question: str) -> bool:
    return bool(_CHOSEN_QUESTION.search(question)) and not _PRESENT_HOLDERS.search(question)


# "Who is the Deputy Commissioner?", "Who was the Commissioner's first deputy?": the holder of
# a post, answered by a person named, as a choice is
_HOLDER_QUESTION = re.compile(r"^\W*who\s+(?:is|was|are|were|will\s+be)\s+(?:the|its|their)\b", re.I)


def asks_who_holds(question: str) -> bool:
    return bool(_HOLDER_QUESTION.search(question))


def names_person(sentence: str) -> bool:
    """"Mr Andy Davis was elected", "Councillor Reilly nominated ...": a person by title and name."""
    return bool(_PERSON.search(sentence))


# "Mark Shelford was elected", "appointed Claire George as Chair": a name without a title is
# read where a choice is recorded of it, as two or three capitalised words beside the verb
_BARE_NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# ... whose words are no post or body: "Independent Member be elected" names no one
_NAME_WORD = (r"(?!(?:Independent|Members?|Chief|Deputy|Vice|Police|Crime|Panel|Council|Councillors?|"
              r"County|Borough|City|District|Commissioner|Constable|Chair(?:man)?|Officer|The)\b)[A-Z][a-z]+")
_PERSON_NAME = _NAME_WORD + r"(?:\s+[A-Z]\.?)?\s+" + _NAME_WORD + r"(?:-[A-Z][a-z]+)?"
_CHOICE = r"(?:re-?)?(?:elected|appointed|chosen|confirmed|nominated|selected|co-opted)"
# the letters after a name: a member of a legislature ("John Biggs AM", "Jane Hutt MS") or an
# honour ("Brad Watson OBE")
_POST_NOMINALS = r"(?:\s+(?-i:AM|MP|MS|MSP|MEP|OBE|MBE|CBE|JP|QPM|DL|KPM))*"
_NAMED_CHOICE = re.compile(
    r"\b" + _PERSON_NAME + _POST_NOMINALS + r"(?:\s*\([^()]{0,40}\))?,?\s+(?:[^,.]{0,60},\s+)?"
    r"(?:was|were|be|is|had\s+been|has\s+been)\s+"
    r"(?:duly\s+|unanimously\s+)?" + _CHOICE + r"\b"
    r"|\b(?:appoint(?:ed|ment\s+of)?|elect(?:ed|ion\s+of)?|confirm(?:ed)?|nominat(?:ed|ion\s+of))\s+"
    + _PERSON_NAME + r"\b")


# "the Panel's Legal Advisor, Jane Pollard,", "the Chief Constable for Lincolnshire, Chris Haward":
# a name set beside the post it holds, before it ("Sukdave Ghuman, Service Director Legal and
# Governance"), or named as taking it ("Richard Hindley and Jacqueline Griffin were also welcomed
# to the meeting as the proposed independent co-opted members")
_POSTS = (r"Advis[oe]r|Officer|Clerk|Secretary|Treasurer|Solicitor|Chair(?:man|woman|person)?|Commissioner|"
          r"Constable|Director|Manager|Head|Lead|Member|Executive|Mayor|PCC")
_NAMED_POST = re.compile(
    r"\b(?:" + _POSTS + r"|Deputy|[A-Z][a-z]+shire)\s*,\s+" + _PERSON_NAME + r"(?=\s*[,.;()]|\s+[a-z]|\s*$)"
    r"|\b" + _PERSON_NAME + r",\s+(?:the\s+)?(?:(?:[A-Z][a-z]+|and|of|for)\s+){0,4}(?:" + _POSTS + r")\b"
    # "Paul Gibson, the preferred candidate for the position of Chief Constable"
    r"|\b" + _PERSON_NAME + r",\s+(?:the|a|an|its|our)\s+(?:[\w'-]+\s+){0,7}?(?:" + _POSTS + r")\b"
    # "Jane Hart, newly appointed as Deputy Commissioner", "Cllr Lowe, recently elected Chair"
    r"|\b" + _PERSON_NAME + r",\s+(?:newly\s+|recently\s+)?(?:appointed|elected|co-opted|confirmed)\s+"
    r"(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:" + _POSTS + r")\b"
    # "Jo Coles (Deputy Mayor for Policing, Fire and Crime)", as a list of those present gives it
    r"|\b" + _PERSON_NAME + r"\s*\([^()]{0,60}?\b(?:" + _POSTS + r")\b[^()]{0,40}\)"
    # "The Police and Crime Commissioner for Nottinghamshire is Caroline Henry."
    r"|\b(?:" + _POSTS + r")\b[^.,;]{0,60}?\bis\s+" + _PERSON_NAME + r"(?=\s*[.,;]|\s*$)"
    r"|\b" + _PERSON_NAME + r"(?:\s+and\s+" + _PERSON_NAME + r")?\s+(?:was|were)\s+[^.;]{0,60}?\bas\s+"
    r"(?:the|a|an|our)\s+(?:new\s+|proposed\s+|incoming\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:" + _POSTS + r"|" + _POSTS.lower() + r")s?\b")


# "Chief Constable - Ms. C. Napier", "Independent Members - Ms V. Cox-Wall and Mr. P. Nuttall": a
# row of an agenda's membership list, the post then the titled names holding it
_HOLDERS_ROW = re.compile(r"^[^.;:]{3,80}?(?:\s[-\u2013]|\s*:)\s+(?:" + _HONORIFIC + r")\.?\s+[A-Z]")


def lists_holders(line: str) -> bool:
    return bool(_HOLDERS_ROW.search(line))


# "Who replaced Councillor Wright as chair?", "Who succeeded Emma Wools?": the one asked for
# comes in someone's place, which the sentence naming them tells ("was elected to replace",
# "the new Deputy Commissioner", "attending future meetings following the departure of J Field");
# one naming the replaced beside someone else ("the Commissioner gave apologies on behalf of
# Emma Wools") tells of no change
_REPLACED_QUESTION = re.compile(r"^\W*who\b[^?]*\b(?:replac\w*|succe\w*|took\s+over|take\s+over|"
                                r"followed)\b", re.I)
_CHANGE = re.compile(r"\b(?:replac\w*|succe\w*|took\s+over|take\s+over|taking\s+over|in\s+place\s+of|"
                     r"instead\s+of|new(?:ly)?|(?:re-?)?appoint\w*|elect\w*|became|become|becomes|"
                     r"co-opted|nominat\w*|confirm\w*|stood\s+down|step(?:ped|s)?\s+down|resign\w*|vacan\w*|"
                     r"depart\w*|retir\w*|left|leaving|leaves|RESOLVED)\b", re.I)


def asks_who_replaced(question: str) -> bool:
    return bool(_REPLACED_QUESTION.search(question))


def tells_of_change(sentence: str) -> bool:
    return bool(_CHANGE.search(sentence))


def names_someone(sentence: str, besides: list[str] | None = None) -> bool:
    """A person named by title, by name where a choice is recorded ("On 6th May 2021, Mark
    Shelford was elected as ... Commissioner"), or by name beside their post; with `besides`,
    someone other than the people the question itself names."""
    for name in besides or ():  # with the title or post before it: "Independent Member Julie Knight"
        sentence = re.sub(r"\b(?:[A-Z][a-z]+\.?\s+){0,2}" + re.escape(name) + r"\b", " ", sentence)
    return names_person(sentence) or bool(_NAMED_CHOICE.search(sentence) or _NAMED_POST.search(sentence))


# words that make a capitalised pair a post, a body or a place rather than a person
_POST_AND_BODY_WORDS = {"chief", "constable", "commissioner", "deputy", "police", "crime", "panel", "council",
               "chair", "chairman", "vice", "independent", "member", "officer", "county", "borough",
               "city", "district", "fire", "rescue", "board", "committee", "plan", "the", "mayor",
               "policing", "director", "head", "secretary", "clerk", "executive", "manager", "lead",
               "assistant", "acting", "interim", "senior", "principal", "superintendent", "inspector"}


def people_named(question: str) -> list[str]:
    """The people a question names ("Who nominated Julie Knight ...?", "Who replaced Councillor
    Ray Wooten?"): whoever it asks for is someone else."""
    places = {word.lower() for mention in mentions(question) for word in mention.text.split()}
    untitled = re.sub(r"\b(?:" + _HONORIFIC + r")\.?\s+(?=[A-Z])", "", question)
    # a surname alone after a title: "Who replaced Councillor Wright as chair?"
    surnames = re.findall(r"\b(?:" + _HONORIFIC + r")\.?\s+([A-Z][a-z]*(?:['\u2019-][A-Z]?[a-z]+)*)\b"
                          r"(?!\s+[A-Z])", question)
    names = re.findall(r"(?<!^)\b" + _BARE_NAME, untitled) + [
        re.sub(r"['\u2019]s$", "", surname) for surname in surnames]  # "Mr Walker's term"
    # a name is a post, a body or a place only when all of it is: "Giles York" is a person
    return [name for name in names
            if not {word.lower() for word in name.split()} <= (_POST_AND_BODY_WORDS | places)]


def without_people(question: str) -> str:
    """The question without the people it names, title and all: what it asks they did ("Why did
    Keith Walker leave the panel?" asks of leaving)."""
    for name in people_named(question):
        question = re.sub(r"\b(?:(?:" + _HONORIFIC + r")\.?\s+)?" + re.escape(name) + r"(?:['\u2019]s)?\b",
                          " ", question)
    return question


# "Who chaired the panel in 2020?": the answer names the person in the chair, not one the Chair
# welcomed ("The Chair welcomed new member, Cllr Jacqueline Williams")
_CHAIR_QUESTION = re.compile(r"^\W*who\s+(?:chair(?:ed|s)?|presided|(?:was|is|has\s+been)\s+(?:the\s+)?"
                             r"chair(?:man|woman|person)?)\b", re.I)
_TITLE = r"(?:(?:" + _HONORIFIC + r")\s+)"
# with the honours lists print after it: "Cllr Norma Stephenson O.B.E (Chairman)", "Lindsay Burr MBE"
_NAMED = (_TITLE + r"?(?:[A-Z]\.?\s+)*[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)?"
          r"(?:\s+[A-Z](?:\.[A-Z]){1,3}\.?|\s+(?:OBE|MBE|CBE|JP|QPM|DL|KPM))*")
_CHAIR = r"(?<![Vv]ice[- ])(?<![Vv]ice)(?<![Dd]eputy )[Cc]hair(?:man|woman|person)?\b"
_IN_THE_CHAIR = re.compile("|".join((
    _NAMED + r"\s*\((?:Panel\s+)?" + _CHAIR + r"\)",  # "Councillor Lowe (Chair)"
    _NAMED + r"\s+(?:\([^()]{0,40}\)\s+)?\(?(?:was\s+)?in\s+the\s+[Cc]hair\b",  # "X (in the Chair)"
    _NAMED + r"\s+(?:\([^()]{0,40}\)\s+)?took\s+the\s+[Cc]hair\b",  # "Councillor Cherryholme took the Chair"
    _CHAIR + r"\s*[,:\u2013-]\s*" + _NAMED,  # "The Chair, Andy Davis, welcomed ..."
    r"^\s*" + _NAMED + r"\s+[-\u2013]\s+" + _CHAIR + r"\s*$",  # a membership list's "Paul Smith - Chair"
    # "The current Chair of the Gwent Police and Crime Panel is Mrs Gillian Howells"
    _CHAIR + r"\s+of\s+the\s+[^.]{0,60}?\bis\s+" + _TITLE + r"?[A-Z][a-z]+\s+[A-Z][a-z'-]+",
    # "Panel chairman Tony Riordan said": a title, or a first name and surname, right after
    _CHAIR + r"\s+(?:" + _TITLE + r"[A-Z][a-z]+|[A-Z][a-z]+\s+[A-Z][a-z'-]+)",
    # "X, panel chairman, said", "X, Chair of the Panel"; not "the Chief Constable, the Chairman was"
    _NAMED + r",\s+(?:the\s+)?(?:[a-z]+\s+|Panel\s+|Independent\s+){0,2}" + _CHAIR
    + r"(?=\s*(?:,|of\b|\)|$))",
    _NAMED + r"[^.]{0,40}?\b(?:re-?)?(?:elected|appointed|chosen)\b[^.]{0,30}?" + _CHAIR,
    # "a shadow panel, chaired by West Sussex County Councillor, Brad Watson OBE"
    r"\b(?:chaired|presided\s+over)\s+by\s+(?:[A-Z][a-z]+\s+){0,4}(?:" + _HONORIFIC + r")\.?,?\s+[A-Z]")))


def asks_who_chaired(question: str) -> bool:
    return bool(_CHAIR_QUESTION.search(question))


def without_the_chair(question: str) -> str:
    """The question without the chair it asks about: what else it asks of ("Who chairs the
    Accountability Board?" asks of a board, not of the panel whose chair a passage names)."""
    return re.sub(r"\b(?:chair(?:ed|s|ing|man|woman|person)?|presided)\b", " ", question, flags=re.I)


def names_the_chair(sentence: str) -> bool:
    """Whether a sentence names who was in the chair."""
    return bool(_IN_THE_CHAIR.search(sentence))


# "Which councillor called the vote a farce?": one of the members, by name; "A member of the
# panel has claimed ..." does not say who
_WHICH_MEMBER = re.compile(r"\bwhich\s+(?:[\w'-]+\s+)?(?:councillors?|members?)\b", re.I)


def asks_which_member(question: str) -> bool:
    return bool(_WHICH_MEMBER.search(question))


def without_the_member(question: str) -> str:
    """The question without the member it asks for: what they did ("called the vote a farce")."""
    return _WHICH_MEMBER.sub("which", question)


def asks_for_person(question: str) -> bool:
    """"Who chaired ...?", "Which Commissioner gave ...?": the answer is a person."""
    return bool(_PERSON_QUESTION.search(question))


# "What did the panel recommend on the precept?" asks what was decided; "What majority does the
# panel need to veto ...?", "What was the panel asked to approve?" ask of a power or a proposal,
# and "the share of the vote" of an election
_DECIDED_QUESTION = re.compile(r"(?<!\bto\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmust\s)"
                               r"\b(?:decid\w*|decision\w*|agree[ds]?|resol\w*|conclu\w*|approv\w*|"
                               r"endors\w*|vetoe?\w*|recommend\w*|reject\w*|outcomes?)\b", re.I)
# "Did the panel confirm X as Chief Constable?", "Did the Commissioner accept the recommendation?":
# whether it was done is a decision; "Who did the panel confirm?" asks for the person
_ACCEPTED_QUESTION = re.compile(r"\b(?:confirm(?:s|ed)?|accept(?:s|ed)?)\b", re.I)
# what minutes record of a panel's own decision, past and done: not the "recommendations" an
# agenda asks it to note, nor the "power of veto" a report explains
_DONE = (r"(?:agreed|resolved|decided|vetoed|accepted|endorsed|recommended|approved|supported|rejected|"
         r"concluded)")
# a power or a condition is no decision made: "The Panel has the power to ..., if agreed by a
# sufficient majority, veto the proposed precept"
_NOT_MADE = r"(?:(?!\b(?:power|powers|may|can|could|if|would|must|should|unless)\b)[^.;])"
_DECIDED = re.compile(r"\bRESOLVED\b|\b(?:panel|members|committee|it)\b" + _NOT_MADE + r"{0,60}?"
                      r"(?<!\bis\s)(?<!\bare\s)\b" + _DONE + r"\b"  # not "the Panel is recommended to"
                      # "Ten out of 12 members voted to support", "was given support by the Panel"
                      r"|\b(?:panel|members|committee)\b[^.;]{0,60}?\bvoted\s+(?:to|for|against)\b"
                      r"|\bgiven\s+(?:its\s+)?support\s+by\b[^.;]{0,40}\bpanel\b"
                      # "Steve has just been approved as Joint Lead", "the precept was agreed"
                      # "A recommendation was made and approved"
                      r"|\b(?:was|were|been)\s+(?:\w+\s+and\s+)?(?:\w+ly\s+)?" + _DONE + r"\b", re.I)


# a decision as the object of something else asked: what the panel may do with one ("What can
# the panel make recommendations about?", "By when must the Commissioner respond to its
# recommendation?"), or when a decision already named was answered ("When did the Commissioner
# respond to the panel's recommendation?")
_POWER_OVER_DECISION = re.compile(r"\b(?:can|could|may|must|should|might)\b[^?]*\b"
                                  r"(?:decision|recommend|resolution|veto|approv)", re.I)
_DECISION_NOUN = re.compile(r"\b(?:decisions?|recommendations?|resolutions?|outcomes?|approval)\b", re.I)
_DECISION_VERB = re.compile(r"\b(?:decid|agree|resolv|approv|endors|vet|recommended\b)", re.I)


def asks_what_was_decided(question: str) -> bool:
    if _POWER_OVER_DECISION.search(question):
        return False
    if asks_when(question) and _DECISION_NOUN.search(question) and not _DECISION_VERB.search(question):
        return False
    return bool(_DECIDED_QUESTION.search(question)) or bool(
        _ACCEPTED_QUESTION.search(question) and not asks_for_person(question))


# "What did the Nottinghamshire Commissioner decide ...", "Why did the PCC approve ...", "Which
# Commissioner decision ...": the Commissioner's own decisions, which the Commissioner's papers
# (a decision notice, a decision log) record as made
_COMMISSIONERS_DECISION = re.compile(r"\b(?:commissioner|pcc|pfcc|mayor)(?:'s)?\s+(?:\w+\s+)?"
                                     r"(?:decid\w*|decision\w*|approv\w*|agree[ds]?|resol\w*|endors\w*|"
                                     r"accept\w*|reject\w*)\b", re.I)


def asks_commissioners_decision(question: str) -> bool:
    return bool(_COMMISSIONERS_DECISION.search(question))


def records_decision(sentence: str) -> bool:
    """Whether a sentence records what a panel decided ("At its 24 January meeting, the Panel
    agreed to accept the Commissioner's proposal")."""
    return bool(_DECIDED.search(sentence))


# "Why did Councillor X leave the panel?" is answered by a reason, not by the sentence saying X
# left. A reason comes after a connective of cause or purpose ("due to", "on the grounds that",
# "in order to", "as her son was employed", "there being an equal number of votes"), a thanks
# ("for her work"), or as what someone said or believed; minutes give the occasion of a tribute
# as what the Chair "referred to".
_WHY_QUESTION = re.compile(r"^\W*why\b|\bfor\s+what\s+reasons?\b|"
                           r"\bwhat\s+(?:was|were|is|are)\s+the\s+reasons?\b", re.I)
_REASON = re.compile(
    r"\b(?:because|since|due\s+to|owing\s+to|on\s+account\s+of|as\s+a\s+result|results?\s+of|caused\s+by|"
    r"on\s+the\s+(?:grounds?|basis)\s+(?:of|that)|based\s+on|"
    r"in\s+order\s+to|so\s+as\s+to|so\s+that|in\s+(?:respect|view|light|memory)\s+of|in\s+response\s+to|"
    r"given\s+that|(?<!\bthe\s)following(?!\s*:)|as\s+per|there\s+being|reasons?|"
    r"referred\s+to\s+(?:the|a|an|his|her|their)\b|paid\s+tribute|"
    r"to\s+(?:allow|enable|ensure|avoid|give|provide|pursue|focus|protect|prevent|reduce|improve|meet|"
    r"fund|cover|support|reflect|recognise|recognize|address|tackle|maintain|keep|strengthen|balance)|"
    r"(?:thank\w*|grateful)\b[^.;]*?\b(?P<thanks>for)|"
    # what a meeting was held to do: "The panel met to discuss the judgement"
    r"(?<=\bmet\s)to\s+\w+|(?<=\bmeet\s)to\s+\w+|(?<=\bconvened\s)to\s+\w+|"
    r"said|says|advised|explained|suggested|stated|told|believed?|belief|"
    # "as" joining a clause ("as her son was employed"), or the role an interest is declared in
    # ("declared an interest as a current member of the Police Authority"); not a role held
    # ("served as a previous Chairman"), "as well", "as soon as"
    r"(?<=interest\s)as\s+an?|"
    r"as\s+(?!(?:a|an|well|part|such|per|of|follows?|to|soon|long|far|much|many)\b)"
    r"(?:[\w'\u2019-]+,?\s+){0,4}?(?:was|were|is|are|had|has|would|could|did|will|being))\b", re.I)


def asks_why(question: str) -> bool:
    return bool(_WHY_QUESTION.search(question))


_THANKS = re.compile(r"\b(?:thank\w*|grateful|gratitude)\b", re.I)


def reason_clauses(sentence: str, question: str = "") -> list[str]:
    """What follows each connective of cause or purpose in a sentence: where a reason would be
    ("following the resignation of Barry Coppinger" is the event itself, not its reason, when
    asked why he resigned: the caller tells them apart by the subject). What someone was
    thanked for is the reason for the thanks only: "thanked Mr Vaughan for his service" says
    nothing of why he retired."""
    clauses = []
    for match in _REASON.finditer(sentence):
        if match.group("thanks") and not _THANKS.search(question):
            continue
        clause = sentence[match.start("thanks" if match.group("thanks") else 0):]
        if not sentence[:match.start()].strip(" \"'\u201c\u2018"):
            # a reason put first ends at its comma: "As the Commissioner had not been given notice,
            # no debate took place" gives the notice as the reason, the debate is the event
            clause = clause.split(", ", 1)[0]
        clauses.append(clause)
    return clauses


# what minutes record of a meeting's view, besides a resolution: "Members put forward a rise of
# six per cent instead", "The Panel unanimously supported the proposal", "Members noted the update"
# ... with the panel as who did it: "presented to the Panel her proposed precept" is the Commissioner's
_MEMBERS_VIEW = re.compile(r"(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bfor\s)"
                           r"\b(?:members|the\s+panel|the\s+committee)\s+"
                           r"(?:(?!(?:her|his|their|its)\b)\w+\s+){0,2}?(?:put\s+forward|"
                           r"proposed|suggested|requested|asked\s+(?:that|for)|recommended|noted|welcomed|"
                           r"supported|accepted)\b", re.I)


def records_outcome(sentence: str) -> bool:
    """Whether a sentence records what a meeting decided or concluded, on anything: a
    resolution, an outcome, or the members' view."""
    return bool(records_decision(sentence) or OUTCOME.search(sentence) or _MEMBERS_VIEW.search(sentence))
