"""A causal word needs a declared intervention (GUIDE policy; issue 22.3): with none declared (the shipped
config declares none) no chapter of any report, front matter to annex, in either language, uses one; the
only sentences that name one are the rule saying when it may be used (``m_min_n``) and disclaimers."""

from __future__ import annotations

import html
import re

import pytest

from evalasn.paths import project
from evalasn.report.chapters import sections
from evalasn.report.context import load_context
from evalasn.report.words import impact

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

CHAPTERS = ("cover", "foreword", "front_matter", "summary", "method", "implementation", "kirkpatrick", "budget",
            "challenges", "communication", "position", "limitations", "conclusion", "follow_up", "closing", "annex")
# The province and one agency whose IKM comparison ran (every scope: 50 s, too slow for make test; the
# summary, conclusions and plan of every scope are scanned in test_claims).
SCOPES = ("provinsi", "kesehatan")
CAUSAL = {
    "id": re.compile(r"\b(?:ber)?dampak\w*\b|\bpengaruh\b|\bmemengaruhi\b|\bmempengaruhi\b|\bmenyebabkan\b|"
                     r"\bakibat\w*\b|(?<!besar )\befek\b(?! (?:acak|tetap))|\befektif\b", re.IGNORECASE),
    "en": re.compile(r"\bimpact\w*\b|\b(?:the|an|its|no|a retest) effect\b(?! size)|\beffect (?:of|on)\b|"
                     r"\baffect(?:s|ed)?\b|\bcaus(?:e|ed|es)\b|\bworks best\b", re.IGNORECASE),
}
# Sentences that name the word without claiming one: the disclaimers. The method's rule, Tabel 7's title and the
# note that no programme was declared name no causal word either (R6-14: "apakah dapat disebut dampak", "Kata
# \"berdampak\" hanya dipakai", "ditetapkan untuk diukur dampaknya" left the words in a report that claims none).
NOT_A_CLAIM = {
    "id": re.compile(r'bukan (?:bukti )?sebab-akibat|bukan akibat'),
    "en": re.compile(r'not (?:proof of )?(?:a )?cause'),
}


def causal_words(text: str, lang: str) -> list[str]:
    """Causal words in a chapter's text (tags stripped), outside the rule sentence."""
    plain = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).replace("\u00a0", " ")
    return [match.group(0) for match in CAUSAL[lang].finditer(NOT_A_CLAIM[lang].sub(" ", plain))]


@pytest.mark.parametrize("text,lang,found", [
    ("Dampak diukur dengan selisih-dari-selisih.", "id", ["Dampak"]),
    ("Pelatihan berdampak positif pada IKM.", "id", ["berdampak"]),
    ("Perbedaan perubahan diukur dengan selisih-dari-selisih.", "id", []),
    ('Kata "berdampak" hanya dipakai bila ada kelompok pembanding.', "id", ["berdampak"]),
    ("The effect is measured by difference-in-differences.", "en", ["effect"]),
    ("Training had an effect on the IKM.", "en", ["an effect", "effect on"][:1]),
    ("The paired effect size is 0.2.", "en", []),
    ("The difference in change is measured by difference-in-differences.", "en", []),
    # LOOK36 J-7: "efek" as "effect" outside the statistical terms "besar efek", "efek acak" and "efek tetap"
    ("Kenaikan nilai dapat memuat efek mengulang tes.", "id", ["efek"]),
    ("Metode mana yang paling efektif?", "id", ["efektif"]),
    ("Besar efek berpasangan 0,2; model dengan efek acak dinas dan efek tetap metode.", "id", []),
    ("The gain may include a retest effect.", "en", ["a retest effect"]),
    ("Which method works best?", "en", ["works best"]),
], ids=["id-dampak-diukur", "id-berdampak", "id-perbedaan-perubahan", "id-rule-sentence", "en-the-effect",
        "en-an-effect-on", "en-effect-size", "en-difference-in-change", "id-efek-retest", "id-efektif",
        "id-effect-size-and-random-effects", "en-retest-effect", "en-works-best"])
def test_the_scan_finds_causal_words(text, lang, found):
    assert [word.split()[-1] for word in causal_words(text, lang)] == [word.split()[-1] for word in found]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_chapter_uses_a_causal_word_without_a_declared_intervention(pipeline_root, lang):
    paths = project(pipeline_root)
    found = {}
    for slug in SCOPES:
        ctx = load_context(slug, lang, paths)
        assert not impact.declared(ctx.hasil), "the shipped config declares no intervention"
        for name in CHAPTERS:
            words = causal_words(getattr(sections, name)(ctx), lang)
            if words:
                found[(slug, name)] = words
    assert found == {}, found
