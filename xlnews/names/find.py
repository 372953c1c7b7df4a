"""Finding names in running text: runs of capitalised words that name people, places and bodies,
with sentence starts, titles, headlines in capitals and the words translated with a name told apart."""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable

from xlnews.names.keys import compared_key, is_given_name, name_key
from xlnews.names.kinds import (
    GEOGRAPHIC_PREFIXES, KNOWN_ORGANISATIONS, ORGANISATION_HEADS, STORM_KINDS, head_kind, is_club_name,
)
from xlnews.names.nationalities import TURKISH_DEMONYM
from xlnews.names.spelling import fold, folded, has_case_ending, without_suffix
from xlnews.names.tables import (
    EXONYM_FORMS, NAME_PARTICLES, ORG_ACRONYMS, ORG_KEYS, PHRASE_STARTS, PHRASES, TERM_KEYS, TRANSLATED_NAME_WORDS,
)


# English royal titles, which are surnames too: titles only right before a name.
_ROYAL_TITLES = frozenset({"king", "queen"})
# Capitalised words that start sentences or are titles, not names.
_NOT_NAMES = {fold(w) for w in (
    "Bu Bir Ve Ama Ancak Fakat Da De Ile İle Için İçin Gibi Her Iki İki Ise İse Şu O Bunlar Ayrıca Özellikle "
    "Cumhurbaşkanı Başkan Başkanı Bakan Bakanı Devlet Dışişleri Başbakan Başbakanı Sayın Taraflar Ülkemiz Zira Lakin Bence "
    "Bakanları Bakanlar Başkanları Liderleri Cumhurbaşkanları "  # "Dışişleri Bakanları Konseyi": the ministers, no name
    "Lider Lideri "  # spun Turkish for Başkan(ı): "Rusya Devlet Lideri Vladimir Putin"
    "A As O Os Um Uma E Em No Na Nos Nas Do Da Dos Das De Por Para Com Segundo Ao Este Esta Isso Mais Também "
    "Presidente Ministro Estado Federação Há Além Possui Foto Fonte "
    "Senatör Senatörü Senatorü Vali Valisi Milletvekili Sözcü Senadora Senador Deputado Deputada Governador Governadora "
    "Prefeito Prefeita Senator Governor Spokesman Spokeswoman Foreign Prime First Secretary Chancellor Deputy Vice "
    # Deputies, and the portfolio before a minister's title: "Adalet Bakanı Yardımcısı Rod Rosenstein",
    # "Savunma Bakanı", "Ministro da Justiça", "Defense Secretary" (left as names, they were matched
    # as if they were people, and only ever between texts in one language).
    "Yardımcısı Yardımcı Müsteşarı Müsteşar Danışmanı Başsavcı Başsavcısı Savcı Savcısı Komutanı Büyükelçi "
    "Adalet İçişleri Savunma Maliye Hazine Ticaret Sağlık Eğitim Tarım Ulaştırma Ekonomi Enerji "
    "Justiça Defesa Fazenda Saúde Educação Economia Exteriores Estrangeiros Interior "
    "Justice Defense Defence Treasury Homeland Interior Attorney "
    "Dr Dra Sr Sra Srta Prof Profa Doç "
    # Abbreviated English titles: "Democratic Sen. Chris Coons", "Det. McCarthy", "the Rev. Johnson".
    "Sen Rep Gov Gen Lt Col Capt Sgt Det Rev Supt Insp "
    # Titles that ran into the name after them: "Bayan Ford", "Meclis Sözcüsü Nancy Pelosi",
    # "Minority Leader Nancy Pelosi", "First Lady ...", "Representante Conor Lamb"; and "Mas" (but).
    "Bay Bayan Sözcüsü Temsilcisi Yöneticisi Müdürü Üyesi Şef Representante Mas "
    # Turkish honorifics after the name ("Ahmet Bey", "Ayşe Hanım"): compared, they met every other one;
    # and court news's roles before it ("Sanık Nait Yılmaz", "Şüpheli ...", "Komutan Vekili ...").
    "Bey Hanım Sanık Sanıklar Şüpheli Şüpheliler Maktul Komutan Vekili "
    "Leader Speaker Minority Majority Chief Executive Lady Mayor "
    # "Judge Kavanaugh", "Yargıç Kavanaugh"; "Secretary of State Mike Pompeo" (the state is translated anyway).
    "Judge Yargıç Juiz Juíza State "
    # Ranks, offices and callings before a name, as each language capitalises them there ("Detective Inspector
    # Bob Blemmings", "Kaptan Larry Giles", "Primeiro-Ministro Zoran Zaev", "Reverendo John Howard Johnson"):
    # left in, they made one name with it and were compared as if a person were called "Padre". Party words
    # are no titles: "Demokrat Parti", "Partido Democrata" (a given name cuts "Republican Keith Rothfus").
    "Detective Inspector Sergeant Constable Officer Lieutenant Captain Commander Colonel Admiral Reverend "
    "Father Pastor Bishop Cardinal Rabbi Imam Sheikh Sir Dame Coach Manager Chairman Chairwoman Commissioner "
    "Superintendent Sheriff Congressman Congresswoman Congressmen Senators Representatives Ambassador Pope "
    "Professor Prosecutor Counsel Attorney-General Analyst Director Prince Princess Prens Prensi Prenses Prensesi "
    "Veliaht Príncipe Princesa Crown Kral Kralı Kraliçe Kraliçesi Rei Rainha "
    "Tropical "  # "Tropical Storm Rosa": see STORM_KINDS
    # A body's members, not a name: "os Estados-membros", "EU Member States", "AB Üye Devletleri".
    "Estados-membros Estados-Membros Países-membros Países-Membros Membros Member Members States Üye "
    "Dedektif Müfettiş Komiser Kaptan Teğmen Yüzbaşı Binbaşı Yarbay Albay Orgeneral Korgeneral Tuğgeneral "
    "Amiral Rahip Papaz Peder Piskopos Kardinal Haham Şeyh Profesör Doçent Doktor Yargıcı Avukat Antrenör "
    "Direktör Müdür Başkanvekili Kongre Üyesi Senatörler Temsilciler "
    # A club's or a body's officers: "Galatasaray Teknik Direktörü Okan Buruk", "Sportif Direktörü", "Basın
    # Sözcüsü", "Antrenörü" (left in, the office was read as the first words of the person's name).
    "Teknik Sportif Direktörü Antrenörü Basın "
    "Primeiro-Ministro Primeira-Ministra Vice-Presidente Vice-Presidenta Procurador-Geral Procuradora-Geral "
    "Secretário-Geral Secretária-Geral Tenente-Coronel Porta-Voz Presidenta Ministra Chanceler Embaixador "
    "Embaixadora Secretário Secretária Procurador Procuradora Detetive Inspetor Inspetora Sargento Tenente Capitão "
    "Coronel Comandante Almirante Reverendo Padre Bispo Cardeal Papa Professora Treinador Técnico "
    "Diretor Diretora Congressista Senadores Vereador Vereadora "
    "The A An And In On At Of For With By From This That These Those It He She They We Mr Mrs Ms President Minister"
).split()} | STORM_KINDS
# News agencies say who reported an event, not what happened: "(Reuters) -", "Xinhua'ya göre", "segundo a
# Reuters" would tie unrelated reports together (capitalised acronyms, "AFP", "EFE", are dropped anyway).
_NEWS_AGENCIES = {fold(w) for w in (
    "Reuters Xinhua Interfax Kyodo Yonhap Bernama Antara Sputnik Lusa Bloomberg Associated Press Agence France-Presse Presse"
).split()}
# Letters with full stops are one word: "U.S.", "U.N.", "U.K." (read as US, UN, UK).
DOTTED_ABBREVIATION = re.compile(r"(?<![\w’'.])(?:[A-Z]\.){2,}")
CAPITALISED_WORD = re.compile(
    DOTTED_ABBREVIATION.pattern + r"|(?<![\w’'])(?![A-Z]{1,3}\$)[A-ZÇĞİÖŞÜÂÎÛÁÉÍÓÚÃÕÊÔÀА-ЯЁҚҒҢҮҰҺӨ][\w’'-]*", re.U)


