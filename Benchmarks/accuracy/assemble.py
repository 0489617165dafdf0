#!/usr/bin/env python3
"""Builds dev.jsonl, test.jsonl and real.jsonl from the writers' notes and the adjudicated labels.

Inputs (in labelling/): notes-<batch>.jsonl as written (id, style, setting, discipline, text),
labels-<batch>-A/B.jsonl (the two independent labellers), adjudication-<batch>.jsonl (every
disagreement and every clarification, with its reason) and final-<batch>.jsonl (the adjudicated
labels). The split is random, seeded and stratified by style: half of each style's notes go to the
test half, which nobody tunes on. A copy-forward series stays whole in one half, so no note in the
test half is a copy of one in the dev half. The notes labelled before this protocol (legacy) keep
their halves: the old test notes were only ever measured.

Run from the repository root: python3 Benchmarks/accuracy/assemble.py
"""
import json, os, random

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "labelling")

def read(name):
    with open(os.path.join(src, name)) as f:
        return [json.loads(l) for l in f if l.strip()]

def record(note, label, style):
    return {"id": note["id"], "style": style, "setting": note.get("setting"), "discipline": note.get("discipline"),
            "text": note["text"], "expected": label["expected"], "minutes": label["minutes"],
            "best_code": label["best_code"], "vague": label["vague"], "why": label["why"]}

dev, test = [], []
written = []
for batch in ["w1", "w2", "w3", "w4"]:
    labels = {l["id"]: l for l in read(f"final-{batch}.jsonl")}
    for note in read(f"writer-{batch}.jsonl"):
        written.append(record(note, labels[note["id"]], note["style"]))

# Copy-forward series (writer 4's report): each series is one unit of the split.
series = [range(23, 27), range(27, 31), range(31, 35), range(35, 39), range(39, 42), range(42, 45)]
def unit(note):
    if note["style"] == "copy-forward-series":
        n = int(note["id"].split("-")[1])
        for k, r in enumerate(series):
            if n in r:
                return f"series-{k}"
    return note["id"]

rng = random.Random(20261204)
by_style = {}
for note in written:
    by_style.setdefault(note["style"], {}).setdefault(unit(note), []).append(note)
for style in sorted(by_style):
    units = sorted(by_style[style])
    rng.shuffle(units)
    for i, u in enumerate(units):
        (test if i % 2 == 0 else dev).extend(by_style[style][u])

def split_round(batches, seed, read_before_split=(), series=(), styles=None):
    """A later round of writers, split like the first (seeded, stratified by style) with its own
    generator, so the earlier rounds' halves stay exactly as they were. Notes read before the split
    go to dev, so nobody has read a test note. Each of `series` (a set of ids: one patient's
    copy-forward notes) is one unit of the split, so no test note is a copy of a dev note (the
    rounds before w13 were split note by note); a unit with a note read before the split goes to dev
    whole. `styles` renames a writer's style to the set's."""
    rng = random.Random(seed)
    by_style = {}
    for batch in batches:
        labels = {l["id"]: l for l in read(f"final-{batch}.jsonl")}
        for note in read(f"writer-{batch}.jsonl"):
            style = (styles or {}).get(note["style"], note["style"])
            by_style.setdefault(style, []).append(record(note, labels[note["id"]], style))
    def unit_of(note):
        for k, ids in enumerate(series):
            if note["id"] in ids:
                return f"series-{k}"
        return note["id"]
    for style in sorted(by_style):
        units = {}
        for note in by_style[style]:
            units.setdefault(unit_of(note), []).append(note)
        order = sorted(units, key=lambda u: units[u][0]["id"])
        rng.shuffle(order)
        for i, u in enumerate(order):
            seen = any(note["id"] in read_before_split for note in units[u])
            (dev if seen or i % 2 == 1 else test).extend(units[u])

def fixed_list_round(batches, seed):
    """A round written to the fixed style lists of WRITER_BRIEF (from w59 on): two notes per style,
    and each writer's notes 047-050 one copy-forward series, named as the set names it."""
    split_round(batches, seed,
                series=[{f"{batch}-{n:03d}" for n in range(47, 51)} for batch in batches],
                styles={"copy-forward series": "copy-forward-series"})

def series_round(batches, seed, read_before_split=(), styles=None):
    """A round whose writers chose their own styles (seventeenth session on: 8 to 14 styles, each
    used at least twice, a copy-forward series named with a style ending in "-series"), split by
    split_round with each series (one batch's notes of one such style) as one unit under the set's
    style "copy-forward-series", so no test note is a copy of a dev note and the style stands in both
    halves. `styles` renames a writer's other styles to the set's."""
    series, renames = {}, dict(styles or {})
    for batch in batches:
        for note in read(f"writer-{batch}.jsonl"):
            if note["style"].endswith("-series"):
                series.setdefault((batch, note["style"]), set()).add(note["id"])
                renames[note["style"]] = "copy-forward-series"
    split_round(batches, seed, read_before_split, series=list(series.values()), styles=renames)

# The second round (w5, w6: 80 notes in the weakest styles, 2026-12-05), measured whole before
# anyone studied it (BENCHMARKS.md).
split_round(["w5", "w6"], 20261205)
# The third round (w7, w8: 100 notes in every style, 2026-12-05); the three notes read while its
# labels were adjudicated (the first measurement's disagreements) go to dev.
split_round(["w7", "w8"], 20261206, read_before_split={"w7-013", "w8-011", "w8-026"})
# The fourth round (w9, w10: 100 notes in every style, an auditor's and a mix of clinicians' voices),
# measured whole before anyone read a note.
split_round(["w9", "w10"], 20261207)
# The fifth round (w11, w12: 100 notes in the weakest styles and in contrasting habits), measured
# whole before anyone read a note.
split_round(["w11", "w12"], 20261208)
# The sixth round (w13, w14: 100 notes in twelve EMR systems' layouts and fifteen clinicians' habits,
# 2026-12-05, fifth session), measured whole before anyone read a note; each copy-forward series
# is one unit.
split_round(["w13", "w14"], 20261209,
            series=[{f"w13-{n:03d}" for n in range(44, 49)}, {f"w14-{n:03d}" for n in range(46, 51)}],
            styles={"copy-forward": "copy-forward-series"})
# The seventh round (w15, w16: 100 notes, an auditor's charts from many providers and the
# specialties checkers see least, 2026-12-05, fifth session), measured whole before anyone read a note.
split_round(["w15", "w16"], 20261210,
            series=[{f"w15-{n:03d}" for n in range(43, 48)}, {f"w16-{n:03d}" for n in range(22, 27)}])
