"""Page furniture: the menus, comment boxes, bylines and site names that scraping leaves around an article.

Rules work on short lines only: a furniture phrase inside a real sentence is text, not a menu.
Each rule names the reason it gives, so a user can audit what was removed and why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from xlnews.corpora.dates import byline_name, parse_date_line, time_only_line
from xlnews.wordcount import UNSPACED_SENTENCE_END, count_words

# Whole-line phrases, by reason. Matched case-insensitively at the start of a short line.
_PHRASES: dict[str, list[str]] = {
    "comments": [
        r"yorum yaz", r"yorumlar?\b", r"\d+\s+yorum", r"e-?posta (hesab|adres)ınız yayımlanmayacak",
        r"yorum yapabilmek için", r"yorum yap$", r"comentários?\s*(\(\d+\))?$", r"deixe (seu|um) comentário",
        r"seu e-?mail não será publicado", r"leave a (comment|reply)", r"\d+\s+comments?$", r"comments?\s*(\(\d+\))?$",
        r"your email address will not be published", r"adınız\s*(\*|:|ve\b|soyadınız)|adınız\W*$", r"gönder$", r"enviar$",
    ],
    "menu": [
        r"ana sayfa", r"anasayfa", r"üye(lik| girişi| ol)", r"giriş yap(ın)?\W*$", r"kategoriler$", r"servisler$", r"yazarlar$",
        r"yayın(lar|/gazete)?$", r"nöbetçi eczane", r"hava durumu", r"namaz vakit", r"puan durumu", r"canlı yayın",
        r"sosyal medya$", r"whatsapp$", r"facebook$", r"twitter$", r"instagram$", r"telegram$", r"youtube$",
        r"uygulamamızı indir", r"son dakika$", r"künye$", r"iletişim$", r"reklam$", r"abone ol", r"paylaş$",
        r"etiketler\b", r"tüm hakları saklıdır", r"gizlilik politikası",
        r"çerez", r"bu (web ?)?site\w* .{0,20}çerez", r"página inicial", r"início$", r"menu$", r"buscar?$", r"pesquisar$", r"assine", r"siga-nos",
        r"compartilh(e|ar)", r"publicidade$",
        # Portugal's words for them: "Partilhar", "Subscrever", "Iniciar sessão", "Guardar"
        r"partilh(e|ar)(\s+(no|na|em|por|este|esta|o|a)\b[^.!?]{0,30})?$", r"subscrever(\s[^.!?]{0,30})?$", r"assinar$", r"entrar$", r"(iniciar|terminar) sessão", r"guardar$",
        r"newsletters?$", r"termos e condições", r"política de cookies", r"enviar por e-?mail",
        r"todos os direitos reservados", r"política de privacidade", r"cookies?(\s+(policy|settings|preferences|notice|consent))?\W*$", r"((we|this (web)?site|our (web)?site) uses?|usamos|utilizamos|(este|o|nosso) (site|portal) (usa|utiliza)|accept( all)?|aceitar( todos os)?) cookies", r"home$", r"search$",
        r"sign in", r"log in", r"subscribe", r"share( this)?( article| story)?$", r"advertisement$",
        r"all rights reserved", r"privacy policy", r"copyright\b", r"©", r"tags?:",
        # what a page says between paragraphs: reading time, advertisement breaks, calls to follow or sign up
        r"okuma süresi", r"\d+\s*(dk|dakika)(lık)? okuma", r"\d+\s*min(ute)?s?\.? read", r"tempo de leitura",
        r"leitura:?\s*\d+\s*min", r"continue reading", r"continu[ae] (após|depois d[ae]) (a )?publicidade",
        r"haberin devamı", r"devamını oku", r"reklamdan sonra", r"advertisement", r"follow us", r"siga (o|a|nos)\b",
        r"bizi takip edin", r"google news", r"(sign up|subscribe) (for|to)\b", r"click here", r"clique aqui",
        r"inscreva-se", r"receba (as )?notícias", r"bültenimize",
        # the page's own buttons: audio players, font size, saving, loading placeholders
        r"ouvir( (a |este |esta )?(notícia|matéria|artigo))?$", r"ouça (este|esta|a) (conteúdo|notícia|matéria)", r"(sesli|haberi) dinle",
        r"listen( to this (article|story))?$", r"a\s*[+-]?\s+a\s*[+-]?$", r"tamanho (da|de) (fonte|letra)",
        r"yazı (boyutu|tipi)", r"(salvar|kaydet|save|print|imprimir|yazdır)$", r"(loading|carregando|yükleniyor)\W*$",
        r"takip et$", r"google haberler", r"haberi paylaş", r"gift this article", r"sign up$",
        r"story continues below", r"skip to (main )?content", r"jump to$", r"contact us\b", r"contact$", r"about us\b",
        r"terms (of|and) (use|service|conditions)", r"hakkımızda", r"fale conosco", r"quem somos",
        r"share (on|via|to) [\w.]+( [\w.]+)?$", r"e-?mail$", r"skip advertisement", r"supported by$", r"trending( now)?$",
        r"topics:?$", r"linki kopyala", r"devamı için tıkla", r"tümü$",
        # A page's link past its menu, in the site's language or its owner's ("Zum Inhalt springen" on DW Türkçe).
        r"zum inhalt springen$", r"(pular|ir|saltar) para o conteúdo( principal)?$", r"içeriğe (geç|atla)$",
    ],
    # Photo credits and captions' sources between paragraphs: "Foto: Reuters", "(Reprodução/Instagram)".
    "credit": [
        r"\(?\s*(foto(ğraf|grafia)?s?|imagem|imagens|image|photo(graph)?|picture|görsel|crédito|credit|reprodução"
        r"|ilustração|illustration)\s*[:/|-]", r".*\bgetty images\)?$", r".*/\s*reprodução\)?$",
        r"(ap|afp|epa|reuters|aa|iha|dha) (photo|foto)\b",
    ],
    # A desk or agency alone on its line ("Haber Merkezi", "İHA", "Estadão Conteúdo"), an editor's line.
    "byline": [
        r"([\w ]{0,25}\s([-–—|/]\s)?)?haber merkezi$", r"[\w'’]{2,20}( [\w'’]{2,20})? dijital$", r"texto$",
        r"(aa|iha|dha|anka|anadolu ajansı|reuters|afp|ap|efe|(agência )?lusa|agência brasil"
        r"|estadão conteúdo|folhapress|(da )?redação)$", r"(editor|editör|edição|texto)\s*:",
        # Where the reporter files from, under the byline (the New York Times): their place, not the event's.
        r"reporting from\s[^.!?]{1,60}$",
        # A desk's name with its address ("Haberturk.com ekibi haber@haberturk.com").
        r"[^!?]{0,60}?\s[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$",
    ],
    "source_line": [r"(fonte|kaynak|source|fuente)\s*:"],
}
_COMPILED = {reason: re.compile("^(?:" + "|".join(p) + ")", re.I) for reason, p in _PHRASES.items()}

# Whole sentences a site prints around every article: comment policies, newsletter and cookie notices.
# They read as text (ten words and a full stop), so they are matched at any length, from their start.
_SITE_SENTENCES: dict[str, list[str]] = {
    "comments": [
        r"(bu )?habere yorum (yapın|yapmak için|yaz|kat)",
        # A comment box's rules ("UYARI: Küfür, hakaret ... içeren yorumlar onaylanmamaktadır.").
        r"(uyarı\s*:\s*)?[^!?]{0,300}\byorumlar(ınız)? (onaylanmamaktadır|onaylanmayacaktır|yayınlanmamaktadır|yayımlanmamaktadır"
        r"|yayımlanmayacaktır)\W*$",
        r"e-?posta (hesab|adres)ınız yayımlanmayacak",
        r"your email address will not be published", r"required fields are marked", r"ao comentar,? você",
        r"(o )?seu (endereço de )?e-?mail não será publicado", r"os comentários (são de (inteira )?responsabilidade|não representam)",
        r"comments are (closed|moderated)",
        # A closed box's notice, the only line under its header ("Os comentários deste artigo estão fechados. Saiba porquê.").
        r"(os )?comentários (d[ea]st[ea]|n[ea]st[ea]|d[oa]) (artigo|texto|notícia|matéria|reportagem|publicação) (estão|foram|são) (fechados|encerrados|desativados)",
        r"comments (on|for) this (article|story|post) (are|have been) (closed|disabled|turned off)",
        r"(bu )?(habere|içeriğe|yazıya) yorum yapıl(a)?ma(z|maktadır)", r"(bu (haberde|içerikte) )?yorumlar(a)? kapa(lı|tılmıştır)",
    ],
    "menu": [
        r"bültenimize (abone|üye)", r"(sign up|subscribe) (for|to) our newsletter", r"(assine|receba) (a )?nossa newsletter",
        r"receba (no seu|em seu) e-?mail\b",  # Folha's newsletters ("Receba no seu email o que de mais importante acontece ...")
        r"bu (web ?)?site(miz)?(de|i)? .{0,30}çerez", r"(we|this (web)?site|our (web)?site) uses? cookies",
        r"(este|o nosso|nosso) (site|portal) (usa|utiliza) cookies",
        # A site's description of itself at the top ("Official website of the President of the Republic of Kazakhstan").
        r"(the )?official (web ?site|portal|page) of\b[^.!?]*$", r"[^.!?]*\bresmi (internet )?(sitesi|portalı)\W*$",
        r"(o )?(site|portal) oficial d[aoe]s?\b[^.!?]*$",
        # A page's counters: how often it was read, how long it takes ("Bu haber 1234 kez okundu.", "5 min read").
        r"(bu haber(in)? )?(toplam )?[\d.,]+ (kez|defa) (okundu|görüntülendi)\W*$", r"[\d.,]+ (okunma|görüntülenme)\W*$", r"(bu haberi )?[\d.,]+ kişi (okudu|görüntüledi)\W*$",
        r"(bu )?(içerik|haber) [\d]+ dakikada okunabilir\W*$", r"okuma süresi\s*:?\s*\d+\s*(dk|dakika)\W*$",
        r"(tempo de )?leitura\s*:?\s*\d+\s*min(utos?)?\W*$", r"\d+\s*min(utos?)? de leitura\W*$",
        r"\d+\s*(-\s*)?min(ute)?s?\s+read\W*$", r"[\d.,]+ (views|visualizações|leituras)\W*$",
        r"anadolu ajansı web sitesinde", r"abonelik için lütfen iletişime geçiniz", r"our standards: the thomson reuters trust principles",
        # Calls to save or follow, as long as sentences ("Save articles to read later and create your own reading list.",
        # "Siga a Sputnik Brasil e tenha acesso a conteúdos exclusivos no nosso canal no Telegram.").
        r"save (articles|this article|stories) to read later", r"siga[- ](nos|o|a)\b[^.!?]{0,80}\b(telegram|whatsapp|instagram|facebook|twitter|google (news|notícias))",
        r"follow [^.!?]{0,40}\bon (telegram|whatsapp|instagram|facebook|twitter|x|google news)\b",
        r"[^.!?]{0,40}\b(telegram|whatsapp|google news) kanalımız",
        # "BBC Türkçe'yi YouTube'dan takip edin.", "Clique aqui para seguir o canal do g1 no WhatsApp", "Baixe o app do g1 ...",
        # "VÍDEOS: veja mais notícias internacionais": five words and a full stop read as a sentence of the text.
        r"[^.!?]{0,60}\b(youtube|twitter|instagram|facebook|telegram|whatsapp|google news|google haberler)['’]?\w{0,4} (takip edin|abone olun)\W*$",
        r"(clique aqui para |clique e )?(seguir|siga|acompanhe) o canal d[oa] [^.!?]{1,40} no (whatsapp|telegram)\W*$",
        r"baixe o app\b[^!?]{0,100}$", r"(vídeos?\s*:\s*)?veja mais (notícias|vídeos)\b[^.!?]{0,60}$",
        # The copyright footer, which runs past a short line with the owner's full name ("© 2009 - 2024 Hürriyet
        # Gazetecilik ve Matbaacılık A.Ş. Tüm hakları saklıdır.", "Copyright © 2024 Globo Comunicação e Participações S.A.").
        r"(©|\(c\)\s|copyright\s*(©|\(c\)|\d{4}))", r".{0,160}\b(tüm hakları saklıdır|her hakkı saklıdır|all rights reserved"
        r"|todos os direitos reservados)\W*$",
        # The publisher's correction notice, whose date is the correction's, not the report's ("This article was
        # amended on 22 May 2024 to correct ...", "Uma versão anterior desta reportagem ...", "Düzeltme: ...").
        r"this (article|story|piece|report) (was|has been) (amended|updated|corrected|edited)\b",
        r"(an earlier|a previous) version of this (article|story|piece|report)\b", r"(correction|clarification|errata|correção|düzeltme)\s*:",
        r"(esta|essa) (notícia|reportagem|matéria|publicação) foi (atualizada|corrigida|alterada)\b",
        r"(uma )?versão anterior (desta|deste) (notícia|reportagem|matéria|texto|artigo)\b",
        r"bu (haber|içerik|yazı) .{0,30}\b(güncellenmiştir|güncellendi|düzeltilmiştir|düzeltildi)\W*$",
        r"a version of this (article|story) appears in print\b",  # with the next day's date
        # A WordPress feed's footer on every item ("The post COP29'da ... appeared first on Haber Sitesi."): the headline
        # again and the site, in English whatever the site's language.
        r"the post .{1,300} appeared first on [^.!?]{1,80}\.?$",
    ],
    # Photo captions, which run as long as sentences: as BBC pages label them ("Image caption, ..."), and
    # ending in their credit ("... — Foto: Reuters", as g1 prints one under each photo).
    "credit": [
        r"(image|media|video) (caption|source)\s*[,:]",
        r"(fotoğraf|görüntü|video) altı yazısı\s*[,:]", r"legenda (da |do )?(foto|imagem|vídeo)\s*[,:]",  # BBC Türkçe, BBC Brasil
        r".*\s[—–/-]\s*(foto(ğraf|grafia)?|imagem|photo|image)\s*:\s*[^.!?]{1,60}$",  # "... in Astana. / Photo: Reuters" (TRT World)
        r".*[.!?]\s+(foto(ğraf|grafia)?|imagem|photo|image)\s*:\s*[^\s!?][^!?]{0,60}$",  # "... em Astana, 9 de novembro de 2023. Foto: Kremlin.ru"
    ],
    # The wire's credit line at the end: "(Reporting by ...; Editing by ...)", in brackets or with its
    # editor ("Reporting by the BBC found ..." starts a sentence of the text).
    "byline": [r"\((additional )?(reporting|writing|editing) by\b", r"(additional )?reporting by [^.]{1,80}; editing by\b",
               r"\((com )?(reportagem|edição) de\b",
               # Who else reported it, at the end ("Associated Press writer Jim Heintz in Tallinn, Estonia, contributed.",
               # "Com informações da Reuters e da AFP"): its people and places are the agency's staff and desks, not the report's.
               r"(the )?(associated press|ap|reuters|afp|bloomberg)( news)? (writers?|reporters?|journalists?|correspondents?)\b[^!?]{0,240}"
               r"\bcontributed\b[^!?]{0,80}$", r"[^.!?]{0,160}\bcontributed (reporting|research|to this (report|story|article))(\s+(from|in)\s+[^.!?]{1,60})?\.?$",
               r"\*?\s*com informaç(ão|ões) (d[aoe]s?|de)\s[^,;.!?]{1,60}\.?$",
               r"\*?\s*com (as )?(agências|agência \w+|reuters|afp|efe|lusa|ansa|estadão conteúdo|folhapress)\b[^.!?]{0,60}\.?$"],
}
_SITE_SENTENCES_COMPILED = {reason: re.compile("^(?:" + "|".join(p) + ")", re.I) for reason, p in _SITE_SENTENCES.items()}

# Headers of the boxes of other articles' headlines that sites put inside and under a story ("Leia
# também", "İlgili Haberler", "Related stories"): the header, and the headlines listed under it, are
# links to other news, and their names and numbers are not this article's facts. Written alone on
# their line, or before one headline ("LEIA MAIS: Erdogan critica Israel na ONU").
_RELATED_HEADER = re.compile(
    r"^(?:leia (?:também|mais)|veja (?:também|mais)|saiba mais|(?:notícias|matérias|conteúdos?|artigos) relacionad[oa]s?"
    r"|relacionad[oa]s|mais (?:lidas|notícias|vistas|populares)|você (?:também )?pode (?:gostar|se interessar)"
    r"|ler (?:também|mais)|ver também|pode também (?:gostar|interessar)"
    r"|ilgili haber(?:ler)?|benzer haberler|diğer haberler|bunları da okuyun|bu haberler(?:i)? de"
    r"|ilginizi çekebilir|(?:en )?çok okunan(?:lar)?|öne çıkanlar|son haberler"
    r"|related(?: stories| articles| posts| news| content| coverage| links)?|read (?:more|also|next)|also read|see also"
    r"|more on this(?: story)?|more stories|you (?:may|might) also like|recommended(?: for you)?"
    r"|most (?:read|popular|viewed)|top stories|latest news|more from(?: [\w-]+){1,2}|(?:previous|next) (?:article|story|post)"
    r"|(?:sonraki|önceki) haber|bu içerik ilginizi çekebilir|ilgili konular|(?:notícia|artigo) (?:anterior|seguinte)|próxima notícia"
    # A box of the page's topic tags ("Tópicos", then "Rússia", "Cazaquistão"): links to other articles' lists, and
    # names the report may not hold, which would be its people and places.
    r"|tópicos|temas|assuntos(?: relacionados)?|tags|etiketler|konular|topics|related topics|haberle ilgili daha fazlası)"
    r"(?:\s*[:\-–—»|>]+\s*(?P<rest>.*))?$", re.I)
RELATED_MAX_HEADLINES = 12

# A breaking-news ticker's label ("SON DAKİKA: <headline>", "Breaking: ...", "Última hora: ...") or the
# label alone on its line with the headline under it. Sites run the ticker above every page with
# another story's headline, and also write the label into their own breaking story's headline: which
# it is, the page's next lines tell (see clean._remove_tickers).
_TICKER = re.compile(
    r"^(?:son dakika(?: haberi)?|flaş(?: haber)?|sıcak gelişme|breaking(?: news)?|just in|developing(?: story)?"
    r"|última hora|urgente|plantão)(?:\s*[:\-–—|»>!]+\s*(?P<rest>.*))?$", re.I)
# Words of four letters or more, their first five compared: Turkish and Portuguese endings aside,
# two headlines of one story share some, another story's share none or one.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def ticker_rest(line: str) -> str | None:
    """The headline a breaking-news ticker line carries after its label ("" for the label alone on its
    line); None where the line has no such label."""
    m = _TICKER.match(line.strip())
    return None if m is None else (m.group("rest") or "").strip()


def stems(line: str) -> set[str]:
    """A line's content words, each by its first five letters, case folded."""
    return {w.casefold()[:5] for w in _CONTENT_WORD.findall(line)}

