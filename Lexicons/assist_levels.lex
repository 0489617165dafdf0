# Physical assist levels (vocabulary.md §5.1). One entry per level; `level` is the canonical name the
# scorer reads: INDEPENDENT, MODIFIED_INDEPENDENT, SETUP, SUPERVISION, CONTACT_GUARD, MIN_ASSIST,
# MOD_ASSIST, MAX_ASSIST, DEPENDENT.
#
# A one-letter capital in a pattern (`A` in `min A`, `I` in `mod I`) must be a capital in the note,
# so `min A` does not fire on "5 min a day". Digits split off words (`minA x2` is `minA`, `x`, `2`).
# Matching is case-insensitive and skips - / ( ) . , between tokens, so `min assist` also matches
# `Min-Assist`, `min(assist)` and `min/asst`; glued spellings (`minA`, `modI`) are listed on their own.
# Left out on purpose, because they collide with ordinary words or other abbreviations:
#   bare `I`, `S`, `D`, `(I)`, `(S)` (the matcher cannot tell `(I)` from the pronoun I),
#   `MA` (medical assistant), `MI` (myocardial infarction), `CG` (caregiver in home-health notes),
#   `CS` (c-spine), `TA` (in therapy notes it nearly always means therapeutic activities: code_signals.lex),
#   bare `sup` (supine: `sup to sit`), bare `guarding` (muscle guarding is a pain sign).
# Ranges (`min-mod A`, `CGA/min A`) carry the heavier level: that is what the reviewer must assume.

@category assist_level

@set level=INDEPENDENT
assist.independent = independent | independently | indep | ind | complete independence | I'ly | Ily | indep'ly | indepently | on his own | on her own | by himself | by herself | no hands on (needed|required|assist|assistance)
                   | completely independent | fully independent
                   | (without|w/o|no) [physical|hands on] (assist|assistance|asst|help) [needed|required|given]
                   | (I|indep|independent) level
                   | FIM 7
# A bare capital I after the task it rates ("10 snips I", "Sitting I", "located 7/8 items I",
# "climbed 8' ladder x4 I"); not the pronoun ("I want to go home"): requires=not_pronoun checks the
# word after it.
assist.bare_i = I ; requires=not_pronoun

@set level=MODIFIED_INDEPENDENT
assist.mod_independent = (modified|mod) (independent|independence|independently|indep|ind|I)
                       | modI | modind
                       | (independent|indep|independently|ind) (with|w/|using|w) (AD|device|assistive device|RW|FWW|2WW|4WW|rollator|walker|SPC|cane|QC|quad cane|crutches|w/c|wheelchair|rails|rail|handrail|grab bar|grab bars|increased time|extra time|AE|adaptive equipment)
                       | FIM 6