# The eighth round (w17, w18: 100 notes, contract therapy in SNFs and home health, and outpatient
# clinics on three EMRs), measured whole before anyone read a note.
split_round(["w17", "w18"], 20261211,
            series=[{"w17-013", "w17-016", "w17-021", "w17-026", "w17-031"},
                    {f"w18-{n:03d}" for n in range(46, 51)}])
# The ninth round (w19, w20: 100 notes, 2026-12-05, sixth session: telehealth, co-treatment, group,
# maintenance, hospice, students and aides; EMR exports, flowsheet rows, notes organised by goal,
# travellers, interpreters, progress-report days, cut-short visits, weak notes an auditor denies),
# measured whole before anyone read a note.
split_round(["w19", "w20"], 20261212,
            series=[{f"w19-{n:03d}" for n in range(46, 51)}, {f"w20-{n:03d}" for n in range(46, 51)}])
# The tenth round (w21, w22: 100 notes, 2026-12-05, sixth session: acute post-op, stroke unit,
# sternal precautions, LTACH, inpatient psych, SNF hip fracture and Parkinson's, amputee, critical
# illness, pelvic floor, wound care with mobility, CP gait trainer, early intervention; work
# hardening, flexor tendon, executive function, manual therapy, ACL, balance class, bariatric,
# handwriting, telehealth coaching, low vision, SCI, TBI day program, MS/ALS, restorative screens),
# measured whole before anyone read a note.
split_round(["w21", "w22"], 20261213,
            series=[{f"w21-{n:03d}" for n in range(46, 51)}, {f"w22-{n:03d}" for n in range(46, 51)}])
# The eleventh round (w23, w24: 100 notes, 2026-12-05, sixth session: the busiest settings again —
# outpatient orthopaedic, SNF, home health, EMR service blocks, billing in the plan; acute, inpatient
# rehab, neuro, vestibular, paediatric, hand, OT ADL, dictation — by clinicians of every habit),
# measured whole before anyone read a note.
split_round(["w23", "w24"], 20261214, series=[{f"w23-{n:03d}" for n in range(46, 51)}])
# The twelfth round (w25, w26: 100 notes, 2026-12-05, sixth session: what therapists did and how
# patients responded, in everyday words, across the common settings; twelve templates and habits
# from checkbox EMRs to dictation), measured whole before anyone read a note.
split_round(["w25", "w26"], 20261215, series=[{f"w26-{n:03d}" for n in range(17, 22)}])
# The thirteenth round (w27, w28: 100 notes, 2026-12-05, sixth session: clinicians telling in their
# own words how they cued, handled and measured; twelve EMR templates and paper forms, from grids and
# checkbox lists to charge sections after the signature), measured whole before anyone read a note.
# The two labellers of w28 agreed on every field of its 50 templated notes (their reasons differ).
split_round(["w27", "w28"], 20261216, series=[{f"w27-{n:03d}" for n in range(48, 51)}])
# The fourteenth round (w29, w30: 100 notes, 2026-12-05, sixth session: a therapy company's audit
# sample with its trained boilerplate; clinicians outside the big templates — rural hospital, pelvic
# health, feeding and sensory, school, aquatic, lymphedema, driver rehab, seating, cardiopulmonary,
# hospice, early intervention, amputee), measured whole before anyone read a note.
split_round(["w29", "w30"], 20261217, series=[{"w29-049", "w29-050"}])
# The fifteenth round (w31, w32: 100 notes, 2026-12-05, sixth session: a typical week across the
# settings; twelve documentation formats), measured whole before anyone read a note.
split_round(["w31", "w32"], 20261218, series=[{f"w32-{n:03d}" for n in range(24, 28)}])
# The sixteenth round (w33, w34: 100 notes, 2026-12-05, seventh session: a clinic week as an
# auditor pulls it, in proportion to what is billed; OT and assistants' notes), measured whole
# before anyone read a note.
split_round(["w33", "w34"], 20261219, series=[{f"w33-{n:03d}" for n in range(5, 8)},
                                             {f"w33-{n:03d}" for n in range(13, 16)},
                                             {f"w34-{n:03d}" for n in range(22, 25)}])
# The seventeenth round (w35, w36: 100 notes, 2026-12-05, seventh session: ten outpatient and ten
# post-acute clinicians, five notes each in their own habits), measured whole before anyone read a
# note.
split_round(["w35", "w36"], 20261220, series=[{f"w35-{n:03d}" for n in range(46, 51)},
                                             {f"w36-{n:03d}" for n in range(31, 36)}])
# The eighteenth round (w37, w38: 100 notes, 2026-12-05, seventh session: notes written under
# productivity pressure, as a denial sample shows them; ten specialists, five notes each), measured
# whole before anyone read a note.
split_round(["w37", "w38"], 20261221, series=[{f"w37-{n:03d}" for n in range(12, 16)}])
# The nineteenth round (w39, w40: 100 notes, 2026-12-05, seventh session: a contract-therapy
# company's week in five SNFs and its home-health branch; three outpatient private practices),
# measured whole before anyone read a note.
split_round(["w39", "w40"], 20261222, series=[{f"w39-{n:03d}" for n in range(15, 19)},
                                             {f"w40-{n:03d}" for n in range(18, 21)}])
# The twentieth round (w41, w42: 100 notes, 2026-12-05, eighth session: a Medicare contractor's
# targeted-probe packet of 97530 claims from eight providers; notes written outside the SOAP template
# at the end of the day: phone-typed, speech-recognised, goal by goal, PIRP/DAP, flowsheet rows and
# late entries), measured whole before anyone read a note.
split_round(["w41", "w42"], 20261223, series=[{f"w41-{n:03d}" for n in range(33, 37)},
                                             {f"w42-{n:03d}" for n in range(42, 46)}])
# The twenty-first round (w43, w44: 100 notes, eighth session: occupational therapy by OTs and COTAs
# across eight settings; physical therapy in settings seen less often — aquatic, cardiac and
# pulmonary rehab, amputee, wound care, oncology, pelvic health, sports, work conditioning,
# vestibular, emergency department, bariatric, Parkinson's and MS programs), measured whole before
# anyone read a note. Labeller A of w43 saw labeller B's values of w43-004, -006, -010 and -027 in a
# shared scratch folder; the adjudicator decided every field of those four notes afresh. The w43
# series is the only note of its template, named as the series it is (a one-unit style draws nothing
# from the generator, so the split is the one first measured).
split_round(["w43", "w44"], 20261224, series=[{f"w43-{n:03d}" for n in range(18, 22)},
                                             {f"w44-{n:03d}" for n in range(12, 16)}],
            styles={"cota-snf-grid": "copy-forward-series"})
