"""Every rule and threshold the project uses, in one place, each with why.

Change a number here and the code, the report text and the docs (generated from the schema
and these constants) follow.
"""

from __future__ import annotations

# --- Rules from regulations -------------------------------------------------------------
JP_MINIMUM_PER_YEAR = 20  # PP 11/2017 Pasal 203(4), kept by PP 17/2020: >= 20 JP a year per PNS
MINUTES_PER_JP = 45  # 1 jam pelajaran = 45 minutes (Peraturan LAN 10/2018)
# --- estimates (issue 10.6) ---
# The 20 JP duty is a PNS duty (PP 11/2017 Pasal 203); PPPK competency development is capped at
# 24 JP per contract year (PP 49/2018 Pasal 39), so PPPK are reported separately, never in the duty share.
JP_DUTY_STATUS = "PNS"  # ASN with a blank status are counted with the duty group (and counted, see compliance)
PPPK_JP_MAXIMUM_PER_YEAR = 24  # PP 49/2018 Pasal 39: at most 24 JP in one contract year

# IKM, PermenPAN-RB 14/2017: nine elements scored 1-4, equal weights 1/9, converted x 25.
IKM_ELEMENTS: dict[str, str] = {
    "u1": "Persyaratan",
    "u2": "Sistem, Mekanisme dan Prosedur",
    "u3": "Waktu Penyelesaian",
    "u4": "Biaya/Tarif",
    "u5": "Produk Spesifikasi Jenis Pelayanan",
    "u6": "Kompetensi Pelaksana",
    "u7": "Perilaku Pelaksana",
    "u8": "Penanganan Pengaduan, Saran dan Masukan",
    "u9": "Sarana dan Prasarana",
}
IKM_ELEMENTS_EN: dict[str, str] = {
    "u1": "Requirements",
    "u2": "Systems, mechanisms and procedures",
    "u3": "Completion time",
    "u4": "Cost/tariff",
    "u5": "Service product specification",
    "u6": "Staff competence",
    "u7": "Staff behaviour",
    "u8": "Handling of complaints and suggestions",
    "u9": "Facilities and infrastructure",
}
IKM_WEIGHT = 1 / 9  # equal weight of each element (PermenPAN-RB 14/2017)
IKM_CONVERSION = 25  # converted IKM = IKM x 25 (scale 25-100)
# The regulation writes the converted-IKM intervals to two decimals (C up to 76,60, B from 76,61), so an IKM
# (a unit's, a dinas's, the province's, and each end of its 95% interval) is printed to this many decimals
# everywhere and categorised as printed: a reader checks the category against the number beside it.
IKM_DECIMALS = 2
# Converted-IKM intervals: (lower bound, category, label). 76.60 is C, 76.61 is B (the rule
# compares the value rounded to IKM_DECIMALS).
IKM_CATEGORIES: list[tuple[float, str, str, str]] = [
    (88.31, "A", "Sangat Baik", "Very good"),
    (76.61, "B", "Baik", "Good"),
    (65.00, "C", "Kurang Baik", "Poor"),
    (25.00, "D", "Tidak Baik", "Very poor"),
]  # the English names, one set in every English file (PDF glossary, HTML, workbook; LOOK35b H-5)
# The categories below B (Baik), PermenPAN-RB 14/2017: a unit or dinas with its IKM estimate in one of them is a
# finding of the summary (report.chapters.key_findings) and, without a weak element, has its follow-up row (rules).
POOR_IKM = ("C", "D")
# Elements about communication between ASN and the public (flagged when weak).
COMMUNICATION_ELEMENTS = ("u7", "u8")
WEAK_ELEMENT_THRESHOLD = 3.0644  # below the B band on the 1-4 scale (PermenPAN-RB 14/2017)
# One precision for an element's mean (NRR), the threshold and the IKM they make (P2, session 8: "2,73" beside
# "3,0644" read as two rules). PermenPAN-RB 14/2017 converts by x 25: its interval table prints the B band's lower
# edge as 3,0644 = 76,61 / 25, so the converted IKM's two decimals (IKM_DECIMALS, steps of 0,01) are four on the
# 1-4 scale (steps of 0,0004). An element mean, the ends of its interval and the threshold are printed with those
# four decimals everywhere (2,7312, as 68,28 is printed for the IKM); a mean that four decimals would put on the
# threshold's other side gets more (report.words.fmt.beside: 3.06438 reads "3,06438", never "3,0644"). BAB VI says
# the rule once (r_ikm_decimals).
WEAK_ELEMENT_THRESHOLD_DECIMALS = 4
ELEMENT_DECIMALS = WEAK_ELEMENT_THRESHOLD_DECIMALS
# --- How many decimals each kind of figure is printed with (REVIEW3 24) --------------------------------------------
# One entry per unit of the results contract (analysis.contract.doc.UNITS): an estimate and both ends of its 95%
# interval print with these decimals in every agency's report and the province's, in both languages and in every
# format (PDF/HTML, DOCX, XLSX number formats, the index; report.words.fmt.figure). Never chosen from one report's
# interval: that gave the province "3,933 (3,921 s.d. 3,945)" beside an agency's "3,84 (3,80 s.d. 3,87)". Each is
# as fine as the narrowest interval of its kind needs to show two different ends: the province's (the most
# precise scope; sample widths quoted), never "3,9 (3,9 s.d. 3,9)" (tests/unit/test_decimals.py checks every
# interval of the sample's reports). Money has no decimals here: report.words.fmt.rupiah (one scale word per
# interval: the scale of its smallest end, never "Rp 363.113 (Rp 230.943–Rp 2,3 juta)").
DECIMALS: dict[str, int] = {
    "jumlah": 0,  # counts of persons, activities, responses
    "bilangan_bulat": 0,
    "proporsi": 1,  # a share 0-1, printed in percent: the province's narrowest (the score ceiling) is 0,2 pp wide
    "persen": 1,  # percent 0-100 (budget realisation, shares of persons): as the shares
    "poin_tes": 1,  # test points 0-100 (gains, means, adjusted gains): a tenth of a point; the province's gain
    # interval is 1,2 points wide, the narrowest (one agency's adjusted method gain) 0,11
    "poin_per_dobel": 1,  # test points per doubling of cost: test points; the province's interval is 0,22 wide
    "poin_per_ln": 1,  # test points per ln(cost): as above (0,32 wide)
    "poin_per_ln2": 2,  # the quadratic term is a tenth of the linear one (0,08 beside 3,0); its interval 0,20 wide
    "poin_per_resistensi": 1,  # test points per point of resistance: test points (0,37 wide)
    "skor_1_5": 2,  # a mean on the 1-5 questionnaire scale (reaction, behaviour, resistance): the province's
    # reaction interval is 0,024 wide (n 8.197), 3,92 s.d. 3,94; it narrows below 0,01 from about 46.000 responses
    # (unclustered: width ~ 1/sqrt(n)), which a province of Jakarta's full size can reach: then the ends may print
    # alike and this entry (with koefisien and perilaku_per_10) needs a third decimal
    "skor_1_4": ELEMENT_DECIMALS,  # an SKM element mean (1-4), with the weak-element rule above (fmt.beside)
    "ikm": IKM_DECIMALS,  # a converted IKM and any IKM difference (an impact, a dose), as its category is judged
    "satuan_indikator": 1,  # an agency's own performance indicator (its DiD effect): 2,1 wide in the province
    "koefisien": 2,  # post-test points per pre-test point, near 1: "1,00 (0,99 s.d. 1,02)" in the province
    "perilaku_per_10": 2,  # behaviour-score points (1-5) per 10 test points: 0,59 (0,57 s.d. 0,60) in the province
    "jp": 1,  # lesson hours per person (a mean): 44,1 (42,0 s.d. 46,2) in the province
    "sd_selisih": 2,  # effect sizes (d_z, g_av): Cohen's bands are two-decimal (0,20, 0,50, 0,80)
    "sd_rata": 2,
    "korelasi": 2,
    "varians_poin": 1,
    "probabilitas": 3,  # p-values below 0,001 read "p < 0,001" (fmt.p_value)
}
# Follow-up plan (BAB X): a figure without a 95% interval (a method's share of participants, budget realisation)
# whose target config/target.yml does not set or that already meets it gets a target this many percentage points
# better (docs/metode.md, "Rencana tindak lanjut"); figures with an interval take its better end. A policy choice
# of the evaluation, not a regulation: a step a unit can take in one year.
FOLLOW_UP_SHARE_POINTS = 10.0
# The follow-up plan's ceiling on cost per participant (BAB X, row BIAYA-POIN): one per method, at that method's cost
# per participant in the evaluated year, this field of BAB IV's cost-per-point table (its column "Biaya per peserta";
# MethodCostPerPoint), never one figure across methods. The same plan moves activities to the method that buys a point
# for less, which may cost more per participant than the others (LOOK20 W-1: a ceiling at the median across methods,
# Rp 1,7 juta, ruled out pelatihan at Rp 4,1 juta, the method Rekomendasi 3-4 and KECIL-SEMINAR moved money to). Next
# year's evaluation checks each method's cost per participant against its ceiling in that same table; the row's
# target, judged in BAB X's review, stays the cost per point. A policy choice: "not above this year's level".
FOLLOW_UP_COST_CAP_FIELD = "biaya_per_peserta_rp"
# A BIAYA-POIN target "far" from this year's gain (plan_targets.gain_needed, LOOK36b K-2): at this year's cost per
# participant it needs a mean gain more than this many times this year's (the costed participants'). Half as large
# again is more than a year's redesign of content or method is planned to bring (the plan's own steps hold the cost per
# participant, they do not promise a higher gain), so the row says the target is not expected to be met by a gain
# alone and that its step is what will be checked. A policy choice; the province's highest agency gain is not in a
# dinas's record, so it cannot be the line.
FOLLOW_UP_FAR_GAIN_RATIO = 1.5
# A follow-up plan dated with fewer days than this left of its plan year (the year its indicators are measured in and
# judged by the next evaluation; about one quarter) comes late: the Ringkasan Eksekutif and the top of BAB X say so,
# with the days left (REVIEW3 12: a report dated 5 December 2026 gave every action 26 days). A policy choice.
FOLLOW_UP_LATE_DAYS = 92
# The province's attention list and last year's follow-up (issue 24.3; docs/metode.md, "Dinas yang perlu
# perhatian"): a dinas is listed when fewer than this share (percent) of last year's follow-up targets were met
# and at least one was judged not met (rows that cannot be judged blame no one), or when its returned sheet
# reports fewer than this share of rows done, or when it returned no sheet while others did. These are counts of
# the dinas's own plan rows, not a sample: a plain line, not a test. Half is the line at which most of what the
# signed plan asked for was not achieved (or not done), the reading of SAKIP's follow-up of recommendations.
FOLLOW_UP_ATTENTION_SHARE = 50.0
# --- estimates (issue 10.6) ---
# SKM sample size: PermenPAN-RB 14/2017 takes it from Krejcie & Morgan (1970), s = X2 N P(1-P) /
# (d2 (N-1) + X2 P(1-P)) with X2 = 3.841 (chi-square, 1 df, 95%), P = 0.5, d = 0.05 (about 80 of 100
# users, 278 of 1,000, 375 of 15,000). The exports carry no number of service users, so one is assumed:
# 1,000 users per unit per survey period, a deliberately low number (a lower N asks fewer respondents);
# set the real number here when it is known. Below the minimum the unit's category is "indikatif".
SKM_SERVICE_USERS_ASSUMED = 1000
KREJCIE_MORGAN_CHI2 = 3.841  # chi-square with 1 df at 95% (Krejcie & Morgan 1970)
KREJCIE_MORGAN_P = 0.5  # population proportion that maximises the sample (Krejcie & Morgan 1970)
KREJCIE_MORGAN_D = 0.05  # margin of error (Krejcie & Morgan 1970)