# A bar of navigation links or a breadcrumb: short items between separators ("Home | World |
# Politics", "Início » Mundo » Política", "Gündem / Dünya / Siyaset").
_NAV_SEPARATOR = re.compile(r"\s*[|»›>•·]\s*|\s+/\s+")

# Credit lines under an article: "Minh Duc (Segundo a TASS, Kazinform)", "Muhabir: ...", "Por Fulano".
_BYLINE = re.compile(
    r"(\((segundo|com informações|com|via|according to|kaynak|source)\b.*\)$)|"
    r"^(muhabir|haber|editör|reporter|redação|reportagem|por|by|author|autor[a]?)\s*[:\s]\s*\S",
    re.I,
)
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_SENTENCE_END = re.compile(r"[.!?…:" + UNSPACED_SENTENCE_END + r"]['\"”’»)」』）]*$")
_NO_LETTERS = re.compile(r"^[\W\d_]*$")


def words(line: str) -> int:
    return count_words(line)


def is_short(line: str, limit: int = 10) -> bool:
    return words(line) <= limit


def is_body(line: str) -> bool:
    """A line that reads as article text rather than a label, link or heading."""
    n = words(line)
    return n >= 12 or (n >= 5 and bool(_SENTENCE_END.search(line)))


def related_header(line: str) -> bool:
    """Whether the line heads a box of links to other articles (it may hold the first headline)."""
    m = _RELATED_HEADER.match(line.strip())
    if m is None:
        return False
    rest = (m.group("rest") or "").strip()
    # A headline may ask ("READ MORE: Who could be the next pope?"); a question of fifteen words is no text.
    return not rest or not is_body(rest) or (rest.endswith("?") and words(rest) <= 15)


