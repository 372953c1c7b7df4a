"""`xlnews corpora ...` end to end through the CLI, on the seeds and on inputs the tests make."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from xlnews.cli import app
from xlnews.corpora.ingest import clean_page as _clean_page  # as it is before a test replaces it

runner = CliRunner()

PT = ("O Cazaquistão mantém diálogo com a Rússia com base na natureza estratégica das relações, afirmou o presidente "
      "cazaque durante uma reunião com o ministro das Relações Exteriores da Rússia, Sergey Lavrov.")
TR = ("Kazakistan Dışişleri Bakanı Kayrat Abdrahmanov, Rusya Dışişleri Bakanı Sergey Lavrov ile Astana'da görüştü ve "
      "iki ülke arasındaki işbirliğini değerlendirdi.")
EN = ("Kazakh President Kassym-Jomart Tokayev received Russian Foreign Minister Sergey Lavrov in Astana on Monday, and "
      "the two discussed the strategic partnership between their countries.")


def _ingest_with_failures(src: Path, tmp_path: Path) -> dict[str, dict]:
    """`corpora ingest SRC`, which has failures among its inputs: its records by id."""
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(out), "--no-db"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    return {r["id"]: r for r in _records(out)}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_seeds_ingest_and_resume_from_store(tmp_path, seeds_dir):
    out, db = tmp_path / "seeds.jsonl", tmp_path / "store.sqlite3"
    first = runner.invoke(app, ["corpora", "ingest", str(seeds_dir), "-o", str(out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    recs = _records(out)
    assert [r["id"] for r in recs] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert all("error" not in r for r in recs)
    assert "Kasym-Сomart" not in out.read_text(encoding="utf-8").split('"repairs"')[0]
    assert "5 articles (tr 4, pt 1), 0 failed" in first.output
    second = runner.invoke(app, ["corpora", "ingest", str(seeds_dir), "-o", str(tmp_path / "again.jsonl"), "--db", str(db)])
    assert "5 reused from the store" in second.output
    assert _records(tmp_path / "again.jsonl") == recs

    shown = runner.invoke(app, ["corpora", "show", "001_cf9d392c712c68ef", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    for expected in ["dateline", "comments", "site_name", "foreign_language", "2017-10-22", "Lavrov"]:
        assert expected in shown.output
    as_json = runner.invoke(app, ["corpora", "show", "002_ca40f1c41cd4de5d", "--corpus", str(out), "--json"])
    assert json.loads(as_json.stdout)["repairs"][0]["repaired"] == "Comart"
    missing = runner.invoke(app, ["corpora", "show", "nope", "--db", str(db)])
    assert missing.exit_code == 2 and "no article with id 'nope'" in missing.output
    listed = runner.invoke(app, ["corpora", "list", "--db", str(db)])
    assert "004_9945c2da3cab57e5" in listed.output


def _bad_inputs(d: Path) -> None:
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (d / "tr_1254.txt").write_bytes(("Başlık\n\n" + TR + "\n\n" + TR.replace("görüştü", "buluştu")).encode("cp1254"))
    (d / "pt_latin1.txt").write_bytes(PT.encode("latin-1"))
    (d / "nav_only.html").write_text("<html><body><nav><a href='/'>Ana Sayfa</a> <a href='/x'>Spor</a></nav></body></html>")
    (d / "page.html").write_text(
        "<html><head><title>Lavrov em Astana</title>"
        "<meta property='article:published_time' content='2024-05-21T10:00:00Z'></head><body>"
        "<nav><ul><li><a href='/'>Início</a></li><li><a href='/m'>Mundo</a></li></ul></nav>"
        f"<article><h1>Lavrov em Astana</h1><p>{PT}</p><p>{PT.replace('Lavrov', 'Lavrov, em Astana')}</p></article>"
        "<footer>Todos os direitos reservados</footer></body></html>", encoding="utf-8")
    (d / "recs.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "lang": "pt", "text": PT, "published": "2024-05-21"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "j2"}),
        json.dumps({"text": "sem id"}),
        json.dumps({"id": "j1", "text": TR}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")


def test_bad_inputs_each_come_out_with_a_reason(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _bad_inputs(src)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(src), str(tmp_path / "missing.txt"), "-o", str(out), "--no-db"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    recs: dict[str, dict] = {}
    for r in _records(out):
        recs.setdefault(r["id"], r)
    errors = {k: r["error"] for k, r in recs.items() if "error" in r}
    assert "empty file" in errors["empty"]
    assert "binary file" in errors["binary"]
    assert "no article text" in errors["nav_only"]
    assert "no such file" in errors["missing"]
    assert "not valid JSON" in errors[f"{src / 'recs.jsonl'}:2"]
    assert "has no text" in errors["j2"]
    assert "has no id" in errors[f"{src / 'recs.jsonl'}:4"]
    assert recs["tr_1254"]["lang"] == "tr" and "read as cp1254" in recs["tr_1254"]["warnings"][0]
    assert "Abdrahmanov" in recs["tr_1254"]["paragraphs"][0] and recs["tr_1254"]["title"] == "Başlık"
    assert recs["pt_latin1"]["paragraphs"] == [PT]
    page = recs["page"]
    assert page["title"] == "Lavrov em Astana" and page["published"] == "2024-05-21" and page["lang"] == "pt"
    assert len(page["paragraphs"]) == 2 and not any("Início" in p for p in page["paragraphs"])
    assert recs["j1"]["published"] == "2024-05-21" and recs["j1"]["paragraphs"] == [PT]
    # A second record with id j1 is not dropped: it comes out as an error naming the first.
    dup = [r for r in _records(out) if r["id"] == "j1" and "error" in r]
    assert dup and "duplicate id" in dup[0]["error"]
    summary = [line for line in res.output.splitlines() if "articles (" in line][0]
    n_errors = sum(1 for r in _records(out) if "error" in r)
    assert f"{n_errors} failed" in summary


def test_workers_give_the_same_records_in_the_same_order(tmp_path, seeds_dir):
    # Every kind of input and failure, cleaned in two worker processes: the output is byte for byte the
    # one process's, duplicates and failures included, and a rerun finds every article in the store.
    src = tmp_path / "in"
    src.mkdir()
    _bad_inputs(src)
    for seed in sorted(seeds_dir.iterdir()):
        (src / seed.name).write_bytes(seed.read_bytes())
    outs = {}
    for workers in ("1", "2"):
        outs[workers] = tmp_path / f"out{workers}.jsonl"
        res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(outs[workers]), "--no-db", "-j", workers])
        assert res.exit_code == 1 and "Traceback" not in res.output
    assert outs["1"].read_bytes() == outs["2"].read_bytes()
    assert len(_records(outs["1"])) > 10
    db = tmp_path / "store.sqlite3"
    for run in range(2):
        res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(tmp_path / "stored.jsonl"), "--db", str(db), "-j", "2"])
        assert res.exit_code == 1
        assert ("reused from the store" in res.output) == (run == 1)
    assert (tmp_path / "stored.jsonl").read_bytes() == outs["1"].read_bytes()


def test_a_directory_of_thousands_of_files(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    n = 2000
    for i in range(n):
        body = (TR if i % 2 else PT).replace("Lavrov", f"Lavrov {i}")
        (src / f"a{i:05d}.txt").write_text(body if i % 500 else "", encoding="utf-8")
    out = tmp_path / "many.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(out), "--db", str(tmp_path / "db.sqlite3")])
    recs = _records(out)
    assert len(recs) == n and len({r["id"] for r in recs}) == n
    assert sum(1 for r in recs if "error" in r) == 4 and res.exit_code == 1


def test_every_command_has_help():
    for cmd in [[], ["corpora"], ["corpora", "ingest"], ["corpora", "show"], ["corpora", "list"],
                ["translate"], ["align"], ["eval"], ["eval", "mt"], ["eval", "align"], ["eval", "benchmark"],
                ["eval", "calibrate"]]:
        res = runner.invoke(app, cmd + ["--help"])
        assert res.exit_code == 0, (cmd, res.output)
        assert "Usage" in res.output


def test_every_option_and_argument_says_what_it_is():
    import click
    import typer.main

    def walk(cmd: click.Command, path: str):
        yield path, cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, f"{path} {name}")

    missing = [f"{path} {p.name}" for path, cmd in walk(typer.main.get_command(app), "xlnews")
               for p in cmd.params if not getattr(p, "help", None) and p.name != "help"]
    assert not missing, missing


def test_the_command_line_starts_without_loading_the_library():
    # --help and shell completion should not pay for numpy, sacrebleu and the name tables (0.66 s before).
    heavy = ("numpy", "scipy", "sacrebleu", "dateparser", "babel", "ftfy", "xlnews.names", "xlnews.align.aligner")
    res = subprocess.run([sys.executable, "-c", "import sys, xlnews.cli; print(' '.join(m for m in "
                          f"{heavy!r} if m in sys.modules))"], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == ""


def test_errors_are_one_line_from_the_installed_command(tmp_path):
    res = subprocess.run([sys.executable, "-m", "xlnews", "corpora", "show", "x", "--db", str(tmp_path / "s.db")],
                         capture_output=True, text=True)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "store is empty" in res.stderr


def test_scraper_json_and_other_tools_field_names(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    # news-please writes one .json per article with these fields (no id: the file's name is the id).
    (src / "a1b2c3.json").write_text(json.dumps({
        "authors": ["Ana Souza", "João Lima"], "date_publish": "2024-05-20 10:15:00", "language": "pt-BR",
        "maintext": PT, "title": "Lavrov em Astana", "url": "https://exemplo.com.br/mundo/lavrov"}, ensure_ascii=False), encoding="utf-8")
    # An array of trafilatura-like records, with two entries that are not articles.
    (src / "batch.json").write_text(json.dumps([
        {"title": "Lavrov Astana'da", "raw_text": TR, "date": "2024-05-20", "language": "tr", "url": "https://ornek.com.tr/lavrov"},
        7, {"body": "  "}], ensure_ascii=False), encoding="utf-8")
    (src / "broken.json").write_text("{broken", encoding="utf-8")
    (src / "feed.jsonl").write_text(
        json.dumps({"guid": "f1", "content": PT, "pubDate": "Mon, 20 May 2024 10:15:00 +0000", "locale": "pt_BR"}, ensure_ascii=False) + "\n"
        # A CMS export: the body as HTML, entities in the title.
        + json.dumps({"id": "h1", "lang": "tr", "title": "Lavrov&#8217;un ziyareti",
                      "text": f"<p>{TR}</p>\n<script>track();</p></script><p>Görüşme <b>iki saat</b> sürdü &amp; olumlu geçti.</p>"},
                     ensure_ascii=False) + "\n"
        # A MongoDB export wraps its dates; a scraper kept the page's "2 hours ago"; a CMS wrote the epoch for none.
        + json.dumps({"id": "m1", "lang": "pt", "text": PT, "published": {"$date": {"$numberLong": "1538436600000"}}}) + "\n"
        + json.dumps({"id": "m2", "lang": "pt", "text": PT, "published": {"$date": "2024-05-20T10:15:00Z"}}) + "\n"
        + json.dumps({"id": "r1", "lang": "pt", "text": PT, "published": "2 hours ago"}) + "\n"
        + json.dumps({"id": "e1", "lang": "pt", "text": PT, "published": "1970-01-01T00:00:00Z"}) + "\n"
        # NewsAPI: "publishedAt", and "content" a preview that says how much more there was.
        + json.dumps({"url": "https://example.com/n1", "title": "Lavrov in Astana", "publishedAt": "2024-05-20T10:15:00Z",
                      "content": f"{EN[:120]}… [+2345 chars]", "source": {"id": None, "name": "Example"}}) + "\n", encoding="utf-8")
    recs = _ingest_with_failures(src, tmp_path)
    a = recs["a1b2c3"]
    assert (a["lang"], a["published"], a["author"], a["title"]) == ("pt", "2024-05-20", "Ana Souza, João Lima", "Lavrov em Astana")
    assert a["paragraphs"] == [PT]
    b = recs["https://ornek.com.tr/lavrov"]
    assert b["lang"] == "tr" and b["published"] == "2024-05-20" and "its url is its id" in b["warnings"][0]
    assert "expected a JSON object, got int" in recs[f"{src / 'batch.json'}[1]"]["error"]
    assert "has no id" in recs[f"{src / 'batch.json'}[2]"]["error"]
    assert "not valid JSON" in recs["broken"]["error"]
    assert recs["f1"]["lang"] == "pt" and recs["f1"]["published"] == "2024-05-20"
    assert recs["m1"]["published"] == "2018-10-01" and recs["m2"]["published"] == "2024-05-20"
    assert recs["r1"]["published"] is None and any("counted back from when the page was read" in w for w in recs["r1"]["warnings"])
    assert recs["e1"]["published"] is None and any("1970-01-01 given is a placeholder" in w for w in recs["e1"]["warnings"])
    n = recs["https://example.com/n1"]
    assert n["published"] == "2024-05-20" and n["paragraphs"] == [EN[:120].strip()]
    assert any("the text is cut off: 2345 characters more were not given" in w for w in n["warnings"])
    h = recs["h1"]
    assert h["paragraphs"] == [TR, "Görüşme iki saat sürdü & olumlu geçti."] and h["title"] == "Lavrov’un ziyareti"
    assert any(r["reason"] == "html_markup" for r in h["removed"])


def test_a_translation_field_follows_the_id_the_record_gets(tmp_path):
    # A news-please file has no id: its name is the id, and its English goes with that id.
    from xlnews.corpora.clean import CleanOptions
    from xlnews.corpora.ingest import Ingestor

    (tmp_path / "a1b2c3.json").write_text(json.dumps({"maintext": PT, "translation": "Kazakhstan keeps talking to Russia."},
                                                     ensure_ascii=False), encoding="utf-8")
    ingestor = Ingestor(CleanOptions())
    (rec,) = list(ingestor.ingest([tmp_path / "a1b2c3.json"]))
    assert rec.id == "a1b2c3" and ingestor.translations == {"a1b2c3": "Kazakhstan keeps talking to Russia."}


def test_fields_of_the_wrong_type_are_warnings_and_the_batch_goes_on(tmp_path, monkeypatch):
    import xlnews.corpora.ingest as ingest

    text = "Um terremoto de magnitude 6,1 atingiu o norte do Chile nesta terça-feira, disseram as autoridades."
    src = tmp_path / "odd.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "t1", "text": text, "title": ["Terremoto", "no Chile"], "author": ["Ana", "Rui"], "lang": ["pt"]},
        {"id": "t2", "text": text, "title": {"main": "x"}, "url": 7, "lang": 5},
        {"id": "boom", "text": text},
        {"id": "t3", "text": text},
        {"id": "t4", "text": {"body": text}},
    ]) + "\n", encoding="utf-8")
    real = ingest.clean_text

    def clean_text(text, article_id, **kw):
        if article_id == "boom":
            raise RuntimeError("a bug in one record")
        return real(text, article_id, **kw)

    monkeypatch.setattr(ingest, "clean_text", clean_text)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(out), "--no-db"])
    assert res.exit_code == 1, res.output
    recs = {r["id"]: r for r in _records(out)}
    assert list(recs) == ["t1", "t2", "boom", "t3", "t4"]  # a title that is an object ended the batch here
    assert "text is not a string (dict)" in recs["t4"]["error"]
    assert recs["t1"]["title"] == "Terremoto no Chile" and recs["t1"]["author"] == "Ana, Rui" and recs["t1"]["lang"] == "pt"
    assert recs["t2"]["title"] is None and recs["t2"]["url"] is None and recs["t2"]["lang"] == "pt"
    assert {w.split(" is not text")[0] for w in recs["t2"]["warnings"]} == {"title", "url", "lang"}
    assert "internal error while cleaning (RuntimeError: a bug in one record)" in recs["boom"]["error"]
    assert "paragraphs" in recs["t3"]


def test_compressed_inputs_and_outputs(tmp_path, seeds_dir):
    import bz2
    import gzip
    import lzma

    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    (src / seeds[0].name).write_bytes(seeds[0].read_bytes())
    (src / (seeds[1].name + ".gz")).write_bytes(gzip.compress(seeds[1].read_bytes()))
    (src / (seeds[2].name + ".bz2")).write_bytes(bz2.compress(seeds[2].read_bytes()))
    lines = [json.dumps({"id": "pt1", "lang": "pt", "text": PT}, ensure_ascii=False),
             json.dumps({"id": "tr1", "lang": "tr", "text": TR}, ensure_ascii=False)]
    (src / "more.jsonl.xz").write_bytes(lzma.compress(("\n".join(lines) + "\n").encode()))
    # A gzip file named as plain JSONL is still read: the format is told by the first bytes.
    (src / "misnamed.jsonl").write_bytes(gzip.compress((json.dumps({"id": "pt2", "lang": "pt", "text": PT}) + "\n").encode()))
    # Cut off inside its second line: the first line's article stands, the file fails with a reason.
    whole = gzip.compress(("\n".join([lines[0].replace("pt1", "pt9"), lines[1].replace("tr1", "tr9")]) + "\n").encode())
    (src / "cut.jsonl.gz").write_bytes(whole[: len(whole) - 12])
    (src / "dump.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\0" * 20)
    # Documents that are no text: each says what to save it as.
    (src / "report.docx").write_bytes(b"PK\x03\x04" + b"\0" * 26)
    (src / "sheet.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 26)
    (src / "paper.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    # A text that begins as bzip2's header does is still a text.
    (src / "bzh.txt").write_text("BZh9 " + TR, encoding="utf-8")

    out = tmp_path / "corpus.jsonl.gz"
    result = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(out), "--no-db"])
    assert result.exit_code == 1, result.output
    recs = [json.loads(line) for line in gzip.decompress(out.read_bytes()).decode().splitlines()]
    by_id = {r["id"]: r for r in recs}
    # The id and kind of a compressed file are those of the file it holds.
    assert {seeds[0].stem, seeds[1].stem, seeds[2].stem, "pt1", "tr1", "pt2"} <= {r["id"] for r in recs if "error" not in r}
    assert by_id[seeds[1].stem]["lang"] == "tr" and by_id["pt1"]["lang"] == "pt"
    assert "error" not in by_id["bzh"] and by_id["bzh"]["lang"] == "tr"
    assert "pt9" in by_id and "tr9" not in by_id
    assert "damaged or incomplete gzip file" in by_id[str(src / "cut.jsonl.gz")]["error"]
    assert "zstd-compressed" in by_id["dump.jsonl"]["error"] and "zstd -d" in by_id["dump.jsonl"]["error"]
    assert "a Word document" in by_id["report"]["error"] and "save it as text" in by_id["report"]["error"]
    assert "an Excel workbook" in by_id["sheet"]["error"] and "save it as CSV" in by_id["sheet"]["error"]
    assert "a PDF document" in by_id["paper"]["error"] and "pdftotext" in by_id["paper"]["error"]
    # The compressed output is read back like any corpus.
    shown = runner.invoke(app, ["corpora", "show", "pt1", "--corpus", str(out)])
    assert shown.exit_code == 0 and "Lavrov" in shown.output


def test_a_jsonl_line_that_is_not_utf8_fails_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "pt1", "lang": "pt", "text": PT}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "pt2", "lang": "pt", "text": PT}, ensure_ascii=False).encode("utf-8").replace("ã".encode(), "ã".encode("cp1252"))
    # A raw U+2028 inside a JSON string is valid JSON and no line break.
    sep = json.dumps({"id": "pt3", "lang": "pt", "text": PT.replace(", afirmou", "\u2028afirmou")}, ensure_ascii=False).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + bad + b"\r\n" + sep + b"\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["corpora", "ingest", str(path), "-o", str(out), "--no-db"])
    assert result.exit_code == 1
    recs = _records(out)
    assert [r["id"] for r in recs] == ["pt1", f"{path}:2", "pt3"]
    assert recs[1]["error"] == f"{path}:2: not UTF-8 text; JSONL must be UTF-8"


def test_output_paths_are_checked_before_the_work(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "pt1", "lang": "pt", "text": PT}, ensure_ascii=False) + "\n", encoding="utf-8")
    for args in (["corpora", "ingest", str(corpus), "-o", str(tmp_path)],
                 ["translate", str(corpus), "-o", str(tmp_path)],
                 ["align", str(corpus), "-o", str(tmp_path / "r.json"), "--html", str(tmp_path)],
                 ["align", str(corpus), "-o", str(corpus / "r.json")],
                 ["eval", "calibrate", "-o", str(tmp_path)]):
        res = runner.invoke(app, [*args, "--no-db"])
        assert res.exit_code == 2, (args, res.output)
        assert res.output.startswith("error: ") and len(res.output.strip().splitlines()) == 1, res.output
    assert not (tmp_path / "r.json").exists()  # nothing ran
    # A report's folders are made, the HTML's and Markdown's as the JSON's.
    res = runner.invoke(app, ["align", str(corpus), "-o", str(tmp_path / "a" / "r.json"), "--html", str(tmp_path / "b" / "r.html"),
                              "--md", str(tmp_path / "c" / "r.md"), "--no-db"])
    assert res.exit_code == 0, res.output
    assert all((tmp_path / d / f).exists() for d, f in (("a", "r.json"), ("b", "r.html"), ("c", "r.md")))


def test_an_html_pages_title_loses_the_sites_name(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>Tokayev, ŞİÖ zirvesine ev sahipliği yaptı | "
        "Dünya | Haber7</title><meta property='og:title' content='Tokayev, ŞİÖ zirvesine ev sahipliği yaptı | Haber7'>"
        f"</head><body><nav><a href='/'>Ana Sayfa</a></nav><article><p>{TR}</p><p>{TR.replace('görüştü', 'buluştu')}</p>"
        "</article></body></html>", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(page), "-o", str(out), "--no-db"])
    assert res.exit_code == 0, res.output
    assert _records(out)[0]["title"] == "Tokayev, ŞİÖ zirvesine ev sahipliği yaptı"


def test_an_html_pages_date_comes_from_its_markup_not_its_copyright_line_or_header(tmp_path):
    """trafilatura's date search read "© 2026" as 1 January 2026 and the site's date of today in its header as
    the publication: a wrong date keeps one event's reports weeks apart."""
    article = (f"<article><h1>Tokayev, ŞİÖ zirvesine ev sahipliği yaptı</h1><p>{TR}</p><p>{TR.replace('görüştü', 'buluştu')}</p>"
               "</article>")
    pages = {"copyright": f"<body><nav><a href='/'>Ana Sayfa</a></nav>{article}<footer><p>© 2026 Haber7. Tüm hakları saklıdır.</p></footer>",
             "today": f"<body><header><p>7 Aralık 2026 Pazartesi</p><nav><a href='/'>Ana Sayfa</a></nav></header>{article}",
             "meta": f"<head><meta property='article:published_time' content='2024-05-20T10:15:00+03:00'></head><body>{article}"
                     "<footer><p>© 2026 Haber7</p></footer>"}
    for name, body in pages.items():
        (tmp_path / f"{name}.html").write_text(f"<!DOCTYPE html><html lang='tr'>{body}</body></html>", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", *(str(tmp_path / f"{n}.html") for n in pages), "-o", str(out), "--no-db"])
    assert res.exit_code == 0, res.output
    assert {r["id"]: r["published"] for r in _records(out)} == {"copyright": None, "today": None, "meta": "2024-05-20"}

def test_translate_records_given_to_ingest_are_skipped_with_a_warning(tmp_path):
    src = tmp_path / "en.jsonl"
    src.write_text(json.dumps({"id": "a", "source_lang": "tr", "text": "Lavrov came to Astana.", "sentences": []}) + "\n"
                   + json.dumps({"id": "b", "source_lang": "tr", "error": "no model"}) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = runner.invoke(app, ["corpora", "ingest", str(src), "-o", str(out), "--no-db"])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8") == ""
    assert "2 records written by `xlnews translate` skipped" in " ".join(res.output.split())


def test_standard_input_chains_the_commands(tmp_path, seeds_dir):
    # `xlnews corpora ingest DIR -o - | xlnews align - -o r.json`: "-" reads the JSONL records on standard input.
    res = runner.invoke(app, ["corpora", "ingest", str(seeds_dir), "-o", "-", "--no-db"])
    assert res.exit_code == 0
    jsonl = "".join(line + "\n" for line in res.stdout.splitlines() if line.startswith("{"))
    assert len(jsonl.splitlines()) == 5
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["align", "-", "-o", str(out), "--no-db"], input=jsonl)
    assert res.exit_code == 0, res.output
    assert sorted(i for c in json.loads(out.read_text(encoding="utf-8"))["clusters"] for i in c["articles"]) == \
        sorted(p.stem for p in seeds_dir.iterdir())
    # A plain text on standard input is one article, "stdin".
    res = runner.invoke(app, ["corpora", "ingest", "-", "-o", str(tmp_path / "one.jsonl"), "--no-db"],
                        input="Kazakistan Cumhurbaşkanı Tokayev, Astana’da Rusya Dışişleri Bakanı Lavrov’u kabul etti.\n")
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _records(tmp_path / "one.jsonl")] == ["stdin"]