# The twenty-second round (w45, w46: 100 notes, eighth session: full-sentence notes, dictated or
# typed in prose by eight clinicians; travelling and PRN therapists filling ten facilities' templates
# fast, telegraphic, with symbols and copy-forward), measured whole before anyone read a note.
split_round(["w45", "w46"], 20261225, series=[{f"w45-{n:03d}" for n in range(22, 26)},
                                             {f"w46-{n:03d}" for n in range(45, 49)}])
# The twenty-third round (w47, w48: 100 notes, eighth session: VA, military, FQHC and Indian Health
# Service templates; internationally trained clinicians' wording in US settings), measured whole
# before anyone read a note.
split_round(["w47", "w48"], 20261226, series=[{f"w47-{n:03d}" for n in range(14, 18)},
                                             {f"w48-{n:03d}" for n in range(27, 31)}])
# The twenty-fourth round (w49, w50: 100 notes, ninth session: specialty programmes — pelvic health,
# lymphedema, oncology, amputee, seating, cardiac/pulmonary, burns, concussion, SCI, Parkinson's —
# and notes by assistants, students and cover staff, late entries, addenda and voided entries),
# measured whole before anyone read a note.
# The writers named a style for each note; they are mapped to the set's styles so that a style
# of two notes or more has notes in both halves. A note continued across two entries is one unit.
split_round(["w49", "w50"], 20261227,
            series=[{f"w49-{n:03d}" for n in range(22, 26)}, {f"w50-{n:03d}" for n in range(31, 35)},
                    {"w50-013", "w50-014"}],
            styles={
                "pelvic health outpatient SOAP": "pelvic-health",
                "terse pelvic pain follow-up": "pelvic-health",
                "pelvic health discharge note": "pelvic-health",
                "lymphedema clinic SOAP (CDT phase I)": "lymphedema",
                "lymphedema LE narrative note": "lymphedema",
                "templated lymphedema maintenance note": "lymphedema",
                "oncology rehab SOAP with labs and vitals": "oncology",
                "post-mastectomy OT treatment note": "oncology",
                "oncology PTA exercise log": "oncology",
                "inpatient rehab amputee daily note": "amputee-prosthetic",
                "outpatient prosthetic gait SOAP": "amputee-prosthetic",
                "terse prosthetic gait shorthand": "amputee-prosthetic",
                "amputee ADL narrative": "amputee-prosthetic",
                "seating and mobility clinic follow-up": "wheelchair-seating",
                "power mobility training note": "wheelchair-seating",
                "outpatient SCI wheelchair skills note": "spinal-cord-injury-outpatient",
                "acute care cardiac surgery step-down note": "acute-cardiac-sternal-precautions",
                "acute care cardiac discharge-day note": "acute-cardiac-sternal-precautions",
                "acute care LVAD mobility note": "acute-cardiac-sternal-precautions",
                "acute care post-sternotomy PTA note": "acute-cardiac-sternal-precautions",
                "outpatient COPD treatment note": "cardiopulmonary",
                "pulmonary rehab progress note": "cardiopulmonary",
                "templated home health HF visit": "home-health",
                "copy-forward series": "copy-forward-series",
                "burn unit PT daily note": "burn",
                "burn hand splint and ROM note": "burn",
                "terse burn unit PTA note": "burn",
                "wound clinic offloading gait note": "wound-care",
                "concussion clinic vestibular SOAP": "concussion-return-to-sport",
                "return-to-play exertion session note": "concussion-return-to-sport",
                "terse vestibular PTA note": "concussion-return-to-sport",
                "return-to-work cognitive rehab SOAP": "tbi-cognitive",
                "work conditioning daily log": "work-conditioning",
                "acute care bariatric mobility note": "bariatric",
                "SNF bariatric ADL note": "bariatric",
                "brief acute post-op note": "acute-post-op-day1",
                "brief acute OT follow-up": "acute-ot",
                "inpatient SCI rehab EMR export": "sci",
                "inpatient SCI self-feeding note": "sci",
                "outpatient SCI program PTA log": "sci",
                "SCI bladder management ADL note": "sci",
                "LSVT BIG session note": "lsvt-big-parkinson",
                "community Parkinson's gait note": "lsvt-big-parkinson",
                "outpatient Parkinson's fine motor note": "lsvt-big-parkinson",
                "templated OT boilerplate": "weak-notes-denied-on-audit",
                "post-COVID clinic SOAP": "post-covid-deconditioning",
                "home health OT IADL note": "home-health-ot",
                "PTA SNF daily note with co-sign": "pta-note-cosigned",
                "PTA SNF note after fall, discussed with supervising PT, PT re-eval requested": "pta-note-cosigned",
                "IRF PTA session note, co-signed by supervising PT": "pta-note-cosigned",
                "PTA final-visit note, PT to complete discharge summary": "pta-note-cosigned",
                "COTA SNF ADL note, discussed with supervising OT": "cota-snf-soap",
                "COTA SNF toileting note, OT reviewed": "cota-snf-soap",
                "PT home health supervisory visit, PTA present": "supervisory-visit",
                "OT home health supervisory visit, COTA not present": "supervisory-visit",
                "home health PTA visit, templated": "hh-pta-visit",
                "home health PTA visit, vitals and exercise, no goal link": "hh-pta-visit",
                "outpatient PTA note, supervising PT on site": "pta-daily",
                "outpatient PTA note, see flowsheet": "pta-daily",
                "student PT note, CI co-signed (over-explaining)": "student-note-cosigned",
                "student OT note, CI co-signed (under-documented)": "student-note-cosigned",
                "student PT acute care note, CI co-signed": "student-note-cosigned",
                "student PTA note, PTA CI and supervising PT co-sign": "student-note-cosigned",
                "student COTA note, CI co-signed (impairment-focused)": "student-note-cosigned",
                "Level II OT student SNF note, fieldwork educator co-signed (over-explaining)": "student-note-cosigned",
                "DPT student outpatient note, CI co-sign (under-documented)": "student-note-cosigned",
                "PRN PT covering note, pt unknown to therapist": "prn-cover-note",
                "float OT acute care note, first time seeing pt": "prn-cover-note",
                "per diem PTA weekend coverage note": "prn-cover-note",
                "PRN COTA covering note, minimal": "prn-cover-note",
                "OT addendum adding omitted minutes": "addendum-late-entry",
                "PTA addendum adding omitted gait minutes": "addendum-late-entry",
                "OT addendum clarifying assist level, no time change": "addendum-late-entry",
                "PT addendum, post-session fall reported by family": "addendum-late-entry",
                "late entry, PTA SNF note with co-sign": "late-entry",
                "late entry, home health OT visit from field notes": "late-entry",
                "late entry, outpatient PTA note with time in/out": "late-entry",
                "PTA note marked entered in error": "entered-in-error-or-corrected",
                "corrected PTA note replacing entry in error": "entered-in-error-or-corrected",
                "COTA note voided, documented on wrong patient": "entered-in-error-or-corrected",
                "COTA home health note continued across two entries (part 1)": "prose-hh-cota",
                "COTA home health note continued across two entries (part 2)": "prose-hh-cota",
                "home health COTA visit note": "prose-hh-cota",
                "COTA SNF group session note": "snf-part-a-group-concurrent",
                "PTA SNF concurrent session note": "snf-part-a-group-concurrent",
                "PTA SNF balance group note": "snf-part-a-group-concurrent",
                "COTA SNF concurrent session note": "snf-part-a-group-concurrent",
                "school-based COTA session log with IEP data": "ot-school-log",
                "school PTA push-in session note": "school-based-pt",
                "PTA SNF templated note": "pta-snf-shorthand",
                "COTA outpatient neuro note, supervising OT on site": "ot-op-neuro",
                "outpatient pediatric PTA note with supervising PT": "peds-clinic",
                "COTA co-treatment note with PT, SNF": "co-treat-pt-ot",
            })