def related_header_rest(line: str) -> str:
    """The headline written on a links header's own line ("LEIA MAIS: <headline>"), or ""."""
    m = _RELATED_HEADER.match(line.strip())
    return (m.group("rest") or "") if m else ""


# A link to a video between or after the paragraphs ("Vídeo: Putin visita a China", "VIDEO: Moment the bridge
# collapsed", "İzle: ..."): another story's or clip's headline, whose people and places are not the report's.
_VIDEO_LINK = re.compile(r"^(?:vídeos?|assista(?: também| ao vídeo)?|veja o vídeo|videos?|watch|izle|videoyu izle|video haber)\s*[:|»>–—-]\s*(?P<rest>\S.*)$", re.I)


def video_link(line: str) -> bool:
    """Whether the line is a link to a video, its label and a headline (not a sentence of the text)."""
    m = _VIDEO_LINK.match(without_leading_symbols(line.strip()))
    return m is not None and is_headline_link(m.group("rest"))


def is_headline_link(line: str) -> bool:
    """A line as the headline of another article is written in a links box: short, no sentence end
    ("Putin se reúne com Tokayev em Astana", "1. Terremoto atinge o Chile")."""
    return is_short(line, 20) and not _SENTENCE_END.search(line)


def is_navigation(line: str) -> bool:
    """Whether the line is a bar of links or a breadcrumb: three or more items of up to four words
    between separators, or two when one is a known menu entry ("Home > World")."""
    if _SENTENCE_END.search(line) or not is_short(line, 30):
        return False
    items = [item for item in _NAV_SEPARATOR.split(line.strip()) if item]
    if len(items) < 2 or any(words(item) > 4 or _NO_LETTERS.match(item) for item in items):
        return False
    return len(items) >= 3 or any(_COMPILED["menu"].match(item) for item in items)