def test_csv_and_tsv_tables_are_one_article_a_row(tmp_path):
    import csv
    import gzip

    src = tmp_path / "tables"
    src.mkdir()
    # A spreadsheet export: a byte-order mark, other tools' column names, paragraphs inside a quoted cell.
    with (src / "export.csv").open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "language", "headline", "content", "date", "link"])
        w.writerow(["c1", "pt-BR", "Lula em Ancara", f"{PT}\n\nA visita durou dois dias.", "20/05/2024", "https://g1.globo.com/x"])
        w.writerow([])
        w.writerow(["c2", "tr", "Lavrov Astana'da", TR, "2024-05-20T10:15:00Z", ""])
        w.writerow(["c3", "tr", "fazla", TR, "", "", "an extra cell"])
    # A table of texts with neither ids nor addresses: its rows are numbered. Compressed, too.
    with gzip.open(src / "texts.tsv.gz", "wt", encoding="utf-8", newline="") as f:
        f.write("lang\ttext\n" + f"pt\t{PT}\n" + f"tr\t{TR}\n")
    (src / "no_text.csv").write_text("id,title\nx,Başlık\n", encoding="utf-8")
    # Excel in a Turkish or Brazilian locale separates with semicolons (the comma is the decimal mark).
    # ... in the Windows code page, not UTF-8 (cp1254 in Turkey, cp1252 in Brazil).
    (src / "excel_tr.csv").write_text(f"id;lang;text\nx1;tr;\"{TR} Ticaret hacmi 8,5 milyar dolar oldu.\"\n", encoding="cp1254")
    (src / "excel_pt.csv").write_text(f"id;lang;text\nx2;pt;\"{PT}\"\n", encoding="cp1252")
    recs = _ingest_with_failures(src, tmp_path)
    c1 = recs["c1"]
    assert (c1["lang"], c1["title"], c1["published"], c1["url"]) == ("pt", "Lula em Ancara", "2024-05-20", "https://g1.globo.com/x")
    assert c1["paragraphs"] == [PT, "A visita durou dois dias."]
    assert recs["c2"]["lang"] == "tr" and recs["c2"]["paragraphs"] == [TR] and recs["c2"]["published"] == "2024-05-20"
    assert "7 cells in a row under 6 columns" in recs[f"{src / 'export.csv'}:7"]["error"]  # its line: c1's cell spans three
    assert recs["texts-1"]["paragraphs"] == [PT] and recs["texts-2"]["lang"] == "tr"
    assert recs["x1"]["lang"] == "tr" and recs["x1"]["paragraphs"] == [f"{TR} Ticaret hacmi 8,5 milyar dolar oldu."]
    assert "not UTF-8: read as cp1254" in recs["x1"]["warnings"]
    assert recs["x2"]["paragraphs"] == [PT] and "not UTF-8: read as cp1252" in recs["x2"]["warnings"]
    assert "no column of article text in the header row" in recs[str(src / "no_text.csv")]["error"]


