"""Respondents are known by an alias only: a check that warns when an alias looks like a name.

The check is a hint, never a rule: the user may keep any alias. It is kept conservative, so
that the usual aliases ("R1", "Police 1", "Management A", "Socialsekreterare 2", "Unit
manager") never warn, while the common ways of writing a person's name do: two or three
capitalised words ("Anna Svensson", "Anna-Karin af Klint"), an initial and a surname
("A. Svensson"), or a common first name alone or first ("Erik", "john smith").
"""

from __future__ import annotations

import re

# Words of roles, agencies and groups: an alias containing one names a role, not a person.
# Case-folded; English, Swedish, Norwegian, Danish, Finnish-Swedish and Icelandic usage.
_ROLE_TEXT = """
    management manager managers director head chair chairman chairperson lead leader
    coordinator coordinators team staff group panel council board committee member members
    steering unit office department service services agency representative rep liaison
    police officer officers detective investigator investigators prosecutor prosecution
    prosecutors attorney lawyer judge court social worker workers welfare child children
    protection youth parent parents family families client clients carer carers guardian
    health healthcare medical doctor doctors paediatrician pediatrician nurse nurses midwife
    physician psychologist psychologists psychiatrist therapist therapists counsellor
    counselor mental interviewer interviewers forensic advocate advocates teacher teachers
    school barnahus professional professionals respondent respondents participant
    participants perspective management other others anonymous external internal senior
    junior assistant administrator secretary trainee expert
    polis polisen åklagare åklagaren socialsekreterare socialtjänst socialtjänsten
    kurator kuratorn läkare läkaren sjuksköterska barnläkare psykolog psykologen
    samordnare chef enhetschef ledning ledningen styrgrupp förälder föräldrar ungdom
    ungdomar barn personal handläggare utredare terapeut representant
    politi påtalemyndighet barnevern barnevernet lege sykepleier psykologen ledelse
    foreldre anklager socialrådgiver sygeplejerske forældre ledelse
    lögregla barnavernd
"""
_ROLE_WORDS = frozenset(_ROLE_TEXT.split())

# Common first names (Nordic, English and other European), case-folded. Names that are also
# everyday words (May, Will, Mark, Rose, Per, Bo...) are left out so that they never warn.
_FIRST_NAME_TEXT = """
    anna maria eva karin sara sofia emma elin ida lena linda malin johanna kristina
    elisabeth birgitta ingrid marie margareta helena susanne camilla hanna maja ella
    alice astrid ebba elsa freja julia klara lisa louise matilda moa nora olivia saga
    stina therese ulla åsa agneta annika cecilia frida jenny jessica josefin katarina
    lotta monica petra sandra sanna ulrika veronica emelie amanda
    erik lars karl anders johan jan nils lennart olof hans mikael peter thomas fredrik
    daniel andreas magnus stefan mats ulf bengt göran leif gunnar sven oskar oscar
    lukas william hugo liam noah elias isak axel filip viktor emil gustav alexander
    sebastian jonas simon martin henrik jakob patrik niklas mattias tobias björn kjell
    åke rolf bertil ingvar roger kent robert joakim marcus markus christian kristian
    ole knut bjørn jens søren mette hanne kirsten lise inger bente tove grete sigrid
    solveig kari liv randi siri jón guðrún sigurður kristín ólafur
    mikko juha timo matti jukka pekka antti kari tuula päivi leena sari satu tiina
    john james michael david richard joseph charles george edward paul steven kevin
    brian anthony andrew joshua ryan jason jeffrey gary timothy jose larry justin
    scott brandon benjamin samuel gregory frank alex patrick jack dennis jerry tyler
    aaron henry adam douglas nathan zachary kyle walter harold jeremy ethan carl keith
    roger gerald christopher jonathan nicholas eric stephen matthew
    mary patricia jennifer elizabeth barbara susan sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley helen brenda
    pamela nicole katherine samantha christine catherine rachel carolyn janet heather
    diane julie joyce victoria kelly christina joan evelyn lauren judith olivia megan
    cheryl martha andrea hannah jacqueline ann gloria teresa kathryn sophia madison
    jean abigail marilyn denise beverly danielle theresa diana natalie brittany charlotte
    isabella sophie chloe lucy ellie
    hans jürgen wolfgang klaus uwe dieter helmut stefanie ursula monika petra sabine
    giuseppe giovanni antonio francesco luca marco alessandro giulia chiara francesca
    juan carlos luis javier miguel pablo jorge manuel carmen lucía laura marta
    pierre jacques philippe nicolas françois michel jean-pierre marie-claire isabelle
    nathalie sylvie céline piotr krzysztof tomasz agnieszka katarzyna małgorzata
    ahmed mohammed mohammad muhammad ali fatima aisha omar hassan hussein yusuf
"""
_FIRST_NAMES = frozenset(_FIRST_NAME_TEXT.split())

# Lower-case words that may stand between a first name and a surname.
_PARTICLES = frozenset({"af", "von", "van", "de", "der", "den", "di", "da", "del", "la", "le"})

_LETTERS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")  # "Anna", "Anna-Karin", "O'Brien"
_INITIAL = re.compile(r"^[^\W\d_]\.$")  # "A."


def _is_word(token: str) -> bool:
    return bool(_LETTERS.match(token))


def _is_capitalised(token: str) -> bool:
    """ "Svensson", "Anna-Karin", "O'Brien": each part a capital then lower-case letters."""
    if not _is_word(token) or len(token) < 2:
        return False
    parts = re.split(r"[-'’]", token)
    return all(part[0].isupper() and part[1:] == part[1:].lower() for part in parts)


def _first_name(token: str) -> bool:
    folded = token.casefold()
    if folded in _FIRST_NAMES:
        return True
    # "Anna-Karin", "Karl-Johan": a double first name of two known ones.
    parts = folded.split("-")
    return len(parts) == 2 and all(part in _FIRST_NAMES for part in parts)


def looks_like_person_name(alias: str) -> bool:
    """True when `alias` is probably a person's real name (to warn, never to refuse)."""
    tokens = alias.replace(",", " ").split()
    if not tokens or len(tokens) > 4:
        return False
    # A number or a role word makes it a label: "R1", "Police 1", "Unit manager".
    if any(any(char.isdigit() for char in token) for token in tokens):
        return False
    if any(token.casefold().strip(".") in _ROLE_WORDS for token in tokens):
        return False
    words = [t for t in tokens if t.casefold() not in _PARTICLES]
    if not words:
        return False
    # An initial and a capitalised surname: "A. Svensson".
    if len(words) == 2 and _INITIAL.match(words[0]) and _is_capitalised(words[1]):
        return True
    if not all(_is_word(word) for word in words):
        return False
    # A common first name, alone or followed by a surname, however it is written.
    if _first_name(words[0]) and len(words) <= 3:
        return True
    # "Svensson, Anna": the first name after the comma.
    if "," in alias and len(words) == 2 and _first_name(words[1]):
        return True
    # Two or three capitalised words (single letters such as "Management A" are not names).
    return 2 <= len(words) <= 3 and all(_is_capitalised(word) for word in words)


__all__ = ["looks_like_person_name"]