# Buttons of a share bar: a line of only these is the bar ("Facebook Twitter WhatsApp E-posta").
_SHARE_WORDS = {w.casefold() for w in (
    "Facebook Twitter X WhatsApp Telegram LinkedIn Pinterest Reddit Instagram YouTube TikTok Messenger Flipboard "
    "E-posta E-mail Email Paylaş Share Compartilhe Compartilhar Copy Link Kopyala Copiar Print Yazdır Imprimir"
).split()}


def is_share_bar(line: str) -> bool:
    names = re.findall(r"[\w-]+", re.sub(r"['’]\w+", "", line.casefold()))  # "Facebook'ta paylaş"
    return len(names) >= 2 and all(n in _SHARE_WORDS for n in names)


# What marks readers' comments under a comments header: when each was posted ("2 saat önce", "há 3
# horas", "5 hours ago") and the buttons under each ("Yanıtla", "Responder", "Reply (2)", "Beğen").
_COMMENT_POSTED = re.compile(
    r"\b\d+\s*(saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce\b"
    r"|\bhá\s+\d+\s*(segundos?|minutos?|min|horas?|h|dias?|semanas?|m[eê]s(es)?|anos?)\b"
    r"|\b\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b", re.I)
_COMMENT_BUTTONS = re.compile(
    r"^(?:(?:yanıtla|cevapla|yanıt ver|beğen|beğenme|şikayet et|bildir|responder|curtir|descurtir|denunciar"
    r"|reply|like|dislike|report|flag)\s*(?:\(?\d+\)?)?\s*[|·•]?\s*){1,4}$", re.I)


