"""`xlnews translate`: the document pipeline on the real offline pt→en model and on a tiny Marian
model built here; nothing is downloaded."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from xlnews.cli import app
from xlnews.records import Article
from xlnews.store import Store
from xlnews.translate.base import GenerationSettings
from xlnews.translate.pipeline import DocumentTranslator, _batches
from xlnews.translate.sentences import split_long, split_sentences

from .conftest import SHARED_DATA
from .tiny_marian import build_tiny_marian

runner = CliRunner()


def test_sentences_tr_pt():
    tr = ("Aliyev, Asya’da İşbirliği Konferansı (CICA) 6. Tepesi kapsamında bir ortaya geldi. “Alanları belirledik.” dedi. "
          "Tokayev, 8,5 milyar doları aştı. Kazakistan’da biz 21. yüzyılda kalıcı olacağına inanıyoruz.")
    assert split_sentences(tr, "tr") == [
        "Aliyev, Asya’da İşbirliği Konferansı (CICA) 6. Tepesi kapsamında bir ortaya geldi.",
        "“Alanları belirledik.” dedi.", "Tokayev, 8,5 milyar doları aştı.",
        "Kazakistan’da biz 21. yüzyılda kalıcı olacağına inanıyoruz."]
    assert split_sentences("O Dr. Silva chegou. “A Rússia é parceira.” Disse ele! Mais 8.5 pontos?", "pt") == [
        "O Dr. Silva chegou.", "“A Rússia é parceira.”", "Disse ele!", "Mais 8.5 pontos?"]
    # Chinese and Japanese write the next sentence without a space after 。！？
    assert split_sentences("托卡耶夫会见了拉夫罗夫。双方讨论了合作问题！「你好？」是的 3.5 亿", "zh") == [
        "托卡耶夫会见了拉夫罗夫。", "双方讨论了合作问题！", "「你好？」", "是的 3.5 亿"]


def test_long_sentences_are_split_never_truncated():
    words = [f"w{i}," if i % 7 == 6 else f"w{i}" for i in range(400)]
    sentence = " ".join(words)
    pieces = split_long(sentence, 50)
    assert all(len(p.split()) <= 50 for p in pieces)
    assert " ".join(pieces) == sentence


def test_batches_respect_the_token_budget():
    items = ["a " * n for n in (3, 50, 5, 100, 7, 60)]
    batches = _batches(items, 200)
    assert sorted(i for b in batches for i in b) == list(range(6))
    for b in batches:
        longest = max(int(len(items[i].split()) * 1.5) + 2 for i in b)
        assert longest * len(b) <= 200 or len(b) == 1


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    flores = SHARED_DATA / "flores200"
    texts = (flores / "dev.tur_Latn").read_text(encoding="utf-8").splitlines()[:400]
    texts += (flores / "dev.eng_Latn").read_text(encoding="utf-8").splitlines()[:400]
    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"), texts)


def test_marian_backend_on_a_tiny_model(tiny_model, tmp_path):
    from xlnews.translate.marian import MarianTranslator

    settings = GenerationSettings(beams=2, batch_tokens=256, max_words=12, device="cpu")
    marian = MarianTranslator(str(tiny_model), settings, languages=("tr",))
    assert marian.revision.startswith("local:")
    paras = ["Kazakistan ve Rusya, küresel düzen için stratejik ortaklık bildirisini imzaladı. Putin ise memnun olduğunu söyledi.",
             " ".join(["Tokayev, görüşmelerin açık ve sonuç odaklı geçtiğini belirterek, konuştu"] * 4) + "."]
    article = Article(id="t1", lang="tr", title="Tokayev ve Putin’den İşbirliği", paragraphs=paras)
    with Store(tmp_path / "s.sqlite3") as store:
        doc = DocumentTranslator(marian, settings, store)
        first = doc.translate(article)
        assert first.backend == "marian" and first.model == str(tiny_model)
        # Every source sentence comes back, in order, in its paragraph.
        assert [p.paragraph for p in first.sentences] == [-1, 0, 0, 1]
        assert first.sentences[1].source.startswith("Kazakistan ve Rusya")
        assert " ".join(first.sentences[3].source.split()) == " ".join(paras[1].split())
        assert all(isinstance(p.target, str) for p in first.sentences)
        assert len(first.text.split("\n\n")) == 2
        assert any("translated in" in w and "pieces" in w for w in first.warnings)
        sent = doc.translated
        assert sent > 0 and doc.reused == 0
        again = DocumentTranslator(marian, settings, store)
        second = again.translate(article)
        pieces = sum(len(u.pieces) for u in doc.units(article))
        assert again.translated == 0 and again.reused == pieces >= sent
        assert second.to_dict() == first.to_dict()


def test_unreadable_model_directory_is_one_clear_error(tmp_path):
    from xlnews.errors import XlnewsError
    from xlnews.translate.marian import MarianTranslator

    (tmp_path / "junk").mkdir()
    with pytest.raises(XlnewsError, match="not a model directory"):
        MarianTranslator(str(tmp_path / "junk"))


def test_missing_hub_model_fails_fast_offline(monkeypatch, tmp_path):
    from xlnews.errors import XlnewsError
    from xlnews.hub import locate_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    with pytest.raises(XlnewsError, match="not in the HF cache and HF_HUB_OFFLINE=1"):
        locate_model("Helsinki-NLP/opus-mt-tc-big-tr-en")


def test_bergamot_translates_the_portuguese_seed(tmp_path):
    seed = SHARED_DATA / "seeds" / "003_fc00f8bb1f77fc0f.txt"
    out = tmp_path / "pt.jsonl"
    res = runner.invoke(app, ["translate", str(seed), "-o", str(out), "--db", str(tmp_path / "db.sqlite3")])
    assert res.exit_code == 0, res.output
    (rec,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["id"] == "003_fc00f8bb1f77fc0f" and rec["source_lang"] == "pt" and rec["backend"] == "bergamot"
    for name in ("Tokayev", "Lavrov", "Putin", "Astana"):
        assert name in rec["text"]
    assert "27 billion" in rec["text"]
    # Every quotation mark of the source is in the English, as the source writes it: six quotes in “ ”,
    # three of them spanning two sentences, one in straight marks.
    source = " ".join(p["source"] for p in rec["sentences"])
    assert [rec["text"].count(c) for c in '“”"'] == [source.count(c) for c in '“”"'] == [6, 6, 2]
    assert len(rec["text"].split("\n\n")) == 11  # every paragraph of the cleaned article (its photo caption is none)
    assert all(p["target"].strip() for p in rec["sentences"])
    again = runner.invoke(app, ["translate", str(seed), "-o", str(tmp_path / "again.jsonl"), "--db", str(tmp_path / "db.sqlite3")])
    assert "sentences: 0 translated" in again.output


def test_batch_keeps_every_input(tmp_path, seeds_dir):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "de.txt").write_text("Die Bundesregierung hat am Mittwoch in Berlin einen neuen Haushalt für das kommende Jahr beschlossen.")
    (bad / "pt.txt").write_text("O presidente Tokayev recebeu o ministro Lavrov em Astana para discutir a cooperação.")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["translate", str(bad), "-o", str(out), "--no-db"])
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(recs) == {"empty", "de", "pt"}
    assert "empty file" in recs["empty"]["error"]
    assert "no translation model for 'de'" in recs["de"]["error"]
    assert "Tokayev" in recs["pt"]["text"] and "Lavrov" in recs["pt"]["text"]
    assert res.exit_code == 1


def test_ctranslate2_backend_converts_once_and_agrees_with_marian(tiny_model, tmp_path, monkeypatch):
    from xlnews.translate.ctranslate2_backend import CTranslate2Translator, converted_dir
    from xlnews.translate.marian import MarianTranslator

    monkeypatch.setenv("XLNEWS_CT2_DIR", str(tmp_path / "ct2"))
    settings = GenerationSettings(beams=1, device="cpu")
    ct2 = CTranslate2Translator(str(tiny_model), settings, languages=("tr",))
    out = converted_dir(tiny_model, "int8")
    assert (out / "model.bin").exists()
    stamp = (out / "model.bin").stat().st_mtime_ns
    CTranslate2Translator(str(tiny_model), settings, languages=("tr",))
    assert (out / "model.bin").stat().st_mtime_ns == stamp  # converted once, then kept
    sentences = ["Kazakistan ve Rusya bildiriyi imzaladı.", "Putin ise memnun olduğunu söyledi."]
    got = ct2.translate_batch(sentences, "tr")
    assert len(got) == 2 and all(isinstance(g, str) for g in got)
    # Same weights: greedy int8 output mostly matches greedy fp32 output token for token.
    ref = MarianTranslator(str(tiny_model), settings, languages=("tr",)).translate_batch(sentences, "tr")
    assert all(len(g.split()) >= 5 for g in got)
    assert all(a.split()[:10] == b.split()[:10] for a, b in zip(got, ref)), (got, ref)


def test_spun_turkish_is_restored_in_the_seeds_and_clean_turkish_left_alone(seed_articles):
    from xlnews.translate.spun import restore_spun

    found = {}
    for aid in ("000_492cce9c6b585491", "004_9945c2da3cab57e5"):
        for i, p in enumerate(seed_articles[aid].paragraphs):
            for sub in restore_spun(p, i)[1]:
                found.setdefault(sub.rule, []).append((sub.original, sub.restored))
    assert ("global tertip", "global düzen") in found["tertip_duzen"]
    assert ("Kazakistan ve Rusya ortasında", "Kazakistan ve Rusya arasında") in found["ortasinda_arasinda"]
    assert ("İki ülke ortasındaki", "İki ülke arasındaki") in found["ortasinda_arasinda"]
    assert ("6. Tepesi", "6. Zirvesi") in found["tepesi_zirvesi"]
    assert ("Devlet Lideri", "Devlet Başkanı") in found["devlet_lideri"]
    assert found["guc_enerji"] == [("güç", "enerji"), ("güç", "enerji")]
    assert ("lisana getir", "dile getir") in found["lisana_dile"]
    assert ("tabirini kullan", "ifadesini kullan") in found["tabir_ifade"]
    # The same words in their own senses stay.
    for clean in ["Şehrin ortasında büyük bir park var.", "Çamlıca Tepesi'nden İstanbul görünüyor.",
                  "Harabelerin ortasında eski bir tapınak duruyor.", "Bu işi yapacak güç bizde var.",
                  "Partinin lideri Ankara'da konuştu."]:
        assert restore_spun(clean)[1] == [], clean
    flores = (SHARED_DATA / "flores200" / "devtest.tur_Latn").read_text(encoding="utf-8").splitlines()
    assert sum(1 for s in flores if restore_spun(s)[1]) <= 5


def test_substitutions_are_recorded_in_the_translation(tiny_model, seed_articles):
    from xlnews.translate.marian import MarianTranslator

    settings = GenerationSettings(beams=1, device="cpu")
    doc = DocumentTranslator(MarianTranslator(str(tiny_model), settings, languages=("tr",)), settings)
    t = doc.translate(seed_articles["004_9945c2da3cab57e5"])
    assert {s["rule"] for s in t.substitutions} >= {"devlet_lideri", "tepesi_zirvesi", "ortasinda_arasinda"}
    assert "Zirvesi" in t.sentences[0].source and "Tepesi" not in t.sentences[0].source


class _Echo:
    """A stand-in model that returns its input: the pipeline's bookkeeping, isolated from any model."""

    name, model, revision = "echo", "echo", "1"

    def __init__(self):
        self.longest = 0

    def supports(self, src_lang):
        return True

    def translate_batch(self, sentences, src_lang):
        self.longest = max([self.longest] + [len(s.split()) for s in sentences])
        return list(sentences)


