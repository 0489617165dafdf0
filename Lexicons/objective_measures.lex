# Measured values (vocabulary.md §5.4): standardized test scores, ROM, MMT grades, distances, times,
# loads lifted in a task, pain scores, vitals, trial ratios. `measure` names the kind.
#
# Slots: `<num>` is a plain number (15.2, 8-10), `<score>` a ratio (44/56, 3/10, 142/78) and
# `<grade>` a muscle grade (4/5, 4-/5, 4+/5). Dates (11/16/06) are neither. Digits split from
# letters, so `6MWT` is `6 MWT`, `5xSTS` is `5 xSTS`, `15.2s` is `15.2 s`, `150ft` is `150 ft`.
# NOT measures: exercise sets/reps (3x10, 10 reps, 2 sets of 15): those are 97110 dosage in
# code_signals.lex. `'` after a number is feet here only when followed by a gait word or a device;
# after a code name it is minutes (timed_minutes.lex).

@category objective_measure

@set measure=tug
measure.tug = (TUG|TUGT|timed up and go|timed up & go|TUG cog|TUG manual|TUG cognitive) [test|score|time] [:|=|of|was|is|in|improved to|decreased to|\|] <num> [sec|secs|seconds|s|\"]
           # Told in words: "TUG was just under 15 seconds", "TUG about 12 sec".
           | (TUG|timed up and go) [was|in] (just under|just over|about|around|approximately|approx|under|over|~) <num> (sec|secs|seconds|s)
# A joint's motion with its measure written before the value and no degree sign: "flex AROM 132 /
# PROM 150", "AROM flex 120"; small values are exercise doses ("flex AROM 2x10").
measure.rom_labelled = (flex|flexion|abd|abduction|ext|extension|ER|IR|DF|PF|elev|elevation|scaption) (AROM|PROM|AAROM) [:|=] <num> ; range=20-180
                     | (AROM|PROM|AAROM) (flex|flexion|abd|abduction|ext|extension|ER|IR|DF|PF|elev|elevation|scaption) [:|=] <num> ; range=20-180
# A Section GG item with its score: "GG toilet transfer: 03", "GG: sit to stand 03"; a limb symmetry index: "Single hop LSI 84%".
measure.gg_item = (GG|Section GG|GG score) [\||:] (toilet transfer|toileting hygiene|toileting|sit to stand|sit to lying|lying to sitting|chair to bed transfer|bed to chair transfer|chair transfer|car transfer|tub transfer|shower transfer|walk 10 ft|walk 50 ft|walk 150 ft|walk 10 feet|walk 50 feet|walk 150 feet|1 step|4 steps|12 steps|curb|eating|oral hygiene|UB dressing|LB dressing|footwear|bathing|rolling|roll left and right|picking up object|wheel 50 ft|wheel 150 ft) [:|=|score|\|] <num>
measure.symmetry_index = (LSI|limb symmetry index|limb symmetry|symmetry index) [:|=|of|was|is] <num> [%]
# A repetition test to fatigue, as a count per side: "Heel-rise test to fatigue: R 9, L 22".
measure.reps_to_fatigue = (heel|calf|single leg heel|SL heel) (raise|rise|raises|rises) (test|to fatigue|test to fatigue) [:|=] [R|L|B|right|left] <int>
@set measure=berg
measure.berg = (Berg|BBS|Berg balance|Berg balance scale|Berg balance test) [today|re scored|rescored|retested] [score|total] [:|=|of|was|is|improved to|\|] (<score>|<num>) | <score> (on|per) [the] (Berg|BBS)
@set measure=five_times_sts
measure.five_x_sts = (5 xSTS|5 x STS|5 times sit to stand|five times sit to stand|FTSST|5 TSTS|5 STS|5 X STS|5 times STS|5 x sit to stand|5 X sit to stand|five x sit to stand) [test|score|time] [:|=|of|was|is|in] <num> [sec|secs|seconds|s]
@set measure=chair_stand
measure.chair_stand = (30 s CST|30 CST|30 sec chair stand|30 second chair stand|30 second sit to stand|30 sec STS|30 s STS|30 sec sit to stand|30 s chair stand) [test] [:|=|of|was|is|\|] <num> [reps|repetitions|x|stands]
@set measure=walk_test
measure.walk_test = (6 MWT|2 MWT|6 MW|6 minute walk test|6 min walk test|6 minute walk|6 min walk|six minute walk test|2 minute walk test|2 min walk test|10 MWT|10 m walk test|10 meter walk test|10 meter walk|10 m walk) [test|distance|time|speed] [:|=|of|was] <num> (ft|feet|\'|m|meters|metres|sec|secs|seconds|s)
@set measure=gait_speed
measure.gait_speed = (gait speed|gait velocity|walking speed|self selected gait speed|comfortable gait speed|fast gait speed|SSGS|CGS|FGS) [:|=|of|was|is] <num> [m/s|m/sec|meters per second|ft/s|ft/sec|mph]
                   | <num> (m/s|m/sec|meters/sec|meters per second|ft/s|ft/sec|feet per second)
# Gait parameters: "cadence 88 steps/min", "step length R 18 in, L 12 in".
measure.cadence = cadence [:|=|of|was|is] <num> [steps/min|steps per min|steps per minute|spm|steps] ; range=10-250
measure.step_length = (step length|stride length|step width|step height|base of support width) [R|L|right|left] [:|=|of|was|is] <num> (in|inches|inch|cm|m|ft|\")
@set measure=scale
# Concussion measures by their names (hundred-and-ninth writers' round): "BESS: 14", "Sx score: 12", "PCSS 4",
# "King-Devick: 44.2 s".
measure.concussion = (BESS|mBESS|modified BESS|PCSS|SCAT|SCAT5|SCAT6|sx score|symptom score|symptom severity|symptom severity score|total symptom score|King Devick|K D) [total|score|errors|total errors] [:|=|of|was|is] (<score>|<num>) [errors|s|sec] ; range=0-140
# A scale scored today: "LEFS re-scored today 38/80", "QuickDASH today 45.5", "DHI completed in waiting room = 52".
measure.scale_today = (DGI|FGA|ABC|Tinetti|mini BEST|BESTest|DHI|LEFS|ODI|Oswestry|NDI|DASH|QuickDASH|PSFS|KOOS|HOOS|FOTO|MFIS) [re scored|rescored|retested] today [:|=|score|total|of|was|is] (<score>|<num>)
# A cognitive level on the Rancho Los Amigos scale: "Rancho VI", "RLA level 5".
measure.rancho = (Rancho|RLA|Rancho Los Amigos) [level|lvl|scale|:] (I|II|III|IV|V|VI|VII|VIII|IX|X|<int>)
measure.completed_scale = (DHI|ABC|LEFS|ODI|Oswestry|NDI|DASH|QuickDASH|PSFS|KOOS|HOOS|FOTO|MFIS|FABQ|SPADI) (completed|scored|re scored|rescored) [today|in clinic|in waiting room|at visit|this visit] (:|=|at) (<num>|<score>)
measure.completed_scale_place = (DHI|ABC|LEFS|ODI|Oswestry|NDI|DASH|QuickDASH|PSFS|KOOS|HOOS|FOTO|MFIS|FABQ|SPADI) (completed|scored|re scored|rescored) (in clinic|in waiting room|at visit|this visit) today (:|=|at) (<num>|<score>)
measure.scale = (DGI|FGA|ABC|ABC scale|Tinetti|POMA|Tinetti POMA|Tinetti balance|Tinetti gait|mini BEST|mini BESTest|BESTest|FSST|four square step test|mCTSIB|CTSIB|DHI) [score|total] [:|=|of|was|is] (<score>|<num>) [%|points|pts|sec|s]
measure.questionnaire = (FSS|LEFS|ODI|Oswestry|mODI|NDI|DASH|QuickDASH|quick DASH|qDASH|PSFS|KOOS|HOOS|KOOS JR|HOOS JR|FOTO|FOTO FS|WOMAC|FABQ|SPADI|UEFI|PDQ 39) [score|total] [:|=|of|was|is] (<score>|<num>) [%|points|pts]
measure.visual_motor = (Beery|VMI|Beery VMI|Beery-Buktenica|DTVP|DTVP 3|MVPT|TVPS|SFA|PEDI|PEDI CAT|Sensory Profile|SPM) [raw|standard|scaled|standardized] [score|scores|total] [:|=|of|was|is] (<score>|<num>)
measure.function_scale = (FIM|Barthel|BI|AM PAC|AMPAC|6 clicks|MoCA|SLUMS|MMSE|ACLS|COPM|PASS|Katz|Lawton|FOG|MDRS) [score|total|raw score] [:|=|of|was|is] (<score>|<num>) [%|points|pts]
                       # Scales scored today that a note names bare: "GOAT 72 today", "AIMS 49/58", "MoCA attempted - 16/30".
                       | (GOAT|AIMS) [:|=] (<score>|<num>) | PPS [:|=] <num> % | MoCA attempted [:|=] (<score>|<num>)
# A short form's domain named before its score: "AM-PAC Daily Activity raw 15".
measure.short_form_domain = (AM PAC|AMPAC|6 clicks) (Daily Activity|Basic Mobility|Applied Cognition|mobility|activity) [score|raw|raw score|total|t score] [:|=] <num>
# A FIM item scored on its own (1-7): "FIM eating 5, grooming 4".
measure.fim_item = FIM (eating|grooming|bathing|dressing|UB dressing|LB dressing|toileting|toilet transfer|bed transfer|chair transfer|tub transfer|transfers|locomotion|walk|walking|wheelchair|w/c|stairs|comprehension|expression|memory|problem solving|social interaction|bladder|bowel) [:|=|score] <num> ; range=1-7
measure.hand = (grip strength|grip|pinch|lateral pinch|tip pinch|3 jaw chuck|dynamometer|dynamometry|9 hole peg test|9 HPT|nine hole peg test|box and blocks|box and block test) [R|L|right|left] [:|=|of|was|is] <num> (lb|lbs|kg|\#|sec|secs|s|seconds|blocks|pounds)
# Grip by a bulb dynamometer or a cuff, in pressure (seventeenth session): "Grip (bulb dynamometer) R 4 psi L 3 psi".
measure.grip_pressure = (grip|pinch) [bulb dynamometer|bulb|dynamometer|cuff] [R|L|right|left] [:|=] <num> (psi|mmHg)
measure.peg_spoken = (9 hole peg test|nine hole peg test|9 HPT|9HPT|NHPT) [R|L|right|left] (which was|was|of|in|took) <num> (sec|secs|s|seconds)
                   | (9HPT|9 HPT|NHPT|nine hole peg [test]|9 hole peg [test]|nine hole pegboard|9 hole pegboard|box and blocks|BBT) [:] [R|L|right|left] [affected|unaffected|dominant|non dominant|dom] <num> [sec|s|seconds|blocks]
# Spasticity graded: "MAS 1+ R elbow flexors".
measure.tone = (MAS|modified Ashworth|mod Ashworth|Ashworth) [:|=|score|grade|of] <num>
# Pelvic floor strength graded: "PERFECT: P3 E5 R6 F8", "modified Oxford 3/5".
measure.pelvic = (PERFECT|PERF) [scale] [:] P <num> | (modified Oxford|Oxford) [scale|grade] [:] (<num>|<score>|<grade>)
measure.hand_side = (9 hole peg test|9 HPT|grip|pinch|key pinch) (R|L|right|left) hand [:] <num> (lb|lbs|sec|s|seconds)
                 | (9 hole peg|pegboard|peg board) [9 hole] [:] (R|L) <num> (sec|s|seconds|\")
measure.reach = (FRT|functional reach|functional reach test|forward reach|lateral reach) [R|L|right|left|today|in sitting|seated|in standing|standing] [:|=|of|was|is] <num> (inches|in|inch|cm|\")
              | <score> (on|per) [the] (DGI|FGA|ABC|Tinetti|POMA|mini BEST|LEFS|ODI|Oswestry|NDI|DASH|QuickDASH|PSFS|KOOS|HOOS|FOTO|FIM|Barthel|AM PAC|6 clicks|WOMAC|MoCA|SLUMS)
              # A GG item by its code ("GG0170 D: 03", "GG 03", "GG: 04"); "GG0170" alone is the tokens GG and 0170, no score.
              | (GG0130|GG0170) [A|B|C|D|E|F|G|H|I|J] [:|=] <num> | GG (A|B|C|D|E|F|G|H|I|J) [:|=] <num> | GG [:|=] (01|02|03|04|05|06|07|09|10|88)
@set measure=balance_time
measure.stance_best = (SLS|SLB|single leg stance|single limb stance|tandem stance|Romberg|sharpened Romberg) [EO|EC|eyes open|eyes closed] [best of <int>] [:] (R|L|right|left|B) <num> (sec|secs|seconds|s) | (R|L|right|left) best <num> (sec|secs|seconds|s|\")
# Standing without support, timed: "Stands alone 3 sec".
measure.stands_alone = (stands|stood|standing) (alone|independently|I|indep|unsupported|without support|w/o support|without UE support|w/o UE support) [for|x] <num> (sec|secs|seconds|s)
# Items of a task done right: "Recalled 2/3 safety steps", "Sizing correct 3/5 words".
measure.items = <score> [safety] (steps|items|words|targets|letters|sentences|pegs|blocks|cards|problems|coins|segments|lines|cuts|shapes|buttons|beads|rows|slots|compartments|doses|pills) | <score> (found|located|identified|retrieved|done|completed|correct|accurate|successful|successfully|success)
measure.stance_time = (SLS|SLB|OLST|single leg stance|single limb stance|single leg balance|SL stance|tandem stance|semi tandem|semi tandem stance|feet together|narrow BOS|static standing|Romberg|eyes closed|on foam) [L|R|B|EO|EC|foam] [:|=|x|for] <num> (sec|secs|seconds|s|\")
measure.balance_hold = (maintained|maintains|maintain|held|holds|sustained) (balance|stance|SLS|position|tandem|standing) [on foam|with EC|eyes closed|without UE support|w/o UE support] (for|x) <num> (sec|secs|seconds|s)
# A balance held and timed, named by its kind: "Wheelie balance: 20 sec", "static sitting balance EOB
# 45 sec w/o UE support" (seconds only: "dynamic standing balance 15 min" is treatment time).
measure.balance_seconds = (wheelie|sitting|standing|static sitting|static standing|unsupported sitting|tall kneeling|half kneeling) balance [EOB|on foam|EC] [:|x|for] <num> (sec|seconds|s)
@set measure=time
measure.time = (in|within|took|timed|time of|time:|completion time|completed in) <num> (sec|secs|seconds|s) | <num> (min|mins|minutes) <num> (sec|secs|seconds|s)
             # How long a task took: "buttoning shirt took 4 min", "button hook trialed - 2 min" is not one.
             # A count done in a time: "online grocery order of 12 items in 18 min", "6 pegs in 45 sec".
             | <int> (items|steps|stairs|dishes|pieces|pegs|blocks|words|letters|coins|cards|buttons|bills|checks|rows|beads|cones|bolts|boxes) in <num> (min|mins|minutes|sec|secs|seconds|s)
             | (took|taking|requiring|required) [~|about|approx|approximately|over] <num> (min|mins|minutes) | (completed|finished) (in|within) [~|about|approx] <num> (min|mins|minutes)
             | (task|it|pt|activity|trial|trip|circuit) (took|required|lasted) [~|about|approx] <num> (min|mins|minutes|sec|secs|seconds) | (in|took|time) <time> | time [:|=] [~|about|approx] <num> (sec|secs|seconds|s|min|mins)
             # "took him 1:40", "Time for it 16.8 sec": the one timed named after the verb or the test named before.
             | took (him|her|pt|them|the pt|patient) [~|about|approx] (<time>|<num> (sec|secs|seconds|s|min|mins|minutes)) | time (for it|for this|for that|for the task|for the test|for the trial|for task) [:|=|was] <num> (sec|secs|seconds|s|min|mins)
             # The time a task took, told first: "9 min to don shirt, pants and socks seated EOB".
             | <num> (min|mins|minutes|sec|secs|seconds) to (don|doff|dress|complete|finish|put on|get dressed|eat|feed|transfer|toilet|bathe|shower|groom)
# The time an everyday task took, timed as its outcome: "Time to dress 18 min (last wk 26 min)",
# "time to don socks 45 sec" (the minutes parser reads it as a measure, not treatment time).
# Fatigue and performance scales by their score: "FACIT-Fatigue 28/52 this visit", "Kettle Test today: score 9".
measure.scale_scored = (FACIT|FACIT F|FACIT Fatigue|Kettle Test|EFPT|KELS|BFI|Brief Fatigue Inventory|FSS|Fatigue Severity Scale|MFIS) [today|this visit] [:] [score|total] [:|=|of|was|is] (<score>|<num>)
measure.task_time = time to (dress|get dressed|don|doff|bathe|shower|groom|eat|toilet|complete dressing|complete toileting|complete ADLs|complete task|complete the task) [UB|LB|socks|shoes|shirt|pants] [:|=|was] <num> (min|mins|minutes|sec|secs|seconds|s)
@set measure=rom
measure.rom = <num> (deg|degs|degree|degrees|°|º|˚) | (lacks|lacking|lag|lacked) <num> [deg|degrees|°|º] | minus <num> (deg|degrees|°)
            | <num> (to|\-) <num> (deg|degrees|°|º) | (AROM|PROM|AAROM|ROM) <num> (→|\>|\-\>) <num>
measure.rom_motion = (AROM|PROM|AAROM|ROM|flexion|flex|extension|ext|abduction|abd|adduction|IR|ER|DF|PF|dorsiflexion|plantarflexion|inversion|eversion|elevation|scaption|rotation|sidebending|lateral flexion) [R|L|right|left] (:|=|to|of|measured) <num> [deg|degrees|°|º]
measure.rom_degrees = (AROM|PROM|AAROM|ROM|flexion|flex|extension|ext|abduction|abd|adduction|IR|ER|DF|PF|dorsiflexion|plantarflexion|inversion|eversion|elevation|scaption|rotation|sidebending|lateral flexion) [R|L|right|left] <num> (deg|degrees|°|º)
                    # A joint's arc before the word: "R knee 0-112 AROM supine".
                    | (knee|elbow|hip|shoulder|wrist|ankle|MCP|PIP|DIP|thumb|neck|cervical|lumbar|trunk) <num> (AROM|PROM|AAROM|ROM)
# A joint's arc with no unit after its label: "R knee AROM 5-112", "PROM R shoulder flex 0-95".
measure.rom_arc = (AROM|PROM|AAROM|ROM) [:|=] <num>
                | (AROM|PROM|AAROM|ROM) [R|L] (knee|elbow|hip|shoulder|wrist|ankle|MCP|PIP|DIP|thumb|finger|digit) [flex|flexion|ext|extension] [:|=] <num>
                | (AROM|PROM|AAROM|ROM) [R|L] (flex|flexion|ext|extension|abd|abduction|ER|IR|DF|PF) [:|=] <num>
                | (knee|elbow|hip|shoulder|wrist|ankle|MCP|PIP|DIP|thumb|finger|digit|flex|flexion|ext|extension|abd|abduction) (AROM|PROM|AAROM|ROM) [:|=] <num> ; requires=arc
@set measure=mmt
measure.mmt = <grade> | (MMT|strength|str|grossly|gross strength|graded) [:|=|of|was|is|grossly] [R|L|B|bilat|bilaterally] <grade>
            | (MMT|strength) [:] (N|G|F|P|T|normal|good|fair|poor|trace) [\+|\-]
@set measure=pain
measure.pain = (pain|NPRS|NRS|VAS|pain rating|pain level|pain score|pain scale|rates pain|rated pain|rates her pain|rates his pain|pain rated|reports pain|reported pain|c/o pain|pain intensity) [is|at|of|=|:|unchanged|still|remains|remained|stable at|steady at|same at|\||was|rated|reported|level|rating|as|to|increased to|decreased to|reduced to|improved to|down to|up to] [at] (<score>|<num> (out of|\/) 10|<num>)
             | (achy|aching|sore|stiff|tight|painful|tender) [\"|”|at the end|at end|by the end|today|now] <score>
             | <score> (pain|at rest|with activity|with|w/|during|after|before|post|pre|on|in|at start|at end|today|currently|now|initially|at worst|at best|worst|best) | <num> out of 10 | (pain|NPRS) (from|↓|↑) <score> (to|→|\>) <score>
             | <score> (→|\>|to|\-\>) <score> | FACES [:|=] <num>
             # A rating the patient gives without naming it: "WC - L shoulder strain. Pt reports 5/10."
             | (pt|patient|she|he) (reports|reported|rates|rated) <score>
# Pain labelled by when it was rated: "Pain end of session: 2/10", "Pain | start 6/10 | end 3/10".
measure.pain_when = (pain|NPRS|NRS|VAS) [\|] (start|end|pre|post|before|after|at rest|at start|at end|end of session|start of session|end of tx|post tx|pre tx|after tx|before tx|during|with activity|w/ activity) [:|=|\|] <score>
measure.symptom = (sx|symptoms|dizziness|dizzy|fatigue|fogginess|fog|vertigo|HA|headache|nausea|soreness|LBP|knee pain|back pain|neck pain|shoulder pain|hip pain|pain level) [:|=|at|of|was|rated|peak|to] (<score>|<num> (out of|\/) 10)
               # A symptom rating moved within the task: "HA 2 → 3/10", "dizziness 2 to 4/10".
               | (sx|symptoms|dizziness|HA|headache|nausea|pain|soreness) <num> (→|to|\-\>) (<score>|<num> (out of|\/) 10)
measure.pain_site = (neck|back|low back|knee|hip|shoulder|ankle|wrist|elbow|R knee|L knee|R hip|L hip|R shoulder|L shoulder|R ankle|L ankle) <score> | pain (R|L|B|bilateral|low back|back|neck|knee|shoulder|hip|ankle|wrist|hand|R knee|L knee|R shoulder|L shoulder|R hip|L hip|incisional|incision|residual limb) [at|of|=|:|was] (<score>|<num> (out of|\/) 10)
@set measure=vitals
# The Amputee Mobility Predictor, with and without the prosthesis: "AMPnoPRO: 32", "AMPPRO 38".
measure.amputee_mobility = (AMPnoPRO|AMPPRO|AMP noPRO|AMP PRO) [score|total] [:|=|of|was] <num> ; range=0-47
# Sensation and oculomotor tests by their instruments: "SWMT: 3.61 radial digits", "King-Devick 52.3 s today".
measure.sensory_oculomotor = (SWMT|Semmes Weinstein|monofilament|monofilaments) [:|=|test] <num> | (King Devick|K D|KD test) [test|time|score] [:|=|today|was] <num> [s|sec|seconds]
# Intensive-care mobility scales by their names: "CPAx 18/50", "JH-HLM 4", "Perme score 12".
measure.icu_mobility = (CPAx|JH HLM|JH-HLM|Perme|Perme score|FSS ICU|FSS-ICU|ICU mobility scale) [score|:|=] (<score>|<num>)
# A rate of writing or typing: "12 letters/min", "copied at eleven letters per minute", "28 wpm".
measure.writing_rate = <num> (letters|words|wpm) [per|\/] [min|minute] | <num> (letters per minute|words per minute|WPM)
# Workload in METs: "METs: 3.4", "peak 4.2 METs" (not "goal met").
measure.mets = (METs|MET level|METS level) [:|=|of|at|was|reached] <num> | <num> (METs|MET level)
measure.heart_rate = (HR|heart rate|pulse|resting HR) [:|=|of|was|is|at|to|increased to|rose to|dropped to|returned to] <num> [bpm|BPM|beats per minute]
                   | <num> (bpm|beats per min|beats per minute)
                   # Rates paired under their labels: "HR pre/post 78/96", "HR rest/peak: 72/118".
                   | (HR|heart rate|pulse) (pre post|rest peak|pre peak) [:|=] <score>
measure.blood_pressure = MAP [:|=|stable|was|of] <num> [mmHg] | (BP|blood pressure|resting BP|VS|vitals) [supine|sitting|seated|standing|pre|post|sit|stand|at rest|after|before] [:|=|of|was|is|at|to|increased to|rose to|dropped to|returned to] <score> | <score> (mmHg|mm Hg) | <num> (mmHg|mm Hg)
measure.spo2 = (SpO2|SpO 2|O2 sat|O2 sats|O2 saturation|sats|SaO2|pulse ox|pulse oximetry|oxygen saturation|Sp02) [:|=|at|of|was|is|to|low|dropped to|decreased to|desat to|desaturated to|recovered to|remained|stayed] [\>|\<|≥|≤|above|below|at] <num> [%]
             | (oxygen saturation|O2 sat|O2 sats|sats|SpO2|saturation|saturations) [at rest|with activity|on RA|on room air] (was|were|of|read|dropped to|decreased to|fell to|recovered to|increased to|came back up to|went down to|came down to) <num> (%|percent)
             | <num> (%|percent) (on RA|on room air|SpO2|O2 sat|on O2|RA)
# A vital in a table's row or named by when it was taken: "HR | 72 | 118", "HR: pre 78", "SpO2 nadir 87%".
measure.vital_when = (HR|heart rate|pulse|BP|SpO2|O2 sat|sats|RPE|RR) [:] (pre|post|peak|rest|at rest|resting|nadir|low|max|baseline|\|) (<num>|<score>)
measure.spo2_between = (SpO2|O2 sat|sats|oxygen saturation|oxygen) (stayed|remained|was|ranged) between <num> and <num> [%|percent]
# A saturation read on the oxygen given: "SpO2 on 5L: 95% supine, 89% after".
measure.spo2_on = (SpO2|sats|O2 sats|O2 sat|sat) (on|w/) (<num> L|<num> LPM|<num> lpm|RA|room air) [NC|HFNC|FM|TC|trach collar|via NC] [:|=|\-] <num> %
# A desaturation told by its value: "Desat to 86% at 4 min walking on 2L".
measure.desaturation = (desat|desats|desatted|desaturated|desaturating|desaturation) (to|of|into) [the] <num> [%|percent]
measure.resp_exertion = (RR|respirations|resp rate|respiratory rate) [:|=|of|was|is] <num>
                      | (RPE|Borg|rate of perceived exertion|Borg RPE|modified Borg|dyspnea scale|dyspnea rating) [:|=|of|was|is|rating] (<num>|<score>)
                      # The scale named with what it rates: "Borg dyspnea 3 at end of walk", "modified Borg dyspnea 4/10".
                      | (Borg|modified Borg|mod Borg) (dyspnea|SOB|breathlessness|exertion|RPE|leg fatigue|fatigue) [:|=|of|was|is|rating] (<num>|<score>)
@set measure=distance
# A distance given as about so many feet: "walked bedroom -> kitchen -> back, twice (~120')" (not "TE ~12'").
measure.approx_feet = (~|approx|aprox|appx|approximately) <num> \' ; range=20-3000
measure.distance = <num> (ft|feet|foot|fts|m|meters|metres|meter|yd|yds|yards|laps|lap|blocks|block|miles|mile)
                 | <num> \' (x|with|w/|using|via|on|in|over|CGA|SBA|min|mod|max|indep|independently|independent|mod I|RW|FWW|2WW|4WW|rollator|SPC|QC|cane|walker|AD|no AD|without AD|x2|x 2|w/o|hemi walker|LBQC|SBQC|quad cane|crutches|AFO)
                 | (ambulated|ambulates|ambulating|ambulation|amb|walked|walks|walking|propelled|carried|carrying|distance|total distance|gait) [x|:|=|for|approx|aprox|appx|about|~|up to|increased to|improved to] <num> \'
                 # The distance closing a walk told by its places: "Ambulated bedroom to kitchen and back, aprox 120'".
                 | (and back|there and back|round trip|roundtrip|back and forth) [approx|aprox|appx|about|~|approximately] <num> \'
                 # The device between: "Amb w/ RW 50'".
                 | (ambulated|ambulation|amb|walked|gait) (w/|with) (RW|FWW|2WW|4WW|rollator|SPC|QC|cane|walker|crutches|AD|hemi walker|LBQC|SBQC) <num> \'
                 # The device straight after the word, as terse notes write it: "Gait RW 150'. CGA."
                 | (ambulated|ambulation|amb|walked|gait) (RW|FWW|2WW|4WW|rollator|SPC|QC|cane|walker|crutches|hemi walker|LBQC|SBQC) <num> \'
                 # Wheelchair distances: "Level propulsion 500' I", "w/c propulsion 150' mod I".
                 | (propulsion|propels|propelling|propel|wheeled|wheeling|w/c mobility|wheelchair mobility|w/c|wheelchair) [:|=|x|for|approx|about|~] <num> \'
# Stairs counted (a range: "climbed 3000 steps" is a step count from a tracker, not stairs).
measure.stairs = (negotiated|negotiate|negotiates|ascended|descended|climbed|ascend|descend|climb) <num> (steps|stairs|flights|flight|stair) ; range=1-300
@set measure=load
measure.load = <num> (lb|lbs|pound|pounds|kg|kgs|kilograms|\#) [weight|weights|box|crate|bag|basket|dumbbell|DB|KB|kettlebell|object|load]
             | (lift|lifted|lifting|carry|carried|carrying|push|pushed|pull|pulled|pushing|pulling|holding|held) [a|an] <num> (lb|lbs|pound|pounds|kg|\#)
@set measure=scale
# A test given today, then its score (hundred-and-twentieth probe round, twenty-third session): "SLUMS administered today: 14/30".
measure.administered_today = (MoCA|SLUMS|MMSE|Mini Cog|BIMS|ACLS|Allen|FIM|Barthel|AM PAC|AMPAC|6 clicks|BBS|Berg|DGI|FGA|ABC|Tinetti|LEFS|ODI|Oswestry|NDI|DASH|QuickDASH|PSFS|DHI|SPPB|COPM|PASS|KELS|EFPT) (administered|completed|scored|repeated|readministered) [today|this visit] [:|=|score] (<score>|<num>)
@set measure=trials
# Successes counted over the attempts in words, whatever "without" stands before them (hundred-and-eighteenth probe
# round, twenty-third session): "Brought spoon to mouth w/o spilling on 6 of 10 scoops".
measure.count_of = [on|in] <int> of <int> (scoops|bites|sips|trials|attempts|tries|opportunities|reps|repetitions|throws|catches|kicks|shots|letters|words|items|steps|targets|cones|cards|pegs|blocks|buttons|beads|coins|problems) ; ignores=negated
# The value before the test's name (hundred-and-first probe round of the twenty-second session): "14.2 sec on the TUG today".
measure.value_before_test = <num> (sec|secs|s|seconds) (on|for) [the] (TUG|timed up and go|5xSTS|FTSTS|five times sit to stand|10MWT|FSST|four square step test|9 hole peg test|9HPT|nine hole peg test) | <score> on [the] (Berg|BBS|DGI|FGA|Tinetti|mini BEST|miniBEST|ABC|BESTest)
# What a child ate or took at a feeding session, counted (the fourth cycle's second dev half): "accepted 2, gagged 3, refused
# 1", "chewed on R side 8x", "Ate 2 bites apple", "ate 1/2 banana".
measure.feeding_count = (accepted|gagged|refused|swallowed|expelled|spit out|spat out) <int> [bites|spoons|spoonfuls|tastes|times|x|of <int>] | (chewed|munched) [on] [R|L|right|left] [side] <int> (x|times) | (ate|drank|took|finished|consumed) (<int>|<score>|1/2|half) (bites|bite|oz|ounces|mL|sips|spoonfuls|crackers|pieces|banana|jar|pouch|of)
# Neurological and paediatric tests by their own notation (hundred-and-fifth probe round of the twenty-second session):
# "GMFM-88 Dim D (standing) 28/39", "MAS: R elbow flexors 1+", "DTRs: patellar 3+ bilat", "3 beats clonus", "Prone
# extension (superman) held 8 s", "6 hand-to-mouth episodes".
measure.gmfm = (GMFM|GMFM 88|GMFM 66) [dim|dimension] [A|B|C|D|E] [standing|walking|sitting|crawling|lying] [:|=|score|total] (<score>|<num> %)
measure.ashworth = (MAS|modified Ashworth|Ashworth) [:|=] [R|L|B] [elbow|wrist|knee|ankle|hip|shoulder|finger|finger flexors] (flexors|extensors|PF|plantarflexors|hamstrings|quads|adductors|biceps|triceps|gastroc|gastrocs) <num>
measure.reflex = (DTR|DTRs|patellar|Achilles|biceps reflex|triceps reflex|brachioradialis) [reflex|reflexes] [:|=] [R|L|B] [patellar|Achilles|biceps|triceps] <num> [+] | <int> beats [of] clonus
measure.posture_hold = (prone extension|supine flexion|antigravity flexion|prone on elbows|tall kneel|half kneel) [superman|hold] (held|hold|x|for) <num> (s|sec|secs|seconds)
measure.episodes_counted = <int> (hand to mouth|hand to hand|freezing|FOG) (episodes|transfers)
measure.handwriting_rate = (legibility|letter formation|letter sizing|spacing|alignment|copying accuracy) [:|=|was|of] <num> %
# Cognitive and perceptual screens by their names (hundred-and-third probe round of the twenty-second session):
# "Cancellation task: located L-side targets 14/20", "Allen Cognitive Level Screen: 4.2", "Orientation 2/4".
measure.cognitive_screen = (cancellation|line bisection|star cancellation|letter cancellation|bells test) [task|test] [:] [located|found|crossed out|marked] [L side|R side|left sided|right sided] [targets|items|stars|letters] <score> | (Allen Cognitive Level Screen|Allen Cognitive Level|ACLS|Allen level) [:|=|score] <num> | orientation [:|=] <score>
measure.trials = <score> (trials|attempts|reps|opportunities|tries|steps|items|commands|tasks|questions|targets|words|letters|correct|successful|accurate|presentations|bites|spoonfuls|sips|forms|geometric forms|shapes|designs|figures) | <int> (of|out of) <int> (days|trials|attempts|opportunities|tries|reps|steps|items|commands|tasks|letters|words|shapes|targets|problems|questions|slots|compartments|doses|pills|coins|bills|cuts|snips|beads|pegs|blocks|strategies|precautions|tips)
               # A score on a named task: "cancellation task 14/20 L side targets", "14/20 L side targets".
               | (cancellation|letter cancellation|star cancellation|line bisection|scanning|sorting|matching|sequencing|recall|copying|design copy) [task|test|activity] <score> | <score> (L|R|left|right) [side|sided] (targets|items|letters|words)
               | (sequenced|completed|located|recalled|identified|followed|named|found|retrieved|matched|sorted|caught|hit) <int> (of|out of) <int>
               | (commands|directions|steps|tasks|items|trials|accuracy) <num> % | (sequenced|completed|located|recalled|identified|followed|checked off|named|found|retrieved|matched|sorted|caught|hit) [steps|items] [independently|I|indep|correctly] <score> | <num> (hits|errors|misses|omissions) [trial <int>|on trial <int>|in <num> sec|in <num> seconds]
               | <num> % (of trials|accuracy|of the time|of attempts|of opportunities|success) | with <num> % (accuracy|success)
               # Cutting and writing accuracy: "stayed within 1/2\" of line", "within 1/4\" of line ~60%".
               # Blocks stacked (developmental fine motor): "block tower of 5", "stacking blocks (3 stacked)".
               | (block tower|tower) of <num> | stacked <num> (blocks|rings|cups) | <num> blocks (stacked|high) | <num> stacked
               | within (<num>|<score>) (\"|in|inch|inches|cm|mm) of [the] (line|lines|target|edge)
@set measure=girth
# A limb's volume by displacement and a jump or hop measured for distance (ninety-sixth probe round): "Volumetry: R hand
# 512 mL", "Standing broad jump 22\" (best of 3)".
measure.volume = (volumetry|volumeter|volumetric|water displacement|limb volume|arm volume|hand volume|leg volume|foot volume) [:|=] [R|L|right|left|B] [hand|arm|UE|LE|leg|foot] <num> (mL|ml|cc)
measure.jump_distance = (broad jump|standing broad jump|standing long jump|long jump|vertical jump|vert jump|single hop|single leg hop|SL hop|triple hop|crossover hop|hop for distance) [:|=|distance|for distance] <num> (in|inches|\"|cm|m|ft|\')
measure.girth = (girth|circumference|edema|figure 8|figure of 8) [:|=|of|was|is|at] [R|L] <num> (cm|in|inches|mm)
              # Diastasis and subluxation measured in fingers: "IRD 2 fb", "subluxation 1 fingerwidth".
              | <num> (fb|fingerbreadth|fingerbreadths|fingerwidth|finger width)
# Rows under a heading that gives the unit: "Girth L leg (cm): ankle 25.0 (26.5 last wk), calf 41.5 (43.0)".
measure.girth_row = (girth|circumference|circ) [R|L] [leg|arm|LE|UE] (cm|mm) [:] (ankle|calf|knee|thigh|wrist|forearm|elbow|hand|foot) <num>
# How long the patient could stay at it: "Standing tolerance at sink for grooming 6 min", "Stood at
# counter 9 min" (a tolerance is a measured value; it is not treatment minutes, timed_minutes.lex).
@set measure=tolerance
measure.tolerance = (standing|sitting|activity|walking|upright|screen|keyboarding|work|computer|reading|kneeling|overhead) tolerance [:|=|of|was|increased to|improved to] [~|about|approx|approximately] <num> (min|mins|minutes|hr|hrs|hours|sec|secs|seconds)
# The figure first (hundred-and-second writers' round): "6 min stand tolerance before needing to sit".
measure.tolerance_first = <num> (min|mins|minutes) (stand|standing|sitting|sit|upright) (tolerance|tol) (before|until|then)
measure.tolerance_at = (standing|sitting) tolerance (at|in|on|during|for) [the] (sink|counter|table|stove|kitchen|desk|computer|grooming|ADLs|task|tasks|meal prep) [for grooming|for ADLs|for task] <num> (min|mins|minutes)
measure.tolerance_for = (standing|sitting|upright) tolerance at [the] (counter|sink|table|kitchen) for (grooming|ADLs|meal prep|dishes|cooking) <num> (min|mins|minutes)
# A time tolerated without a break (hundred-and-seventh writers' round): "Pt tol 22 min w/o rest", "tolerated 15 min
# without a seated rest".
measure.tolerated_unbroken = (tol|tolerated|tolerates|tolerating) <num> (min|mins|minutes) (w/o|without|before|no) [a|any|seated|standing|rest] (rest|rests|break|breaks|rest break|rest breaks|needing)
# The same with tolerance shortened: "standing tol at sink for grooming 4 min -> 6 min today".
measure.tolerance_short = (standing|sitting|upright) tol [at|for|of|:] [sink|counter|table|EOB] [for grooming|for ADLs] <num> (min|mins|minutes)
# Events counted against an earlier count: "freezing episodes decreased from 4 to 1 over 3 trials",
# "spills 5 -> 2", "LOB reduced from 3 to 0".
@set measure=count
measure.count_change = (episodes|freezing episodes|freezing|FOG episodes|LOB|LOBs|losses of balance|falls|near falls|spills|errors|drops|stumbles|rests|rest breaks|cues|VCs|prompts|attempts|misses|collisions|scuffs|toe catches) (decreased|reduced|increased|improved|went|dropped|fell|rose|down|up) from <int> to <int> ; ignores=historical
# How long the patient could keep at it before stopping: "able to stand 4 min before needing to sit".
measure.stood_until = (able to stand|able to sit|able to walk|tolerated standing|tolerated sitting|stood|sat) [for] [~|approx|about] <num> (min|mins|minutes|sec|secs|seconds) (before|until)
# At the edge of the bed until it was too much: "Sat edge of bed 12 min before needing to lie back down".
measure.sat_edge = (sat|stood) [at|on] (EOB|edge of bed|the edge of the bed|edge of the bed) [for] [~|approx|about] <num> (min|mins|minutes) (before|until)
measure.stood = (stood|sat|knelt) [at] [the] [counter|sink|table|stove|EOB|desk|mat|couch] [for|x] <num> (min|mins|minutes|sec|secs|seconds)
              | (stood|sat|knelt) [for|x] (\~|approx|approximately|about) <num> (min|mins|minutes|sec|secs|seconds) | (stood|sat|knelt) [for|x] <num> (\"|”)
              | standing at [the] (counter|sink|table|stove|desk|couch) [for|x] <num> (min|mins|minutes|sec|secs|seconds)
              # How long a child stayed at the task: "stayed at table 6 min today vs ~2 min usually".
              | (stayed|remained) at [the] (table|desk|counter|sink|task|activity) [for|x] [~] <num> (min|mins|minutes)
# How long before the symptom came: "reports fatigue after standing 4 min".
measure.stood_after = after (standing|sitting|walking) [for] <num> (min|minutes|sec|seconds)
                   # "maintain standing at the grab bar for approximately 45 seconds".
                   | (standing|stood) at [the] grab bar for [approximately|approx] <num> (sec|seconds|min|minutes)
measure.stood_room = (stood|sat) at [the] (kitchen|bathroom) (counter|sink|table) [for|x] <num> (min|mins|minutes)
# Sitting or standing held without support (dev half, rounds 84-100): "Sat EOB unsupported 5 min".
measure.held_unsupported = (stood|sat) [EOB|edge of bed|at counter|at sink|on mat] (unsupported|w/o UE support|w/o support|static) [for|x] [~|approx|about] <num> (min|minutes|sec|seconds)
# Pain scales for those who cannot rate pain, pressure biofeedback, limb volume.
@set measure=scale
measure.other_scales = <num> (µV|uV) | (PAINAD|FLACC|Wong Baker|Wong-Baker|CPOT|BPS) [:|=|score|of] <num> | <num> mmHg | (volume|vol) [difference|diff|deficit] [calc] [:|=|of|is] <num> %
# ICU sedation and delirium scales by their score: "RASS 0", "RASS -2", "CAM-ICU negative".
measure.icu_scale = RASS [:|=|of|score] [\+|\-] <int> ; range=0-5
                  | (CAM ICU|CAM) [:|=] (negative|positive|neg|pos)
# Range of motion written as motion, side and number: "Cervical rot R 65 L 60", "lat flex L 40 / R 45".
@set measure=rom
# Finger joints with their range: "MP 0/85 PIP -10/88 DIP -5/45".
measure.finger_rom = (MP|MCP|PIP|DIP|IP|CMC) (<num>|<score>)
measure.rom_side = (rot|rotation|flex|flexion|ext|extension|abd|abduction|add|adduction|ER|IR|SB|side bend|sidebend|lat flex|lateral flexion|DF|PF|inv|ev|sup|pron|supination|pronation|opposition|Kapandji) (R|L|B|right|left) <num> ; range=0-180
# A joint's motion with its joint first and no unit: "knee flex 98", "wrist ext 45".
measure.rom_joint = (elbow|knee|shoulder|shld|hip|wrist|ankle) [R|L] (flex|flexion|ext|extension|abd|abduction|ER|IR|DF|PF|sup|pron|supination|pronation) <num> ; range=20-180
# Two motions of the joint, the range read on the second, which may be small or an extension lag: "Elbow ext -15,
# flex 130", "wrist ext 20, flex 15", "R knee flex 98, ext -5" (one motion alone needs 20 or more: "knee ext 3x10"
# is a dose).
measure.rom_joint_pair = (elbow|knee|shoulder|shld|hip|wrist|ankle) [R|L] (flex|ext|extension|abd|ER|IR|DF|PF|sup|pron) <num> (flex|flexion|ext|extension|abd|ER|IR|DF|PF|sup|pron) <num> ; range=0-180
# Balance holds in seconds written with `"`: "SLS: R 12" L 8"", "tandem 30"".
@set measure=balance_time
measure.hold_seconds = (SLS|SLB|single leg stance|single limb stance|tandem|tandem stance|semi tandem|Romberg|sharpened Romberg|feet together|narrow stance|stance) [:|=|R|L|right|left|EO|EC] [R|L] <num> \"
# A rating with the pain's site between: "5/10 L hip pain".
@set measure=pain
measure.pain_before_site = <score> (R|L|B|bilateral|low back|back|neck|knee|shoulder|hip|ankle|R knee|L knee|R hip|L hip|R shoulder|L shoulder) [hip|knee|shoulder|back|ankle|wrist|neck] (pain|discomfort|ache)
                          | <score> (ache|aching|soreness|discomfort|stiffness|tightness|burning|throbbing) [R|L|B|bilateral|low back|back|neck|knee|shoulder|hip|ankle|wrist|elbow|hand|lat elbow|medial elbow]
# Paediatric and home-health scores named by what they are (PDMS-2 quotient, BOT-2 scale score,
# GMFM dimension %, OASIS M-items): "PDMS-2 gross motor quotient 82", "GMFM-88 Dimension D 64%",
# "OASIS M1860 ambulation: 2".
@set measure=scale
measure.named_score = (quotient|standard score|scaled score|scale score|percentile|percentile rank|composite score|age equivalent) [:|=|of|was|is] <num>
                    | (dimension|dim) (A|B|C|D|E) [:|=] <num> | <num> (percentile|%ile)
                    | M (1800|1810|1820|1830|1840|1845|1850|1860|1033) [grooming|dressing|bathing|toileting|transferring|transfers|ambulation|locomotion] [:|=] <int>
# Vestibular findings observed today: nystagmus timed or named by direction, mCTSIB conditions, DVA
# line loss ("upbeating torsional nystagmus x 20 sec", "condition 4 fall at 12 sec", "3-line loss").
measure.vestibular = nystagmus [x|for|lasting] <num> (sec|secs|seconds|s) | (upbeating|downbeating|geotropic|apogeotropic|torsional|direction changing) [torsional] nystagmus
                   | (condition|cond) <int> [:|=] [fall at|LOB at|held|x] <num> (sec|secs|seconds|s) | (condition|cond|conditions) <num> [foam|firm] [EC|EO] <num> (sec|secs|seconds|s) | <num> (line|lines) (loss|lost|drop|difference)
# Dictated numbers: "one hundred feet", "a five out of ten" (number words are numbers; `ten` and
# `hundred` are words here).
@set measure=distance
measure.spoken_distance = (<num>|a) hundred [and] [<num>] (feet|ft|meters|yards)
@set measure=pain
measure.spoken_rating = <num> out of ten
# Thumb opposition score (hand therapy): "Kapandji 8/10".
@set measure=rom
measure.kapandji = Kapandji [score|:|=] (<score>|<num>)
# Flexibility and orthostatic measures, balance held in a dictated note, a pain range: "Fingertip-to-floor
# 8\" in standing flexion", "138/82 supine, 112/70 standing", "able to stand for about ninety seconds
# without holding on", "Pain ranges 3-5/10".
measure.fingertip_floor = (fingertip to floor|fingertips to floor|finger to floor|FTF|fingertip floor) [distance] [:|=] <num> (in|inches|inch|cm|\")
measure.orthostatic = <score> (supine|sitting|standing|seated|sit|stand|lying) | orthostatics [:|=] [supine|sitting|standing|seated|sit|stand|lying] <score>
measure.held_seconds = (stand|stood|standing|sit|sat|sitting|balance|balanced|hold|held) (for|x) [about|approximately|approx|~|nearly|almost] <num> (seconds|sec|secs)
# Time on one foot told as standing: "Stood on R foot 6 s, L 3 s".
measure.one_foot = (stood|stands|standing|balanced|balances) on (R|L|right|left|one|1|either) (foot|leg) [for] <num> (s|sec|secs|seconds)
# A muscle's endurance hold, as pelvic-floor and stabiliser tests give it: "endurance holds 6 sec (4 sec at eval)".
# A wheelie balanced for a time: "Wheelie hold 15\" w/ spot", "held wheelie 20 s".
measure.wheelie_hold = wheelie [balance] (hold|held|holds|x) <num> (s|sec|secs|seconds|\") | (held|holds|holding) [a] wheelie [for] <num> (s|sec|secs|seconds|\")
measure.endurance_hold = (endurance|PFM endurance|endurance hold|endurance holds) [hold|holds|:|=] <num> (s|sec|secs|seconds)
measure.pain_range = (pain|sx|symptoms) (ranges|ranging|range|ranged) [from|between] (<score>|<num>)
# Part of a task completed, as a share: "ate ~60% of meal", "completed 75% of the worksheet".
measure.share_done = (ate|eating|consumed|completed|finished|drank|fed self) [~|approx|approximately|about|appr] <num> % [of]
# Hand therapy: total active and passive motion of a digit.
measure.total_motion = (TAM|TPM|total active motion|total passive motion) [=|:|of|is|was] <num>
# Scores and measures said the way they are dictated: "thirty-eight out of fifty-six", "three plus out
# of five", "scored nineteen", "came back at forty-two percent", "one thirty-eight over seventy-eight",
# "single leg stance on the left for four seconds", "in about nineteen seconds".
@set measure=scale
measure.out_of = <num> [plus|minus|errors|mistakes|misses|correct] out of <num> | <int> (errors|error|mistakes|omissions|reversals|errors/<num>|spills|misses|obstacle contacts|contacts|bumps|collisions|toe catches|stumbles) | (errors|mistakes|spills|misses|omissions) [total] [:|=] <int> | (completion time|time to complete|total task time|total task) [:|=|was] <num> | (scored|score of|came out to|came back at|came out at) <num> [%|percent|points]
@set measure=trials
measure.correct_on = (correct|accurate|legible|correctly|accurately|successful|successfully|legibly) [letter sizing|sizing|spacing|formation|alignment] (on|in) <score>
@set measure=vitals
measure.spoken_bp = (BP|blood pressure) [was|of|:|at] [<num>] <num> over <num>
@set measure=balance_time
measure.stance_side = (single leg stance|single limb stance|SLS|tandem stance|tandem) [:] (on the left|on the right|on left|on right|L|R|left|right) [foot|leg] [for|:] <num> (seconds|sec|secs|s)
@set measure=time
measure.about_time = (in|within|took|took him|took her) (about|approximately|approx|just under|a little under|under|over|almost|nearly) <num> (seconds|sec|secs|minutes|min|mins)
# Saturation told in words (twenty-third session's dev half): "sats stayed in the low to mid nineties".
measure.spo2_words = (sats|SpO2|O2 sats|saturation) (stayed|remained|were|was) [in the] (low|mid|high|upper) [to] [mid|high] (nineties|90s|80s)
# Today's value on a goal's status line (hundred-and-thirteenth probe round, twenty-third session): "STG 1: TUG
# <20 s - progressing, today 24.6 s", "Goal BBS >=45/56: progressing, 41/56 this visit" ("Current: 78%" may be a
# period's; "today, 10/22 PM dose" a date). Told as today's, it is today's in a goal's line too.
measure.value_today = (today|this visit|this session) [:|=|-|at|is|was] <num> (s|sec|secs|seconds|%)
                    | (<score>|<num> (s|sec|secs|seconds|%)) (today|this visit|this session) ; ignores=hypothetical
# Section GG items listed under their header, each with its two-digit code ("Section GG today:\n eating 05, oral
# hygiene 04, UB dressing 03"); the leading zero tells the code from a count or a time ("UB dressing 3 min").
measure.gg_coded = (eating|oral hygiene|toileting hygiene|shower bathe self|UB dressing|upper body dressing|LB dressing|lower body dressing|footwear|putting on taking off footwear|roll left and right|sit to lying|lying to sitting|lying to sitting on side of bed|sit to stand|chair to bed transfer|bed to chair transfer|toilet transfer|car transfer|tub transfer|shower transfer|walk 10 feet|walk 50 feet|walk 150 feet|1 step|4 steps|12 steps|picking up object|wheel 50 feet|wheel 150 feet) [:|=|\|] (01|02|03|04|05|06|07|09|10|88)
# A timed or scored test named apart from its value, the value after a colon on its line: "TUG w/ RW: 18.4 s",
# "30-sec chair stand via video: 9 reps", "5xSTS from standard dining chair: 21 s" (requires=value).
measure.test_then_value = (TUG|timed up and go|5xSTS|5x STS|5x sit to stand|5 x sit to stand|FTSTS|5 times sit to stand|five times sit to stand|30 sec chair stand|30 s chair stand|30 second chair stand|30 sec STS|30 s CST|6MWT|6 min walk|6 minute walk|2MWT|2 min walk|2 minute walk|10MWT|BBS|Berg|DGI|FGA|mini BEST|mini BESTest|gait speed|single leg stance|SLS|9 hole peg|nine hole peg|DHI|ABC|LEFS|ODI|Oswestry|NDI|QuickDASH|PSFS|grip|grip strength|pinch|lat pinch|lateral pinch|key pinch|tip pinch|3 jaw|3 jaw chuck|3 point pinch|Jamar|dynamometer|broad jump|standing broad jump|SOT) ; requires=value
# Girth and edema in centimetres: "Fig-8 edema L ankle 54.5 cm".
@set measure=girth
measure.centimetres = <num> (cm|mm|centimeters|centimetres|centimeter|centimetre|millimeters|millimetres) ; range=0.1-300

# "Took 2 min rest": how long a rest lasted is not how long the task took (measure.time).
# What the patient could recall or name, counted: "pt verbalized 2/3 hip precautions", "Recalled 2/3
# safety steps" (an accuracy, as "4/5 trials" is).
measure.recall = (verbalized|verbalizes|recalled|recalls|stated|states|named|names|identified|identifies|listed|lists|recited|recites) [back] <score> ; measure=accuracy
# Body and chair measured for seating: "seat depth 17\", hip width 16.5\"", "seat to floor 19 in".
measure.seating = (seat depth|seat width|seat height|seat to floor|seat to floor height|hip width|back height|shoulder height|shoulder ht|sitting shoulder height|sitting shoulder ht|thigh length|lower leg length|knee to heel|heel to knee|popliteal height|elbow height|sitting elbow height|chest width|trunk width|axilla height) [:|=|of|is|was] <num> (in|inches|inch|cm|\") ; measure=anthropometric
# Breathing muscle strength and volumes: "MIP -28 cmH2O", "incentive spirometer 1250 mL", "PEF 310 L/min".
measure.respiratory = (MIP|MEP|NIF|PImax|PEmax|incentive spirometer|incentive spirometry|IS volume|peak flow|PEF|FVC|FEV1|vital capacity) [:|=|of|was|to|reached|\-] <num> (cmH2O|cm H2O|cmH20|mL|ml|cc|L/min|L|%) ; measure=respiratory

# Lymphedema, pelvic-health and infant scales by their instruments: "Perometer L arm volume 2310 mL",
# "bioimpedance L-Dex 14.2", "1-hr pad test 6 g", "perineometer peak squeeze 28 cmH2O", "AIMS raw score 38".
measure.instrument = (arm|leg|limb|L arm|R arm|L leg|R leg) volume [:|=|of|was] <num> (mL|ml|cc) | (L-Dex|L Dex|LDex|bioimpedance) [score|ratio|:|=|was|of] [L-Dex|L Dex|LDex] <num>
                   | pad (test|weight) [:|=|of|was] <num> (g|gm|grams) | (perineometer|manometry|squeeze pressure|resting pressure|peak squeeze) [peak] [squeeze] [pressure] [:|=|of|was] <num> (cmH2O|cm|mmHg)
                   | (AIMS|PDMS|PDMS-2|Peabody|Bayley|BOT-2|BOT2|HINE|TIMP|GMFM|GMFM-66|GMFM-88|PEDI|PEDI-CAT|Beery|VMI) (raw score|raw|score|standard score|scaled score|total|quotient) [:|=|of|was|today] <num>
# The instrument, when or which form, then its value: "GMFM-66 today: 52.3", "BOT-2 Short Form: total point score 42".
measure.instrument_when = (AIMS|PDMS-2|Bayley|BOT-2|BOT2|HINE|TIMP|GMFM|GMFM-66|GMFM-88|PEDI-CAT|Beery|VMI|AMPnoPRO|AMPPRO) (today|short form|SF) [:] [total point score|total score|score|total] [:|was] <num>
# A pain rated in words: "rated L shoulder pain as 'moderate' during overhead reach".
measure.pain_words = (rated|rates|rating) [her|his|the|L|R|B] [shoulder|knee|back|low back|hip|neck|ankle|wrist|hand|foot|leg|arm] pain as
# Tables and dictation: a timed test with its device before a cell border ("TUG w/ RW | 18.4 s"), a peg test's
# cell ("Nine Hole Peg | 38 s"), times, stances, jumps, counts and wound sizes told in words ("stood on her
# right foot alone for six seconds", "jumped forward twenty two inches", "in three minutes and forty
# seconds", "Eighteen of his twenty two letters", "three point two centimeters long", "It came to sixteen
# point two seconds", "Her oxygen held at ninety three percent").
measure.told = (TUG|TUGT) (w/|with|w/o|without) (RW|FWW|SPC|cane|QC|AD|walker|rollator) [\|] <num> [sec|secs|seconds|s] | (nine hole peg|9 hole peg|box and block|box and blocks) [test] \| <num> [s|sec|seconds|blocks]
measure.told_stance = (stood|balanced) on (her|his) (right|left|R|L) (foot|leg) [alone] [for] <num> (sec|seconds) | (jumped|hopped|leaped) (forward|fwd) <num> (inches|in|\"|ft|feet|cm)
measure.told_time = <num> (minutes|minute|min|mins) and <num> (seconds|second|sec|secs) | <num> of (his|her|the|their) <num> (letters|words|trials|attempts|items|steps|reps|targets|buttons|pegs|problems)
                  | <num> (centimeters|centimetres|cm) (long|by|x|wide|deep|in length|in width) | (came to|timed at|clocked at|clocked in at) <num> [point <num>] (seconds|sec|s|minutes|min)
                  | (oxygen|O2|sats|saturation|SpO2) (held|stayed|remained) (at|above|around) <num> (percent|%)
# Occupational therapy's tests scored in their own terms: "Jebsen-Taylor L hand: writing 38 s", "Trail Making B 142 s",
# "KELS total score 7", "PASS checkbook balancing: independence 1, safety 3", "COPM re-scored: performance 4.2".
measure.ot_test = (Jebsen Taylor|Jebsen|JTHFT) [R|L] [hand] [:] (writing|simulated feeding|stacking checkers|card turning|small objects|large light objects|large heavy objects|page turning) <num> (s|sec|seconds)
                | (Trail Making|Trails|TMT) (A|B) [test] [:|=|in] <num> (s|sec|seconds) | (KELS|AMPS|ACLS|Allen) [total] [score|level|motor|process] [:|=|of|was] <num>
                | PASS [checkbook balancing|medication management|bill paying|shopping|meal preparation] [:] (independence|safety|outcome) <num> | (performance|satisfaction) [score] [:|=] <num> [\/10]
# How long the patient could stand or sit, told with what ended it: "5 min stand before needing to sit", "maintained stand 45 sec".
measure.tolerance_told = (stand|stood|standing|sat|sitting) [w/ CGA|w/ SBA|with CGA|with SBA|w/ min A|unsupported] [x|for] <num> (min|mins|minutes|sec|seconds) before (needing|requiring|she needed|he needed|pt needed) | (maintained|tolerated|held) (stand|standing|sitting|sit|upright sitting) <num> (sec|secs|seconds|min|mins|minutes)
# The classes of the fifty-third and fifty-fourth probe rounds (seventeenth session): a percentile rank
# ("approx 25th %ile for adjusted age"), a score given against its label after the test was named on the
# line before ("Score on it: 44/56", "Total score: 41/56") and a scar scale ("VSS dorsal R hand 7/13").
measure.percentile = <int> [th|st|nd|rd] (%ile|percentile|%tile|centile|pctl|%ile rank|percentile rank)
measure.score_label = (score|scored|total score|raw score|total) [on it|on this|today|was|of] [:|=] <score>
measure.scar_scale = (VSS|mVSS|POSAS) [dorsal|volar|R|L|B|total] [R|L|dorsal|volar] [hand|forearm|arm|leg|neck|face|chest|scar|graft] [:|=] <score> | Vancouver Scar Scale [score|total] [:|=] <score>
# The classes of the fifty-fifth and fifty-sixth probe rounds (seventeenth session): a test's result after
# the words that say it was given ("TUG was retested at end of session - 13.2 sec", "MoCA administered today -
# 21/30"), a score told as scored ("scoring 38/56"), a test timed at its value ("timed the 5xSTS at 18.4
# sec"), a rating ("pain in L hip was rated 7/10") and a surface EMG reading in microvolts.
measure.test_result = (TUG|5xSTS|FTSTS|10MWT|6MWT|BBS|Berg|MoCA) [was] (retested|administered|completed|repeated|timed) [at end of session|today|again] (<score>|<num> (sec|secs|seconds|s|ft|\'))
measure.scored = (scoring|scored) [a|an] <score>
measure.timed_at = (timed|clocked) [the|his|her] [5xSTS|TUG|10MWT|gait|walk|test|trial|task|it|him|her] (at|in) <num> (sec|secs|seconds|s|min|mins)
measure.rated = (rated|rates|graded) [at|as|a] <score>
              # What was rated named before the figure: "pt rated exertion '13 - somewhat hard' on Borg".
              | (rated|rates) [his|her|pt's] (exertion|effort|RPE|pain|fatigue|dyspnea|breathlessness|dizziness|anxiety) [as|at|a] [\"|“] <num>
measure.emg = <num> (microvolts|µV|uV|mcV|microV)
# A test told in the passive with its result, and a saturation kept (fifty-seventh probe round): "DGI was
# administered: 16/24", "SpO2 was maintained at 92-94% on 4L throughout".
measure.passive_test = (DGI|FGA|BBS|Berg|TUG|MoCA|SLUMS|6MWT|10MWT|5xSTS|ABC|Tinetti|POMA|SPPB|MMT) (was|were) (administered|completed|performed|repeated|retested|scored) [:|\-|=|today|at end] (<score>|<num>)
measure.spo2_held = (SpO2|sats|O2 sats|O2 sat) (was|were) (maintained|kept|held) (at|between|above|≥|\>) <num> [%]
# A share of items done right, and a task's time after where it was done (fifty-eighth probe round): "80% of letters
# legible", "completed LB dressing seated EOB in 11 min".
measure.percent_right = <num> % of [the] (letters|words|items|steps|trials|opportunities|targets|sentences|attempts|problems) (legible|correct|accurate|accurately|correctly|successful|successfully)
measure.task_done_in = (dressing|bathing|grooming|toileting|shower|transfer|course) [seated|standing] [EOB|at sink|in w/c] (in|within) [~|about|approx] <num> (min|mins|minutes|sec|secs|seconds)
# Steps counted (seventeenth session, dev half): "stood in the device ... and took 186 steps".
measure.step_count = (took|taking|takes|completed) <int> (steps|step) | <int> steps (total|in total|during)
# The classes of the eighty-first and eighty-second probe rounds (twentieth session): the Sensory Organization
# Test's composite and conditions ("SOT composite 58", "SOT cond 5: 42"), a rating before its scale ("4/10
# dyspnea (modified Borg)"), a saturation on its oxygen ("92% / 3L NC"), a joint's motions after a colon ("Sh AROM
# R: flex 0-95, abd 0-80"), the Peabody's subtests ("Stationary raw 38 / std 7") and items done right counted
# ("Copied 8 of 10 spelling words").
measure.sot = (SOT|sensory organization test|sensory organisation test) [composite|composite score|equilibrium score|score|total] [:|=|of|was] <num> | SOT (cond|condition) <int> [:|=] <num> ; measure=scale
measure.rating_then_scale = (<score>|<num>) (dyspnea|SOB|breathlessness|exertion|leg fatigue|fatigue) [on] (modified Borg|mod Borg|Borg|mBorg|Borg scale|modified Borg scale|Borg CR10|CR10) ; measure=vitals
measure.spo2_on_oxygen = <num> (%|percent) [on|@] <num> (L|LPM|lpm|liters) [O2] [NC|via NC|nasal cannula|NRB|HFNC] ; measure=vitals
measure.rom_after_colon = (AROM|PROM|AAROM|ROM) [R|L|B] : (flex|flexion|ext|extension|abd|abduction|add|adduction|ER|IR|DF|PF|sup|supination|pron|pronation) <num> ; measure=rom requires=arc
# The subtest named, then when, then its score (hundred-and-ninth probe round): "PDMS-2 grasping subtest today: raw score 38".
measure.pdms_subtest = (stationary|locomotion|object manipulation|grasping|visual motor integration|visual motor) [subtest] [today] [:] (raw|raw score|standard score|std|std score|scaled score|SS) [:|=] <num> ; measure=scale
measure.n_of_m = (copied|wrote|read|named|identified|spelled|answered|completed|matched|sorted|traced|buttoned|strung|placed|sequenced) <int> of <int> [spelling|sight|target|the] (words|letters|items|problems|numbers|shapes|pictures|cards|pegs|beads|buttons|targets|steps|sentences|questions|coins|blocks|objects) ; measure=accuracy
# A measure named in a table's header row with its values on the row below (eighty-second probe round):
# "R knee | AROM | PROM" over "flex | 112 | 118", "HR | BP | SpO2" over "Pre 74 | 118/72 | 98" (requires=column).
measure.table_header = (AROM|PROM|AAROM|ROM|HR|heart rate|pulse|BP|blood pressure|SpO2|O2 sat|sats|RPE|Borg|RR|MMT|strength|grip|pinch|girth|circumference|edema|NPRS|VAS|TUG|BBS|Berg|FGA|DGI|10MWT|6MWT|gait speed) ; requires=column measure=table
# An attention span timed (ninety-fifth writers' round, dev half): "Attention: ~15 min on task before needing
# redirection", "limits attention (~10 min)".
measure.attention_span = (attention|attention span|sustained attention) [:|span|to task|x|for] [~|approx|about] <num> (min|mins|minutes|sec|secs|seconds) | <num> (min|mins|minutes) on task ; measure=time
# A limb's volume by its instrument and a test's value after the surface it was done from (eighty-third and
# eighty-fourth probe rounds): "Perometer L arm 2,840 mL", "5xSTS from 18" mat 22 s w/ B UE push".
measure.perometer = (perometer|perometry) [R|L|B] (arm|leg|UE|LE|forearm) [volume] [:|=] <num> [<num>] (mL|ml|cc) ; measure=girth
measure.test_from_surface = (5xSTS|5x STS|FTSTS|5 times sit to stand|30 sec chair stand|30 s chair stand|30s CST|TUG) from [a|an] <num> [\"|in|inch] (mat|chair|surface|plinth|bed|bench|stool|seat) <num> (s|sec|secs|seconds|reps) ; measure=five_times_sts
# A finger's distance from the palm, the hand clinic's composite-fist measure (ninetieth and ninety-second probe rounds):
# "IF lacks 2 cm to DPC", "Composite fist: IF tip-to-DPC 1.5 cm", "R 2 cm from DPC".
measure.tip_to_palm = <num> (cm|mm|in|\") (from|to|short of) (DPC|distal palmar crease|PDC|proximal palmar crease)
                    | (lacks|lacked|lacking|lack) <num> (cm|mm|in|\") (to|from|of) (DPC|distal palmar crease|palm|full fist|composite fist|full composite fist)
                    | (tip to DPC|fingertip to DPC|TPD|tip to palm|tip to palm distance|fingertip to palm|pulp to palm) [distance] [:] <num> (cm|mm|in|\")
@category not_element
@set targets=objective_measure
# A line's or a drain's figures are the device's, not the patient's (ninety-fourth probe round): "PICC R arm 42 cm".
nomeasure.line_length = (PICC|midline|central line|CVC|port|chest tube|JP drain|drain|Foley|PEG|trach) [R|L] [arm|UE|IJ] [external length|length|output|at|w/] <num> (cm|mL|ml)
# A symptom rated for the time of day it usually comes is a habit, not today's measure: "fatigue 7/10 by afternoon".
notmeasure.habitual_rating = (fatigue|dizziness|pain|HA|headache|stiffness|soreness) <score> (by|in the|at|every|each|most) (afternoon|afternoons|evening|evenings|night|nights|bedtime|end of day|end of the day|day|days|morning|mornings)
# An order's limit is no one's value (hundred-and-first probe round of the twenty-second session): "knee flexion limited to
# 0-90 deg in brace x 6 wks", "community ambulation threshold 0.8 m/s".
notmeasure.order_limit = (limited to|restricted to|locked at|locked to|locked in|not to exceed|no more than|max of|maximum of) [<num> to] <num> (deg|°|degrees|lb|lbs|\#|pounds)
notmeasure.threshold = (ambulation|community ambulation|household ambulation|fall risk|fall-risk|cutoff|cut off) (threshold|cutoff|cut off) [of|is|=|:] <num>
# Norms and cut-offs are no one's value (eighty-fourth probe round): "TUG norms 60-69 y: 8.1 s; fall-risk cut-off >13.5 s".
notmeasure.age_norm = (age norm|age norms|age matched norm|age matched norms|norm|norms|normative|normal value|normal values) [for] [comfortable|normal|fast|self selected|usual] (TUG|5xSTS|FTSTS|10MWT|6MWT|BBS|Berg|DGI|FGA|gait speed|SLS|grip|30 sec chair stand|30s CST)
notmeasure.norms = (TUG|5xSTS|FTSTS|10MWT|6MWT|BBS|Berg|DGI|FGA|gait speed|SLS|grip|30 sec chair stand|30s CST) (norms|norm|normative|normative values|normative data|age norm|age norms|cut off|cutoff|cut offs|cutoffs|fall risk cut off|fall risk cutoff)
# A clock time after its label is when, not how long: "Time in 2:10  Time out 2:40".
# A date a task falls due is no grade: "Re-assess due 2/5".
nomeasure.due_date = due [on|by] <score>
nomeasure.clock_label = (time|visit|session|tx) (in|out|start|end|started|ended) [:] <time>
nomeasure.rest_taken = [pt|he|she] took <num> (min|mins|minutes) [seated|standing] (rest|rests|break|breaks) | (required|needed) <num> (min|minutes) [seated] (rest|break)
# A target set for the patient is no value measured: "Target HR 100-115 per cardiology; keep RPE 11-13".
nomeasure.target = (target|targeted|goal|keep|maintain|stay within|stay under|stay below) [HR|heart rate|RPE|SpO2|sats|BP|pulse] [of|at|:] <num> [-|to] [<num>]
# A load lifted with sets and reps is an exercise dose, not a measure: "SLR 2# 3x10", "leg press 90#
# 3x12", "3x10 w/ 2#". Nor are a garment's pressure, a chair's hanger angle, a traction force or a
# metronome's beat.
nomeasure.dose_load = <num> (\#|lb|lbs|kg) [B|bilat|bilateral|ea|each] <int> (x|X|×) <int> | <int> (x|X|×) <int> (w/|with|@) <num> (\#|lb|lbs|kg)
                     | <num> (\#|lb|lbs|kg) (wts|wt|cuff weight|cuff weights|cuff wt|cuff wts|ankle weights|ankle weight|ankle wts|AW|dumbbell|dumbbells|DB|hand weights|hand weight|hand wts|dowel|wand|weight|weights) [B|ea|each] [(x|X|×) <int>]
                     | <num> (\#|lb|lbs|kg) (ankle|cuff|wrist|hand) (wt|wts|weight|weights)
# A timed hold repeated is a dose: "tandem stance on foam 30\" x4", "SLS 20 sec x3".
nomeasure.hold_dose = [on foam|EC|EO] <num> (\"|sec|s) (x|X) <int>
                    # How much the patient does on a schedule is no measure today: "Running 2 miles 3x/wk".
                    | <num> (miles|mile|blocks) <int> (x|times) [per] (wk|week|day)
# The pool, not the patient: "Pool 92F, 4 ft depth".
nomeasure.depth = <num> (ft|feet|\'|in|inch|inches) (depth|deep|of water) | (depth|water depth) [of|:] [~|approx] <num> (ft|feet|\')
# A number sign before a number numbers a goal or an item, it weighs nothing: "Goals addressed today: #1, #4".
nomeasure.number_sign = \# <int>
# A setting of the pool, a weight worn, a traction force or a treadmill speed is the dose, not the patient's value: "Pool temp 92°F",
# "Weighted vest 2 lb worn during circle time", "Mech traction: 15# intermittent", "treadmill set at one point five miles an hour".
nomeasure.device_setting = (pool|water|pool temp|water temp|pool temperature|water temperature) [:|=|\||at|of] [~] <num> [°|deg|degrees] [F|C]
                         | (weighted vest|weighted lap pad|weighted blanket|lap pad|weighted pencil|ankle weights|ankle weight|wrist weights|wrist weight|cuff weight|cuff weights) [:|of] <num> (lb|lbs|\#|kg)
                         | (traction|mech traction|mechanical traction|cervical traction|lumbar traction|cerv traction) [:|@|at|of] <num> (\#|lb|lbs|kg)
                         | (treadmill|TM) [speed] [set] [at|@|to] <num> (mph|miles an hour|miles per hour|km/h|kph)
# The home or the equipment measured, not the patient: "low toilet (approx 38 cm / 15\")", "doorway 32\" wide".
nomeasure.equipment = (toilet|tub wall|doorway|door|bed|step|curb) [height|width] [approx] <num> (cm|in|\")
nomeasure.setting = <num> mmHg [ready made|custom|flat knit|circular knit|knee high|thigh high] (sleeve|sleeves|garment|garments|stocking|stockings|gauntlet|glove|compression|wrap)
                  | (class|cl|ccl|compression class) (1|2|3|4|I|II|III|IV) [:|=] <num> mmHg
                  | <num> (deg|degree|degrees|°) (hangers|hanger|footrest hangers|footrests) | (tilt|recline|tilted|reclined|HOB|head of bed) [at|to|in] <num> (deg|degree|degrees|°)
                  | traction [force] [at|of] <num> (\#|lb|lbs|kg) | metronome [set] [at|to|@] <num> [bpm]