# A comment's author and the day and time it was posted, in figures, with its text after them or not
# ("Ahmet 22.05.2024 08:12 Çok güzel bir haber", "Maria Silva · 20/05/2024 às 14h32"). Under a comments header
# only: a name, a date and a clock start no sentence of a report.
_COMMENT_POSTED_ON = re.compile(
    r"^[^\W\d][^\d\s!?]*(\s+[^\d\s!?]+){0,2}?[\s·|,-]+(\d{1,2}[./-]\d{1,2}[./-](\d{4}|\d{2})|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4}"
    r"|[^\W\d]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b[\s,·|-]*(às\s+|at\s+|saat\s+)?\d{1,2}[:h.]\d{2}\b")


def comment_marker(line: str) -> bool:
    """A line of a readers' comment's frame: its author and when it was posted, or its buttons."""
    if _COMMENT_POSTED_ON.match(line.strip()):
        return True
    return is_short(line, 8) and bool(_COMMENT_POSTED.search(line) or _COMMENT_BUTTONS.match(line.strip()))


def without_leading_symbols(line: str) -> str:
    """The line without the emoji and pictographs a site puts before its calls ("✅ Clique aqui para seguir o
    canal do g1 no WhatsApp", "📱 Baixe o app do g1 ..."), which kept its phrases from matching at its start."""
    k = 0
    # Pictographs, arrows and dingbats (from U+2190), with their joiners and variation selectors; not "©", a phrase's own start.
    while k < len(line) and (line[k].isspace() or (unicodedata.category(line[k]) in ("So", "Sk", "Mn", "Cf") and ord(line[k]) >= 0x2190)):
        k += 1
    return line[k:]


