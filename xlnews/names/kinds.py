"""What a name names, from its words: the heads of places', bodies' and events' names ("Salt Lake City",
"Supreme Court", "Ryder Cup"), and the class nouns that say what kind of body, not which."""

from __future__ import annotations

import itertools

from xlnews.names.keys import compared_key, name_key
from xlnews.names.spelling import fold
from xlnews.names.tables import EXONYM_FORMS


# Kinds of storm before the storm's name ("Hurricane Rosa", "Tropical Storm Rosa", "furacão Rosa"): the
# name that follows is the storm's, not a person's (xlnews.align.facts reads it so); not names themselves.
STORM_KINDS = frozenset(fold(w) for w in "Hurricane Typhoon Cyclone Storm Furacão Tufão Ciclone Tempestade Tormenta".split())
# Turkish names the kind after ("Rosa Kasırgası'ndan"): the stems of those head words.
TURKISH_STORM_STEMS = ("kasirga", "tayfunu", "firtinas")  # not "Tayfun" alone: a given name too


# Last words that say what a name names, for the report's people / places / organisations ("Salt
# Lake City" is a place, "Supreme Court" and "New York Times" are not people). Only the kind shown
# follows from them: the words still count as names when two reports are compared.
ORGANISATION_HEADS = {fold(w) for w in (
    "Court Senate Congress Committee Department Agency Police Army Navy Office Service Foundation Association "
    "Airport Hospital Corporation Company House Administration Times Post Journal Register Tribune Gazette Herald "
    "Telegraph Mahkemesi Mahkeme Senatosu Kongresi Komitesi Polisi Ordusu Ajansı Derneği Vakfı Havalimanı Hastanesi "
    "League Lig Ligi Club Kulübü "  # "Süper Lig", "Premier League", "Şampiyonlar Ligi": no people
    "Tribunal Senado Câmara Comitê Polícia Exército Agência Fundação Associação Aeroporto"
).split()}
# Portuguese names its bodies head first ("Supremo Tribunal Federal", "Polícia Federal", "Câmara dos
# Deputados"): these make an organisation wherever they stand in the name.
ORGANISATION_HEADS_ANYWHERE = {fold(w) for w in (
    "Tribunal Senado Câmara Comitê Polícia Exército Agência Fundação Associação Aeroporto Corte Procuradoria "
    "Prefeitura Receita Hospital Museu Igreja Clube Marinha Serviço Serviços Gabinete Departamento Escola Faculdade "
    "Consórcio Jornal Empresa Centro Instituto Delegacia Liga Linhas Indústria Indústrias"  # "Voepass Linhas Aéreas" was a person
).split()}
# Buildings a report's happening takes place in ("St Peter's Basilica", "Capela Sistina", "Ayasofya Camii"): typed as
# people before. Places by their head word (English last, Portuguese first, Turkish stems last), whose kind word is
# not compared, as a street's is not: two chapels share no name for "Chapel".
_BUILDINGS_LAST = "Basilica Chapel Cathedral Mosque Temple Castle Abbey Monastery Shrine"
_BUILDINGS_FIRST = "Basílica Capela Catedral Mesquita Templo Castelo Mosteiro Santuário"
_TURKISH_BUILDING_STEMS = ("bazilika", "sapel", "katedral", "camii", "camis")
# Works and waters by their Turkish heads ("Atatürk Barajı", "Van Gölü", "Fırat Nehri", "Akkuyu Nükleer Santrali"):
# "Keban Barajı" was a person, and a dam's head word alone, its name lost at a sentence's start, met every other dam.
_TURKISH_WORKS_STEMS = ("baraj", "golu", "nehr", "tunel", "bogaz", "santral", "liman")
PLACE_HEADS = {fold(w) for w in (
    "City County Island Islands Lake Bay Valley Beach Province Region District Street Road Avenue Highway Square "
    "Plaza Park Gardens Garden Terrace Crescent Lane Mews Bridge Stadium Arena Hotel Resort Mountains Mountain Hills "
    "Rim Desert Coast Harbour Harbor Parish Township Village Peninsula Canyon Falls Forest Station "
    f"{_BUILDINGS_LAST} Tower "
    "Corridor Route"  # "Middle Corridor", "Trans-Caspian International Transport Route": typed as people
    " Norte Sul"  # Portuguese puts the compass last: "Carolina do Norte", "Rio Grande do Sul"
    " Dam Reservoir Canal Tunnel River Strait"  # "Kakhovka Dam", "Suez Canal": works and waters, no people
).split()}
# More last words of bodies' names, for the kind shown only (ORGANISATION_HEADS also keep a place inside a
# body's name: "United Nations Security Council" is cut around "United Nations", a phrase of the tables).
_ORGANISATION_LAST_WORDS = ORGANISATION_HEADS | {fold(w) for w in (
    "Limited Ltd Inc Corp Group Ventures Network Channel News Trust Alliance Society Institution Institute School "
    "College Project Club Party League Premiership Athletic Academical Athletics Council Commission Ministry Bureau "
    "Center Centre Authority Board Fund Church Pharmacy Research Facility Prison Airlines Airways Air Bank Union "
    "Directorate Academy Museum Movement Front Chamber Team Federation Parti Industries Industry "
    # Newspapers, by the words their names end in ("Boston Globe", "Clarion Ledger", "Daily Mail").
    "Globe Mail Express Mirror Guardian Observer Chronicle Examiner Inquirer Ledger Bulletin Courier Dispatch Standard"
).split()}
# Turkish heads take a possessive and a case ending on the word itself ("Newport Polis Departmanının",
# "Carnegie Mellon Üniversitesinde", "John Sokağındaki"): a last word that starts with one of these stems.
_TURKISH_PLACE_STEMS = ("bolges", "cadde", "sokag", "sokak", "stadyum", "adas", "otel", "sahil", "daglar", "karayol",
                        "mahalle", "meydan", "kopru", "parki", "ilces", "koyu",
                        *_TURKISH_BUILDING_STEMS, "kules", "koridor", *_TURKISH_WORKS_STEMS)