# NIP: 18 digits = birth date YYYYMMDD, TMT CPNS YYYYMM, sex digit, 3-digit serial.
NIP_LENGTH = 18
NIP_SEX = {"1": "L", "2": "P"}  # 1 = laki-laki, 2 = perempuan
# A NIP whose birth year falls outside these years, or whose TMT CPNS comes less than this many years
# after the birth year, is a typo (CPNS are appointed from age 18; the margin allows odd records).
NIP_BIRTH_YEARS = (1940, 2010)
NIP_MIN_YEARS_BIRTH_TO_TMT = 15
# Where each part sits in the 18 digits (0-based slices), read by validation and by the clean stage.
NIP_BIRTH_DATE = slice(0, 8)  # YYYYMMDD
NIP_TMT_CPNS = slice(8, 14)  # YYYYMM
NIP_SEX_DIGIT = 14  # one of NIP_SEX
NIP_SERIAL = slice(15, 18)  # 001-999; 000 is not issued
# A PPPK's number (NI PPPK, 18 digits like a NIP) holds the year of first appointment and then a code of
# the work agreement where a NIP has the month of TMT CPNS ('202221': 2022, code 21), so digits 13-14 of
# 21-29 are accepted as that code, not refused as a month.
NIP_PPPK_CODES = tuple(str(code) for code in range(21, 30))
# PPPK grades (golongan I-XVII, Perpres 98/2020) are no golongan ruang of the contract: V-XVII (never a
# PNS rank) are read as blank golongan with a note, I-IV too on a row whose status is PPPK; elsewhere I-IV
# without a letter stay errors (a PNS rank cut short).
PPPK_GRADES = ("V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")