def test_a_file_of_records_with_none_is_named_and_claims_no_id(tmp_path):
    # Empty collections (no lines, blank lines, a header row alone, an empty array) each come out as a
    # failure named by its path; one that fails as a whole takes no article's id: its stem "x" is the id
    # of a record in another file, which stays an article.
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_empty.jsonl").write_text("", encoding="utf-8")
    (src / "b_blank.jsonl").write_text("\n  \n", encoding="utf-8")
    (src / "c_header.csv").write_text("id,lang,text\n", encoding="utf-8")
    (src / "d_none.json").write_text("[]", encoding="utf-8")
    (src / "e_empty.tsv").write_text("", encoding="utf-8")
    (src / "x.csv").write_text("id,title\nq,Başlık\n", encoding="utf-8")
    (src / "z.jsonl").write_text(json.dumps({"id": "x", "lang": "tr", "text": TR}, ensure_ascii=False) + "\n", encoding="utf-8")
    recs = _ingest_with_failures(src, tmp_path)
    for name in ("a_empty.jsonl", "b_blank.jsonl", "c_header.csv", "d_none.json", "e_empty.tsv"):
        assert recs[str(src / name)]["error"] == f"{src / name}: no records in it"
    assert "no column of article text" in recs[str(src / "x.csv")]["error"]
    assert recs["x"]["paragraphs"] == [TR] and "error" not in recs["x"]


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Örnek Haber</title><link>https://ornekhaber.com.tr</link><language>tr</language>
<item><title>Lavrov Astana'da</title><link>https://ornekhaber.com.tr/dunya/lavrov-123</link><guid isPermaLink="false">123</guid>
<pubDate>Fri, 06 Oct 2017 14:00:00 +0300</pubDate><dc:creator>Ahmet Yılmaz</dc:creator>
<description><![CDATA[<p>Özet.</p>]]></description>
<content:encoded><![CDATA[<p>{TR}</p><p>Görüşme yarım saatten fazla sürdü ve iki bakan bölgesel konuları ele aldı.</p>]]></content:encoded></item>
<item><title>Kısa haber</title><guid>456</guid><description>{TR}</description></item>
<item><title>Şili'de 6,1 büyüklüğünde deprem</title><link>https://ornekhaber.com.tr/dunya/deprem-789</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR"><title>Exemplo</title>
<entry><title>Lula em Ancara</title><link rel="alternate" href="https://exemplo.com.br/mundo/lula-ancara"/>
<id>tag:exemplo.com.br,2024:1</id><published>2024-05-20T10:15:00-03:00</published><author><name>Ana Souza</name><email>ana@exemplo.com.br</email></author>
<content type="html">&lt;p&gt;{PT}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_feeds_are_one_article_an_item(tmp_path):
    src = tmp_path / "feeds"
    src.mkdir()
    (src / "ornek.rss").write_text(RSS, encoding="utf-8")
    (src / "exemplo.xml").write_text(ATOM, encoding="utf-8")
    (src / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://a.com/</loc></url></urlset>', encoding="utf-8")
    (src / "empty.rss").write_text('<rss version="2.0"><channel><title>x</title></channel></rss>', encoding="utf-8")
    (src / "nitf.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Lavrov</title></head><body>'
                                  f'<body.content><p>{TR}</p><p>Görüşme yarım saatten fazla sürdü ve iki bakan bölgesel '
                                  'konuları ele aldı.</p></body.content></body></nitf>', encoding="utf-8")
    # Entities are not expanded: a "billion laughs" feed is read as the little it says.
    (src / "laughs.xml").write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                                    f'<rss><channel><item><title>&b;</title><description>{PT}</description></item></channel></rss>',
                                    encoding="utf-8")
    recs = _ingest_with_failures(src, tmp_path)
    a = recs["https://ornekhaber.com.tr/dunya/lavrov-123"]
    assert (a["lang"], a["title"], a["published"], a["author"]) == ("tr", "Lavrov Astana'da", "2017-10-06", "Ahmet Yılmaz")
    assert a["paragraphs"] == [TR, "Görüşme yarım saatten fazla sürdü ve iki bakan bölgesel konuları ele aldı."]
    assert recs["ornek:456"]["paragraphs"] == [TR]  # no address: the guid, named by its feed
    assert recs["https://ornekhaber.com.tr/dunya/deprem-789"]["paragraphs"] == ["Şili'de 6,1 büyüklüğünde deprem"]  # a headline alone
    b = recs["https://exemplo.com.br/mundo/lula-ancara"]
    assert (b["lang"], b["title"], b["published"], b["author"], b["paragraphs"]) == ("pt", "Lula em Ancara", "2024-05-20", "Ana Souza", [PT])
    assert "no items" in recs[str(src / "empty.rss")]["error"]
    # Other XML is no feed: a sitemap is no article, a NITF article is read as a page, as before feeds were read.
    assert "error" in recs["sitemap"]
    assert TR in recs["nitf"]["paragraphs"] and recs["nitf"]["lang"] == "tr"
    assert recs["laughs-1"]["paragraphs"] == [PT] and "ha" * 8 not in (recs["laughs-1"]["title"] or "")