def phrase_reason(line: str) -> str | None:
    """The furniture reason of a short line matching a known site phrase, else None."""
    line = without_leading_symbols(line)
    if is_navigation(line) or is_share_bar(line):
        return "menu"
    if related_header(line):
        return "related_links"
    if not is_short(line, 8):
        return None
    for reason, pattern in _COMPILED.items():
        if pattern.search(line):
            return reason
    return None


def site_sentence(line: str) -> str | None:
    """The furniture reason of a line that is one of a site's own notices (of up to 40 words), else None."""
    if words(line) > 40:
        return None
    bare = without_leading_symbols(line.strip())
    return next((reason for reason, pattern in _SITE_SENTENCES_COMPILED.items() if pattern.match(bare)), None)


# What a site asks of its readers, or claims, in a sentence at the end of its pages ("Daha fazla haber için
# tıklayın.", "Bizi sosyal medyada takip edin.", "Participe do nosso canal no WhatsApp.", "Download our app.",
# "Kaynak gösterilmeden kullanılamaz."): a short last sentence that says so is the site's, not the report's.
_CALL_TO_ACTION = re.compile(
    r"(?i)(?<!\w)(tıkla(yın|yınız)?|takip ed(in|iniz)|abone ol(un|unuz)?|indirin|kullanılamaz|yayınlanamaz"
    r"|clique|siga(-nos)?|participe|baixe|inscreva-se|assine|cadastre-se"
    r"|click|tap here|follow us|subscribe|sign up|download|join our|all rights|direitos reservados)(?!\w)")
# A sentence's end, not a label's colon.
_FULL_STOP_END = re.compile(r"[.!?…" + UNSPACED_SENTENCE_END + r"]['\"”’»)」』）]*$")
# The end of a quotation: '... situation."', 'infeliz".', 'Ela chorou’?"'. No site name or label ends so.
_QUOTE_END = re.compile(r"[.!?…][\"”’»']+$|[\"”’»'][.!?…]$")


def trailer_reason(line: str) -> str | None:
    """Why a short line after the last body paragraph is not article text; None for the last words of
    a quotation, which end many reports ('It's an unfortunate situation."')."""
    reason = phrase_reason(line)
    if reason:
        return reason
    if _QUOTE_END.search(line.strip()):
        return None
    if _FULL_STOP_END.search(line) and len(_lower_case_words(line)) >= 2 and not _URL.search(line) and not _CALL_TO_ACTION.search(line):
        return None  # a short last sentence ("Bolsonaro suçlamaları reddediyor."): no site names itself so
    if _URL.search(line) and words(_URL.sub("", line)) <= 2:
        return "source_line"
    # "Por que Trump vai ganhar ..." (why ...) starts as a byline does but names no one: a short line, not a byline.
    if _BYLINE.search(line) and not (re.match(r"(?i)(por|by)\s", line) and byline_name(line) is None):
        return "byline"
    return "site_name"


def no_text_reason(line: str) -> str | None:
    if _NO_LETTERS.match(line):
        return "no_text"
    if _URL.fullmatch(line.strip()):
        return "url_only"
    return None


def first_url(line: str) -> str | None:
    m = _URL.search(line)
    return m.group(0).rstrip(".,;)") if m else None


def strip_byline_source(line: str) -> str:
    return re.sub(r"\s*\(.*\)\s*$", "", line).strip()


@dataclass
class Line:
    """A paragraph candidate: its text, the raw line it starts on, and its blank-line block."""

    text: str
    line: int
    block: int


def _labels_block(block: list[tuple[int, str]]) -> bool:
    """A menu's lines, which look hard-wrapped where a long line of labels comes first ("Menu Últimas
    notícias Brasil Mundo Economia Esportes", then "Assine Entrar"): a line of labels, a known site
    phrase among the lines, and no sentence ending the block, as wrapped prose's last line does."""
    texts = [t for _, t in block]
    return (reads_as_labels(texts[0]) and not _SENTENCE_END.search(texts[-1])
            and any(phrase_reason(t) == "menu" for t in texts))


def split_paragraphs(text: str) -> list[Line]:
    """Paragraphs of a plain-text page. Blank lines separate blocks; inside a block a line is its
    own paragraph unless the block is hard-wrapped prose (long lines ending mid-sentence)."""
    from xlnews.corpora.decode import squeeze_spaces

    blocks: list[list[tuple[int, str]]] = [[]]
    for no, raw in enumerate(text.split("\n"), start=1):
        line = squeeze_spaces(raw)
        if line:
            blocks[-1].append((no, line))
        elif blocks[-1]:
            blocks.append([])
    out: list[Line] = []
    for bi, block in enumerate(b for b in blocks if b):
        # A date line is no prose's line: a menu, headline and date line of 40 characters each over the first
        # paragraph were one paragraph. Nor is it a wrapped paragraph's last line, unless it ends its sentence
        # ("... will meet on\n21 May 2024."): a headline over "30.10.2024 - 09:41" was one title, and the page undated.
        wrapped = len(block) > 1 and all(
            len(t) >= 40 and not _SENTENCE_END.search(t) for _, t in block[:-1]
        ) and not _labels_block(block) and not any(parse_date_line(t) for _, t in block[:-1]) \
            and not (parse_date_line(block[-1][1]) and not _SENTENCE_END.search(block[-1][1]))
        if wrapped:
            out.append(Line(" ".join(t for _, t in block), block[0][0], bi))
        else:
            out.extend(Line(t, no, bi) for no, t in block)
    return out