# --- Domain vocabularies ----------------------------------------------------------------
LANGUAGES = ("id", "en")  # report languages (BAHASA): Bahasa Indonesia, the default, and English
METODE = ("pelatihan", "workshop", "seminar", "mentoring", "e-learning")
JENIS_JABATAN = ("struktural", "fungsional", "pelaksana")
GOLONGAN = tuple(f"{g}/{r}" for g in ("I", "II", "III", "IV") for r in "abcd") + ("IV/e",)
STATUS_ASN = ("PNS", "PPPK")
ARAH = ("naik_baik", "turun_baik")  # whether a higher indicator value is better

# --- Ranges of the raw scores -----------------------------------------------------------
NILAI_RANGE = (0, 100)  # pre/post test scores (Kirkpatrick level 2)
SKOR_RANGE = (1, 5)  # reaction, behaviour and resistance questionnaires (Likert 1-5)
U_RANGE = (1, 4)  # SKM element scores (PermenPAN-RB 14/2017)
# --- house rules (issue 15.3): ranges and cut-offs that were typed where they were used ---------
# Years of activities, budgets and report configuration: a guard against typos (20225, 225), not a
# policy; widen it if the programme's records really reach outside.
YEAR_RANGE = (2000, 2100)
# JP of one activity: at least half a JP (about 22 minutes, Peraturan LAN 10/2018: 1 JP = 45 minutes);
# more than 1,000 JP (750 hours) for one activity is a typo, not an in-service programme.
JP_RANGE = (0.5, 1000)
# A participant's resistance-to-change score counts as high when it rounds to 4 ("agree") or 5 on the
# 1-5 scale, i.e. at least half a point above the neutral midpoint 3.
HIGH_RESISTANCE_SCORE = 3.5
# Fewest units for the dose-response slope of an impact (analysis.eventstudy.dose). The slope has two coefficients
# and one row per unit, so its clustered error rests on G - 2 residual contrasts, and every impact estimate with
# fewer than FEW_CLUSTERS units also takes the wild cluster bootstrap-t (its interval the wider). With 3 units (one
# contrast) or 4 (two) the bootstrap's refitted residuals can reproduce the data's own pattern, its standard error
# falls near zero in many draws and its critical value has no bound: CHECK12 C12-12, a slope of -0,25 IKM points
# per 10 points with an interval of +-165 at 4 units (critical value 72 instead of t(2) = 4,30) and +-36 million at
# 3. So the slope needs as many residual contrasts as the fewest for any clustered interval (MIN_CLUSTERS): 5 units.
MIN_UNITS_DOSE = 5