# The twenty-fifth round (w51, w52: 100 notes, ninth session: hospital care in short, interrupted
# sessions — ICU, emergency department, trauma, stroke unit, oncology floors, post-op day 0-2 — and
# high-volume outpatient clinics — flowsheet grids, aquatic, work conditioning, running and golf,
# TMJ and headache, dry needling, hand, driving and community reintegration, telehealth), measured
# whole before anyone read a note. Styles mapped to the set's as for w49/w50.
split_round(["w51", "w52"], 20261228,
            series=[{f"w51-{n:03d}" for n in range(40, 44)}, {f"w52-{n:03d}" for n in range(11, 15)}],
            styles={
                "ICU early mobility flowsheet note": "icu-early-mobility",
                "ICU OT narrative note, post-extubation delirium": "icu-early-mobility",
                "ED PT consult, fall work-up": "pt-ed-obs",
                "Observation unit OT consult, discharge safety": "pt-ed-obs",
                "Trauma floor PT SOAP note": "acute-care",
                "PTA terse post-op shorthand": "terse",
                "Neuro ICU PT note with same-day addendum": "icu-early-mobility",
                "Stroke unit OT daily note": "acute-stroke-unit",
                "Oncology floor PT note with count-based activity limits": "oncology",
                "Heme/BMT COTA brief narrative": "oncology",
                "Post-op day 0 PT ERAS note": "acute-post-op-day1",
                "Medicine floor PT templated one-liner": "weak-notes-denied-on-audit",
                "Acute PT note, session split (pt off unit for MRI)": "partial-visit-or-late-cancel",
                "PTA note, session deferred for dialysis and resumed": "partial-visit-or-late-cancel",
                "PTA cardiac surgery post-op note": "acute-cardiac-sternal-precautions",
                "ICU PT note, mobility held for pressors": "icu-early-mobility",
                "COTA ADL note, chest tube": "ot-acute-adl",
                "ED OT consult, one-handed ADL and caregiver situation": "pt-ed-obs",
                "PTA terse flowsheet-style line": "terse",
                "Hip fracture POD2 PT SOAP note": "acute-post-op-day1",
                "COTA adaptive equipment training note": "ot-acute-adl",
                "Neuro ICU OT brief note, agitated TBI": "icu-early-mobility",
                "Stroke unit PT note post-tPA": "acute-stroke-unit",
                "Oncology PT note, see flowsheet": "oncology",
                "Medicine floor OT toileting note": "ot-acute-adl",
                "ICU PT note, trach collar, first standing": "icu-early-mobility",
                "Trauma PT follow-up note": "acute-care",
                "PTA spine post-op note": "acute-post-op-day1",
                "OT post-op shoulder arthroplasty education note": "acute-post-op-day1",
                "ED PT vestibular consult": "pt-ed-obs",
                "Observation unit PT consult, sign-off": "pt-ed-obs",
                "SICU OT note, just extubated": "icu-early-mobility",
                "PTA stroke unit note, impairment-focused": "acute-stroke-unit",
                "Heme PTA note, held AM for platelets, seen PM": "partial-visit-or-late-cancel",
                "COTA grooming note, O2 dependent": "ot-acute-adl",
                "ICU PT note, delirium and restraints": "icu-early-mobility",
                "Trauma OT ADL note, polytrauma with ex fix": "acute-care",
                "Same-day joint pathway PT note": "acute-post-op-day1",
                "Bedside ther ex one-liner with unit": "weak-notes-denied-on-audit",
                "copy-forward series": "copy-forward-series",
                "ICU PT note, post-extubation on high-flow": "icu-early-mobility",
                "ED PT consult, brief": "pt-ed-obs",
                "Oncology OT note with caregiver training": "oncology",
                "Neuro trauma ICU PT note, SCI tilt table": "icu-early-mobility",
                "Amputation POD1 PT note": "acute-post-op-day1",
                "PTA narrative, session interrupted by transport to dialysis": "partial-visit-or-late-cancel",
                "OT acute discharge-day note": "ot-acute-adl",
                "ortho PT daily note with pasted exercise flowsheet grid": "ortho-flowsheet-export",
                "terse 'see flowsheet' PTA note": "ortho-flowsheet-export",
                "aquatic PT session note": "aquatic",
                "work conditioning daily log": "work-conditioning",
                "work hardening mid-program functional re-test note": "work-hardening-fce-day",
                "running clinic gait retraining follow-up": "sports-return-to-run",
                "golf-specific PT follow-up": "sports-ortho-clinic",
                "TMJ PT SOAP note with CPT minutes per intervention": "tmj-headache",
                "dry needling and manual therapy note for cervicogenic headache": "tmj-headache",
                "hand therapy flexor tendon protocol note": "hand-therapy",
                "OT driver rehabilitation simulator treatment note": "driver-rehab",
                "COTA community reintegration outing note": "ot-community-iadl",
                "telehealth PT follow-up note": "telehealth-visit",
                "telehealth COTA follow-up for thumb CMC OA": "telehealth-visit",
                "dry needling note for lateral hip pain": "manual-therapy-heavy-ortho",
                "manual-therapy-heavy lumbar PT note": "manual-therapy-heavy-ortho",
                "COTA hand clinic distal radius fracture note": "hand-therapy",
                "templated weak PTA shoulder note": "weak-notes-denied-on-audit",
                "sports PT return-to-sport daily note": "sports-ortho-clinic",
                "Medicare interval note with KX/progress-report banner": "tpe-private-practice",
                "aquatic PTA session note": "aquatic",
                "OT work conditioning note for hand injury": "work-conditioning",
                "terse work conditioning log entry": "work-conditioning",
                "PTA SOAP note with pasted exercise grid": "ortho-flowsheet-export",
                "OT hand clinic tendinopathy follow-up": "hand-therapy",
                "post-concussion headache PT note": "tmj-headache",
                "terse shorthand PTA note": "hand-therapy",
                "TMJ PTA follow-up note": "tmj-headache",
                "return-to-run progression note": "sports-return-to-run",
                "golf clinic PTA note referencing flowsheet": "sports-ortho-clinic",
                "telehealth PTA follow-up post TKA": "telehealth-visit",
                "weak templated aquatic PT note": "aquatic",
                "work conditioning discharge-day note": "work-conditioning",
                "terse COTA hand note": "hand-therapy",
                "OT/CDRS behind-the-wheel session note": "driver-rehab",
                "OT community reintegration bus training note": "ot-community-iadl",
                "PTA daily note post hip arthroscopy with per-code minute list": "emr-service-blocks",
                "cervical radiculopathy traction and manual note": "manual-therapy-heavy-ortho",
                "weak protocol-based PTA sports note": "sports-ortho-clinic",
                "dry needling note with billing after signature": "manual-therapy-heavy-ortho",
                "OT upper-extremity post-op shoulder note with ADL focus": "hand-therapy",
                "brief telehealth PT headache follow-up": "tmj-headache",
                "Medicare progress report (visit 10)": "tpe-private-practice",
                "work conditioning daily PTA note for construction worker": "work-conditioning",
                "aquatic PTA note for post-op partial weight bearing": "aquatic",
                "EMR export with labelled service blocks": "emr-service-blocks",
            })