# Turkish offices' heads with their endings ("Diyarbakır Emniyet Müdürlüğünün"): an organisation, and no
# word of it compared (_TURKISH_KIND_STEMS).
_TURKISH_OFFICE_STEMS = ("daires", "mudurlug", "bassavcilig", "kurumu", "buros", "baskanlig", "idares", "komiserlig",
                         "teskilat", "akademis", "cephes", "federasyon")
_TURKISH_ORGANISATION_STEMS = ("departman", "servis", "merkez", "enstitu", "fakulte", "kulub", "kilise", "okul",
                               "gazete", "postas", "kuvvetler", "partis", "savcilig", "mahkemes", "hastanes",
                               "universites", "derneg", "vakf", "sirket", "holding", "bakanlig", "belediye", "ajans",
                               "komites", "ofis", "yollar", "sanayi", *_TURKISH_OFFICE_STEMS)  # "Türk Hava Yolları", "Uzay Sanayii"
# Portuguese names places and bodies head first ("Baía de Tampa", "Estádio Etihad", "Serviço de Imigração").
PLACE_HEADS_FIRST = {fold(w) for w in (
    "Ilha Ilhas Baía Estádio Rua Avenida Praça Parque Palácio Montanhas Montanha Área Zona Região Província "
    "Distrito Condado Bairro Vale Serra Cabo Ponte Península Deserto Stadio Estadio Punta Ponta Isla "
    f"{_BUILDINGS_FIRST} Torre Corredor Barragem Represa Usina Túnel Canal Estreito"
).split()}
# First words of places' names ("San Jose", "Port Elizabeth", "Lake Charles", "St Andrews").
GEOGRAPHIC_PREFIXES = frozenset(fold(w) for w in (
    "San Santa São Saint St Sainte Fort Port Mount Mont Lake Cape "
    "North South East West Kuzey Güney Doğu Batı"  # "North Carolina" was a person, "Kuzey Karolina" a bare name
).split())


_TRAILING_NUMERALS = frozenset("one two three i ii iii iv".split())
# Portuguese ordinals before a head-first name ("Primeira Grande Guerra", "Segunda Guerra Mundial").
_LEADING_ORDINALS = frozenset("primeira primeiro segunda segundo terceira terceiro grande".split())