# --- Statistical guard rails ------------------------------------------------------------
MIN_N = 10  # below this many observations a mean or test is "tidak cukup data"
# the small units (fewer than MIN_N staff, pooled for their share: analysis.compliance.small_below) a step names: MIN_N
# guards an interval, it is no privacy rule, so the owner is told which units they are (LOOK37 L-4: "mulai dari … dan
# satu unit dengan kurang dari 10 PNS"); more than this many are counted, their names in hasil.json and the workbook
SMALL_UNITS_NAMED = 5
MIN_N_REGRESSION = 30  # fewest participants for the budget regression
# fewest activities for it: its slope is estimated over activities (the cost varies by activity), so half as many
# activities as participants (the annex states both; REVIEW6 R6-33)
MIN_ACTIVITIES_REGRESSION = MIN_N_REGRESSION // 2
MIN_UNITS_PER_ARM = 3  # fewest treated and untreated units for a difference-in-differences
MIN_UNITS_PER_CELL = 2  # fewest units of each arm in one group-time cell (analysis.eventstudy.group_time)
MIN_RESPONDENTS_UNIT = 10  # fewest SKM respondents for a unit's IKM to be shown on its own
MIN_GROUPS_POOLING = 5  # fewest dinas for a mixed model to pool across
# Fewest dinas with data for any comparison among dinas (ranks "k dari n", the province's table of dinas,
# a dinas against "the rest of the province"). With one dinas a rank is "1 dari 1" and the "province" is
# that dinas; with two, a rank only restates which of two numbers is larger and "the rest of the
# province" is the other dinas. From three, a rank places a dinas among others. Below it the reports
# withhold these comparisons and say why (issue 20.7).
MIN_DINAS_COMPARISON = 3
MIN_ACTIVITIES_COST = 5  # fewest activities of a method for its cost per point (bootstrap over activities)
# A year's gain in the trend (analysis.trend, REVIEW3 #24): the participants' mean clustered by activity has a t
# interval with G - 1 df; with 3 activities (2 df) it reads "10,3 (−18,1 s.d. 38,7)". The trend shows a year's gain
# from as many activities as a cost per point needs, else "belum dapat dihitung: hanya N kegiatan" as the cost does.
MIN_ACTIVITIES_TREND_GAIN = MIN_ACTIVITIES_COST
# The budget-vs-gain scatter (report BAB VI): an activity is a point when at least this many of its
# participants have a gain (the mean of one or two people is mostly their own noise), and the figure is
# drawn when there are at least as many points as a method needs for its cost per point.
MIN_PARTICIPANTS_ACTIVITY_POINT = 3
MIN_ACTIVITIES_SCATTER = MIN_ACTIVITIES_COST
CONFIDENCE = 0.95
TREATED_SHARE = 0.5  # a unit is "trained" when at least this share of its staff took part
BOOTSTRAP_REPS = 1000  # resamples for bootstrap intervals
# --- impact (issue 10): few-cluster inference and the pre-trend check ----------------------
# Below this many units (clusters) in an impact estimate, a wild cluster bootstrap-t with Webb's
# six-point weights is run besides the t interval (Satterthwaite df, at most G - 2), and the wider
# interval is kept: cluster-robust t intervals over-reject with few clusters (Cameron, Gelbach &
# Miller 2008, REStat 90(3); MacKinnon & Webb 2018, Econometrics Journal 21(2): problems persist
# up to about 50 clusters, worse with few treated ones); Webb (2014, QED WP 1315) weights for
# very few clusters.
FEW_CLUSTERS = 50
WILD_BOOTSTRAP_REPS = 999  # (B + 1) x 0.05 is a whole number (Davidson & MacKinnon 2004)
# Pre-trend (placebo) check: the joint test of the pre-period event-study estimates. 0.10 rather
# than 0.05 because such pre-tests have low power (Roth 2022, AER: Insights 4(3)); a rejection
# blocks the word "berdampak".
PRETREND_ALPHA = 0.10
PRETREND_MAX_LEADS = 4  # the test uses the pre-period estimates nearest the training, at most this many
# A pre-trend check earns the word "berdampak" only when it rules out a pre-training difference of half the effect
# (REVIEW6b R6b-11, REVIEW7 R7-1; Roth 2022, AER: Insights 4(3): pre-tests that do not reject often have too little
# power against trends that would bias the estimate by a meaningful share of it). The rule is an equivalence check
# (Hartman & Hidalgo 2018, AJPS 62(4); Bilinski & Hatfield 2018): the 95% interval of the pre-period estimate nearest
# the training lies within +/- PRETREND_GAP_MAX_RATIO x |effect|. Its power side is stated first, so the report can
# say which fails: that interval's half-width is at most 0.5 x |effect| only when the minimum detectable difference
# (POWER, 5% level, analysis.did.power) is at most about (1 + z_0.80 / z_0.975) x 0.5 = 0.71 x |effect|
# (0.68 at df 6): PRETREND_MDE_MAX_RATIO. Set C sosial (4 + 4 units): detects 0.91 x, pre-period gap 3.06
# (-1.66 to 7.79) against half the effect 3.77 -- no longer earned (session 8's bound was 1.0 x).
PRETREND_MDE_MAX_RATIO = 0.7
PRETREND_GAP_MAX_RATIO = 0.5
# The budget model with few activities (analysis.budget): at most one model term per this many
# activities, controls dropped (fixed effects first) until it fits. 9 terms on 16 activities left
# the cluster-robust variance with almost no degrees of freedom (issue 23: 74-76% coverage).
BUDGET_ACTIVITIES_PER_TERM = 2
# How units came to be trained (parameter DESAIN, config/intervensi.yml): "acak" declares random
# assignment, which makes the groups comparable before training, so a two-period comparison needs
# no pre-trend check for a causal word; "observasional" (the default) does.
DESIGNS = ("observasional", "acak")
# The minimum detectable effect reported beside an interval that includes zero (analysis.did.power):
# the effect found with this probability at the 5% level, two-sided; 80% is the usual planning power
# (Cohen 1988; Bloom 1995, Evaluation Review 19(5)).
POWER = 0.80
RANDOM_SEED = 20171  # seed of every random draw in the analysis (bootstrap); documented
# --- estimates (issue 10.6) ---
# Effect size of the level-2 gain: Hedges' g_av (Lakens 2013, eq. 10: mean change over the mean of the
# pre and post SDs, times the small-sample correction), named by Cohen's (1988) conventions.
EFFECT_SIZE_BANDS: tuple[tuple[float, str], ...] = ((0.8, "besar"), (0.5, "sedang"), (0.2, "kecil"))
EFFECT_SIZE_BELOW = "sangat_kecil"  # |g_av| under the smallest band (Cohen 1988: below "small")
# Money spent without gain (the summary's first finding and BAB X's stop-or-redesign rows; issue 22.2, docs/metode.md
# "Temuan utama"), judged on the gain's 95% interval, never on its point estimate alone: a point estimate at or below
# zero whose interval reaches a real rise is noise, not a finding. A method (or activity) is "without gain" when the
# upper end of its gain interval is at or below NO_GAIN_UPPER: the data rule out any rise in scores. It bought "at most
# a very small gain" when that upper end is above it, its effect size (Hedges' g_av) is estimated below Cohen's
# "small" (the smallest of EFFECT_SIZE_BANDS: "sangat kecil", as `besar_efek` names it) and the effect size's interval
# ends below Cohen's "medium" (LITTLE_GAIN_EFFECT_CEILING): the best estimate is very small and the data rule out a
# medium or larger gain. An interval that reaches "medium" says too little to call the money spent for little; it is
# not listed. (REVIEW6 R6-2: the rule judged on the effect interval's upper end alone left out the province's seminar,
# Rp 974 juta for 1,8 points, g_av 0,16 with an interval ending at 0,23: a very small gain for its cost.)
NO_GAIN_UPPER = 0.0
LITTLE_GAIN_EFFECT_UPPER = min(lower for lower, _ in EFFECT_SIZE_BANDS)  # 0.2
LITTLE_GAIN_EFFECT_CEILING = dict((name, lower) for lower, name in EFFECT_SIZE_BANDS)["sedang"]  # 0.5
# Cost per point of gain (analysis.budget, REVIEW3 #7, REVIEW4 #1): a cost divided by a gain that may be zero says
# nothing. It is not given when the gain's own record says the gain is not clearly above zero (`status_kenaikan`,
# analysis.learning.gain_status: its 95% interval clustered by activity, CR1 with t on G - 1 df, reaches
# NO_GAIN_UPPER; the same answer the results chapter, the key-figure tables, the province report and the index give),
# nor when more than this share of bootstrap replicates has a total gain at or below zero (then the percentile
# interval's upper end is infinite: "tidak punya batas atas" is said only then): the upper tail of a two-sided 95%
# interval.
COST_UNBOUNDED_SHARE = (1 - CONFIDENCE) / 2
# Few clusters (analysis.small_clusters; docs/metode.md "Sedikit klaster"; REVIEW6b 1 and 2). A figure whose people
# share an activity (a gain: one teacher, one test, one day) or a service unit (an SKM element or an agency's IKM,
# the mean of the nine elements: one counter, one queue) has an interval clustered by activity or unit: CR1 with t
# on G - 1 df. That interval rests on G - 1 contrasts between cluster means, and with very few of them it is
# unreliable (Cameron & Miller 2015, J. Human Resources 50(2), section VI; MacKinnon & Webb 2018): with two clusters
# its variance is one contrast (1 df), so the interval is either uninformative (t(1) = 12,7 standard errors each
# side) or, when the two means happen to agree, narrower than the one that ignores clustering (seminar of an agency:
# 0,110 from 2 activities beside 1,330 from its 31 participants). Even the project's small-G method, the wild
# cluster bootstrap with Webb's six-point weights (analysis.few_clusters, FEW_CLUSTERS below), has only 6^2 = 36
# sign patterns at G = 2, too few for a 95% interval.
# So: below MIN_CLUSTERS clusters no clustered interval is given, and no finding, stop-or-redesign or weak-element plan
# row rests on one: the report gives the participants' mean (or the element's mean) with its n and "hanya k
# kegiatan/unit" (report.words.reasons). From MIN_CLUSTERS up to FEW_CLUSTERS clusters the interval uses the larger
# of the CR1 and the unclustered standard error: with a positive intra-cluster correlation the true error of a mean
# is at least the unclustered one, so a smaller CR1 value is the noise of a variance from G - 1 contrasts. Three is
# the fewest with two contrasts (t(2) = 4,30 standard errors each side), as MIN_UNITS_PER_ARM and MIN_UNITS_DOSE.
# The IKM follows the elements (analysis.small_clusters.too_few_units; REVIEW7 R7-11): an agency's IKM (and its
# element means) from fewer than the minimum units, one or two, keeps its value and n, without interval, category
# range, rank or test (its respondents' interval, the narrower one, had ranked agencies and put them "mungkin di bawah
# B"; one unit kept it until CHECK10 C10-12, judging the agency with less data); a unit's own IKM in the unit tables
# keeps its respondents' interval: that is the unit's figure.
MIN_CLUSTERS = 3
# The scales figures live on: an interval is clipped to its figure's scale (analysis.small_clusters.clip), so an
# element mean reads "2,78 (1,00 s.d. 4,00)", never "(−0,52 s.d. 6,07)" (REVIEW6b 2). Keys are kinds of
# DECIMALS.
SCALE_BOUNDS: dict[str, tuple[float, float]] = {
    "skor_1_4": (float(U_RANGE[0]), float(U_RANGE[1])),  # an SKM element mean
    "ikm": (U_RANGE[0] * IKM_CONVERSION, U_RANGE[1] * IKM_CONVERSION),  # a converted IKM: 25-100
    "persen": (0.0, 100.0),
    "proporsi": (0.0, 1.0),
    "skor_1_5": (float(SKOR_RANGE[0]), float(SKOR_RANGE[1])),
}
# An interval wider than its figure's whole scale (an IKM slope whose 95% interval spans more than the 75 points from
# 25 to 100) says that the computation failed, not how uncertain the figure is: such an estimate is withheld
# (analysis.small_clusters.wider_than_scale), never printed as a result (CHECK12 C12-12).
POOLING_TAU2_ZERO = 1e-6  # tau2 / sigma2 below this is the REML boundary tau2 = 0 (full shrinkage), not noise
# A dinas's adjusted gain is an estimate of that dinas only when its own participants carry at least this share of
# it (pooling `bobot_data_sendiri`, tau2 / (tau2 + its variance)): below, the figure is the province mean (exactly so at
# the boundary tau2 = 0, weight 0) with the province mean's interval, which says nothing of the dinas, and its reports
# say so beside its participants' own mean (analysis.contract.budget.own_data_weighed; CHECK15 E15-7). A tenth: more
# than nine tenths of the figure would be the province's.
POOLING_MIN_OWN_WEIGHT = 0.10
RANK_DRAWS = 4000  # draws from the BLUPs' joint prediction-error distribution for rank intervals (seeded)
FDR_Q = 0.05  # Benjamini-Hochberg (1995) false-discovery rate across the province report's dinas findings