# The twenty-sixth round (w53, w54: 100 notes, ninth session: rural and small-facility care —
# critical-access swing beds, one-therapist rural clinics, farm and ranch homes, frontier and tribal
# clinics, assistants supervised by telehealth — and older adults with cognitive impairment —
# memory care, assisted living, adult day, dementia-capable therapy, Otago, maintenance programmes,
# refusals), measured whole before anyone read a note. The writers chose from a list of styles.
split_round(["w53", "w54"], 20261229,
            series=[{f"w53-{n:03d}" for n in range(18, 22)}, {f"w54-{n:03d}" for n in range(27, 31)}],
            styles={"copy-forward series": "copy-forward-series"})
# The twenty-seventh round (w55, w56: 100 notes, ninth session: the first twelve weeks after
# orthopaedic surgery and fracture across settings, by new graduates, veterans and travellers; and
# paediatrics outside the school building — NICU follow-up, early intervention, outpatient PT and OT,
# aquatic therapy and hippotherapy, inpatient rehab, concussion), measured whole before anyone read
# a note. The writers chose from a list of styles.
split_round(["w55", "w56"], 20261230,
            series=[{f"w55-{n:03d}" for n in range(33, 37)}, {f"w56-{n:03d}" for n in range(12, 16)}],
            styles={"copy-forward series": "copy-forward-series"})
# The twenty-eighth round (w57, w58: 100 notes, ninth session: neurological rehabilitation across
# the continuum — stroke, brain and spinal cord injury, MS, Parkinson's, ALS, GBS, ataxia, central
# vestibular — and home health and skilled nursing, the settings that bill the most 97530, with the
# notes auditors deny most), measured whole before anyone read a note. The writers chose from a list
# of styles.
split_round(["w57", "w58"], 20261231,
            series=[{f"w57-{n:03d}" for n in range(20, 24)}, {f"w58-{n:03d}" for n in range(41, 45)}],
            styles={"copy-forward series": "copy-forward-series"})
