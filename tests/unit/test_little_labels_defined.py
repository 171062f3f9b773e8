"""The two labels the summary gives money for a very small gain are both defined in its selection rule (LOOK18 T-13:
Kesehatan's seminar "tanpa kenaikan yang berarti" and Lingkungan Hidup's "kenaikan sangat kecil", one rule (1) with
one status in BAB IV, and the first label defined nowhere)."""
import html

import pytest

from evalasn.report.words.text import t

LABELS = {"id": ("tanpa kenaikan yang berarti", "kenaikan sangat kecil"),
          "en": ("without a meaningful gain", "a very small gain")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_label_of_rule_1_is_defined_in_the_selection_rule(lang):
    from evalasn.report.chapters.key_findings import rule_values

    rule = t("kt_rules", lang, **rule_values(lang))
    short = t("kt_rules_short", lang, **rule_values(lang))
    values = dict(biaya="Rp 1", metode="seminar", besar="1", ik="…", dasar="", efek="", per_poin="")
    flat, small = LABELS[lang]
    assert flat in t("kt_little_item_flat", lang, **values) and small in t("kt_little_item_small", lang, **values)
    said = {"id": f'metode cabang kedua disebut "{flat}" bila estimasi kenaikannya nol atau di bawahnya dan '
                  f'"{small}" bila di atas nol',
            "en": f'methods of the second branch are called "{flat}" when the gain is estimated at or below zero '
                  f'and "{small}" when above it'}[lang]
    assert said in rule, rule
    # LOOK20 W-21: the rules went to BAB IX; the summary's note still defines both labels it uses
    assert all(label in short.lower() for label in (flat, small)), short
    # LOOK21 X-2: the second test is on the effect size's own interval, not the gain's in points
    assert {"id": "batas atas rentang keyakinan 95% besar efek itu di bawah 0,5",
            "en": "the upper end of its 95% confidence interval is below 0.5"}[lang] in short, short
    # LOOK22 Y-2: both labels pass the same test, told apart by the estimate's sign (LOOK23 Z-2: by name, not "yang
    # pertama"/"yang kedua")
    assert {"id": f'"{flat}" bila estimasi kenaikan nilai nol atau di bawahnya, "{small}" bila di atas nol',
            "en": f'"{flat}" when the gain is estimated at or below zero, "{small}" when above it'}[lang] in short
    # and a method without a cost per point is listed, as analysis.little_gain.cheap_per_point decides
    assert {"id": "atau tanpa biaya per poin", "en": "or with no cost per point"}[lang] in rule, rule


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workbook_definition_of_the_list_names_both_labels(lang):
    """LOOK18 T-13: the workbook's Definisi called every row of the list "sangat kecil"."""
    from evalasn.analysis.contract import walk

    doc = walk.object_docs()["anggaran_vs_peningkatan.sedikit_kenaikan[]"]
    text = doc.id if lang == "id" else doc.en
    flat, small = LABELS[lang]
    assert f'"{flat}"' in text and f'"{small}"' in text, text


@pytest.mark.parametrize("scope", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_selection_rules_are_in_bab_ix_not_the_summary(contexts, figures_not_drawn, scope, lang):
    """LOOK20 W-21: the fourteen lines of rules took a third of the ten-minute reader's summary page."""
    from evalasn.report.chapters import key_findings, sections

    ctx = contexts[(scope, lang)]
    rules = html.escape(t("kt_rules", lang, **key_findings.rule_values(lang))[:60])  # as the HTML writes it
    summary = " ".join(key_findings.summary_parts(ctx))
    assert rules not in summary and {"id": "BAB IX", "en": "Chapter IX"}[lang] in summary
    assert rules in sections.conclusion(ctx)


@pytest.mark.parametrize("scope", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_selection_rules_close_bab_ix_after_the_recommendations(contexts, figures_not_drawn, scope, lang):
    """LOOK35 G-9: a page of rules between 9.1 and 9.2 stood between the conclusions and the recommendations they
    lead to; they close the chapter, and the summary's note says where."""
    from evalasn.report.chapters import key_findings, sections

    ctx = contexts[(scope, lang)]
    rules = html.escape(t("kt_rules", lang, **key_findings.rule_values(lang))[:60])
    chapter = sections.conclusion(ctx)
    last_list = chapter.rindex("</ol>")
    assert chapter.index(html.escape(t("k_recommend_h", lang))) < last_list < chapter.index(rules), chapter
    assert {"id": "ada di akhir BAB IX", "en": "at the end of Chapter IX"}[lang] in " ".join(
        key_findings.summary_parts(ctx))