# --- Evaluator cells in the report notebook (report/evaluator.py) ---------------------------
# A table longer than about two A4 pages is not read; the evaluator is told to summarise it first.
MAX_EVALUATOR_TABLE_ROWS = 60

# --- Building reports (run/batch.py) ---------------------------------------------------------
# A report cell answers in seconds even at Jakarta scale (make bench: ~2.5 s for a whole report; a whole
# small-sample report, render included, took 30-40 s at load 12 on 2 cores); a kernel silent for two minutes
# on one cell has stopped answering (seen: an idle kernel whose replies went elsewhere). It is stopped, the
# report is tried once more with a new kernel and then reported: a batch never waits unbounded (at most twice
# this per report).
CELL_TIMEOUT_S = 120
# The clean and model stages are one long cell each whose time grows with the data: 35 s of CPU at Jakarta scale
# took over 120 s at load 17 on 2 cores (make bench KURVA=1, 5 December 2026), and 4x Jakarta takes four times
# that. Their kernels get half an hour a cell before they count as stopped.
STAGE_CELL_TIMEOUT_S = 1_800
# The render of one report (HTML, PDF/A, Word, workbook) runs in the batch's own process and costs at most
# ~6 s of CPU at Jakarta scale (provinsi; README, "Kecepatan"), 30 s at load 12 on 2 cores. One still
# running after five minutes has stopped making progress (a layout that never ends, a blocked write): it is
# stopped, tried once more and reported, like a silent kernel (evalasn.run.deadline).
RENDER_TIMEOUT_S = 300