# The twenty-ninth round (w59, w60: 100 notes, tenth session: an ordinary week across outpatient,
# home health and post-acute care written at the end of the day; specialty and hospital-based therapy
# by PTs, OTs, assistants and students, with responses told as changes and the look-alikes around
# them), measured whole before anyone read a note. The writers wrote two notes in each of a list of
# styles, and one copy-forward series each.
fixed_list_round(["w59", "w60"], 20270101)
# The thirtieth and thirty-first rounds (w61-w64: 200 notes, eleventh session: a busy week written
# fast with the skilled part in the therapist's own words; hospital, specialty and home care by
# clinicians of different training; a denial sample's near-passing notes; specialty care over a month
# with the reasons for each choice), measured whole before anyone read a note. Two notes per style
# from each writer, and one copy-forward series each.
fixed_list_round(["w61", "w62"], 20270102)
fixed_list_round(["w63", "w64"], 20270103)
# The thirty-second and thirty-third rounds (w65-w68: 200 notes, eleventh session: notes written by
# template and by exception; a team's week for patients progressing and plateaued; rural and community
# care by assistants supervised at a distance; documentation under time pressure), measured whole
# before anyone read a note. Two notes per style from each writer, and one copy-forward series each.
fixed_list_round(["w65", "w66"], 20270104)
fixed_list_round(["w67", "w68"], 20270105)
# The thirty-fourth and thirty-fifth rounds (w69-w72: 200 notes, eleventh session: experienced and
# internationally trained clinicians writing tersely; patients with complex medical conditions; a
# Medicare targeted-probe sample; family and staff in every session), measured whole before anyone
# read a note. Two notes per style from each writer, and one copy-forward series each.
fixed_list_round(["w69", "w70"], 20270106)
fixed_list_round(["w71", "w72"], 20270107)
# The thirty-sixth and thirty-seventh rounds (w73-w76: 200 notes, twelfth session: neuro, vestibular
# and long-stay SNF caseloads; a week of occupational therapy; new graduates and travelling
# therapists in unfamiliar EMRs; clinics that have had claims denied), measured whole before anyone
# read a note. Two notes per style from each writer, and one copy-forward series each.
fixed_list_round(["w73", "w74"], 20270108)
fixed_list_round(["w75", "w76"], 20270109)
# The thirty-eighth and thirty-ninth rounds (w77-w80: 200 notes, twelfth session: private-practice
# outpatient clinics with full schedules; hospital inpatient rehabilitation and acute care; paediatric,
# school and community programmes; skilled nursing and long-term care under Parts A and B), measured
# whole before anyone read a note. Two notes per style from each writer, and one copy-forward series
# each.
fixed_list_round(["w77", "w78"], 20270110)
fixed_list_round(["w79", "w80"], 20270111)
# The fortieth and forty-first rounds (w81-w84: 200 notes, twelfth session: telehealth, co-treatment,
# group-to-individual and visits cut short; narrative notes in full sentences; the last week of an
# episode; the first week after admission or surgery), measured whole before anyone read a note. Two
# notes per style from each writer, and one copy-forward series each.
fixed_list_round(["w81", "w82"], 20270112)
fixed_list_round(["w83", "w84"], 20270113)
# The forty-second and forty-third rounds (w85-w88: 200 notes, twelfth session: cognition, mental
# health and behaviour; cardiopulmonary and medically complex patients; return to sport; three
# generations of clinicians in one health system), measured whole before anyone read a note. Two notes
# per style from each writer, and one copy-forward series each.
fixed_list_round(["w85", "w86"], 20270114)
fixed_list_round(["w87", "w88"], 20270115)
# The forty-fourth and forty-fifth rounds (w89-w92: 200 notes, thirteenth session: rural and
# small-town practice; paediatric and school-based therapy across ages; skilled nursing and long-term
# care; outpatient neurological and vestibular rehabilitation), measured whole before anyone read a
# note.
fixed_list_round(["w89", "w90"], 20270116)
fixed_list_round(["w91", "w92"], 20270117)
# The forty-sixth and forty-seventh rounds (w93-w96: 200 notes, thirteenth session: an urban
# safety-net hospital system; hand, upper-limb and occupational performance; home health after
# discharge; private-practice orthopaedic and sports therapy), measured whole before anyone read a
# note.
fixed_list_round(["w93", "w94"], 20270118)
fixed_list_round(["w95", "w96"], 20270119)
# The forty-eighth and forty-ninth rounds (w97-w100: 200 notes, thirteenth session: stroke and
# brain injury across the continuum; older adults and falls; post-surgical orthopaedics; chronic
# conditions and complex medical patients), measured whole before anyone read a note.
fixed_list_round(["w97", "w98"], 20270120)
fixed_list_round(["w99", "w100"], 20270121)
# The fiftieth and fifty-first rounds (w101-w104: 200 notes, fourteenth session: progressive
# neurological conditions; oncology, lymphedema, burns and wound care; amputation, spinal cord injury
# and wheelchair users; work injuries and workers' compensation), measured whole before anyone read a
# note.
fixed_list_round(["w101", "w102"], 20270122)
fixed_list_round(["w103", "w104"], 20270123)
# The fifty-second and fifty-third rounds (w105-w108: 200 notes, fourteenth session: acute care and
# ICU early mobility; pelvic, women's and men's health; inpatient rehabilitation facilities;
# occupational therapy for routines beyond self-care), measured whole before anyone read a note.
fixed_list_round(["w105", "w106"], 20270124)
fixed_list_round(["w107", "w108"], 20270125)
# The fifty-fourth and fifty-fifth rounds (w109-w112: 200 notes, fourteenth session: paediatric
# outpatient and NICU follow-up; outpatient spine and chronic pain; home health with assistants under
# supervision; sports and performance), measured whole before anyone read a note.
fixed_list_round(["w109", "w110"], 20270126)
fixed_list_round(["w111", "w112"], 20270127)
# The fifty-sixth and fifty-seventh rounds (w113-w116: 200 notes, fifteenth session: cardiac and
# pulmonary rehabilitation and chronic heart and lung disease at home; vestibular, dizziness and falls
# clinics outside sport; geriatrics and memory care; telehealth, hybrid visits and travelling
# therapists), measured whole before anyone read a note.
fixed_list_round(["w113", "w114"], 20270128)
fixed_list_round(["w115", "w116"], 20270129)
# The fifty-eighth and fifty-ninth rounds (w117-w120: 200 notes, fifteenth session: outpatient
# orthopaedics at volume; skilled nursing facilities under PDPM; neurological rehabilitation after
# stroke and brain injury; rural and community practice), measured whole before anyone read a note.
fixed_list_round(["w117", "w118"], 20270130)
fixed_list_round(["w119", "w120"], 20270131)
# The sixtieth and sixty-first rounds (w121-w124: 200 notes, fifteenth session: bariatric and
# medically complex patients; orthopaedic trauma and polytrauma across settings; occupational therapy
# for cognition and mental health; the extremes of one profession's writing), measured whole before
# anyone read a note.
fixed_list_round(["w121", "w122"], 20270132)
fixed_list_round(["w123", "w124"], 20270133)
# The sixty-second and sixty-third rounds (w125-w128: 200 notes, fifteenth session: hand and
# upper-limb surgery follow-up; skilled maintenance for chronic and progressive conditions; school-based
# and early-intervention services for IEP and IFSP teams; emergency departments, observation units and
# short stays), measured whole before anyone read a note.
fixed_list_round(["w125", "w126"], 20270134)
fixed_list_round(["w127", "w128"], 20270135)
# The sixty-fourth and sixty-fifth rounds (w129-w132: 200 notes, sixteenth session: deconditioning
# after illness (post-COVID, post-ICU, chemotherapy, heart failure); clinicians who measure every visit;
# clinical reasoning in plain words; assistants under a supervising therapist's plan), measured whole
# before anyone read a note.
fixed_list_round(["w129", "w130"], 20270136)
fixed_list_round(["w131", "w132"], 20270137)
# The sixty-sixth and sixty-seventh rounds (w133-w136: 200 notes, sixteenth session: community mobility
# (driving, transit, shopping, wheelchairs outside); Parkinson's disease and movement disorders; vision and
# perception; transitional care in the first visits home), measured whole before anyone read a note. The
# two labellers of w134 agreed on every field (their reasons differ), so its adjudication file is empty.
fixed_list_round(["w133", "w134"], 20270138)
fixed_list_round(["w135", "w136"], 20270139)
# The sixty-eighth and sixty-ninth rounds (w137-w140: 200 notes, sixteenth session: spine surgery and
# spinal precautions; EMR smart phrases and macros; students and new graduates under supervision;
# group, concurrent and co-treatment sessions), measured whole before anyone read a note.
fixed_list_round(["w137", "w138"], 20270140)
fixed_list_round(["w139", "w140"], 20270141)
# The seventeenth session's writers chose their own styles (not the fixed lists), so their rounds are
# split by series_round. They were first split by fixed_list_round, whose series unit (notes 047-050)
# is not where these writers put their series; the dev halves of that first split were read, so those
# notes stay in dev (labelling/read-before-split-w141-w152.json).
READ_SEVENTEENTH = set(json.load(open(os.path.join(src, "read-before-split-w141-w152.json"))))
# The seventieth and seventy-first rounds (w141-w144: 200 notes, seventeenth session: rheumatology,
# autoimmune and chronic widespread pain; adults with developmental and intellectual disabilities and
# cerebral palsy; dialysis, organ transplant and medically fragile patients; billing-heavy notes with
# modifiers, untimed codes and group or concurrent time), measured whole before anyone read a note.
series_round(["w141", "w142"], 20270142, READ_SEVENTEENTH)
series_round(["w143", "w144"], 20270143, READ_SEVENTEENTH, styles={"terse-charge-line": "terse"})
# The seventy-second and seventy-third rounds (w145-w148: 200 notes, seventeenth session: infants and
# toddlers in outpatient and home-based clinics; technology-assisted neurological rehabilitation; patients in
# their nineties and older; lower-limb amputation from the pre-prosthetic phase to community ambulation),
# measured whole before anyone read a note.
series_round(["w145", "w146"], 20270144, READ_SEVENTEENTH)
series_round(["w147", "w148"], 20270145, READ_SEVENTEENTH)
# The seventy-fourth and seventy-fifth rounds (w149-w152: 200 notes, seventeenth session: occupational
# therapy in psychiatry, substance-use recovery and community mental health; cancer rehabilitation during
# and after treatment; the first 72 hours after joint replacement and spine surgery; notes charted long after
# the visit or in bulk), measured whole before anyone read a note.
series_round(["w149", "w150"], 20270146, READ_SEVENTEENTH)
series_round(["w151", "w152"], 20270147, READ_SEVENTEENTH, styles={"terse-floor-note": "terse"})
# The seventy-sixth and seventy-seventh rounds (w153-w156: 200 notes, seventeenth session: vestibular and
# balance disorders in older adults; hand and wrist conditions managed conservatively and after injury;
# neonatal and paediatric acute care; workers' compensation and occupational medicine), measured whole
# before anyone read a note and split by series_round from the start.
series_round(["w153", "w154"], 20270148)
series_round(["w155", "w156"], 20270149)
# The seventy-eighth and seventy-ninth rounds (w157-w160: 200 notes, eighteenth session: therapists trained
# abroad writing in their own English in US clinics; head, neck, jaw and headache disorders; seating,
# wheelchair, equipment and home-modification visits; long-term acute care and ventilator weaning), measured
# whole before anyone read a note.
series_round(["w157", "w158"], 20270150)
series_round(["w159", "w160"], 20270151)
# The eightieth and eighty-first rounds (w161-w164: 200 notes, eighteenth session: lymphoedema, wound care and
# burns in adults; chronic pain, fibromyalgia and persistent low back pain; military, veterans' and polytrauma
# care; rural home health and patients living alone), measured whole before anyone read a note.
series_round(["w161", "w162"], 20270152)
series_round(["w163", "w164"], 20270153)
# The eighty-second and eighty-third rounds (w165-w168: 200 notes, eighteenth session: aquatic therapy and pool
# programmes; hospice and palliative care; inpatient cardiac surgery and advanced heart failure; occupational therapy
# in primary care and outpatient medical clinics), measured whole before anyone read a note.
series_round(["w165", "w166"], 20270154)
series_round(["w167", "w168"], 20270155)
# The eighty-fourth and eighty-fifth rounds (w169-w172: 200 notes, eighteenth session: spinal cord injury from acute
# care to outpatient follow-up; pregnancy and the first year postpartum; adolescents and young adults; patients seen
# with interpreters or family translating), measured whole before anyone read a note.
series_round(["w169", "w170"], 20270156)
series_round(["w171", "w172"], 20270157)
# The eighty-sixth and eighty-seventh rounds (w173-w176: 200 notes, nineteenth session: sports medicine and the
# performing arts; students, new graduates and coverage therapists writing for another's caseload; assisted living,
# memory care and senior-living communities; fractures across the continuum), measured whole before anyone read a note.
series_round(["w173", "w174"], 20270158)
series_round(["w175", "w176"], 20270159)
# The eighty-eighth and eighty-ninth rounds (w177-w180: 200 notes, nineteenth session: PACE programmes and adult
# day health; travel, agency and locum therapists in EMRs new to them; diabetes, neuropathy, dialysis and organ
# transplants; brain injury from acute care to community re-entry), measured whole before anyone read a note.
series_round(["w177", "w178"], 20270160)
series_round(["w179", "w180"], 20270161)
# The ninetieth and ninety-first rounds (w181-w184: 200 notes, nineteenth session: Parkinson's disease, multiple
# sclerosis, ALS and myasthenia; bilingual clinics charting with other-language phrases; long-term care residents on
# Part B; vision and hearing loss), measured whole before anyone read a note.
series_round(["w181", "w182"], 20270162)
series_round(["w183", "w184"], 20270163)
# The ninety-second and ninety-third rounds (w185-w188: 200 notes, nineteenth session: inpatient rehabilitation
# facilities and their minutes lines; high-volume orthopaedic outpatient clinics; home health after discharge; skilled
# nursing facilities under Part A), measured whole before anyone read a note.
series_round(["w185", "w186"], 20270164)
series_round(["w187", "w188"], 20270165)
# The ninety-fourth and ninety-fifth rounds (w189-w192: 200 notes, twentieth session: community fall prevention;
# safety-net care for unhoused and incarcerated patients; behavioural-health units and programmes; end-of-day
# catch-up documentation), measured whole before anyone read a note.
series_round(["w189", "w190"], 20270166)
series_round(["w191", "w192"], 20270167)
# The ninety-sixth and ninety-seventh rounds (w193-w196: 200 notes, twentieth session: orthotic, prosthetic and
# seating clinics; farmworkers and meat-packing workers; post-ICU recovery and long-COVID programmes; EMR table
# grids and device readouts), measured whole before anyone read a note.
series_round(["w193", "w194"], 20270168)
series_round(["w195", "w196"], 20270169)
# The ninety-eighth and ninety-ninth rounds (w197-w200: 200 notes, twentieth session: hospital at home and
# transitional care; prehabilitation before surgery and the first visits after; hospice and palliative therapy;
# notes written after an EMR migration), measured whole before anyone read a note.
series_round(["w197", "w198"], 20270170)
series_round(["w199", "w200"], 20270171)
# The hundredth and hundred-and-first rounds (w201-w204: 200 notes, twenty-first session: dictation through
# speech-recognition software with its errors left in; joint replacement pathways from the day of surgery to
# outpatient discharge; adults with intellectual and developmental disabilities in group homes, day programmes and
# supported employment; rheumatology and connective-tissue conditions), measured whole before anyone read a note.
series_round(["w201", "w202"], 20270172)
series_round(["w203", "w204"], 20270173)
# The hundred-and-second and hundred-and-third rounds (w205-w208: 200 notes, twenty-first session: notes typed on
# phones and tablets with autocorrect left in; rare and progressive neurological conditions; assistants documenting
# under supervision, with supervisory visits and addenda; billing detail in the body — modifiers, units tables, payer
# fields), measured whole before anyone read a note.
series_round(["w205", "w206"], 20270174)
series_round(["w207", "w208"], 20270175)
# The hundred-and-fourth and hundred-and-fifth rounds (w209-w212: 200 notes, twenty-first session: heavy shorthand and
# symbols; therapists trained in the UK, Australia, Canada, India and the Philippines writing US notes; one patient's
# week documented by several clinicians with handoffs; medically complex inpatients among labs, lines and drains),
# measured whole before anyone read a note.
series_round(["w209", "w210"], 20270176)
series_round(["w211", "w212"], 20270177)
# The hundred-and-sixth and hundred-and-seventh rounds (w213-w216: 200 notes, twenty-second session: pelvic health for
# women and men with biofeedback; stroke rehabilitation of the arm and hand (constraint-induced therapy, mirror therapy,
# FES); school-based therapy under IEPs and 504 plans and early intervention under IFSPs; terse notes under
# productivity pressure), measured whole before anyone read a note.
series_round(["w213", "w214"], 20270178)
series_round(["w215", "w216"], 20270179)
# The hundred-and-eighth and hundred-and-ninth rounds (w217-w220: 200 notes, twenty-second session: bariatric patients and
# safe patient handling; rural critical-access hospitals and swing beds; EMR templates' auto-text and defaults mixed
# with free text; concussion, vestibular and return-to-learn or return-to-work programmes), measured whole before
# anyone read a note.
series_round(["w217", "w218"], 20270180)
series_round(["w219", "w220"], 20270181)
# The hundred-and-tenth and hundred-and-eleventh rounds (w221-w224: 200 notes, twenty-second session: sensory integration
# and feeding therapy for autistic children and children with feeding disorders; osteoporosis, vertebral compression
# fractures and bone-health programmes; telehealth visits by video and phone; therapists in emergency departments and
# observation units), measured whole before anyone read a note.
series_round(["w221", "w222"], 20270182)
series_round(["w223", "w224"], 20270183)
# The hundred-and-twelfth and hundred-and-thirteenth rounds (w225-w228: 200 notes, twenty-second session: hand therapy after
# tendon and nerve repairs and replantation; paediatric orthopaedics; delirium and dementia in acute care and transitional
# units; paper notes scanned and converted by OCR with its recognition errors), measured whole before anyone read a note.
series_round(["w225", "w226"], 20270184)
series_round(["w227", "w228"], 20270185)
# The hundred-and-fourteenth and hundred-and-fifteenth rounds (w229-w232: 200 notes, twenty-second session: hippotherapy and
# equine-assisted therapy; home health visits shaped by OASIS; notes typed fast with misspellings left in; LSVT BIG, tai chi,
# falls-prevention and community exercise classes), measured whole before anyone read a note.
series_round(["w229", "w230"], 20270186)
series_round(["w231", "w232"], 20270187)
# The hundred-and-sixteenth and hundred-and-seventeenth rounds (w233-w236: 200 notes, twenty-third session: multiple
# sclerosis and other fatigue-limited neurological conditions; foot and ankle care; patients seen with interpreters;
# spine deformity and spine surgery), measured whole before anyone read a note.
series_round(["w233", "w234"], 20270188)
series_round(["w235", "w236"], 20270189)
# The hundred-and-eighteenth and hundred-and-nineteenth rounds (w237-w240: 200 notes, twenty-third session: chronic pain
# programmes; the elbow, forearm and wrist in hand clinics; stroke patients with aphasia, neglect or apraxia; hospital
# patients on isolation precautions seen by weekend and holiday coverage), measured whole before anyone read a note.
series_round(["w237", "w238"], 20270190)
series_round(["w239", "w240"], 20270191)
# The hundred-and-twentieth and hundred-and-twenty-first rounds (w241-w244: 200 notes, twenty-third session: Guillain-Barre
# syndrome and critical-illness neuropathy after long ICU stays; patients who are blind, have low vision, are deaf or
# deafblind; ACL reconstruction and knee injuries in young athletes with return-to-sport testing; patients with substance use
# disorders in hospital, SNF and home-health rehab), measured whole before anyone read a note.
series_round(["w241", "w242"], 20270192)
series_round(["w243", "w244"], 20270193)
# The hundred-and-twenty-second and hundred-and-twenty-third rounds (w245-w248: 200 notes, twenty-third session: infants and
# young children with torticollis, Down syndrome, spinal muscular atrophy or muscular dystrophy; rotator cuff repair, shoulder
# arthroplasty and proximal humerus fractures; performing artists and musicians; haemophilia, sickle cell disease, cystic
# fibrosis and scleroderma), measured whole before anyone read a note.
series_round(["w245", "w246"], 20270194)
series_round(["w247", "w248"], 20270195)

