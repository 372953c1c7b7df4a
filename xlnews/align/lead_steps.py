"""Which step of a case against someone, of someone's office, or of a ban, a report's headline and first sentence tell;
and whether they tell a central bank's decision or the month's inflation figure.

A case moves a step every few days, and the press reports each step in the same words and names: "İBB Başkanı
Ekrem İmamoğlu gözaltına alındı" on the Wednesday, "Ekrem İmamoğlu tutuklandı" on the Sunday; an opposition mayor
detained one day, a trustee put in his place the next. An office does too: "Tokayev yüzde 81,3 oyla yeniden seçildi",
then six days later "Tokayev yemin ederek görevine başladı"; and a ban: X suspended in Brazil, the suspension upheld
three days later, lifted five weeks after. Two reports of one step read as alike as two reports of one event, the more
so in one language, and an undated one has no date to tell them apart by. A detention is never a jailing, an election
a swearing-in, a first round going to a run-off the run-off won, nor a ban its lifting, so two reports whose leads
tell only different steps of one kind tell of two happenings (xlnews.align.score.told_apart).

A lead may tell more than one ("X, detained on Wednesday, was jailed on Sunday"; "re-elected, to be sworn in"): a
report tells every step its headline and first sentence give, and two reports are told apart only where they tell
steps of one kind and no step is in both. Turkish tells a step before the one it reports in a participle
("gözaltına alınan İmamoğlu tutuklandı"), which is not read; the finite verb is. What is to come is not a step told
("will be sworn in", "yemin edecek", "tomará posse"). Only the words that say one step and no other are read: English
"arrested" is a detention or a jailing, Portuguese "preso" either too, "released" a statement as often as a
prisoner, and "elected" an adjective as often as a step ("elected officials"), so none of them is read alone; nor is
Portuguese "condena" without the prison term it gives ("condena ataque" is "condemns"), nor a term asked for ("27 yıl
hapis istedi"). House arrest ("ev hapsi", "prisão domiciliar") is a step of its own: Bolsonaro put under it in August
2025 and sentenced five weeks later are two happenings, as his charges' acceptance in March was. So is someone's
diploma, mandate or licence revoked: İmamoğlu's diploma annulled on 18 March 2025 and his detention the next day; what
else is called off ("uçuşlar iptal edildi") is no step.
"""

from __future__ import annotations

import re

# The steps: their kind, and how a verdict tells them ("a tells of someone detained").
STEPS = {"detained": ("case", "someone detained"), "jailed": ("case", "someone jailed pending trial"),
         "charged": ("case", "someone charged"), "released": ("case", "someone released"),
         "sentenced": ("case", "someone sentenced"), "acquitted": ("case", "someone acquitted"),
         "removed": ("case", "someone removed from office"), "house_arrest": ("case", "someone put under house arrest"),
         "revoked": ("case", "someone's diploma, mandate or licence revoked"),
         "elected": ("office", "someone elected"), "sworn_in": ("office", "someone sworn in"),
         "resigned": ("office", "someone resigning"), "runoff": ("office", "a vote going to a run-off"),
         "annulled": ("office", "a vote annulled"),
         "imposed": ("ban", "a ban or suspension imposed"), "upheld": ("ban", "a ban or suspension upheld"),
         "lifted": ("ban", "a ban or suspension lifted"),
         # A central bank's decision (as xlnews.align.rate_moves reads it, given to lead_steps) and the month's
         # inflation figure: both monthly, in one country's press, in one template.
         "rate_decision": ("economy", "a rate decision"), "inflation_figure": ("economy", "an inflation figure")}