# Head words of institution names: such names are translated word by word, not carried over.
_INSTITUTION_WORDS = {fold(w) for w in (
    "Örgütü Konseyi Bakanlığı Üniversitesi Birliği İşbirliği Konferansı Topluluğu Kurulu Meclisi Partisi Bankası "
    "Sarayı Zirvesi Tepesi Forumu Komisyonu Hükümeti Cumhuriyeti Devletler Milletler Hattı Genel Beşlisi "
    "Organização Conselho Ministério Universidade União Assembleia Instituto Partido Banco Comissão Cooperação "
    "República Federação Nações Unidas Geral Relações Exteriores Pesquisa "
    "Organisation Organization Council Ministry University Union Assembly Institute Party Bank Commission "
    "Cooperation Republic Federation Nations United General Summit Conference Conferência "
    # Labour unions and employers' confederations ("Confederação Nacional da Indústria", "Türkiye İşçi Sendikaları
    # Konfederasyonu", "Sindicato dos Metalúrgicos do ABC"): were people.
    "Confederação Confederation Konfederasyonu Sindicato Sendikası Sendikaları"
).split()}
# An institution named in words joined by prepositions and "and" ("Organization for Security and
# Co-operation in Europe", "Conferência sobre Interação e Medidas de Confiança na Ásia", "Organização para
# a Cooperação e Desenvolvimento Econômico"): the capitalised words after its head word are its name's,
# not names of their own (they were read as people: "Medidas de Confiança", "Desenvolvimento Econômico").
# The first join must be a preposition: "o Banco Central e Haddad" are two.
_INSTITUTION_PREPOSITIONS = frozenset("for of on to against para sobre contra de do da dos das".split())
_INSTITUTION_JOINS = _INSTITUTION_PREPOSITIONS | frozenset("and in the e na no nas nos em a o as os".split())