def _menu_like(line: str) -> bool:
    return is_short(line, 15) and not _SENTENCE_END.search(line)


_LOWER_INITIAL = re.compile(r"(?<![\w'’-])[a-zà-ÿçğıöşü]\w*")


# A page's section, alone on its line above the headline ("Dünya", "World", "Mundo").
SECTION_LABELS = frozenset(w.casefold() for w in (
    "Dünya Gündem Ekonomi Politika Siyaset Spor Yaşam Sağlık Teknoloji Kültür Sanat Magazin Türkiye Asya Avrupa Ortadoğu "
    "World Politics Business Economy Sports Sport Opinion Europe Asia Americas Africa Technology Health Science Culture "
    "Mundo Política Economia Esportes Brasil Internacional Saúde Ciência Tecnologia Cultura Opinião Portugal Europa Ásia"
).split())


_CONJUNCTIONS = frozenset("and or e ou ve veya ile".split())
# A Turkish finite verb at a line's end: past (-dı, -tı), future (-acak), progressive (-ıyor), reported
# past (-mış), and "-dır"; menu labels are nouns ("Hava Durumu", "Üye Girişi", "Yazarlar").
_TURKISH_FINITE_VERB = re.compile(r"\w{2,}(?:[dt][ıiuü]|[ae]c[ae]k|[ıiuü]yor|m[ıiuü]ş|[dt][ıiuü]r)$", re.I)
# English Title Case keeps these in lower case; a menu joins its labels with "and" at most ("Arts and Culture").
_TITLE_CASE_SMALL_WORDS = frozenset("a an the of in on at to for as by with from after over amid into against vs".split())


def _lower_case_words(line: str) -> list[str]:
    """The line's words in lower case, less "and", "e", "ve": those join a menu's labels as they join a
    headline's words ("Arts and Culture Life and Style")."""
    return [w for w in _LOWER_INITIAL.findall(line) if w not in _CONJUNCTIONS]


def reads_as_headline(line: str, lang: str | None = None) -> bool:
    """A short line written as a phrase rather than a list of labels: four words or more, two of them
    in lower case ("Tokayev, Şanghay İşbirliği Örgütü zirvesine ev sahipliği yaptı", "Astana hosts SCO
    summit as bloc admits Belarus"), and no known site phrase. Menu entries are capitalised labels
    ("Gündem Ekonomi Dünya Spor", "Últimas notícias Política Economia"). In an English article, a
    headline in Title Case reads so too: five words or more with a small word between the capitals
    ("Astana Hosts SCO Summit as Bloc Admits Belarus")."""
    if words(line) < 4 or phrase_reason(line) is not None:
        return False
    lower = _lower_case_words(line)
    reads = (len(lower) >= 2
             # Turkish headlines end in their verb, in Title Case too ("... Acilen Ameliyata Alındı")
             or (lang == "tr" and bool(_TURKISH_FINITE_VERB.search(line.rstrip(" .!?\"”’'"))))
             or (lang == "en" and words(line) >= 5 and any(w in _TITLE_CASE_SMALL_WORDS for w in lower)))
    # Nor a time in its lower-case words ("Updated 8:02 a.m. ET"): read as the menu's last headline, it took the
    # byline and date line above it into the menu. Parsed only for lines that would otherwise read so.
    return reads and not (time_only_line(line) or parse_date_line(line) is not None)