legacy = {l["id"]: l for l in read("final-legacy.jsonl")}
for note in read("notes-legacy.jsonl"):
    label = legacy[note["id"]]
    (dev if note["id"].startswith("dev-") else test).append(record(note, label, label["style"]))

real = []
if os.path.exists(os.path.join(src, "final-real.jsonl")):
    labels = {l["id"]: l for l in read("final-real.jsonl")}
    for note in read("notes-real.jsonl"):
        label = labels[note["id"]]
        real.append(record(note, label, label["style"]))

for name, notes in [("dev.jsonl", dev), ("test.jsonl", test), ("real.jsonl", real)]:
    notes.sort(key=lambda n: n["id"])
    with open(os.path.join(here, name), "w") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    print(name, len(notes))

# Agreement of the two labellers before adjudication, per decision (Cohen's kappa).
fields = ["functional_task", "timed_minutes", "assist_level", "cueing", "goal_linkage", "objective_measure",
          "patient_response", "skilled_intervention", "vague"]
pairs = {f: [] for f in fields}
# Every batch that was labelled twice (each writers' round, the legacy notes, the real texts), found by its
# first labeller's file; the pairs are pooled, so their order does not matter.
labelled = sorted(name[len("labels-"):-len("-A.jsonl")] for name in os.listdir(src)
                  if name.startswith("labels-") and name.endswith("-A.jsonl"))
for batch in labelled:
    a = {l["id"]: l for l in read(f"labels-{batch}-A.jsonl")}
    b = {l["id"]: l for l in read(f"labels-{batch}-B.jsonl")}
    for i in a:
        for f in fields:
            va = a[i]["vague"] if f == "vague" else a[i]["expected"][f]
            vb = b[i]["vague"] if f == "vague" else b[i]["expected"][f]
            pairs[f].append((va, vb))
print("labeller agreement before adjudication (raw %, Cohen's kappa):")
for f in fields:
    n = len(pairs[f])
    agree = sum(x == y for x, y in pairs[f]) / n
    pa = sum(x for x, _ in pairs[f]) / n
    pb = sum(y for _, y in pairs[f]) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    kappa = (agree - chance) / (1 - chance) if chance < 1 else 1.0
    print(f"  {f:22s} {agree * 100:5.1f}%  kappa {kappa:.2f}  ({n} notes)")