def test_a_worker_that_dies_fails_its_records_and_the_batch_goes_on(tmp_path, monkeypatch):
    # One record kills its worker process (as the kernel does to one out of memory): the records the
    # pool held fail with a reason, and the others are cleaned in the command's own process.
    import xlnews.corpora.ingest as ingest
    from xlnews.corpora.clean import CleanOptions

    src = tmp_path / "in"
    src.mkdir()
    n = 3 * ingest.IN_FLIGHT_PER_WORKER * 2  # more than the pool holds at once: some are sent after it broke
    for i in range(n):
        (src / f"a{i:03d}.txt").write_text(f"Başlık {i}\n\n{TR}", encoding="utf-8")
    (src / "a003.txt").write_text("DIE\n\n" + TR, encoding="utf-8")
    monkeypatch.setattr(ingest, "clean_page", _clean_or_die)
    records = list(ingest.Ingestor(CleanOptions(), workers=2).ingest([src]))
    assert [r.id for r in records] == [f"a{i:03d}" for i in range(n)]
    failed = [r for r in records if isinstance(r, ingest.FailedInput)]
    assert failed and all("a worker process died" in r.error for r in failed)
    assert all(isinstance(r, ingest.Article) for r in records[-ingest.IN_FLIGHT_PER_WORKER:])


def _clean_or_die(data, article_id, name, suffix, options):
    import os

    if data.startswith(b"DIE"):
        os._exit(1)
    return _clean_page(data, article_id, name, suffix, options)