def reads_as_labels(line: str) -> bool:
    """A line of a menu's labels run together: five words or more, all capitalised but for "and" and
    one more at most, no sentence end ("Últimas notícias Política Economia Mundo Esportes")."""
    if words(line) < 5 or _SENTENCE_END.search(line):
        return False
    return len(_lower_case_words(line)) <= 1


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def leading_menu(lines: list[Line], lang: str | None = None) -> set[int]:
    """Indexes of a navigation menu at the top: a run of three or more short, unpunctuated lines
    in one block before any body text, with a known site phrase among them (or five or more
    lines). A title, a subtitle and a dateline make no menu: scraped text often has no blank line
    between the menu and the headline, so a line of the run that reads as a headline is no label,
    and the menu's labels end at the run's last such line."""
    runs: list[list[int]] = []
    for i, ln in enumerate(lines):
        if is_body(ln.text):
            break
        if not _menu_like(ln.text):
            runs.append([])
            continue
        if runs and runs[-1] and lines[runs[-1][-1]].block == ln.block:
            runs[-1].append(i)
        else:
            runs.append([i])
    menu: set[int] = set()
    for run in runs:
        known = sum(1 for i in run if phrase_reason(lines[i].text) == "menu")
        # Two lines make a menu where one is a known entry and the other its labels ("Menu", then
        # "Últimas notícias Política Economia Mundo Esportes").
        pair = len(run) == 2 and known == 1 and any(reads_as_labels(lines[i].text) for i in run)
        if (len(run) >= 3 and (known >= 1 or len(run) >= 5)) or pair:
            # The menu is the run's labels up to its last headline-like line: what follows that (a date
            # line, a byline) is the article's; a page title line above the menu is no label either.
            headlines = [k for k, i in enumerate(run) if reads_as_headline(lines[i].text, lang)]
            if not headlines and _headline_over_text(lines, run[-1]):
                headlines = [len(run) - 1]
            last = headlines[-1] if headlines else len(run)
            # Nor is the date line that ends the run, above the headline ("23.03.2025 - 14:35"): it dates
            # the article. One above the labels is the day the page was read, in the site's header. Nor a
            # byline beside it ("By RFE/RL's Kazakh Service"), and the long line over them both is the
            # headline, in capitals word by word ("Lavrov Meets Tokayev In Astana Ahead Of SCO Ministerial").
            ends = last
            while not headlines and last and (parse_date_line(lines[run[last - 1]].text) is not None
                                              or byline_name(lines[run[last - 1]].text) is not None):
                last -= 1
            above = lines[run[last - 1]].text if last else ""
            if not headlines and last < ends and last and phrase_reason(above) is None and (
                    (words(above) >= 6 and _menu_words(above) < 2)
                    # A short headline over the date line, the text under them ("Okullar açıldı", "20.05.2024 10:15"):
                    # a phrase, with a word in lower case and no section's, was the menu's last label.
                    or (words(above) >= 2 and _lower_case_words(above) and not _menu_words(above)
                        and run[-1] + 1 < len(lines) and is_body(lines[run[-1] + 1].text))):
                headlines = [last - 1]
            # A date line over share buttons alone is the article's, not the site's day over its navigation.
            keep_date = (parse_date_line(lines[run[0]].text) is not None
                         and not any(names_a_section(lines[i].text) for i in run[1:last]))
            menu.update(i for k, i in enumerate(run[:last]) if k not in headlines and not (k == 0 and keep_date))
        else:
            menu.update(i for i in run if _labels_line(lines[i].text))
    return menu


def names_a_section(text: str) -> bool:
    """Whether a line names one of a site's sections ("Dünya", "Economia | Mundo"): navigation, not buttons."""
    return any(w.casefold() in SECTION_LABELS for w in re.split(r"[\s|/›>»·•]+", text))


def _headline_over_text(lines: list[Line], i: int) -> bool:
    """A short headline that ends the menu's run right above the text, with no blank line between ("Morreu o
    Papa Francisco", then "O Papa argentino morreu aos 88 anos, anunciou o Vaticano."): three words or more,
    one in lower case, at most one a page's section, and a sentence under it. It was taken for the menu's last
    label, and the page had no title."""
    line = lines[i].text
    if words(line) < 3 or phrase_reason(line) is not None or not _lower_case_words(line):
        return False
    if _menu_words(line) >= 2:
        return False
    return i + 1 < len(lines) and ends_sentence(lines[i + 1].text) and words(lines[i + 1].text) >= 6


def _labels_line(line: str) -> bool:
    """A menu in one line: labels run together, three of them a page's sections or known menu entries
    ("Menu Últimas notícias Mundo Brasil", "Início Mundo Política Economia Esportes"). Alone above the
    headline it was taken for the title, and the headline for the first paragraph."""
    return reads_as_labels(line) and _menu_words(line) >= 3


def _menu_words(line: str) -> int:
    """How many of the line's words are a page's sections or known menu entries ("Mundo", "Menu", "Anasayfa")."""
    return sum(w.casefold() in SECTION_LABELS or phrase_reason(w) == "menu" for w in line.split())


_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_PIPE = re.compile(r"\s+\|\s+")


def site_name_tail(title: str, separators: re.Pattern[str] = _TITLE_SEPARATOR) -> str:
    """What a page title has after its headline: trailing parts of three capitalised words or fewer
    ("- Haber7", "| Mundo | G1"), as long as four words or more are left; "" where there are none."""
    kept = without_site_name(title, separators)
    return title.strip()[len(kept):]


def without_site_name(title: str, separators: re.Pattern[str] = _PIPE) -> str:
    """A page title without the site's and section's names after it ("Cazaquistão recebe cúpula da
    OCX | Mundo | G1"). Alone, only parts after a bar are taken: after a dash they are as often the
    headline's own ("... exports - Interior Secretary")."""
    parts = separators.split(title.strip())
    while len(parts) > 1 and words(" ".join(parts[:-1])) >= 4:
        tail = parts[-1].split()
        if not (0 < len(tail) <= 3 and all(w[:1].isupper() or any(c.isdigit() for c in w) or "." in w for w in tail)):
            break
        parts.pop()
    cuts = [m.start() for m in separators.finditer(title.strip())]
    # The separators kept stay as written: the title is cut where the first part left out began.
    return title.strip()[:cuts[len(parts) - 1]] if len(parts) <= len(cuts) else title.strip()