# --- Input handling -----------------------------------------------------------------------
MAX_ERRORS_LISTED = 50  # summary lines (same file, column, value) in the terminal; the problem file has all
# Bad cells of one column (and rows of one check between rows or tables) listed one by one, in row order; the
# rest are counted per pattern (file, column, expectation, shape of value) with their spreadsheet rows as
# ranges, not kept as a problem each: an accepted input whose every cell is bad (MAX_INPUT_CELLS, 12 million)
# then keeps at most this many problems a column, and the clean stage stays under 2 GB (issue 21.3: 800,000
# problems kept one by one took over 2 GB). Nobody reads a thousand rows of the same mistake; the summary
# sheet of reports/periksa/masalah-data.xlsx names every row.
PROBLEMS_LISTED_PER_COLUMN = 1_000
LARGE_FILE_BYTES = 200 * 1024 * 1024  # larger raw files are refused with a clear message

# --- Spreadsheets written (issue 21.1) ----------------------------------------------------
# Excel and LibreOffice take a cell typed (or edited, or imported from CSV) with one of these first
# characters as a formula: "=", "+", "-" and "@" start one, tab and carriage return hide one behind
# them (OWASP, "CSV Injection"). Every text cell the project writes is stored as text, and one that
# starts with these also carries the quote prefix (evalasn.sheets).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# --- Input bounds (issue 21.3) --------------------------------------------------------------
# Jakarta's whole programme at bench scale (73,000 ASN, 407,099 participations over three years, 155,109
# SKM respondents) is about 5.6 million cells. The limits leave twice that room and keep the clean stage
# under 2 GB for any input it accepts (README, "Batas masukan"); a larger input is refused, before it is
# loaded, with the file and the limit named.
# An .xlsx is a zip of XML parts, measured from its zip directory before anything is unpacked:
# one part unpacked: a sheet of MAX_TABLE_CELLS written with inline strings (as openpyxl writes them, ~55 bytes
# a cell) is ~330 MB; with shared strings (as Excel writes them) about half
XLSX_MAX_PART_BYTES = 384 * 1024 ** 2
XLSX_MAX_BYTES = 512 * 1024 ** 2  # all parts of one workbook unpacked
XLSX_MAX_PARTS = 10_000  # parts in one workbook (an export has a dozen; one per sheet, image, style...)
# Unpacked/packed size of a part: spreadsheet XML packs 5-20 times; a part packed more than this is
# repetition built to unpack huge (a zip bomb). 100 is Apache POI's ZipSecureFile default (minimum
# inflate ratio 0.01), applied as there only to parts large enough to matter.
XLSX_MAX_RATIO = 100
XLSX_RATIO_FROM_BYTES = 1024 ** 2
# Rows x columns of one table (sheet or CSV, as the grid is read: empty cells within it count) and of all
# tables read in one run (what bounds the clean stage's memory); the rows of a sheet as Excel bounds them.
MAX_TABLE_CELLS = 6_000_000
MAX_INPUT_CELLS = 12_000_000
MAX_SHEET_ROWS = 1_048_576  # Excel's own last row: a larger row number is not from a spreadsheet program
MAX_COLUMNS = 1_000  # a contract table has at most 13 columns; exports carry a few dozen more
# EVALASN_BATAS_KALI=k multiplies the two cell limits and a CSV's rows by k, for an input knowingly larger
# (make bench SKALA=4 sets 4: 4x Jakarta is about 22 million cells); the clean stage then needs up to about k x
# 2 GB. At most this many times.
MAX_LIMIT_SCALE = 16


# --- the signed follow-up plan (issue 24) --------------------------------------------------------
# What an agency reports of each row of last year's follow-up plan (the 'pelaksanaan' column of the
# report workbook's plan sheet, a list to choose from there).
PELAKSANAAN = ("belum", "sebagian", "selesai")
# a plan row's stable id, "<slug>-<tahun>-<KODE>" (report.chapters.plan)
PLAN_ROW_ID = r"(?P<dinas>[a-z0-9][a-z0-9_-]*?)-(?P<tahun>\d{4})-(?P<kode>[A-Z0-9][A-Z0-9_-]*)"

# A report workbook written by this project (report.formats.workbook), returned by an agency with its
# follow-up plan filled: recognised by this keyword in its document properties or, when a spreadsheet
# program dropped it, by its own sheets (about and definitions, in either language); only its follow-up
# sheet is data (issue 24), the rest are the report's figures and must not be read as tables.
REPORT_WORKBOOK_KEYWORD = "evalasn-laporan"
REPORT_WORKBOOK_SHEETS = ("Tentang", "About", "Definisi", "Definitions")