_WORDS: dict[str, dict[str, str]] = {
    "tr": {
        "detained": r"gözaltına\s+alın(?:dı|dılar|mıştır)\b|gözaltı\s+kararı",
        "jailed": r"tutuklan(?:dı|dılar|mıştır)\b|tutuklanmasına\s+karar",
        "charged": r"iddianame\w*\s+(?:hazırlandı|kabul\s+edildi|düzenlendi|mahkemeye\s+sunuldu)|iddianame\w*\s+(?:\w+\s+){0,2}kabul\s+etti\b|"
                   r"hakkında\s+dava\s+açıldı",
        "released": r"serbest\s+bırakıl(?:dı|dılar|mıştır)\b|tahliye\s+edil(?:di|diler)\b",
        "sentenced": r"hapis\s+cezası(?:na)?\s+(?:çarptırıldı|çarptırdı|aldı|verildi)|mahkum\s+(?:edildi|etti)\b|suçlu\s+bul(?:du|undu)\b|"
                     r"\d+\s+yıl(?:\s+\d+\s+ay)?\s+hapis\b(?!\s+(?:cezası\s+)?(?:iste|talep))",
        "acquitted": r"beraat\s+etti|beraatine\s+karar",
        "removed": r"kayyum\s+(?:olarak\s+)?ata(?:ndı|dı)\b|görevden\s+uzaklaştırıldı",
        "house_arrest": r"\bev\s+hapsi\w*",
        "revoked": r"(?:diploma|mazbata|ruhsat|vatandaşlı[kğ]|pasaport)\w*\s+(?:\w+\s+){0,2}?iptal",
        "elected": r"seçil(?:di|diler)\b|seçim\w*\s+(?:\S+\s+){0,3}?kazandı\b",
        "sworn_in": r"yemin\s+(?:ederek|etti)|göreve\s+başladı\b",
        "resigned": r"istifa\s+etti|görevinden\s+affını\s+iste",
        "runoff": r"ikinci\s+tura\s+(?:kaldı|gid(?:iyor|ecek|ildi)|taşındı)",
        "annulled": r"seçim\w*\s+(?:\w+\s+){0,2}?(?:iptal(?:ine|\s+edil|\s+etti)|yenilenmesine\s+karar)",
        "imposed": r"erişim\s+engeli\s+getiril(?:di)\b|erişim\w*\s+engell(?:endi|edi)\b|askıya\s+alın(?:dı\b|masına\s+karar)|yasaklandı\b",
        "upheld": r"(?:kararı|yasağı|engeli)\w*\s+onadı\b",
        "lifted": r"(?:engel|yasa[ğk])\w*\s+(?:kaldırıldı|kalktı|kaldırılacağını)|yeniden\s+(?:erişime\s+açıldı|faaliyete\s+geç)",
        "inflation_figure": r"enflasyon\w*[^.;\n]{0,60}?yüzde\s*[\d,.]+'?\w*\s+(?:geriledi|yükseldi|düştü|çıktı|oldu|indi|geldi)\b",
    },
    "en": {
        "detained": r"\b(?:detains?|detained|taken\s+into\s+custody)\b",
        "jailed": r"\bjail(?:s|ed)?\b[^.;\n]{0,60}\bpending\s+trial\b|\bformally\s+arrest(?:s|ed)?\b|\bremand(?:s|ed)?\b[^.;\n]{0,30}\bcustody\b",
        "charged": r"\bcharged\s+with\b|\bindict(?:s|ed)\b",
        "released": r"\b(?:released|freed)\b[^.;\n]{0,30}\b(?:from\s+(?:custody|jail|prison|detention)|pending\s+trial|on\s+bail|under\s+judicial\s+control)\b",
        "sentenced": r"\bsentenced\b|\bsentences\b[^.;\n]{0,40}\bto\s+(?:\w+\s+){0,2}(?:years?|months?|life)\b|\bjailed\s+for\s+(?:\w+\s+){0,2}(?:years?|months?)\b",
        "acquitted": r"\bacquit(?:s|ted)\b|\bcleared\s+of\b",
        "removed": r"\btrustee\b|\bremoved\s+from\s+office\b",
        "house_arrest": r"\bhouse\s+arrest\b",
        "revoked": r"\b(?:annul|revok|cancel)\w*\b[^.;\n]{0,40}?\b(?:diploma|degree|mandate|licen[cs]e|citizenship|passport)s?\b|"
                   r"\b(?:diploma|degree|mandate|licen[cs]e|citizenship|passport)s?\b[^.;\n]{0,40}?\b(?:annulled|revoked|cancell?ed)\b",
        "elected": r"\b(?:is|was|were|been|gets?|got)\s+(?:re-?)?elected\b|\bre-?elected\b(?!\s+(?:officials?|governments?|leaders?|members?))|"
                   r"\bw(?:ins?|on)\s+(?!(?:\w+\s+){0,3}?first\s+round)(?:\w+\s+){0,4}(?:election|presidency|run-?off|re-?election|term)\b",
        "sworn_in": r"(?<!be\s)\bsworn\s+in\b|(?<!be\s)\binaugurated\b|\bt(?:akes|ook)\s+(?:the\s+)?(?:office|oath)\b",
        "resigned": r"\bresign(?:s|ed)\b|\bquits\b|\bsteps?\s+down\b|\bstepped\s+down\b",
        "runoff": r"\b(?:head(?:s|ed|ing)?|go(?:es|ing)?|forced)\s+(?:in)?to\s+(?:a\s+)?(?:run-?off|second\s+round)\b|"
                  r"\bwill\s+face\b[^.;\n]{0,60}\bin\s+a\s+run-?off\b",
        "annulled": r"\b(?:annul|cancel|void)\w*\b[^.;\n]{0,40}?\b(?:vote|election|ballot)s?\b|\border(?:s|ed)?\s+(?:a\s+)?re-?run\b",
        "imposed": r"\b(?:blocks|blocked|bans|banned|suspends|suspended)\b|\border(?:s|ed)?\s+(?:the\s+)?(?:suspension|ban|block)\b",
        "upheld": r"\buph(?:olds?|eld)\b",
        "lifted": r"\blift(?:s|ed)?\b[^.;\n]{0,30}\b(?:ban|block|blockade|suspension|restrictions?|sanctions|embargo)\b|\bunblock(?:s|ed)\b|"
                  r"\brestor(?:es|ed)\s+access\b|\b(?:to|can)\s+resume\s+operations\b",
        "inflation_figure": r"\binflation\b[^.;\n]{0,40}\b(?:eases?|eased|rises?|rose|falls?|fell|slows?|slowed|accelerates?|accelerated|"
                            r"jumps?|jumped|climbs?|climbed|drops?|dropped|cools?|cooled|stands?|stood)\b[^.;\n]{0,25}?\d[\d.,]*%?",
    },
    "pt": {
        "detained": r"\b(?:é|foi|são|foram)\s+detid[oa]s?\b|\bdet(?:eve|ém|êm|iveram)\b",
        "jailed": r"\bprisão\s+preventiva\b|\bprisão\s+(?:é\s+|foi\s+)?(?:decretada|mantida|convertida)\b",
        "charged": r"\b(?:denunciad|indiciad)[oa]s?\b|\bindici(?:a|am|ou|aram)\b|\b(?:torna|tornou|vira|virou)(?:-se)?\s+réu\b",
        "released": r"\b(?:é|foi|são|foram)\s+(?:solt|libertad)[oa]s?\b|\bsoltura\b|\bdeixa\s+a\s+prisão\b",
        "sentenced": r"\bcondenad[oa]s?\s+a\b|\bpena\s+de\s+(?:\w+\s+){0,2}(?:anos?|meses)\b|\bcondena(?:m|ram|ou)?\b[^.;\n]{0,100}?\ba\s+\d+\s+anos(?:\s+e\s+\d+\s+meses)?\s+de\s+(?:prisão|reclusão|cadeia|detenção)\b",
        "acquitted": r"\babsolvid[oa]s?\b|\babsolve\b",
        "removed": r"\binterventor\b|\bdestitu(?:i|iu|ído|ída)\b|\bafastad[oa]\s+do\s+cargo\b",
        "house_arrest": r"\bprisão\s+domiciliar\b",
        "revoked": r"\b(?:anul|revog|cass|cancel)\w*\b[^.;\n]{0,40}?\b(?:diploma|mandato|licença|cidadania|passaporte)s?\b|"
                   r"\b(?:diploma|mandato|licença|cidadania|passaporte)s?\b[^.;\n]{0,40}?\b(?:anulad|revogad|cassad|cancelad)[oa]s?\b",
        "elected": r"\b(?:é|foi|são|foram)\s+(?:re)?eleit[oa]s?\b|\breeleit[oa]s?\b|\bvence(?:u|m|ram)?\s+(?:\w+\s+){0,2}elei",
        "sworn_in": r"\bt(?:oma|omou|omam|omaram)\s+posse\b|\b(?:é|foi)\s+empossad[oa]\b",
        "resigned": r"\brenunci(?:a|ou)\b|\bped(?:e|iu)\s+demissão\b",
        "runoff": r"\b(?:vai|vão|irá|irão|levam?|levou|será\s+decidid[oa]|disputar(?:ão|am)?)\s+(?:\w+\s+){0,2}?(?:ao|em|o|para\s+o)\s+segundo\s+turno\b|"
                  r"\b(?:vai|vão|irá|irão)\s+(?:\w+\s+){0,2}?(?:à|a)\s+segunda\s+volta\b",
        "annulled": r"\b(?:anul|cancel)\w*\s+(?:a\s+|o\s+)?(?:eleição|votação|pleito|resultado)\b",
        "imposed": r"\b(?:manda|mandou|determina|determinou|ordena|ordenou)\s+(?:a\s+)?suspen\w*|\bsuspend(?:e|eu)\b|\bbloque(?:ia|ou)\b|\bproíbe\b|\bproibiu\b",
        "upheld": r"\bmant(?:ém|eve|êm|iveram)\s+(?:a\s+)?(?:suspensão|bloqueio|proibição)\b|\bconfirm(?:a|ou)\s+(?:a\s+)?(?:suspensão|bloqueio|proibição)\b",
        "lifted": r"\bautoriz(?:a|ou)\s+(?:a\s+)?(?:volta|retorno)\b|\bdesbloque(?:ia|ou|ado|ada)\b|\b(?:suspensão|bloqueio|proibição)\s+(?:é\s+|foi\s+)?(?:revogad|derrubad|suspens)[oa]\b",
        "inflation_figure": r"\b(?:inflação|IPCA)\b[^.;\n]{0,60}?\b(?:desacelera|acelera|sobe|subiu|cai|caiu|recua|recuou|fica|ficou)\w*[^.;\n]{0,30}?\d[\d.,]*%?",
    },
}
_PATTERNS = {lang: [(step, re.compile(words, re.I)) for step, words in steps.items()] for lang, steps in _WORDS.items()}
_KINDS = tuple(dict.fromkeys(kind for kind, _ in STEPS.values()))


def lead_steps(title: str | None, first: str, lang: str | None, rate_move: tuple[str, str] | None = None) -> dict[str, str]:
    """Each step (a key of STEPS) the headline and the lead's first sentence ``first`` tell, with the words that tell
    it; empty where they tell none, or the language is not read. ``rate_move``: the rate decision the headline tells
    (xlnews.align.rate_moves.rate_move), a step of the economy."""
    if lang not in _PATTERNS:
        return {}
    text = f"{title or ''}\n{first}"
    steps = {step: " ".join(m.group(0).split()) for step, pattern in _PATTERNS[lang] if (m := pattern.search(text))}
    if rate_move:
        steps["rate_decision"] = rate_move[1]
    return steps


def steps_apart(a: dict[str, str], b: dict[str, str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """A step of each, with its words, where the two tell steps of one kind and none in both (None: they do not)."""
    for kind in _KINDS:
        mine = [(s, w) for s, w in a.items() if STEPS[s][0] == kind]
        theirs = [(s, w) for s, w in b.items() if STEPS[s][0] == kind]
        if mine and theirs and not {s for s, _ in mine} & {s for s, _ in theirs}:
            return mine[0], theirs[0]
    return None