@set level=SETUP
assist.setup = (setup|set up) (assist|assistance|asst|A|only|level)
             | setup | S/U | SU assist
             # "w/ set-up": the two words are an assist level only after a word that asks for one.
             | (w/|with|needs|needed|required|requires|req|req'd) (set up)
             | (setup|set up) (and|&) clean (up) | set up clean up
             | FIM 5 setup

@set level=SUPERVISION
assist.supervision = supervision | supervised | supv | supervision level
                   | (close|distant|distance|verbal|general|direct) supervision
                   | SBA | standby | stand by (assist|assistance|asst|A|guard|guarding|level)
                   # Dictated: "with me standing by".
                   | (me|therapist|PT|OT) standing by
                   | (supervision|supv|SBA) x <int> | FIM 5

@set level=CONTACT_GUARD
assist.cga = CGA | contact guard | contact guard (assist|assistance|asst|A|level)
           | contact guarding | steadying (assist|assistance|A)
           | touching (assist|assistance) | hands on (guard|guarding|assist)
           | close guarding | FIM 4 contact guard
           # Hand-held assist counted by hands ("w/ 2 HHA -> 1 HHA", "HHA x1"); a bare "HHA" is
           # usually the home health aide.
           | (1|2|one|two|unilateral|bilateral|single|double) HHA | HHA x <int> | [1|2|one|two] hand held (assist|assistance|A)

# Dictated: "she walked with me holding the gait belt", "my hand on her gait belt".
assist.belt_spoken = (me|therapist) holding (the|her|his) [gait] belt | hand on (the|her|his) gait belt
@set level=MIN_ASSIST
assist.min = (min|minimal|minimum|mini|minim) (assist|assistance|asst|assist.|A|ast|assit|physical assist|phys assist|PA)
           # Speech recognition's "men a" and "men assist" for min A.
           | men (a|assist|assistance)
           | minA | minA x <int> | min x 1
           # The therapist's hands on, told as such: "Stand-pivot bed>commode with hands-on at the hips for stability".
           | (hands on|hand on|hands-on) (at|to|@|on) [the|her|his] (hips|hip|trunk|pelvis|waist|gait belt|belt)
           | (25 %|\<25 %|less than 25 %) (assist|assistance)
           | (pt|patient) performs (75 %|\>75 %|75-99 %) | FIM 4
# A range is graded at its heavier end.
assist.min_range = (SBA|CGA|contact guard|supervision|S) (to|\<|\>|→|-) (min|minimal) (assist|assistance|asst|A)
                 | (SBA|CGA) (to|→) minA | CGA minA | CGA/minA
                 | (min|minimal) (to|→) (CGA|SBA|contact guard)

# Dictated: "she needed a little help from me to get her legs into bed", "needing help only to turn".
assist.help_spoken = (needed|needing|needs|required|requiring) [a little|a bit of|some|light|minimal|slight] help (from me|only|to|with|getting)
@set level=MOD_ASSIST
assist.help_moderate = (moderate|mod) help (from me|to|with|for|getting)
# Help counted in people or hands, or named by its amount: "needed two people", "with one person's
# help at her elbow", "needed a hand to steady her", "with minimal help to reach behind".
assist.people = (needed|required|requiring|needing|took|with) (two people|2 people|two persons|2 persons|two helpers|two staff|one person's help|one person|1 person|a second person|a hand)
              # "1 person assist for stand pivot": one helper, the amount unsaid.
              | (1|one) (person|persons) (assist|assistance|A|asst)
              # The move and its helpers: "assisted to bed w/ 2 staff", "transferred back to chair with two people".
              | (assisted|transferred|returned) [back] to (bed|chair|w/c|wheelchair|commode|mat) (with|w/) (2|two) (staff|people|persons|CNAs)
assist.help_amount = (minimal|min|moderate|mod|maximal|max|total) help (to|with|for|from|at|getting)
# The helper named instead of the level: "needed therapist to steady her at the hips", "required
# hand-over-hand assist to position fingers in scissor loops".
assist.helper_named = (needed|required|requiring|needing) (therapist|PT|OT|me|staff) to (steady|support|hold|guard|stabilize|lift|guide) | (hand over hand|HOH|hand under hand) (assist|assistance|help)
assist.mod = (mod|moderate|moder) (assist|assistance|asst|A|ast|assit|physical assist|phys assist)
           | modA | modA x <int>
           | 50 % (assist|assistance)
           | (pt|patient) performs (50 %|50-74 %|50-75 %) | FIM 3
assist.mod_range = (min|minimal|minA) (to|→|\>|\<) (mod|moderate|modA) [assist|assistance|asst|A]
                 | (mod|moderate|modA) (to|→|\>|\<) (min|minimal|minA) [assist|assistance|asst|A]
                 | min mod (assist|assistance|asst|A) | minA modA

@set level=MAX_ASSIST
assist.max = (max|maximal|maximum|maxi) (assist|assistance|asst|A|ast|assit|physical assist|phys assist)
           | maxA | maxA x <int>
           | 75 % (assist|assistance)
           | (pt|patient) performs (25 %|25-49 %|25-50 %) | FIM 2
assist.max_range = (mod|moderate|modA) (to|→|\>|\<) (max|maximal|maxA) [assist|assistance|asst|A]
                 | (max|maximal|maxA) (to|→|\>|\<) (mod|moderate|modA) [assist|assistance|asst|A]
                 | mod max (assist|assistance|asst|A) | modA maxA

@set level=DEPENDENT
assist.dependent = dependent | dep | totally dependent | total (assist|assistance|asst|A)
                 | totA | tot A | dependent level
                 | (2|two) (person|persons|people|staff|helper|helpers) (assist|assistance|A|transfer|lift)
                 | +2 (assist|assistance|A) | (assist|assistance|A|dependent) (x 2|of 2|of two) | (x2|x 2|x two) (assist|assistance|A|staff|persons|person)
                 | (mechanical|hoyer|hoyer's|Hoyer) lift | hoyer
                 | (pt|patient) performs (\<25 %|less than 25 %) | FIM 1
assist.max_total_range = (max|maximal|maxA) (to|→|\>|\<) (total|dependent|dep) [assist|assistance|asst|A]
# The share of the task the patient did (FIM-style): "Pt completed 75% of LB dressing".
@set level=MIN_ASSIST
assist.share = (pt|patient|she|he) (completed|performed|did|completes|performs|does) [~|about|approx|approximately] <num> % [of] ; range=1-100

# A set-up of the room or equipment is not the patient's assist level: "Spoke w/ daughter re: bathroom setup".
@category not_element
@set targets=assist_level
# "Ind" in a minutes grid is individual time, not independence: "Minutes: Ind 30".
noassist.individual_minutes = (minutes|mins|min) (:|=) (ind|indiv) <num>
noassist.room_setup = (bathroom|room|home|environment|workstation|work station|desk|kitchen|shower|equipment|w/c|wheelchair|bedroom|table|seating|computer) (setup|set up)
                    | (instructed|trained|educated|taught) (in|on) [equipment|device] (setup|set up)
# The time-in label's letters: "T/I 0900 T/O 0940" (the `I` is not independent).
noassist.time_in = T/I
# Look-alikes of a level: an ICD-10 code or a Roman-numeral class ("Dx: I97.2", "GMFCS I", "Phase I");
# posteroanterior mobs after the minutes ("MT 10 min (PA mobs L3-5)"); independence with the home
# program ("Pt I w/ HEP"); the CDC STEADI "Stay Independent" brochure score; oversight of an
# assistant or student ("PT supervision via telehealth", "under supervision of CI"); a cue amount
# graded down ("cues faded mod -> min").
noassist.not_a_level = (Dx|diagnosis|ICD|ICD10|codes|code|PMH|hx) [:|\#] I <num>
                     | (GMFCS|MACS|CFCS|phase|stage|grade|gr|type|class|tier|NYHA|ASIA|Eaton) I
                     | (min|mins|minutes) PA (mob|mobs|mobilization|mobilizations|mobilisation|glide|glides|pressures|springing|grade|gr)
                     | (I|indep|independent|independently|ind) (w/|with|in) [her|the] (HEP|home exercise program|home program)
                     | stay independent
                     | supervision via (telehealth|video|phone|telephone|televideo) | under [the] supervision of [the|a] (CI|PT|OT|supervising|licensed|clinical instructor)
                     | (cues|VCs) [faded] [from] (min|mod|max) (to|→|\>) (min|mod|max)
# An infant's corrected gestational age is no assist level (seventeenth session, NICU notes): "CGA 34+1 | DOL 33".
notassist.gestational_age = (CGA|PMA|PCA|corrected gestational age|corrected GA|postmenstrual age) [:|=] <int> (\+|wk|wks|weeks|w) ; targets=assist_level