# Football clubs named for their city, with a word that says it is a club ("Real Madrid", "Atlético de Madrid",
# "Inter de Milão", "Bayern Münih", "Manchester United", "Tottenham Hotspur"): the city in the name is the
# club's, and the report showed "Madrid" among the places a match report was about. Folded, first and last words.
CLUB_FIRST_WORDS = frozenset(fold(w) for w in (
    "Real Atlético Atletico Inter Internazionale Bayern Borussia Olympique Sporting Athletic Dinamo Dynamo Deportivo"
).split())
CLUB_LAST_WORDS = frozenset(fold(w) for w in "United Hotspur Albion Rovers Wanderers".split())


def is_club_name(words: list[str]) -> bool:
    """Whether a name's words (folded, without case endings) name a club after its city (:data:`CLUB_FIRST_WORDS`)."""
    return len(words) > 1 and (words[0] in CLUB_FIRST_WORDS or words[-1] in CLUB_LAST_WORDS)


def is_turkish_club(key: str) -> bool:
    """Turkish clubs named "<city>spor" in one word ("Trabzonspor", "Konyaspor'u")."""
    return key.endswith("spor") and len(key) >= 8


def head_kind(words: list[str]) -> str | None:
    """What the head words of a name say it names ("place", "organisation", or "name" for an event, a
    law, a prize), from its words folded without case endings; None where they say nothing."""
    while len(words) > 1 and words[-1] in _TRAILING_NUMERALS:
        words = words[:-1]  # "World War Two": the head is "War"
    if not words:
        return None
    last, first = words[-1], words[0]
    if is_club_name(words):
        return "organisation"
    if (last in PLACE_HEADS or first in PLACE_HEADS_FIRST or last.startswith(_TURKISH_PLACE_STEMS)
            or last.endswith("shire") or (len(words) > 1 and first in GEOGRAPHIC_PREFIXES)):
        return "place"
    if (last in _ORGANISATION_LAST_WORDS or any(w in ORGANISATION_HEADS_ANYWHERE for w in words)
            or last.startswith(_TURKISH_ORGANISATION_STEMS)):
        return "organisation"
    firsts = list(itertools.dropwhile(lambda w: w in _LEADING_ORDINALS, words[:-1])) + [last]
    if last in EVENT_HEADS or first in EVENT_HEADS_FIRST or firsts[0] in EVENT_HEADS_FIRST:
        return "name"
    return None


# Events named like people, two capitalised words ("Ryder Cup", "Global Citizen Festivali"): the last
# word says it is an event (English and Turkish name them head last, Portuguese head first: "Copa do
# Mundo", "Cúpula do G20").
EVENT_HEADS = {fold(w) for w in (
    "Cup Championship Championships Games Olympics Festival Summit Forum Conference Awards Tournament Marathon "
    "Kupası Kupa Şampiyonası Oyunları Olimpiyatları Festivali Zirvesi Zirve Forumu Konferansı Turnuvası Maratonu "
    # Laws, wars, treaties and prizes are named the same way ("Affordable Care Act", "Bakım Yasası", "Lei Maria da Penha").
    "Act War Treaty Agreement Accord Doctrine Prize Award Savaşı Yasası Antlaşması Anlaşması Ödülü Ödülleri "
    # Turkish names a storm head last ("Rosa Kasırgası"); English and Portuguese put the kind first (above).
    "Kasırgası Kasırga Tayfunu Fırtınası "
    # Feasts and holidays ("Easter Sunday", "Paskalya Yortusu", "Kurban Bayramı", "Çocuk Bayramı"): typed as people.
    "Easter Christmas Ramadan Bayramı Yortusu Paskalya Páscoa Ramazan"
).split()}
EVENT_HEADS_FIRST = {fold(w) for w in (
    "Copa Campeonato Jogos Olimpíadas Festival Cúpula Fórum Conferência Torneio Maratona Lei Tratado Acordo "
    "Prêmio Prémio Plano Guerra"
).split()}
# Companies and platforms the news names in one word, which nothing else in the name says are bodies.
KNOWN_ORGANISATIONS = frozenset(fold(w) for w in (
    "Google Facebook Microsoft Twitter Instagram YouTube WhatsApp Telegram TikTok Netflix Uber Tesla SpaceX "
    "Samsung Huawei Toyota Volkswagen Boeing Airbus Gazprom Rosneft Lukoil Petrobras Eletrobras Embraer Odebrecht "
    "Ambev Itaú Bradesco Globo Folha Estadão Hürriyet Milliyet Aselsan Baykar Turkcell Lidl Aldi Tesco Walmart "
    "Starbucks Nike Adidas Pfizer Moderna BioNTech AstraZeneca Siemens Nokia Ericsson Alibaba Tencent Baidu Xiaomi "
    "Sony Nintendo Disney Spotify OpenAI Nvidia Intel IBM Oracle PayPal Mastercard Revlon Labour Tories Hamas "
    "Hezbollah Hizbullah Taliban Wagner "
    # Carmakers and other companies a given name or nothing at all would make something else ("Kia" a woman).
    "Hyundai Kia Nissan Renault Stellantis Fiat Volvo Shell Chevron ExxonMobil Aramco Rosatom Sberbank Aeroflot "
    "Roscosmos Tüpraş Arçelik Vestel Halkbank Akbank Braskem Gerdau Suzano Nubank Apple "
    # Parties named by their members ("49 Democrats", "os Republicanos", "new Tory plans").
    "Democrats Republicans Democratas Republicanos Demokratlar Cumhuriyetçiler Tory Conservatives Conservadores "
    "Trabalhistas "
    # Football clubs whose one-word names are no city's (those named for theirs: is_club_name, is_turkish_club).
    "Galatasaray Fenerbahçe Flamengo Palmeiras Corinthians Fluminense Botafogo Grêmio Benfica Juventus Ajax Arsenal"
).split())