def test_a_50000_word_article_loses_nothing():
    flores = (SHARED_DATA / "flores200" / "devtest.tur_Latn").read_text(encoding="utf-8").splitlines()
    paragraphs, words = [], 0
    i = 0
    while words < 50_000:
        para = " ".join(flores[(i + k) % len(flores)] for k in range(5))
        paragraphs.append(para)
        words += len(para.split())
        i += 5
    run_on = " ".join(f"kelime{k}" for k in range(400))  # one 400-word "sentence" with no punctuation at all
    paragraphs.insert(3, run_on)
    echo = _Echo()
    doc = DocumentTranslator(echo, GenerationSettings(max_words=150), restore_spun=False)
    t = doc.translate(Article(id="big", lang="tr", paragraphs=paragraphs))
    assert echo.longest <= 150
    out_paras = t.text.split("\n\n")
    assert len(out_paras) == len(paragraphs)
    for src, out in zip(paragraphs, out_paras):
        assert " ".join(out.split()) == " ".join(src.split())
    assert any("translated in 3 pieces" in w for w in t.warnings)


def test_stdin_to_plain_english():
    import subprocess
    import sys

    text = "O presidente Tokayev recebeu o ministro Lavrov em Astana.\n\nO comércio atingiu 27 bilhões de dólares."
    res = subprocess.run([sys.executable, "-m", "xlnews", "translate", "-", "--no-db"], input=text,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    paras = res.stdout.strip().split("\n\n")
    assert len(paras) == 2 and "Lavrov" in paras[0] and "27 billion" in paras[1]


def test_nllb_backend_on_a_tiny_model(tmp_path):
    from .tiny_marian import build_tiny_nllb
    from xlnews.translate.nllb import NllbTranslator

    flores = SHARED_DATA / "flores200"
    texts = (flores / "dev.tur_Latn").read_text(encoding="utf-8").splitlines()[:200]
    texts += (flores / "dev.por_Latn").read_text(encoding="utf-8").splitlines()[:200]
    path = build_tiny_nllb(tmp_path / "tiny-nllb", texts)
    nllb = NllbTranslator(str(path), GenerationSettings(beams=2, device="cpu"), languages=("tr", "pt"))
    enc = nllb.tokenizer(["Kazakistan ve Rusya"], return_tensors="pt")
    ids = enc["input_ids"][0].tolist()
    assert ids[0] == nllb.tokenizer.convert_tokens_to_ids("tur_Latn") and nllb.tokenizer.unk_token_id not in ids
    import torch

    with torch.no_grad():
        gen = nllb.net.generate(**enc, forced_bos_token_id=nllb._english, max_new_tokens=4)
    assert gen[0][1].item() == nllb.tokenizer.convert_tokens_to_ids("eng_Latn")  # the output is forced into English
    out = nllb.translate_batch(["Kazakistan ve Rusya bildiriyi imzaladı.", "Putin memnun."], "tr")
    assert len(out) == 2 and all(isinstance(o, str) for o in out)
    nllb.translate_batch(["O presidente chegou."], "pt")
    assert nllb.tokenizer.src_lang == "por_Latn"
    doc = DocumentTranslator(nllb, nllb.settings)
    t = doc.translate(Article(id="n1", lang="tr", paragraphs=["Tokayev konuştu. Putin dinledi."]))
    assert t.backend == "nllb" and [p.source for p in t.sentences] == ["Tokayev konuştu.", "Putin dinledi."]


def test_an_article_whose_translation_raises_is_its_own_error_and_the_batch_goes_on(monkeypatch):
    from xlnews.translate.batch import BatchTranslator

    class Flaky:
        name, model = "flaky", "test"

        def translate(self, article, on_done=None):
            if article.id == "oom":
                raise RuntimeError("CUDA out of memory")
            from xlnews.records import Translation
            return Translation(id=article.id, source_lang=article.lang, text=article.text.upper(), backend="flaky")

    batch = BatchTranslator("flaky", None, GenerationSettings())
    monkeypatch.setattr(batch, "_doc", lambda lang: Flaky())
    arts = [Article(id=i, lang="pt", paragraphs=["Uma frase."]) for i in ("a", "oom", "b")]
    out = list(batch.run(arts))
    assert [r.id for r in out] == ["a", "oom", "b"]
    assert out[0].text == "UMA FRASE." and out[2].text == "UMA FRASE."
    assert "internal error while translating (RuntimeError: CUDA out of memory)" in out[1].error


def test_quotation_marks_are_balanced_for_the_model_and_given_back():
    from xlnews.translate.quotes import prepare, restore

    assert prepare("Tokayev recebeu Lavrov.").text == "Tokayev recebeu Lavrov."
    assert prepare('Comprou uma TV de 55" ontem.').marks == 0  # inches, not a quotation mark
    # A quote that continues into the next sentence: balanced at the end, the mark taken off again.
    q = prepare("“A Rússia é nossa parceira estratégica.")
    assert (q.text, q.added, q.typographic) == ('"A Rússia é nossa parceira estratégica."', "end", True)
    assert restore('"Russia is our strategic partner."', q) == "“Russia is our strategic partner."
    # One that opened in an earlier sentence and closes here.
    q = prepare("É por isso que confiamos nela”, disse Tokayev.")
    assert (q.text, q.added) == ('"É por isso que confiamos nela", disse Tokayev.', "start")
    assert restore('"That is why we trust it," Tokayev said.', q) == "That is why we trust it,” Tokayev said."
    # Single quotes the model wrote for double ones, and a colon it glued to the quote.
    q = prepare('"Acordos foram assinados", observou ele.')
    assert restore("'Agreements were signed,' he noted.", q) == '"Agreements were signed," he noted.'
    q = prepare('Brian O\'Hagan afirmou: "A investigação está no início.')
    assert restore("Brian O'Hagan said:'The investigation is at an early stage.", q) == \
        'Brian O\'Hagan said: "The investigation is at an early stage.'
    # Apostrophes are not quotation marks.
    q = prepare('"A parceira da Rússia", disse.')
    assert restore('"Russia\'s partners\' partner," he said.', q) == '"Russia\'s partners\' partner," he said.'
    # Guillemets come back as English quotation marks.
    q = prepare("Votam sobre o nome «República da Macedónia do Norte».")
    assert restore('They vote on the name "Republic of North Macedonia."', q) == "They vote on the name “Republic of North Macedonia.”"


def test_names_with_letters_the_model_lacks_go_plain_and_come_back_spelt_as_written():
    from xlnews.translate.letters import plain, protect, restore

    alphabet = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset("áãçéíóõúÍ")
    assert plain("Çavuşoğlu", alphabet) == "Cavusoglu" and plain("İmralı", alphabet) == "Imrali"
    p = protect("O ministro Yaşar Güler e a Índia; Kraków e Токаев.", alphabet)
    # Letters it has are left (Í, ó); a word in a script it has none of is left as it is.
    assert p.text == "O ministro Yasar Guler e a Índia; Kraków e Токаев."
    assert restore("Minister Yasar Guler and India; Krakow and Tokaev.", p) == "Minister Yaşar Güler and India; Krakow and Tokaev."
    assert protect("Sem nada a fazer.", alphabet).originals == {} and protect("Özer", None).text == "Özer"

    # Through the pipeline, with a model that drops what it cannot write (as the offline pt→en one does:
    # "Ahmet Özer" came out as "Ahmet Azerbaijan", "Erdoğan" as "Erdoan").
    class Dropping:
        name, model, revision = "dropping", "test", "1"

        def __init__(self, alphabet):
            self.alphabet = alphabet

        def supports(self, src_lang):
            return True

        def translate_batch(self, sentences, src_lang):
            return ["".join(c for c in s if c in ALPHABET or not c.isalpha()).replace("foi preso", "was arrested") for s in sentences]

    ALPHABET = alphabet
    article = Article(id="a", lang="pt", paragraphs=["Ahmet Özer foi preso, disse Erdoğan."])
    assert DocumentTranslator(Dropping(alphabet)).translate(article).text == "Ahmet Özer was arrested, disse Erdoğan."
    assert DocumentTranslator(Dropping(None)).translate(article).text == "Ahmet zer was arrested, disse Erdoan."


def test_bergamot_writes_turkish_names_as_the_source_does():
    from xlnews.translate.registry import make_translator

    doc = DocumentTranslator(make_translator("bergamot", "pt", None, GenerationSettings()))
    text = doc.translate(Article(id="a", lang="pt", paragraphs=["O ministro da Defesa, Yaşar Güler, e o presidente Recep Tayyip Erdoğan "
                                                                   "condenaram o ataque à TUSAŞ."])).text
    assert all(name in text for name in ("Yaşar Güler", "Erdoğan", "TUSAŞ")), text


def test_initialisms_the_model_writes_with_spaces_are_joined():
    from xlnews.translate.postedit import tidy

    assert tidy("asylum seekers in the U. S. and the U. N. said") == "asylum seekers in the U.S. and the U.N. said"
    assert tidy("George W. Bush met J. R. R. Tolkien's heirs in Washington, D. C.") == \
        "George W. Bush met J.R.R. Tolkien's heirs in Washington, D.C."


def test_jsonl_on_standard_input_is_read_as_records(tmp_path):
    # `xlnews corpora ingest ... -o - | xlnews translate - -o out.jsonl`: the records, not one text made of them.
    rows = [{"id": "a", "lang": "pt", "text": "O ministro Lavrov chegou a Astana para conversar com o presidente Tokayev."},
            {"id": "b", "lang": "pt", "text": "O Brasil venceu a partida por dois a zero no estádio do Maracanã."}]
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["translate", "-", "-o", str(out), "--no-db"],
                        input="".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"] and "Lavrov" in recs[0]["text"] and "Brazil" in recs[1]["text"]