# Seas and the like: their names are translated whole, adjective included ("Indian Ocean", "Hint Okyanusu",
# "Oceano Índico"), so none of their words is compared.
_FEATURE_WORDS = {fold(w) for w in "Ocean Sea Gulf Strait Okyanusu Denizi Körfezi Boğazı Oceano Mar Golfo Estreito".split()}


# Words that begin a place's or a person's name before a word that is also a given name ("San Diego",
# "Port Elizabeth", "Abu Bakr", "Van Morrison"): no cut there.
_NAME_STARTS = GEOGRAPHIC_PREFIXES | frozenset(fold(w) for w in (
    "Santo Porto Monte Lago New Nova Novo El La Le Los Las Al Abu Bin Ibn Van Von Mac Mc Di Da De Du Del Della "
    "Der Point Glen"
).split())


# Month and weekday names of the three languages, folded.
CALENDAR_WORDS = {fold(w) for w in (
    "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık Pazartesi Salı Çarşamba Perşembe "
    "Cuma Cumartesi Pazar Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro "
    "Segunda Terça Quarta Quinta Sexta Sábado Domingo January February March April May June July August September "
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"  # "Dec. 26, 2004", "on Oct. 1"
).split()}
# "Dr. Christine Blasey Ford": the full stop of a title does not end a sentence.
# Nor does the last one of "U.S. Supreme Court", or a middle initial's ("George W. Bush").
_TITLE_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Prof|Profa|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Det|Rev|Supt|Insp|Av|Doç)\."
    r"|(?:[A-Z]\.){2,})\s+$"
    r"|[A-ZÇĞİÖŞÜ][\w’'-]+ [A-Z]\.\s+$"
    # Turkish writes a monarch's or pope's number before the name: "Kral 6. Felipe", "Papa 14. Leo".
    r"|(?:Kral|Kraliçe|Papa|Prens|Prenses|Sultan|İmparator)\w*\s+\d{1,2}\.\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…]\s+|[\"“«(]\s*|\n)$")