# What kind of body a name names, not which: "Committee" in "Senate Judiciary Committee", "Comitê" in "Comitê
# Nacional Republicano", "News" in "Fox News". Compared, they made one report's Senate Judiciary Committee the
# other's Republican National Committee, and any two police departments or news channels one name; inside a
# longer name they are shown, and its other words are compared (compared_keys). (Whole institution names are
# left out already: _INSTITUTION_WORDS.)
# These few name one body when they stand alone ("the Senate", "Polícia", "Mahkeme"): then they are compared.
_BODIES_ALONE = frozenset(name_key(w) for w in (
    "Police Court Senate Congress House Army Navy Church Parliament "
    "Polícia Corte Tribunal Senado Câmara Exército Marinha Igreja Congresso "
    "Polis Polisi Mahkeme Mahkemesi Senato Senatosu Kongresi Ordusu Kilise Kilisesi Meclis"
).split())
# The others name nothing alone ("the Agency said", "News", "Board"): never compared.
_KINDS_ONLY = frozenset(name_key(w) for w in (
    "Committee Agency Department Office Service Services Administration Foundation Association Hospital Airport "
    "News Channel Network Club Company Corporation Authority Board Bureau School Prison Group League Center Centre "
    "Comitê Comissão Agência Departamento Gabinete Serviço Serviços Administração Fundação Associação Aeroporto "
    "Clube Empresa Escola Prisão Grupo Liga "
    "Party Parti Partisi Partido "  # "DEM Parti" left "Parti" alone, a name every Turkish party's report shared
    "Komite Komitesi Ajans Ajansı Departman Departmanı Ofis Ofisi Servis Servisi Yönetimi Vakıf Vakfı Dernek "
    "Derneği Hastane Hastanesi Havalimanı Kulüp Kulübü Şirket Şirketi Okul Okulu Cezaevi Grubu Ligi "
    # Turkish bodies' heads ("Federal Emniyet Dairesi", "Diyarbakır Emniyet Müdürlüğü", "Bakırköy
    # Başsavcılığı", "Basın Bürosu") and their English and Portuguese words: typed as people before.
    "Dairesi Müdürlüğü Başsavcılığı Savcılığı Kurumu Bürosu Başkanlığı İdaresi Komiserliği Teşkilatı "
    "Akademisi Müzesi Hareketi Cephesi Fonu Odası Takımı Federasyonu Enstitüsü Emniyet "
    "Directorate Academy Museum Movement Front Fund Chamber Team Federation Commissioner "
    "Diretoria Academia Museu Movimento Frente Fundo Equipe Federação Delegacia "
    # What kind of event ("Olympic Games", "Olimpiyat Oyunları", "Jogos Olímpicos"; "G20 Summit", "Cúpula do
    # G20"): each language's word met nothing in the others, and two summits or festivals met on it alone.
    "Games Jogos Oyunları Summit Zirvesi Zirve Cúpula Festival Festivali Conference Konferansı Conferência "
    "Forum Forumu Fórum Tournament Turnuvası Torneio Marathon Maratonu Maratona Kasırgası Tayfunu Fırtınası"
).split())
# What kind of place a name names, as bodies' kinds above: "Street" made Downing Street and Wall Street one
# name, "County" every two counties, and "Akköprü Mahallesi" ("Akköprü District") carried a word no other
# language's report has. Shown in the name, never compared; Park, Lane, Bay, Hill stay, as surnames.
_PLACE_KINDS = frozenset(name_key(w) for w in (
    "City County Island Islands Province Region District Street Road Avenue Highway Square Plaza Township "
    "Village Peninsula Canyon Station Stadium Arena Hotel Resort Harbour Harbor Parish Neighborhood "
    "Neighbourhood Boulevard "
    "Ilha Ilhas Rua Avenida Praça Bairro Distrito Condado Região Província Zona Área Península Estádio Hotel "
    "Cadde Caddesi Sokak Sokağı Mahalle Mahallesi İlçe İlçesi Köyü Bölge Bölgesi Meydanı Köprüsü Stadı "
    f"Stadyumu Oteli Kasabası Yarımadası Limanı Karayolu İstasyonu Havaalanı {_BUILDINGS_LAST} {_BUILDINGS_FIRST} "
    "Dam Reservoir Canal Tunnel River Strait Barragem Represa Usina Túnel Estreito"
).split())
_KINDS_ONLY |= _PLACE_KINDS
# An airline's words: "Turkish Airlines" and "Azerbaijan Airlines" share no name ("Azerbaycan Hava Yolları",
# "Voepass Linhas Aéreas").
_KINDS_ONLY |= frozenset(name_key(w) for w in "Airlines Airways Linhas Aéreas Hava Yolları".split())
# A club's words that say it is one, not which: "Newcastle United" and "Leeds United", "Real Madrid" and "Real
# Betis" are two. "Inter" and "Bayern" name their clubs alone, and stay compared.
_KINDS_ONLY |= (CLUB_FIRST_WORDS | CLUB_LAST_WORDS) - {"inter", "internazionale", "bayern"}
# The same heads with a Turkish possessive and case ending on them ("Newport Polis Departmanının", "John
# Sokağındaki", "Bestwood Caddesinde").
_TURKISH_KIND_STEMS = ("komite", "ajans", "departman", "servis", "vakf", "derneg", "hastane", "havaliman", "kulub",
                       "sirket", "cezaev", "cadde", "sokag", "mahalles", "ilces", "bolges", "meydan", "kopru",
                       "stadyum", "karayol", "kasabas", "yarimadas", "istasyon", "savcilig", "muzes", "enstitu",
                       "oyunlar", "zirves", "konferans", "turnuvas", "maraton", *_TURKISH_BUILDING_STEMS, *TURKISH_STORM_STEMS,
                       *_TURKISH_WORKS_STEMS,
                       *_TURKISH_OFFICE_STEMS)
_TURKISH_BODY_STEMS = ("mahkeme", "senato", "kilise")


def is_kind_only(key: str) -> bool:
    return key in _KINDS_ONLY or key.startswith(_TURKISH_KIND_STEMS)


def is_class_noun(key: str) -> bool:
    """Whether ``key`` says what kind of body a name names (a word of :data:`_BODIES_ALONE` or :data:`_KINDS_ONLY`)."""
    return is_kind_only(key) or key in _BODIES_ALONE or key.startswith(_TURKISH_BODY_STEMS)


def compared_keys(words: list[str]) -> list[str]:
    """The keys of one name's words (:func:`compared_key`), "" for a class noun beside words that say which
    ("Fox News" is compared as "fox", "Supreme Court" as "supreme"). Beside a country alone one that names a
    body alone stays: the "Igreja de Inglaterra" is a church, not England; so does "Police" in "Police
    Department"; "Agency", "Department", "News" never are compared."""
    keys = ["" if is_kind_only(k) else k for k in (compared_key(w) for w in words)]
    if any(k and not is_class_noun(k) and k not in EXONYM_FORMS for k in keys):
        return ["" if is_class_noun(k) else k for k in keys]
    return keys