# A wire report's text starts after its dateline's dash: "LONDON, May 20 (Reuters) - Prices rose",
# "ANKARA (AA) - ...", "ISTANBUL — Turkish police ...": the word after the dash starts a sentence.
_AFTER_DATELINE = re.compile(
    r"(?:\((?:[A-ZÇĞİÖŞÜÂÁÉÍÓÚ][\w/.&’'-]*\s?){1,3}\)|(?:^|\n)[A-ZÇĞİÖŞÜÂÊÔÁÉÍÓÚÃÕÀ][A-ZÇĞİÖŞÜÂÊÔÁÉÍÓÚÃÕÀ .'’-]{1,40}(?:,[^\n.!?()]{1,30})?)\s*[-–—]\s*$")


def _shouted(matches: list[re.Match[str]], keys: list[str], text: str) -> list[int]:
    """Words of a headline or lead-in written in capitals ("TUTUKLANARAK CEZAEVİNE GÖNDERİLDİ Sanık ...",
    "İHRACATÇIMIZIN EMRİNE VERECEĞİZ"): two or more such words in a row, of four letters or more, are not
    names, but for acronyms and the places and bodies the tables know ("FETÖ", "UEFA", "TOKYO")."""
    words = [without_suffix(m.group(0)) for m in matches]
    loud = [len(w) >= 4 and w.isupper() and w.upper() not in ORG_ACRONYMS for w in words]
    # Whether words i and i + 1 are both in capitals with nothing but spaces or light punctuation between.
    pair = [loud[i] and loud[i + 1] and not text[matches[i].end():matches[i + 1].start()].strip(" ,:;-")
            for i in range(len(matches) - 1)]
    return [n for n in range(len(matches))
            if ((n > 0 and pair[n - 1]) or (n < len(pair) and pair[n]))
            and keys[n] not in EXONYM_FORMS and keys[n] not in ORG_KEYS]


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` starts a sentence (not one after a title's full stop: "Sen. Warren")."""
    if _AFTER_DATELINE.search(text[max(0, start - 80):start]):
        return True
    return bool(_SENTENCE_START.search(text[max(0, start - 3):start])) \
        and not _TITLE_ABBREVIATION.search(text[max(0, start - 24):start])


_LOWER_WORD = re.compile(r"(?<![\w’'])[a-zçğıöşüâîûáéíóúãõêôàß][\w’'-]*")
# Times a word must be capitalised inside sentences, across the collection, to be a name where it starts one.
COLLECTION_NAME_MIN = 2


def names_of_collection(texts: Iterable[str]) -> frozenset[str]:
    """Keys of the words that ``texts`` capitalise inside sentences at least :data:`COLLECTION_NAME_MIN`
    times and never write in lower case: names wherever they stand. A report may name someone only at the
    starts of its sentences ("Trump said ...", "Trump, mitingde ... dedi."), where a capital says nothing
    and the name was lost; the other reports of a collection say it is one. Weekdays, months and titles
    are capitalised everywhere in English and stay out."""
    inside: collections.Counter[str] = collections.Counter()
    lower: set[str] = set()
    for text in texts:
        for m in CAPITALISED_WORD.finditer(text):
            if not _starts_sentence(text, m.start()):
                inside[name_key(m.group(0))] += 1
        lower.update(_LOWER_WORD.findall(text))
    lower_keys = {fold(w) for w in lower}
    return frozenset(k for k, count in inside.items() if count >= COLLECTION_NAME_MIN and k not in lower_keys
                     and k not in CALENDAR_WORDS and k not in _NOT_NAMES)


def find_name_runs(text: str) -> list[list[str]]:
    """Runs of adjacent capitalised words that are likely names of people and places ("Kasım Cömert
    Tokayev", "Astana’ya"): sentence-initial function words, titles, acronyms and the words of
    institution names left out (those get translated)."""
    return [run for run, _ in find_name_runs_at(text)]


def find_name_runs_at(text: str, also_named: frozenset[str] = frozenset()) -> list[tuple[list[str], int]]:
    """:func:`find_name_runs`, each run with where its first word starts in ``text`` (what stands
    before a name says what it names: "Hurricane Rosa", "Senator Warren"). ``also_named``: keys that
    are names where they start a sentence too (:func:`names_of_collection`)."""
    matches = list(CAPITALISED_WORD.finditer(text))
    keys = [name_key(m.group(0)) for m in matches]
    titles = [k in _NOT_NAMES or fold(m.group(0)) in _NOT_NAMES for m, k in zip(matches, keys)]
    for n in _shouted(matches, keys, text):
        titles[n] = True
    for n in range(len(matches) - 1):
        # "King Charles", "Queen Letizia": a title before a name, but a surname after one ("Stephen King").
        if (fold(matches[n].group(0)) in _ROYAL_TITLES and not text[matches[n].end():matches[n + 1].start()].strip()
                and not (n and not text[matches[n - 1].end():matches[n].start()].strip() and not titles[n - 1])):
            titles[n] = True
    initial = [_starts_sentence(text, m.start()) for m in matches]
    # A capital that only starts a sentence says nothing, unless the text writes the same word with a
    # capital elsewhere too ("Warren said ..." after "Senator Elizabeth Warren"), or it is a place or a body
    # the tables know ("Galatasaray, deplasmanda ...", "Google said ...").
    named = ({k for k, first in zip(keys, initial) if not first} | EXONYM_FORMS | ORG_KEYS | TERM_KEYS | also_named
             | KNOWN_ORGANISATIONS)
    phrases = _find_phrases(text, matches)
    in_phrase = {i for start, end in phrases.items() for i in range(start, end + 1)}
    for i in in_phrase:
        titles[i] = False  # "Sağlık" is a portfolio, but in "Dünya Sağlık Örgütü"
    # Which words head an institution's name: such names are translated, and may run on over joins.
    institution_word = [fold(without_suffix(m.group(0))) in _INSTITUTION_WORDS for m in matches]
    runs: list[list[int]] = []  # indices into matches
    institutions: set[int] = set()  # runs that are an institution's name in several joined words
    particles: dict[int, list[str]] = {}  # "da" in "Lula da Silva": the particles before a word, inside a name
    initials: set[int] = set()  # "W" in "George W. Bush": shown with its full stop, never compared
    for n, first in enumerate(initial):
        if (first and keys[n] not in named and n not in phrases and not has_case_ending(matches[n].group(0))
                and not _double_name_before_name(matches, titles, n, text)
                and not _given_name_before_name(matches, keys, titles, n, text)
                and not _name_before_head(matches, titles, n, text)):
            continue
        # A case ending or possessive closes a name: it goes on the name's last word ("Trump'ın Yüksek
        # Mahkeme adayı", "Trump's Supreme Court pick" are Trump and a court, not one name).
        gap = text[matches[runs[-1][-1]].end():matches[n].start()].split() if runs else []
        last = matches[runs[-1][-1]].group(0) if runs else ""
        # A middle initial's full stop stays inside the name ("George W. Bush").
        initial_stop = gap == ["."] and len(last) == 1
        if runs and _joins_institution(gap, len(runs) - 1 in institutions, any(institution_word[i] for i in runs[-1]), keys[n]):
            institutions.add(len(runs) - 1)
            runs[-1].append(n)
        elif (runs and (_inside_name(gap) or initial_stop) and without_suffix(last) == last
              and not (gap and gap != ["-"] and keys[runs[-1][-1]] in KNOWN_ORGANISATIONS)):  # "o Fenerbahçe de Mourinho": two
            if initial_stop:
                initials.add(runs[-1][-1])
            elif gap and gap != ["-"]:
                particles[n] = gap
            runs[-1].append(n)
        else:
            runs.append([n])
    out = []
    def pieces(segment: list[int]) -> list[tuple[list[int], bool]]:
        # "New York Times", "Los Angeles Police Department": a place in the name of a body is part of it.
        if (fold(without_suffix(matches[segment[-1]].group(0))) in ORGANISATION_HEADS
                and segment[-1] not in in_phrase):
            return [(segment, False)]
        return _split_at_phrases(segment, phrases)

    def given_name_parts(segment: list[int]) -> list[list[int]]:
        return _split_before_given_names(segment, keys, particles, in_phrase)

    for segment, phrase in (piece for run in runs for seg in _split_at_titles(run, titles)
                            for part in given_name_parts(seg) for piece in pieces(part)):
        if phrase:  # one place or organisation in several words, compared whole ("Güney Afrika")
            out.append(([_phrase_text(text, matches, segment[0], segment[-1])], matches[segment[0]].start()))
            continue
        words = [matches[i].group(0) for i in segment]
        if any(institution_word[i] for i in segment) and not is_club_name([fold(without_suffix(w)) for w in words]):
            # "Kore Cumhuriyeti", "Dışişleri Bakanlığı": translated, not carried over; but the country
            # in one stays ("ABD Mühendisler Birliği" is the "Corpo de Engenheiros dos EUA").
            out.extend(([w], matches[i].start()) for i, w in zip(segment, words) if keys[i] in EXONYM_FORMS)
            continue
        if any(fold(without_suffix(w)) in _FEATURE_WORDS for w in words):
            continue  # "Indian Ocean", "Hint Okyanusu", "Mar Negro": translated whole, and "Indian" is not India here
        # A month or weekday is a name inside a person's name ("Kasım Cömert Tokayev", "Theresa May"),
        # not next to a number, on its own or with a case ending ("6 Kasım", "Kasım ayında", "Kasım’da Astana’da").
        seg_keys = [keys[i] for i in segment]
        start = matches[segment[0]].start()
        calendar_is_name = (any(k not in CALENDAR_WORDS for k in seg_keys)
                            and not re.search(r"\d\W*$", text[max(0, start - 4):start]))
        kept: list[str] = []
        first_kept: int | None = None  # the first kept word's match
        compared = False  # whether any kept word is compared, not only shown
        for i, word, key in zip(segment, words, seg_keys):
            if kept and i in particles:
                kept.extend(particles[i])  # shown, never compared; a particle only ever stands between two words
            bare = without_suffix(word).replace(".", "")
            if i in initials and kept and i + 1 in segment:
                kept.append(word + ".")
                continue
            if key in TRANSLATED_NAME_WORDS:
                kept.append(word)  # shown, not compared ("São Paulo", "Güney Afrika")
                first_kept = i if first_kept is None else first_kept
                continue
            if (len(key) < 2 or (key in CALENDAR_WORDS and (not calendar_is_name or bare != word))
                    or key.isdigit() or key in _NEWS_AGENCIES):
                continue
            if bare.upper() in ORG_ACRONYMS and (bare.isupper() or len(bare) >= 4):
                continue  # an organisation's acronym, compared as one ("NATO", "Nato", "OTAN")
            if bare.isupper() and len(bare) <= 5 and key not in EXONYM_FORMS:
                continue  # acronyms change across languages (ŞİÖ, OCX → SCO)
            kept.append(word)
            first_kept = i if first_kept is None else first_kept
            compared = True
        while kept and kept[-1] in NAME_PARTICLES:
            kept.pop()
        if compared:
            out.append((kept, matches[segment[0] if first_kept is None else first_kept].start()))
    return out


def _joins_institution(gap: list[str], joined: bool, headed: bool, key: str) -> bool:
    """Whether the words between a run and the next capitalised word (key ``key``) make one institution's
    name of them (:data:`_INSTITUTION_JOINS`); ``joined``: the run is one already; ``headed``: it has an
    institution's head word."""
    if not gap or len(gap) > 3 or not all(g in _INSTITUTION_JOINS for g in gap) or is_given_name(key) or key in CALENDAR_WORDS:
        return False  # "the Council on Friday and Lula": a day is no word of a body's name
    if joined:
        return True
    return gap[0] in _INSTITUTION_PREPOSITIONS and headed


def _inside_name(gap: list[str]) -> bool:
    """Whether the words between two capitalised words keep them in one name: none, a hyphen, or up to
    two particles ("Lula da Silva", "Coreia do Norte")."""
    return not gap or gap == ["-"] or (len(gap) <= 2 and all(g in NAME_PARTICLES for g in gap))


def _phrase_form(span: str) -> str:
    """``span`` as the name tables write it: folded, case ending and Turkish "-li" dropped."""
    form = folded(" ".join(span.split()))
    return form if form in PHRASES else TURKISH_DEMONYM.sub("", form)  # "Güney Koreli": of South Korea


def _find_phrases(text: str, matches: list[re.Match[str]]) -> dict[int, int]:
    """The names of several words in the tables (_PLACE_PHRASES, ORG_NAMES) that ``text`` writes, as
    first match index → last; the longest wins ("Organização das Nações Unidas" over "Nações Unidas")."""
    found: dict[int, int] = {}
    n = 0
    while n < len(matches):
        longest = PHRASE_STARTS.get(fold(matches[n].group(0)), 0)
        end = n
        for m in range(n + 1, min(len(matches), n + longest)):
            if (not _inside_name(text[matches[m - 1].end():matches[m].start()].split())
                    or without_suffix(matches[m - 1].group(0)) != matches[m - 1].group(0)):
                break
            if _phrase_form(text[matches[n].start():matches[m].end()]) in PHRASES:
                end = m
        if end > n:
            found[n] = end
        n = end + 1
    return found


def _phrase_text(text: str, matches: list[re.Match[str]], first: int, last: int) -> str:
    """The phrase from match ``first`` to ``last`` as a name is shown: one space between its words (a line
    break may fall inside it), without a case ending."""
    return without_suffix(" ".join(text[matches[first].start():matches[last].end()].split()))


def _split_at_phrases(segment: list[int], phrases: dict[int, int]) -> list[tuple[list[int], bool]]:
    """``segment`` cut around the names of several words in it: (indices, whether a phrase)."""
    pieces: list[tuple[list[int], bool]] = []
    rest: list[int] = []
    k = 0
    while k < len(segment):
        i = segment[k]
        end = phrases.get(i)
        if end is not None and segment[k:k + end - i + 1] == list(range(i, end + 1)):
            if rest:
                pieces.append((rest, False))
                rest = []
            pieces.append((segment[k:k + end - i + 1], True))
            k += end - i + 1
        else:
            rest.append(i)
            k += 1
    if rest:
        pieces.append((rest, False))
    return pieces


def _split_at_titles(run: list[int], titles: list[bool]) -> list[list[int]]:
    """A title or function word ends one name: "Russian Foreign Minister Sergei Lavrov" is "Russian"
    and "Sergei Lavrov"; "Kore Cumhuriyeti Devlet Başkanı Yoon Suk Yeol" is an institution and a
    person, not one institution."""
    segments: list[list[int]] = [[]]
    for i in run:
        if titles[i]:
            segments.append([])
        else:
            segments[-1].append(i)
    return [seg for seg in segments if seg]


def _split_before_given_names(segment: list[int], keys: list[str], particles: dict[int, list[str]],
                              in_phrase: set[int]) -> list[list[int]]:
    """A given name with a surname after it starts a person's name, whatever capitalised words stand before
    it ("Lakers Mike Trudell", "Suprema Corte Brett Kavanaugh", "Brexit Nigel Farage"): the run is cut there,
    unless the word before is a given name too ("Mary Ann Smith"), starts a place's name ("San Diego
    Padres", "Port Elizabeth"), or a particle joins them, or both are in one name of the tables."""
    cuts = [k for k in range(1, len(segment) - 1)
            if is_given_name(keys[segment[k]]) and not is_given_name(keys[segment[k - 1]])
            and keys[segment[k - 1]] not in _NAME_STARTS and segment[k] not in particles
            and not (segment[k] in in_phrase and segment[k - 1] in in_phrase)]
    bounds = [0, *cuts, len(segment)]
    return [segment[lo:hi] for lo, hi in zip(bounds, bounds[1:])]


def _name_follows(matches: list[re.Match[str]], titles: list[bool], n: int, text: str) -> bool:
    """Whether match ``n`` is followed, after one space, by a capitalised word that is no title."""
    return n + 1 < len(matches) and text[matches[n].end():matches[n + 1].start()] == " " and not titles[n + 1]


def _given_name_before_name(matches: list[re.Match[str]], keys: list[str], titles: list[bool], n: int, text: str) -> bool:
    """A sentence-initial given name followed by another capitalised word ("Brett Kavanaugh testified ...",
    "Recep Tayyip Erdoğan ...", "Ian Poulter da Inglaterra ..."): the start of a person's name."""
    return is_given_name(keys[n]) and _name_follows(matches, titles, n, text)


def _name_before_head(matches: list[re.Match[str]], titles: list[bool], n: int, text: str) -> bool:
    """A sentence-initial word followed by a word that heads a place's or a body's name ("Downing Street
    said ...", "Chuuk Island was hit", "Fox News reported", "Akköprü Mahallesi'nde ..."): the name's first
    word, which the head alone cannot stand for (it is not compared, see _PLACE_KINDS)."""
    return (_name_follows(matches, titles, n, text)
            and (head_kind([fold(without_suffix(matches[n + 1].group(0)))]) in ("place", "organisation")
                 # "Real Madrid beat ...", "Manchester United sacked ...".
                 or is_club_name([fold(matches[n].group(0)), fold(matches[n + 1].group(0))])))


def _double_name_before_name(matches: list[re.Match[str]], titles: list[bool], n: int, text: str) -> bool:
    """A sentence-initial hyphenated name followed by another capitalised word ("Kasym-Comart
    Tokayev, ...", "Jean-Pierre Raffarin ..."): a first name, though it only ever starts sentences."""
    parts = matches[n].group(0).split("-")
    return (len(parts) >= 2 and all(p[:1].isupper() and len(p) >= 2 for p in parts)
            and _name_follows(matches, titles, n, text))


def find_names(text: str) -> list[str]:
    """The words of :func:`find_name_runs` that are compared, one by one: not the particles and the words
    translated with a name ("do" and "Sul" of "Carolina do Sul", "Guerra Mundial"), which a translation
    does not carry over."""
    return [word for run in find_name_runs(text) for word in run if compared_key(word)]


def keys_of(text: str) -> list[str]:
    """Keys of every word of ``text`` (not only capitalised ones: translations lower-case some names)."""
    keys = []
    dotted = [d.replace(".", "") for d in DOTTED_ABBREVIATION.findall(text)]  # "U.S." for "ABD", "U.N." for "BM"
    for word in re.findall(r"[\w’'-]+", text) + dotted:
        keys.append(name_key(word))
        keys.extend(p for p in re.split(r"-", name_key(word)) if p)
        if word.isupper() and word in ORG_ACRONYMS:
            keys.append("org:" + ORG_ACRONYMS[word])  # "UN" for "Birleşmiş Milletler"
    matches = list(CAPITALISED_WORD.finditer(text))
    for start, end in _find_phrases(text, matches).items():  # "United Kingdom" for "Birleşik Krallık"
        keys.append(name_key(_phrase_text(text, matches, start, end)))
    return keys
