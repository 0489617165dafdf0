# How the patient responded to today's treatment: fatigue and rests, symptoms and pain change,
# balance events, vitals, change in assist/cues, carryover, return demonstration.
# A response compares today with before (the last visit, the evaluation, earlier in the session), so
# the comparative entries `ignores=historical`: "assist decreased from mod A last visit to min A
# today" is today's response even though it names the last visit.
# `no LOB` / `without LOB` are responses and also `pseudo` entries in context.lex, so the `no` /
# `without` inside them does not negate anything.

@category patient_response
response.fatigue = fatigue | fatigued | fatigues | fatiguing | (c/o|complained of|complains of|reported|reports|reporting|with|due to|d/t|2/2|secondary to|limited by) (fatigue|LE fatigue|muscle fatigue|general fatigue|tiredness)
                 | (became|becomes|becoming|was|appeared|appears) (fatigued|tired|winded)
                 # "Pt tired after dressing", "winded by the 2nd flight".
                 | (tired|exhausted|winded|fatigued) (after|following|by|during|with|afterwards|afterward) | (pt|patient|she|he) (tired|tires|tiring) [easily|quickly] | (fatigue|tiredness) (noted|observed|increased|limited|limiting|after|with|by)
                 | (decreased|declining|reduced|increased|improved) (endurance|activity tolerance|tolerance) ; excluded_by=reported
response.rest = (required|requiring|requires|req|reqd|needed|needing|needs|took|taking|with|w/) [<int>|one|two|three|several|multiple|frequent|occasional|intermittent|periodic|a few|few|brief|short|seated|standing|1 2|2 3] (rest|rests|rest break|rest breaks|RB|RBs|seated rest|seated rests|standing rest|standing rests|breaks|break|sitting rest|seated rest breaks|standing rest breaks)
              | (before|until) (needing|requiring|needed|required|pt needed|she needed|he needed) [to] (sit|sit down|rest|a rest|a seated rest|seated rest|a break|break)
              | (without|w/o|no) (rest|rests|rest break|rest breaks|seated rest|seated rests|breaks) [needed|required]
              # A rest told by its length: "3 min seated rest, SpO2 back up to 94%".
              | <num> (min|mins|minute|minutes|sec|secs|seconds) (seated|standing|sitting) (rest|rest break)
              # A rest the patient took, with its length or count: "rested 2 min", "rested x3".
              | (rested|resting) [for|seated|in sitting|in standing] (<num> (min|mins|minutes|sec|secs|seconds)|x <int>|<int> x|<int> times|twice)
              | <int> (seated|standing) (rests|rest breaks|rest) | rest breaks (needed|required|taken)
# A break asked for or of a kind a child needs: "asked for a two minute break", "needed 3 movement breaks".
response.break = (needed|needing|required|requiring|took|taking|with|w/) [<int>|one|two|three|several|multiple|frequent] (movement|sensory|brain|stretch) (break|breaks) | (seated|standing) (rest|rests) (between|in between) [bouts|trials|sets|laps|reps|walks|trips] | (rest|rests|rest break|rest breaks|seated rest|seated rests) (after|between|following) (each|every|the) (flight|lap|set|trial|bout|rep|round) | (stretch|movement|sensory|rest) break (given|provided|taken|needed)
               # How the patient took part: "participated minimally, left after 15 min".
               | participated (minimally|poorly|partially|briefly|intermittently|little) | left (the group|group|the session|session|the room|tx|treatment) (early|after) | left after <num> (min|mins|minutes)
               | (asked for|requested|requesting|asking for|asks for) [a|one|two|2|1|brief|short|seated|quick|few] [minute|min|<num> minute|<num> min|two minute] (break|rest|rest break|breather|breaks|rests)
response.dyspnea = SOB | short of breath | shortness of breath | DOE | dyspnea | dyspneic | winded | (increased|labored|heavy) (breathing|respirations|WOB|work of breathing)
                  # A cough brought on by the work (twenty-third session's dev half): "Pt tolerated session fair, coughing w/ exertion".
                  | (coughing|coughed|cough|coughing fits|coughing spells|productive cough|wheezing|wheezy) (w/|with|during|on|after|upon) (exertion|activity|ambulation|amb|gait|transfers|transfer|standing|stairs|ADLs|ex|exercise|talking)
                 | (desat|desats|desaturated|desaturation|desaturating) | (SpO2|O2 sat|sats) (dropped|decreased|fell|dipped|dips|recovered|remained|stayed|returned)
                 | (pursed lip breathing|PLB) (used|utilized|to recover|with recovery) ; excluded_by=reported
# Not a bare "reports pain": "Pt reports pain 3/10." before the work is a baseline rating (a measure);
# pain tied to the work is `response.symptom_with` ("c/o pain during amb", "pain 2/10 after").
# The work named first: "During amb pt c/o pain in L knee".
response.symptom_during = (during|while|with|after) (amb|gait|stairs|transfers|ex|exercise|activity|tx) (pt|she|he) (c/o|reported|reports|complained of) (pain|discomfort|soreness|dizziness)
# Symptoms provoked by today's exercise and their recovery (vestibular): "symptoms provoked to 3/10
# with x1 viewing", "returned to baseline 0/10 after 30 sec", "no nystagmus or vertigo with repeat
# Dix-Hallpike"; narrative fatigue ("he did get tired").
response.provoked = (provoked|provoking|provocation|reproduced) (to|at|of) <score> | returned to baseline [<score>] (after|within|in|with)
                  | no (nystagmus|vertigo|dizziness) [or vertigo|or dizziness|or nystagmus] (with|on|during) (repeat|repeated|retest|re test) ; ignores=historical
                  | (got|get|getting|gets) (tired|fatigued|winded|dizzy|lightheaded|short of breath)
# A child's tolerance of handling or transitions is a behaviour response: "tolerated transitions
# between 4 activities", "tolerated prone x 3 min" (not "tolerated well", vague_phrases.lex).
response.tolerated_specific = tolerated (transitions|transition|handling|prone|tummy time|textures|messy play|brushing|the orthosis|orthosis|splint)
# A child who settles with a strategy, and change within the session in dictated notes: "calmed with
# deep pressure", "by the end she was doing it without any reminders".
response.settled = (calmed|settled|regulated) (with|w/|after|following|when) | (calm|calmer|settled|regulated|quiet) (by|within) (min|minute|<int>) | (more|less) (alert|awake|engaged|attentive|interactive|responsive|talkative|verbal|agitated|anxious|restless|confused) (by|at) [the] end | (eased|resolved|subsided|settled|abated|went away|relieved) (w/|with|after|following|by|once) [a|seated|standing|brief] (stretch|stretching|rest|seated rest|standing stretch|calf stretch|PLB|repositioning|position change|cool down|cooldown|sitting|water) | (was|were|seemed|appeared|became) (calmer|more regulated|more alert|more focused|more organized|more engaged)
                 | (pulled away|withdrew|pushed away) (when|from|and) | tolerated <num> (s|sec|secs|seconds|min|mins|minutes) (after|with|w/) | [for the] first time (this|since|in)
                 # Something done today that the patient had not done before: "initiated the sequence w/o cue
                 # for the first time".
                 | for the first time | first time (I've|I|I have|she's|he's|she|he|pt|pt's|ever|today)
# A skill that held on its first try after the teaching, and skin that recovered after wear: "Donned L
# sock w/ sock aid 1st attempt after training", "redness after 20' wear, blanched <10 min".
response.first_try = (1st|first) (attempt|try|trial) (after|following) (training|instruction|demo|demonstration|teaching|practice|education)
                   | (blanched|blanches|blanching|faded|cleared) (in|within|by|\<|after) [<num>] (min|mins|minutes)
# McKenzie: what repeated movements did to the symptoms' location ("buttock pain abolished", "centralized").
response.mdt = centralized | centralised | centralizing | centralization | peripheralized | peripheralised | peripheralization | abolished | abolition
# A named component that appeared during the session: "heel strike on L emerged after 10 min".
response.emerged = (emerged|emerging|began to emerge|started to emerge) (after|with|by|during|at|once)
# Cardiac rehab: "Peak RPE 13, no angina, no ectopy".
response.cardiac = peak (RPE|HR|heart rate|BP|SBP|SpO2|Borg|METs) | (no|w/o|without) (angina|anginal symptoms|chest pain|ectopy|arrhythmia|arrhythmias|palpitations|PVCs)
# A fault that stopped: "no longer dropping into chair", "no longer needs the rail".
response.no_longer = no longer (dropping|plopping|needs|needing|requires|requiring|uses|using|losing|dragging|drags|catching|buckling|hiking|shuffling|scissoring|compensating|leaning|holding|reaching|bracing|grimacing|guarding|limping|freezing|circumducting|vaulting)
# Less weight through the support as the work went on: "leaning less on the walker as we went";
# swelling seen to go down: "Swelling visibly down after retrograde massage".
response.less_support = (leaning|leaned|relying|relied|pushing|pulling|hanging|depending) less (on|through|into)
                      | (swelling|edema|puffiness) (visibly|noticeably|clearly) (down|less|decreased|reduced|improved)
# What an aid changed at once: "Spillage down w/ weighted spoon", "fewer errors w/ wrist support".
response.aid_effect = (spillage|spills|spilling|errors|drops|misses|sway|tremor|LOB|deviations|compensation|overshooting) (down|decreased|reduced|less|improved|fewer|dropped|better|lessened) (w/|with|using|once|after)
                    | (fewer|less|decreased|reduced|minimal|no) (spillage|spills|spilling|errors|drops|misses|sway|tremor|overshooting) (w/|with|using|once|after)
response.within_session = by (the end|end of session|the last trial|the final trial) (she|he|pt|child) (was|could|did|no longer)
                         # A change stated by when it appeared: "R heel strike present by end".
                         | (present|emerged|emerging|achieved|consistent|resolved|corrected|normalized|appeared|returned|gone|absent) by [the] (end|end of session|end of tx|last set|last trial|last lap|last rep|last reps|final trial|final set|final lap)
                         # Done now, not at the start: "able to make full composite fist, which she could not do at start".
                         | (could not|couldn't|was not able to|wasn't able to|was unable to|unable to) [do|make|perform|complete|achieve] [it|this|that|so] (at|at the) (start|beginning|outset|eval|evaluation|IE|SOC|last visit)
                         # A refusal before, taking part now: "participated 12 min; had refused last 2 sessions".
                         | (had|has) (refused|declined) [the] (last|previous|prior|past) <int> (sessions|visits|days|times|tx)
                         # A comparison announced: "Compared w/ last visit: up 8 steps reciprocal today (was step-to)".
                         | (compared w/|compared with|compared to|vs|versus|relative to) (last visit|last session|last tx|last wk|last week|previous visit|prior visit|previous session|prior session|eval|IE|SOC|admission|yesterday)
                         | (improved|better|worse) (within|during|over) [the] (session|visit)
response.symptoms = (c/o|complained of|complains of|reported|reports|reporting|noted|with|experienced|experiencing) (dizziness|lightheadedness|nausea|soreness|discomfort|muscle soreness|cramping|numbness|tingling|stiffness|increased pain|blurry vision|blurred vision|vision changes|visual changes|tunnel vision) ; excluded_by=reported
                  | dizzy | dizziness | lightheaded | lightheadedness | light headed | diaphoretic | diaphoresis | nauseated | nauseous | vomited | vomiting | emesis | threw up | (knee|hip|trunk|ankle|LE) (buckling|buckled|gave way|instability)
                  | buckling | buckled | (orthostatic|orthostasis)
# Soreness told with its degree or its site: "c/o mild back soreness", "Reports some soreness L shoulder",
# "Pt reports knee 'a little sore.'".
response.soreness_told = (c/o|reports|reported|complains of|complained of) (mild|some|slight|minimal|a little|increased|mod|moderate) [back|low back|knee|shoulder|hip|neck|calf|LE|UE|muscle] (soreness|stiffness|tightness|discomfort|achiness)
                       | (c/o|reports|reported|complains of|complained of) [L|R|B] (back|low back|knee|shoulder|hip|neck|calf|ankle|wrist) (soreness|stiffness|tightness|is sore|feels sore|a little sore|slightly sore|sore|achy|a little achy) ; excluded_by=reported
# A symptom or compensation that changed during the session: "tingling decreased", "the hiking was
# largely resolved", "trunk lean reduced".
response.symptom_change = (symptoms|sx|pain|soreness|dizziness|tingling|numbness|stiffness|spasm|tightness|swelling|hiking|trunk lean|compensation|compensations|sway) [was|were|had] [largely|mostly|partially|completely] (resolved|subsided|improved|decreased|reduced|lessened|increased|worsened|unchanged|persisted|returned|abated) ; ignores=historical
response.pain_change = (pain|symptoms|sx|soreness|discomfort) (increased|decreased|reduced|improved|decreasing|increasing|worsened|rose|dropped|went|was) (to|from) [<score>|<num>]
                    # "the pain is less, before 5 now 3", "symptoms no worse", "not worse than before".
                    | (pain|symptoms|sx|soreness|discomfort|stiffness|dizziness) (is|was|felt|feels|are|were) (less|better|lower|worse|higher|easier) | before <num> [\/10] now <num> | (not|no) worse
                     | (increased|decreased|reduced|less|worse|more|improved|diminished|no increase in|no increased|decrease in|increase in|reduction in|reduction of) (pain|symptoms|sx|soreness|discomfort)
                     | (pain|symptoms) free | pain free | (without|w/o) (pain|increased pain|increase in pain|symptoms|sx|dizziness)
                     | no (↑|increase in|increased|rise in|worsening of) (HA|headache|headaches|fogginess|dizziness|nausea|vertigo)
                     | (pain|symptoms|sx|soreness|discomfort) (stayed|remained|unchanged|stable|steady|constant) [at] [<score>|<num>] (throughout|during|with|while|at|after)
                     | <score> (→|\>|to) <score> | (pain|symptoms) (centralized|peripheralized|centralizing) ; ignores=historical
response.balance = LOB | loss of balance | (lost|losing|loses) [her|his|their] balance | (LOB|loss of balance|LOBs) (x <int>|<int> times|once|twice) | <int> (LOB|LOBs|losses of balance)
                 # "No falls" alone is the patient's history since the last visit; in the work it is a response.
                 | (no|without|w/o) (LOB|LOBs|loss of balance|losses of balance|near falls|near fall|stumbles|stumbling|buckling|knee buckling|instability|unsteadiness) | (no|without|w/o) (falls|fall) (during|with|on|throughout) | without falling
                 | (posterior|anterior|lateral|L|R|left|right|minor|major|mild) (LOB|lean|loss of balance|sway) | (stumble|stumbled|stumbles|tripped) | (trip|trips) (over|on) | near fall | near falls | (foot|toe|toes|R foot|L foot) (catching|catch|catches|caught|drag|dragging|dragged)
                 # Freezing of gait seen today: "1 freezing episode at doorway", "froze at the doorway x2".
                 | [<int>|one|no] (freezing|FOG) (episode|episodes) | (froze|freezing) (at|in|during) [the] (doorway|threshold|turns|turning)
                 | (increased|decreased|excessive|min|minimal|mild|moderate) (sway|postural sway|unsteadiness|trunk sway) | unsteady | steady | (able to|unable to) (recover|self recover|self correct) | (recovered|recovers|self recovered|regained|regains|regain|recover) (balance|independently|without assist)
                 | (stepping|ankle|hip) strategy (used|noted|observed|present|delayed|absent) ; excluded_by=reported
# "Vitals WNL" / "VS stable" alone is a status, not how the patient responded to the work; a vital
# sign that changed, recovered or stayed stable THROUGH the activity is a response.
response.vitals = (vitals|VS|vital signs|HR|BP|SpO2|O2 sat|hemodynamics|hemodynamically) (remained stable|stable throughout|stable with activity|stable during|returned to baseline|responded appropriately)
                | (HR|BP|SpO2|heart rate|O2 sat|RPE|blood pressure|oxygen|oxygen saturation|sats|pulse|RR|respiratory rate) (increased|decreased|rose|dropped|dipped|dips|elevated|recovered|returned|remained|stayed|went up|went down|came down|came back down|climbed|up to|down to)
                # An observation scale that moved, for a patient who cannot rate pain: "PAINAD 6 -> 2", "FLACC 5 at start, down to 1".
                | (PAINAD|FLACC|CPOT|NIPS|FACES|BPS|ABS|COMFORT B|rFLACC) [score] <num> (→|\>|\-\>|to) <num> | (PAINAD|FLACC|CPOT|NIPS|BPS|ABS|rFLACC) [score] [<num>] [at start|initially] [,] (down to|dropped to|decreased to|fell to|rose to|up to|increased to) <num>
                | (appropriate|normal|expected) (HR|BP|hemodynamic|cardiovascular|vital sign) response
                # A vital written with the value it went to: "HR 84->110", "SpO2 96% -> 91%".
                | (HR|BP|SpO2|O2 sat|O2 sats|sats|RPE|heart rate|RR|pulse) [:|=] (<num>|<score>) [bpm|%] (→|\>|to) (<num>|<score>)
                # The value, then where it came from: "HR 128 from 104".
                | (HR|BP|SpO2|O2 sat|sats|RPE|heart rate|RR|pulse) [:|=] (<num>|<score>) [bpm|%] from (<num>|<score>)
# A vital taken before and after the work: "HR 72 pre / 96 post", "SpO2 97% pre, 92% post".
response.vitals_pre_post = (HR|BP|SpO2|RPE|pulse) [:] (<num>|<score>) [bpm|%] pre [\/|,|and] (<num>|<score>) [bpm|%] post
response.progress = (improved|improving|improves|improvement in|increased|increasing|progressed|better|greater|faster) (assist|assistance|need for assist|need for assistance|assist level|level of assist|LOA|need for cues|cues|cueing|VCs|cueing required|prompts|prompting|reminders|redirection|independence|speed|gait speed|distance|endurance|tolerance|activity tolerance|balance|step length|stride length|stability|control|quality|form|technique|gait pattern|posture|safety|carryover|foot clearance|heel strike|cadence|sequencing|trunk control|weight shift|weight shifting|eccentric control|UE support|reliance on UE|use of UE|use of AD|reliance on AD|time|confidence|fear of falling|compensation|compensatory|deviations|gait deviations|trunk lean|sway|effort|exertion)
                  # Less of what held the patient back is a change; "decreased step length", "decreased balance" name a deficit.
                  | (decreased|decreasing|reduced|reduction in|less|fewer|slower) (assist|assistance|need for assist|need for assistance|assist level|level of assist|LOA|need for cues|cues|cueing|VCs|cueing required|prompts|prompting|reminders|redirection|UE support|reliance on UE|use of UE|use of AD|reliance on AD|time|fear of falling|compensation|compensatory|deviations|gait deviations|trunk lean|sway|effort|exertion)
                  | from (min|mod|max|CGA|SBA|minA|modA|maxA) [assist|A] (to|→|\>) (min|mod|max|CGA|SBA|minA|modA|indep|independent|supervision|mod I|modI) [assist|A]
                  | (progressed|advanced|upgraded|increased|decreased|reduced|improved|↑|↓) (from|to) | went from | (compared to|vs|versus|than|from) (last|previous|prior) (visit|session|tx|treatment|week|wk|time|month)
                  | (able to|was able to|now able to|is able to) (complete|perform|tolerate|progress|increase|walk|ambulate|stand|ascend|descend|lift|carry|reach|transfer|maintain|recall|state|verbalize|demonstrate|correct|self correct|follow|sequence|initiate)
                  | (unable to|not able to|could not|couldn't) (complete|perform|tolerate|progress|maintain|recall|sequence|initiate|finish) | (difficulty|difficulties|struggled|struggles) (with|to) ; ignores=historical
# A change during the session: "HOH assist faded to verbal prompts", "by the third set the hiking
# was resolved", "performed all tasks independently after set 1", "2 failed attempts". A change
# is a response whether or not a negation stands before it: "no cues needed by 3rd trial".
response.in_session = then (faded|fading|indep|independently|verbal only|verbal cues only|verbal cue only|VC only|no cues|without cues|w/o cues|gesture|gestures|gestural|gesture only|gestures only) | (assist|assistance|cues|cueing|prompts|prompting|support|HOH|hand over hand|hand over hand assist) (faded|was faded|were faded|fading|lessened|decreased to|reduced to|increased to)
                    | (by|after|on|at) [the] (final|last|third|3rd|second|2nd|fourth|4th|fifth|5th) (trial|trials|set|sets|bout|bouts|attempt|attempts|rep|reps|round|rounds|lap|laps|try|tries|trip|trips|pass|passes|shape|shapes|line|lines|page|pages|sheet|sheets|item|items|card|cards|sentence|sentences|puzzle|puzzles|circuit|circuits|flight|flights)
                    | (independently|indep|without assist|with SBA|with CGA) (after|by|from) (set|trial|bout|rep|round|attempt) <int>
                    | [<int>] (failed|unsuccessful|successful) (attempts|attempt|trials|trial|tries)
                    # Done right after a correction: "clamshells needed correction x2, then done right".
                    | then (done|performed|completed|did it|did them) (right|correctly|correct|properly)
                    # A count by the end against the start: "Letter reversals: 4 at start of copying, 1 by end".
                    | (<score>|<int>) by [the] end ; ignores=historical,negated
# A change by the session's end, or across it, told in prose (hundred-and-eighteenth probe round, twenty-third session):
# "After tx pt able to make a full composite fist, not possible at start of session", "Letter sizing improved across
# session: 1st copy 3/10 letters within lines, final copy 7/10".
response.by_session_end = (after tx|after treatment|post tx|post treatment|by end of session|by the end of session|by end of tx|at end of session) [pt|patient|she|he] [was|now] able to
                        | (improved|decreased|increased|progressed|worsened|declined|got better|got worse) (across|over|throughout|during) [the] (session|trials|sets|task|visit)
response.carryover = carryover | carry over | carried over | (demo'd|demod|demos|demo) (correct|proper|safe|good|appropriate|independent|accurate) (use|technique|form|sequence|sequencing|hand placement|body mechanics|donning|doffing|application|management) | (demonstrated|demonstrates|demonstrating|showed|shows|with|good|fair|poor|min|minimal|improved|decreased|consistent|inconsistent|emerging) (carryover|carry over|recall|retention)
                   | (return demonstration|return demo|return demonstrate|return demonstrated|return demonstrates|returned demonstration|returned demo|return demo'd) | teach back | teach-back | taught back | taught it back | taught them back | (verbalized|verbalizes|verbalizing|verbalised|stated) (back|the steps|technique|precautions|sequence) | (told|said|repeated|recited|listed|named) [me|OT|PT|therapist|it|them|all] back
                   | (self corrected|self corrects|self correcting|self-corrected|self correction) | (recalled|recalls|remembered) [AE|the|hip|transfer|dressing|safety|her|his] (steps|sequence|precautions|technique|hand placement|HEP) | (independently|indep) (recalled|initiated|sequenced|corrected)
                   | (demonstrated|demonstrates|showed|shows|exhibited|exhibits|displayed|displays) (good|fair|poor|improved|decreased|increased|impaired|proper|correct|safe|unsafe|appropriate|inconsistent|consistent) (form|technique|mechanics|body mechanics|sequencing|safety awareness|safety|hand placement|posture|control|balance|understanding|awareness|judgment|problem solving|insight|attention|donning|doffing|use|application|management|positioning) ; ignores=historical
# Done right once shown: "donned L sock indep after demo", "tub transfer mod I after demo".
response.after_demo = (indep|independently|mod I|correctly|safely|SBA) after (demo|demonstration|instruction)
                    # What the patient did once shown: "After one demo over video pt did bird-dog with level pelvis".
                    | (after|following) (one|1|a|single|two|2) (demo|demonstration|demos|model|practice trial|practice run) (pt|patient|she|he|child) (did|performed|completed|was able|could|managed|kept|held|maintained)
# Teach-back counted out: "verbalized 3/3 hip precautions", "recalled all sternal precautions".
# Carryover told as what the patient remembered to do: "She remembered to use her reacher for her pants today".
# Teach-back with what was taught named: "verbalized understanding of protocol and precautions", "verbalized splint schedule".
response.verbalized_content = (verbalized|verbalizes|stated) [understanding of] [hip|sternal|spinal] (precautions|protocol|splint schedule|wear schedule|warning signs|energy conservation|strategy|sequence)
response.remembered = (remembered|recalled|remembers|recalls) to (use|lock|check|scan|put|take|keep|do|bring|wear|sit|stand|push|reach|turn)
response.teach_back = (verbalized|verbalizes|verbalised|recalled|recalls|remembered|stated|states|listed|named) (<score>|all|<int>|<int> out of <int>|<int> of <int>) [of] [hip|sternal|spinal|back|posterior hip|anterior hip|THA|TKA|knee] (precautions|steps|safety steps|warning signs) ; ignores=historical
response.behaviour = (impulsive|impulsivity|anxious|anxiety|fearful|fear of falling|hesitant|hesitancy|guarded|guarding|apprehensive|apprehension|agitated|agitation|distracted|distractible|perseverating|lethargic|inattentive|frustrated|frustration|tearful|withdrawn|yawning|drowsy|eyes closing) | (required|needed|requires) (redirection|encouragement|reassurance) ; excluded_by=reported
# "after tx" alone says when, not how ("Iced 10 min after tx"): only a value or a symptom measured
# after the work is a response ("Post-tx pain 3/10", "HR 112 after carries", "pain 2/10 after mobs").
response.end_of_session = (at|by) [the] end of [the] (session|tx|treatment|visit) | as [the] (session|tx|treatment|visit) (went on|progressed|continued|wore on)
                         | (responded|responds|responding) (to|well to|favorably to|positively to|poorly to) | (correct|correctly|accurate|accurately|successful|successfully|safely|independently) (on|in) <score> | (before|pre) <num> (deg|°) (after|post)
response.after_value = (after|post) [session|tx|treatment|the session|exercise|exercises|activity|activities|ambulation|gait|stairs|transfers|mobilization|mobs|traction|STM|manual] [:|=] (pain|LBP|NPRS|VAS|symptoms|sx|HR|BP|SpO2|O2 sat|RPE|AROM|PROM|ROM|dizziness|soreness|vitals|VS)
response.value_after = (pain|LBP|NPRS|dizziness|HR|BP|SpO2|O2 sat|RPE|soreness) [:|=|of|was|at|to|rose to] (<score>|<num>) [bpm|%] (after|post|following|at end|by end|at the end)
                     | <num> (°|deg|degrees) (→|\>|\-\>|to) <num> (°|deg|degrees) (after|post|following)
# A value compared with an earlier one: "BBS 41/56 (was 36/56 at eval)", "TUG 14 s, down from 19 s
# last visit", "assist decreased from mod A to min A".
response.compared = (up from|down from|improved from|decreased from|increased from|compared to|compared with|compared w/|vs|versus|prev|previously) [the] [~|approx|about|around] (<score>|<num>|<grade>)
                  | (was|were|from) (<score>|<grade>) (at|on|during|last|in) [initial|last|previous|prior|the] (eval|evaluation|assessment|IE|admission|SOC|visit|session|week|wk|PN|reeval|baseline) ; ignores=historical
# The assist level it came up from: "UB dressing Mod I today, up from SBA on 3/2".
response.compared_level = (up from|improved from|progressed from|advanced from|down from) (min|mod|max|CGA|SBA|minA|modA|maxA|supervision|setup|set up|mod I|modI|dependent|dep|total|HHA|HOH) [assist|A|x1|x2] ; ignores=historical
# What changed since the treatment began, in the patient's words: "sleeping better since starting the
# stretches".
response.since_started = since (starting|beginning|begin|start|we started|she started|he started|starting on|using|learning|she started using|he started using) [the|her|his|PT|OT|therapy|these|home] (stretches|exercises|ex|HEP|PT|OT|therapy|treatment|program|splint|brace|orthosis|walking program|knack|strategy|strategies|technique|techniques|cane|walker|insoles|orthotics|compression)
# A symptom at the session's end, and today told against an earlier day further from its adjective
# (`response.than_before`): "sore at the end, 3/10", "doing better with buttons than two weeks ago".
response.symptom_end = (sore|achy|tired|fatigued|painful|pain|soreness|fatigue|dizzy|dizziness|stiff|stiffness|fussy) (at|by) the end [of] [the] [session|tx|treatment|visit]
                     | (fussy|tired|fatigued|crying|cried|irritable|sore|dizzy|restless) [in the|for the|during the|during] last <num> (min|mins|minutes)
                     # A young child's distress during the work: "fussy during last 5 min of standing", "got fussy at the end".
                     | (fussy|crying) (during|with|after|when) | (got|became) (fussy|frustrated)
response.than_days_ago = than (<int>|one|two|three|four|a few|several) (weeks|wks|days|visits|sessions|months) ago | than (at the evaluation|at evaluation|at admission|at the start of care|at start of care) ; ignores=historical
# A symptom that rose with the work, and a measure that moved within the session: "HA up to 5/10 w/
# visual tracking", "Gait speed 0.60 -> 0.75 m/s within session".
response.symptom_rose = (pain|HA|headache|dizziness|nausea|symptoms|sx|soreness) (up to|increased to|rose to|went up to|↑ to|↑) (<score>|<num>) [/10] (with|w/|during|after|on)
response.measure_moved = (gait speed|speed|velocity|cadence|step length|stride length|TUG|RPE) <num> [m/s|ft|sec|s|%] (→|\>|\-\>) <num> ; ignores=historical
# Swelling that came with the work: "↑ dorsal hand edema after session", "effusion during stairs".
response.swelling_with = (edema|swelling|effusion|redness|erythema) (after|post|following|during|with) [the] (session|tx|treatment|ex|exercise|exercises|activity|activities|MLD|ambulation|amb|gait|stairs|loading|work|use)
                       | (↑|↓|increased|decreased|reduced|less|more) [dorsal|volar|hand|finger|digit|wrist|forearm|knee|ankle|foot|leg|arm|LE|UE|R|L] (edema|swelling|effusion) (after|post|following|during|by end|at end)
# Swelling that the treatment changed: "Edema decreased after retrograde massage: MCP 19.5 → 19.0 cm".
response.swelling_changed = (edema|swelling|effusion) (decreased|reduced|improved|increased|resolved|down|less|↓|↑) (after|post|following|with) [the] (session|tx|treatment|massage|retrograde massage|MLD|elevation|compression|ice|icing|coban|wrapping|ex|exercise|exercises)
# Today's level, then the earlier one: "Supine->sit: minA today, was modA at last visit".
response.was_level = (was|were) (minA|modA|maxA|min A|mod A|max A|CGA|SBA|min assist|mod assist|max assist|supervision) (at|on|last) [last|previous|initial] (visit|session|week|eval|assessment|admission|SOC) ; ignores=historical
# Today's level, then the earlier one beside it without "was": "Commode transfers: standby assist today; mod assist on
# admission 3 wks ago", "SBA now (CGA at eval)".
response.level_today_then = (today|now) [;|,] (minA|modA|maxA|min A|mod A|max A|CGA|SBA|min assist|mod assist|max assist|moderate assist|standby assist|contact guard|supervision|assist of one|assistance of one|assist x1|assist x2|total assist) (at|on) [initial] (eval|evaluation|assessment|admission|SOC|IE|last visit) ; ignores=historical
# The same against a day: "Sit>stand min A today; was mod A on Monday", "was CGA yesterday".
response.was_level_day = (was|were) (minA|modA|maxA|min A|mod A|max A|CGA|SBA|min assist|mod assist|max assist|supervision|dependent) [on|last] (yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri) ; ignores=historical
response.compared_value = (was|from) <num> (s|sec|seconds|ft|feet|°|deg|degrees|%|reps|lbs) (at|on|last) [initial|last|previous|prior] (eval|evaluation|assessment|IE|admission|SOC|visit|session|week|PN|baseline)
                        # The earlier value with its visit's date, written approximately (hundred-and-seventh writers' round): "active L
                        # shoulder flexion ~45 deg (was ~20 deg at 1/15)".
                        | (was|from) [~|approx|about] <num> (s|sec|ft|°|deg|degrees|%|reps|lbs|cm|in) (at|on) (<date>|<score>) ; ignores=historical
# The earlier value in brackets: "lift up to 35# today (25# at initial eval)".
response.value_at_eval = (<num>|x <int>) (day|daily|per day|a day|\/ day) at (eval|IE|SOC|admission) | <int> x at [IEP|IFSP|the|initial] (baseline|eval|IE|evaluation|SOC) | <num> (s|sec|seconds|ft|feet|°|deg|degrees|%|reps|lbs|lb|\#|m/s|cm|mm|in|inches|kg) (at|on) [initial|last|previous|prior] (eval|evaluation|IE|admission|SOC|PN|baseline) ; ignores=historical
# Today's score, then the one at the evaluation beside it: "DHI 38 (56 at eval)", "ODI 22% (40% on IE)".
response.score_at_eval = (<num>|<score>) [%] (<num>|<score>) [%] (at|on) [initial|last|previous|prior] (eval|evaluation|assessment|IE|admission|SOC|PN|baseline) ; ignores=historical
response.score_today_at_eval = (<num>|<score>) [%] (today|now) (<num>|<score>) [%] (at|on) [initial|last|previous|prior] (eval|evaluation|assessment|IE|admission|SOC|PN|baseline) ; ignores=historical
response.change = (assist|assistance|assist level|level of assist|LOA|cues|cueing|VCs|verbal cues|support|UE support) (decreased|reduced|improved|progressed|lessened|faded|went|changed|down|increased) (from|to)
                | (gains|gain|improvement|improvements|progress) (in|of|with) (ROM|AROM|PROM|strength|distance|speed|balance|endurance|tolerance|assist|independence|flexion|extension|score) (since|from|compared to|vs) ; ignores=historical
# A symptom tied to the work: "pain 2/10 with hops", "knee ache 4/10 at 8 min", "c/o incisional pain
# 7/10 during amb", "discomfort 2/10 on the steering-wheel sim", "rest x2 d/t rib pain 6/10". `at` only
# with a point in the work ("at 8 min", "at peak"): "pain 5/10 at start", "at rest", "at home" are no response.
response.symptom_with = (pain|ache|aching|discomfort|soreness|tightness|stiffness|dizziness|nausea|symptoms|sx|LBP|HA|headache|fatigue|cramping|cramps|cramp|hurt|hurts|hurting) [<score>|<num>] (with|during|w/|while|on|after|post|following|at <num>|at peak|when|throughout|by end|at end)
                      | (pain|ache|discomfort|soreness|tightness) (<score>|<num>) [/10|out of 10] (with|during|w/|while|on|after|post|following|at <num>|at peak|when|throughout)
                      | (<score>|<num>) [/10|out of 10] (pain|ache|discomfort|soreness|dizziness|sx) (with|during|w/|while|on|after|post|following|at <num>|at peak|when|throughout)
                      | (d/t|due to|2/2|secondary to|from|because of) [R|L|B|rib|incisional|knee|back|hip|shoulder] (pain|fatigue|dizziness|SOB|soreness|discomfort|nausea|symptoms|sx)
                      | (limited|stopped|ended|cut short|terminated) (by|d/t|due to|before|secondary to|2/2) (pain|fatigue|sx|symptoms|dizziness|SOB|soreness|discomfort|nausea)
                      | (less|more|decreased|increased|reduced|improved) (tight|tightness|stiff|stiffness|dizzy|painful|sore|achy) | (w/o|without|no) (pain|sx|symptoms|dizziness) (with|during|after|post|on|at)
                      | (no|denies|denied) (c/o|complaints of|complaint of|complaints|report of) [any] (pain|dizziness|discomfort|symptoms|sx|fatigue|SOB|nausea)
# The help needed at the last visit beside today's (hundred-and-twenty-second probe round, twenty-third session):
# "Climbed 3 STE w/ 1 rail today (needed HHA last wk)".
response.help_last_visit = (needed|required|used|was) (HHA|2 HHA|B rails|bilat rails|2 rails|RW|walker|cane|SPC|QC|AD|min A|mod A|max A|CGA|SBA|assist|2 assist|cues|VCs) (last|prev|previous|prior) (wk|week|visit|session|time|tx) ; ignores=historical
# The same task's earlier figure, or the start's, told beside today's (hundred-and-twentieth and hundred-and-twenty-first
# probe rounds, twenty-third session): "left seat 4x during same task last session", "Mom notes this was 30 s last
# month", "child able to sit at table 8 min. Only 3 min at start of session".
response.same_task_then = (during|on|in|with|for) [the] same (task|activity|exercise|distance|route|game|worksheet) (last|previous|prior) (session|visit|week|wk|time|tx)
                        | (this|that|it) was [only] <num> (s|sec|secs|seconds|min|mins|minutes|ft|feet|reps) (last|previous|prior) (month|week|wk|visit|session|time)
                        | only <num> (s|sec|secs|seconds|min|mins|minutes|ft|feet|reps) (at start|at the start|at beginning|at the beginning|initially|on arrival) [of session|of the session|of tx]
                        # A count or a time of the last session or of yesterday beside today's (hundred-and-twenty-fifth probe round):
                        # "w/ 2 letter reversals (7 reversals last session)", "Up in cardiac chair 45 min (20 min yesterday)".
                        | <num> (reversals|errors|misses|spills|LOB|LOBs|cues|prompts|rests|stops|toe catches|redirections|min|mins|minutes|ft|feet) (yesterday|last session|last visit|last week|last wk|last time|previous session) ; ignores=historical
# Engagement or ease that grew through the task (hundred-and-twentieth probe round): "folded towels 20 min w/ increasing
# eye contact and conversation".
response.growing_with_task = (w/|with) (increasing|improving|growing|better|more) (eye contact|engagement|participation|conversation|interaction|confidence|speed|fluency|ease|independence|initiation|accuracy)
# A part that felt different after the technique (hundred-and-twenty-third probe round, twenty-third session): "Pt
# reports shoulder 'looser' after".
response.felt_after = (looser|lighter|freer|less tight|less stiff|steadier|smoother|calmer|more relaxed) [\"|'] (after|post|following)
# How long a child lasted before the task ended it (hundred-and-twenty-sixth probe round, twenty-third session): "Infant
# stayed 3 min before fussing".
response.lasted_before = (stayed|tolerated|lasted|remained|persisted|played|worked) [in prone|on task|at table|seated] <num> (s|sec|secs|seconds|min|mins|minutes) before (fussing|crying|fatigue|tiring|needing|requesting|asking|protesting|leaving|getting up|losing)
# The value after the technique that produced it (hundred-and-twenty-third probe round, twenty-third session): "After
# patellar mobs + ice: 1/10", "After MLD + bandaging 24.5 cm".
response.after_technique = (after|post) [patellar|joint] (mobs|MT|manual|STM|MLD|ice|TENS|stretch|taping|bandaging|traction|massage|NMES) [+ ice|+ heat|+ bandaging|and ice|and bandaging] [:] (<score>|<num> cm|<num> (°|deg))
# A value against an earlier one written beside it: "flex 92 (88 last wk)", "CCFT 24 (was 22)",
# "Box & Block 22 (eval 14)", "spills 2 -> 0", "4 -> 2 min".
response.value_then = (<num>|<score>|<grade>|<time>) [°|deg|degrees|%|sec|s|min|lbs|lb|\#|ft|reps|cm|\"|'] (last|prev|previous|prior) (wk|week|visit|session|time|tx)
                   # The value before today's treatment beside today's: "95 deg after manual tx (88 deg before)", "18# -> 24# since last progress note".
                   | <num> (°|deg|degrees|%|sec|s|lbs|lb|\#|ft|cm) (before|pre tx|pre treatment|pre session|at start)
                   # The technique named after pre or post (ninety-seventh probe round): "R knee flex AROM 95° pre-mobs".
                   | <num> (°|deg|degrees|%|sec|s|lbs|lb|\#|cm) (pre|post|before|after) (mobs|mobilization|mobilizations|manual|MT|STM|stretch|stretching|MLD|DN|dry needling|taping|traction|glides|TrP release|IASTM|MFR|estim|e stim|TENS|heat|ice)
                   | <num> [°|deg|degrees|%|sec|s|lbs|lb|\#|ft|cm] (→|\>|\-\>|to) <num> [°|deg|degrees|%|sec|s|lbs|lb|\#|ft|cm] since
                   # The earlier value after "was": "PROM 0→25 (was 0-15)", "flex 120 (previously 110)".
                   | <num> [°|deg|degrees|%|sec|s|lbs|lb|\#|ft|cm] (was|previously) <num> ; ignores=historical
response.value_eval = (<num>|<score>|<grade>) [°|deg|%|sec|s|lbs|ft|cm] (eval|IE|SOC|initial|baseline|admission|at eval|on eval) [:|=|was] (<num>|<score>|<grade>) | <num> [°|deg] (eval|IE|SOC) (R|L) <num> ; ignores=historical
response.value_change = <num> [°|deg|min|sec|s|lbs|ft|%|cm|mm|in] (→|\>|to) <num> [°|deg|min|sec|s|lbs|ft|%|cm|mm|in] (after|with|w/|using|by|post|following|today|this session) ; ignores=historical
# A measured value with its unit that moved, both written out: "fig-8 edema 22.5 cm -> 22.1 cm", "flex 95° → 110°".
response.value_arrow = <num> (cm|°|deg|sec|s|ft|lbs|\#|%) (→|\>) <num> (cm|°|deg|sec|s|ft|lbs|\#|%) ; ignores=historical
# A time to complete that moved within the session: "10 buttons in 2:15 → 1:50".
response.time_moved = in <time> (→|\>|\-\>) <time> ; ignores=historical
# A change in pain at a named site, said today: "Pt reports less neck pain", "decreased L knee pain after mobs".
response.site_pain_change = (less|decreased|increased|worse) [R|L] (neck|back|knee|hip|shoulder|ankle|wrist) (pain|soreness)
# A symptom or a skill told against the last visit: "less neck pain since last visit", "cruising both
# directions is new since last visit".
response.since_last = (less|decreased|reduced|more|increased|worse|better) [neck|back|low back|knee|hip|shoulder|arm|leg|wrist|hand|ankle|foot|R|L] (pain|stiffness|swelling|numbness|tingling|dizziness|soreness|tightness|symptoms|sx|headaches|HA) since ; ignores=historical
response.new_since = new since (last|the last|previous|prior|our last) (visit|session|tx|treatment|week|wk|appointment|appt) ; ignores=historical
# Rests counted after the task ("UB bathing SBA, 2 rest breaks"), a value that came back ("SpO2 back to
# 94% w/ PLB"), a rating before and after ("R knee 5/10 pre, 4/10 post"), a range beside the start of
# care's ("AROM 8-88 deg (12-75 at SOC)"), and a program shown back right ("Pt demo'd HEP 5/6 correctly").
response.rest_count = (<int>|one|two|three|four|several|multiple|frequent) (rest|rests|rest break|rest breaks|seated rest|seated rests|seated rest breaks|standing rest|standing rests|standing rest breaks|RB|RBs)
# A change told as its share: "46% reduction in excess limb volume since eval", "~50% better since last visit".
response.percent_change = <num> (%|percent) (reduction|decrease|improvement|better|less)
response.came_back = (back to|back up to|back down to|returned to|recovered to|rebounded to|came back to|came back up to|came back down to) (<num>|<score>) [%|bpm]
# A girth or a measure taken before and after the work: "L forearm girth 28.5cm pre MLD -> 27cm post".
response.girth_pre_post = <num> (cm|mm|in) pre [MLD|tx|treatment|session|massage|wrapping|bandaging|exercise] (→|\>|\-\>|to) <num> (cm|mm|in) post
# The labels before their values: "pre-MLD 27.4 cm | post 26.6 cm".
response.girth_labelled = pre [MLD|tx|session] [:] <num> (cm|in) [\||,|;|→|\-\>] post [MLD|tx|session] [:] <num> (cm|in)
# The best so far: "Amb 120 ft - farthest since admit", "longest walk to date".
response.best_since = (farthest|longest|furthest|most|best|fastest|highest) (since|to date|yet|so far|this admission|this episode)
response.pre_post = (<score>|<num>) [out of 10] (pre|before|prior|pre tx|pre treatment|pre session|at start) [and|&|then] (<score>|<num>) [out of 10] (post|after|post tx|post treatment|at end|end of session)
                  # The second in the device just fitted (twenty-third session's dev half): "Pain 5/10 prior, 2/10 in orthosis".
                  | <score> (pre|before|prior) <score> (in|with|wearing) [the|new] (orthosis|splint|brace|sling|tape|taping|insert|inserts|orthotic|orthotics|collar|binder|boot)
# The same with a unit, or from the patient's arrival (hundred-and-fifteenth probe round, twenty-third session):
# "attention to table task 2 min before, 7 min after heavy work", "Anxiety 7/10 on arrival, 4/10 after relaxation".
response.pre_post_timed = <num> (min|mins|minutes|sec|secs|seconds|s) (pre|before|prior) [and|then] <num> (min|mins|minutes|sec|secs|seconds|s) (post|after)
                        | (<score>|<num>) (on arrival|upon arrival|at arrival|initially|at start of session|at beginning of session) [and|then] (<score>|<num>) (post|after|at end|by end|by the end)
# The labels first, as a template's fields write them: "Pain (0-10): pre [6]  post [3]", "HR: pre 78 / peak 112",
# "before 6/10, after 3/10" (not a bare "Start 1300 End 1345": a visit's times).
response.pre_post_labelled = (pre|before|at start) [:] (<score>|<num>) [bpm|%|\|] (post|after|peak|at end) [:] (<score>|<num>)
                           # A rating at the session's start and end in a row of a form: "Pain | start 6/10 | end 3/10".
                           | (start|beginning) [:|=|\|] <score> [\|] end [:|=|\|] <score>
                           # Both labels, then both values, as a flowsheet row pairs them: "HR pre/post 78/96",
                           # "Pain (0-10) pre|post: 6|3", "BP pre/post: 126/78 | 148/80".
                           | (pre|before) [\|] (post|after|peak) [:|=] (<num> [bpm|%] (\||,|and|&|→|\-\>|\>) <num> | <score> [bpm|%|mmHg] (\||,|and|&|→|\-\>|\>) <score> | <score>)
                           # A saturation after so much work: "SpO2: 95% rest | 89% after 2 laps".
                           | <num> % (after|post) (<int>|two|three|four) (laps|lap|flights|flight|min|minutes|bouts|trips)
response.range_at_eval = <num> (°|deg|degrees) [<num>] <num> (at|on) [initial|last|previous|prior] (eval|evaluation|assessment|IE|admission|SOC|PN|baseline) ; ignores=historical
response.shown_back = (demo'd|demonstrated|return demo'd|return demonstrated) (HEP|home program|exercises|ex|technique|transfer|transfers|strategy|strategies|precautions|sequence) [<score>|all|<int>|x <int>] (correctly|accurately|independently|w/ good form|with good form|w/ correct form|w/o cues|without cues|w/o errors)
# A rest asked for with its article ("required a seated rest break after each walk"), today told
# against an earlier day ("min A, better than Monday's mod A"), a complaint that did not come ("w/o
# c/o incr pain", clarification 5), and a refusal with its reason ("declined gait, stating ...").
response.a_rest = (required|requiring|requires|needed|needing|needs|took|taking) (a|an|one) [brief|short|seated|standing|sitting] [<int> min|<int> minute] (rest|rest break|break|seated rest|standing rest|seated break|standing break)
# A word of time or contrast between two values of one kind in its statement: the change is the
# response ("Sit<>stand mod A at start of session, min A by last 3 reps", "Knee pain 6/10 before
# manual, 3/10 after", "down to 2 VC (8 VC last tx)", "RPE 13 today vs RPE 15 2 wks ago"). Alone,
# or beside values of two kinds ("Bed mob SBA, transfers CGA after rest"), it is none (requires=pair).
response.contrast = at (start|the start|beginning|the beginning|end|the end) of (session|tx|treatment|visit|the session|the visit|trial|set)
                  | (at|@) (start|beginning) | (start|beginning|end) of (session|tx|treatment|visit) | after (joint mobs|mobilization|mobilizations|STM|soft tissue|massage|splint|splinting|taping|e stim|estim|TENS|heat|ice|warm up|warmup)
                  | by (end|the end|last|final|the last|the final|2nd|3rd|4th|5th|second|third|fourth|fifth) [of] [session|tx|visit|the session|the visit] [rep|reps|trial|trials|set|sets|lap|laps|attempt|attempts|bout|bouts|trip|trips]
                  | (before|pre|prior to|after|post) (tx|treatment|session|manual|MT|mobs|ex|exercise|exercises|TE|TA|activity|intervention|gait|stairs|walking|amb|stretching|modalities|breathing|dressing|bathing|transfers|it|this|them|each set|each bout)
                  | (vs|versus|compared to|compared with|from) (last|previous|prior) (tx|visit|session|week|wk|time) | last (tx|visit|session|week|wk|time)
                  | (<int>|one|two|three|a few|several) (wks|weeks|days|visits|sessions|months|mo|mos) ago | yesterday | initially | at first
                  | on (2nd|second|3rd|third|last|final|the 2nd|the second|the last) [trial|attempt|try|rep|set|round]
                  # The trial itself named: "min A 1st trial, CGA 2nd", "CGA trial 1, SBA trial 3", "4/10 first block, 7/10 last block".
                  | (1st|first|2nd|second|3rd|third|4th|fourth|5th|fifth|last|final|initial) (trial|trials|attempt|attempts|try|tries|rep|reps|round|pass|bout|lap|run|block)
                  | (trial|attempt|try|round|bout) <int>
                  | (vs|versus) ; requires=pair ignores=historical
# The earlier value in brackets after today's, or when it was taken: "24.5 cm (last 25.2)", "ACL-RSI
# 72 (61 at 7 mo)", "12/20 targets on L (8/20 on 3/13)", "12.1 s (pre-injury 11.6)", "L 3 deg (R -3
# last month)", "AROM 6-98 deg (visit 4: 10-90)". Only inside brackets that open right after a measured value and hold a value of their
# own (`requires=bracketed`): not "(onset 6 wks ago)" after a diagnosis, nor "38 min (was 28)".
response.bracketed_earlier = (last|prev|previous|previously|prior|was|were|initially|originally) (<num>|<score>|<grade>)
                           | (pre|pre\-) (injury|op|surgery|Botox|casting|fall|illness|hospitalization|admission|season|fx|fracture|CVA|stroke|morbid|tx|treatment)
                           | preinjury | preop | preseason | premorbid
                           | (at|@) <int> (mo|mos|month|months|wk|wks|week|weeks|yr|yrs|years)
                           | (on|from) (<score>|<date>) | <int> (d|days|wk|wks|weeks|mo|mos|months) ago
                           | (visit|session|tx|wk|week|day|POD) <int> [:|=]
                           | last (wk|week|month|visit|session|time|tx|PN|reassess|re-eval|reeval|progress note|reassessment)
                           | [at|on] [initial|last|the] (eval|evaluation|assessment|IE|SOC|admission|adm|admit|baseline|PN|re-eval|reeval|intake|entry|discharge) ; requires=bracketed ignores=historical
# Today's assist level against the one it was, in its statement: "slide board min A x2 (was mod A x2 Mon)",
# "CGA today, was min A" (two different levels must stand in the statement: `requires=pair`).
response.assist_was = (was|were|previously|prev|initially) (max|maximal|mod|moderate|min|minimal|CGA|contact guard|SBA|standby|supervision|total|dep|dependent) [A|assist|assistance] ; requires=pair ignores=historical
# A girth or swelling that went down, by how much: "wrist down 0.6 since last wk", "Girth down ~1 cm".
response.girth_down = (girth|girths|circumference|circ|edema|swelling|volume|wrist|ankle|calf|forearm|hand|MCPs|knee|thigh|arm|leg) (down|decreased|reduced|dropped) [by] [~|approx] <num> [cm|mm|%|ml|mL] ; ignores=historical
# A value held where it was, the response a maintenance program looks for: "BBS 38/56 today -- same as eval (38)",
# "R knee lacks 20 of ext (-20), same as 30 days ago".
response.same_as_before = (same as|unchanged from|unchanged since|no change from|no change since|stable since|stable from|no decline since|no decline from) [the|at|on|her|his] (eval|evaluation|IE|SOC|admission|baseline|last visit|last week|last wk|last session|last time|last month|previous visit|prior visit|<int> (days|weeks|wks|months|mos) ago|splint started|start of care) ; ignores=historical
# No symptom in the region worked, during the work: "plyo chest pass x20, no medial elbow sx" (the absence counts).
response.no_region_sx = (no|w/o|without) [R|L|B|medial|lateral|anterior|posterior] (elbow|knee|shoulder|hip|back|neck|ankle|wrist|hand|heel|foot|groin|hamstring|calf|Achilles|patellar|low back|LB) (sx|symptoms|symptom|pain|discomfort|ache)
                       | no (increase in|increased|↑) [R|L|anterior|posterior] (elbow|knee|shoulder|hip|back|neck|ankle|wrist|hand|heel|foot|groin|hamstring|calf|Achilles|patellar|low back|LB) (sx|symptoms|pain|discomfort|ache)
response.than_before = (less|more|fewer) (support|assist|assistance|help|cues|SOB|pain|dizziness|fatigue|symptoms|sx|stiffness|swelling|rest breaks|rests) than (yesterday|yesterday's|last visit|last session|last time|before) | (better|worse|improved|faster|slower|steadier|easier|harder|less|more|quicker|smoother|stronger|farther|further|longer) than (yesterday|yesterday's|last visit|last session|last time|last week|last wk|before|previously|at eval|at SOC|on admission|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's) ; ignores=historical
response.no_complaint_of = (w/o|without|no) (c/o|complaints of|complaint of) (incr|increased|inc|increase in|worsening|worse) (pain|sx|symptoms|LBP|soreness|dizziness)
response.refused_because = (declined|refused|declines|refuses) [further|the rest of|to participate in|to continue|to do|to attempt|to try|to walk|to get up|OOB|gait|stairs|amb|ambulation|therapy|tx|treatment|ther ex|exercise|exercises|session|standing] (stating|saying|reporting|d/t|due to|secondary to|2/2|because of|because|as|citing)
# A gain in degrees named as one: "~5° gain ext/flex since last wk".
response.degrees_gained = <num> (°|deg|degs|degrees) (gain|gained|increase|improvement) | (improved|increased|gained|improvement of|increase of) [by] <num> (°|deg|degs|degrees) ; ignores=historical
# How the patient said the treatment felt: "pt reported relief", "reports knee feels lighter", a quote
# after the work ("that's the first real shower I've had in weeks").
response.reported_feeling = (reports|reported|reporting|states|stated|says|said) feeling (better|stronger|steadier|looser|less dizzy|less stiff|less pain|more confident|more stable|more energetic|less tired|less anxious|calmer)
response.report = (reported|reports|reporting|felt|feels|feeling|states|stated|said|says|say|noted) (relief|better|improvement|improved|less pain|looser|easier|lighter|good|great|stronger|steadier|more stable|more confident|less dizzy|less stiff|less tight|less urgency|fewer leaks|less leakage|less swelling|less numbness|less tingling|fewer episodes|fewer falls|fewer headaches)
                | (pt|patient|he|she|child|student|resident|client) (reports|reported|states|stated|said|says|exclaimed|commented|remarked) [:|that] (\"|“) ; excluded_by=reported
# A change written with arrows or as the quality that changed: "Toileting assist ↓ CGA → SBA",
# "SBA -> supervision", "Standing tolerance doubled", "Walking tolerance improving ~30%".
response.level_change = (independent|indep|mod I|modI|I|set up|setup|supervision|SBA|CGA|min A|minA|min assist|mod A|modA|mod assist|max A|maxA|max assist|dependent) (→|\>|to) (independent|indep|mod I|modI|I|set up|setup|supervision|SBA|CGA|min A|minA|min assist|mod A|modA|mod assist|max A|maxA|max assist)
                      | (assist|assistance|cues|cueing|support) (↓|↑|decreased|reduced|lessened)
                      | (tolerance|endurance|distance|speed|balance|control|strength|ROM|pace|accuracy|confidence|independence|carryover) (doubled|tripled|improved|increased|better|up|gains|↑) | (tolerance|endurance|distance|speed|pace|accuracy|confidence|independence|carryover) (improving|progressing) ; ignores=historical
# Motion gained by the session: "Did MT, ther ex, HEP. Better ROM after."
response.motion_after = (better|improved|increased|more) (ROM|motion|mobility|flexibility|AROM|PROM) (after|post|following|by end)
# A movement skill named, then how it is changing: "Wt shift onto R improving", "lifting mechanics improved".
response.skill_improving = (weight shift|weight shifting|wt shift|step length|form|technique|mechanics|body mechanics|lifting mechanics|gait pattern|posture|sequencing|trunk control|foot clearance|heel strike|alignment) [onto R|onto L|to R|to L|on R|on L] (improving|improved|progressing|better)
# Performance that changed within the session or needed more than one try: "stayed within 1/2" of
# line on trial 5", "required 2 attempts on 3/6 throws", "freezing resolved w/ step-over cue".
response.session = (by|on|at|after) (trial|set|bout|rep|attempt|round|lap) <int>
                 # A quality that changed as the work went on: "gait became more antalgic after 100 ft".
                 | (became|becoming|becomes|grew|got) (more|less|increasingly) (antalgic|unsteady|steady|guarded|labored|fatigued|winded|painful|stiff|dizzy|confident|fluid|symmetrical|symmetric|shuffling|flexed|crouched|slow|slower|efficient|consistent|upright)
                 | (required|needed|took) <int> (attempts|tries|trials)
                 | (resolved|improved|reduced|corrected|decreased) (w/|with|after|by|using) [a|the|visual|verbal|tactile|step over|laser|auditory] (cue|cues|cueing|VC|VCs|rest|breathing|PLB|repositioning|demonstration|demo)
                 | (big|significant|good|nice|steady|marked|notable|slow) (gains|gain|improvement|progress) (in|with) | (limited|limits) to [~|about|approx] <num> (min|mins|minutes|reps|ft|feet|steps) (before|by|due to|d/t)
                 | (w/|with|required|requiring|needed|took) <int> [brief|short|seated|standing] [UE supported|supported] (rests|rest breaks|breaks|seated rests|standing rests)
# A symptom the work did not bring on (Clarification 5 of the labelling protocol): "No pain, 3-point
# contact maintained", "no dizziness", "w/o sx".
response.no_symptom = (no|w/o|without|denies) (pain|sx|symptoms|dizziness|SOB|discomfort|nausea|lightheadedness) ; excluded_by=reported
response.no_increase = (without|w/o|no) [any] increase in [her|his] [back|knee|hip|neck] (pain|symptoms|swelling|LBP|low back pain|HA|headache|dizziness|sx|numbness|tingling)
                     # Shorthand and symbols: "no inc pain after tx", "tol tx s̄ ↑ pain", "c̄ no ↑ pain".
                     | (without|w/o|no|s̄|ṡ) (↑|inc|incr|increased) [in] [back|knee|hip|neck] (pain|symptoms|sx|swelling)
# What the work could have provoked and did not, or a rating that moved during it: "no gag", "w/o
# flare", "no visual blurring until min 28", "no extensor lag" after gait training, "HA 2 → 3/10".
# The skin after the load, checked: "no sacral redness after 1 hr sitting trial".
# Nerve symptoms the work could have brought on: "no numbness/tingling after wrapping".
response.nerve_after = (no|w/o|without) (numbness|tingling|numbness/tingling|numbness or tingling|paresthesias|N/T) (after|with|during|following|post) ; excluded_by=reported
response.skin_after = (no|w/o|without) (sacral|ischial|coccyx|coccygeal|heel|skin|residual limb|stump|distal tibia) (redness|erythema|breakdown) (after|following|post|with)
                    # Skin looked at after the work: "Stump checked after 20 min of walking: no redness over distal tibia".
                    | (skin|stump|residual limb|incision|feet|foot|heels|heel|sacrum|skin integrity) (checked|inspected|examined|assessed) (after|post|following)
                    # The check named first and its finding after (hundred-and-seventh writers' round): "Skin check after - no redness".
                    | (skin check|skin checked|skin inspection|skin inspected|skin checks) (after|post|following) [tx|session|standing|stander|wear|splint|sitting] (no|w/o|without) (redness|erythema|breakdown|red areas|pressure areas|marks)
# A fall in the session onto the mat the therapist set out (hundred-and-seventh writers' round): "1 fall on mat, no injury".
response.fall_on_mat = <int> (fall|falls) (on|onto) [the] (mat|mats|crash pad) | (fell|fall|falls) (on|onto|to) [the] (mat|mats|crash pad) (without|w/o|no|with no) (injury|injuries)
response.not_provoked = (no|w/o|without) (gag|gagging|flare|flare up|flares|blurring|visual blurring|blurred vision|lag|quad lag|extensor lag|increase in swelling|increased swelling|swelling increase|spasm|cramping|skin breakdown|redness after) ; excluded_by=reported
# A change in the need for cues or assist within the task, against the last visit, and how a part
# felt or behaved after the work: "needing only 1 VC", "Transfers SBA today vs CGA last visit",
# "knee felt 'looser' after session", "RUE tone increased with fast movement, reduced after slow
# rhythmic rotation", "sx centralized to L buttock", "no increase in knee effusion".
response.cue_need = (needing|needed|requiring|required|requires|with) only (<int>|one|min|minimal|occasional) (VC|VCs|verbal cue|verbal cues|cue|cues|prompt|prompts|assist|reminder|reminders)
response.level_then = (vs|versus|compared to|w/|with) (CGA|SBA|min A|mod A|max A|supervision|mod I|independent) (last|prior) (visit|session|week|wk|tx)
                    # "Bed>chair was min A last wk, CGA today".
                    | was (CGA|SBA|min A|minA|mod A|modA|max A|maxA|supervision|mod I|dependent|total A) (last|prior|previous) (visit|session|week|wk|tx|time) ; ignores=historical
# A quoted word of how a body part is now: reports R ankle "better, still sore at end of shift".
response.quoted_change = (ankle|knee|hip|back|neck|shoulder|arm|leg|legs|hand|wrist|foot|it) (\"|“) (better|worse|improved|looser|easier|lighter|stronger)
# A named control or balance that improved: "Improved SL balance", "improved quad control vs last wk".
response.part_improved = (improved|better|increased) (SL|single leg|SLS|static|dynamic|standing|sitting|quad|motor|postural|hip|core|eccentric|scapular|L|R) (balance|control|stability|activation|endurance) ; ignores=historical
# The patient's request to stop or pause, and a wince: "Pt winced + asked to pause", "he ask for stop
# two times during walking".
response.asked_to_stop = (asked|asks|ask|asking|requested|requests) (to pause|to stop|to rest|to sit|to sit down|for a break|for a rest|for rest|for a pause|for stop|for to stop|to take a break) | (winced|grimaced|grimacing|wincing)
# What the patient showed back without help: "Pt demo'd log roll back to me w/o prompts".
response.shown_back_to_me = (demo'd|demod|demoed|demonstrated|showed|shown) [the|her|his|a] (log roll|transfer|technique|sequence|HEP|exercises|precautions|it|them|steps) back
# Then against before, in words: "last week it was one", "yesterday it took two of us".
response.then_it_was = (last week|last wk|last visit|last session|last time|yesterday|at eval|on eval|at evaluation) (it was|it took|was only) ; ignores=historical
# Movement that looked different after the work: "Gait more symmetric following NMES".
response.looked_after = (more|less) (symmetric|symmetrical|even|fluid|steady|stable|upright|controlled|coordinated) (after|following|post|with|w/)
# A symptom that went down or up, said plainly: "Patient say the pain go down after massage, from 6 to 3".
# The pain before the treatment told after it: "now she say 2/10, before treatment was 5/10", "pain decr to 4/10".
response.before_treatment = (before|pre) (treatment|tx|the treatment|session|massage|ex|exercise|manual) (was|it was|:) <score> | (pain|sx|symptoms) (decr|decreased|dropped|reduced|eased) to <score>
response.went_down = (pain|sx|symptoms|swelling|tone|dizziness|HA|headache) (go|goes|went|came|come|comes|going) (down|up|away)
response.felt = (knee|back|neck|shoulder|hip|leg|arm|it) [\"|“] (felt|feels) [\'|\"|much] (looser|better|lighter|easier|less stiff|less tight|stronger|steadier|wobbly|shaky|unstable|weak|heavy|stiff|tight|sore|worse)
# The same for the hand in the patient's words: 'fingers feel "looser" after'.
response.part_felt = (fingers|hand|hands|wrist) [\"|“] (feel|feels|felt) [\"|“] (looser|lighter|easier|less stiff)
                   | (fingers|hand|hands|wrist) (feel|feels|felt) [\'|\"|“] (much|a lot|so much) (looser|lighter|easier|better|less stiff)
# Itching, pulling and burning that eased, a scar's or a graft's own symptoms: "Pt reports itching decreased after".
response.itch_change = (itching|itch|pulling|burning) (decreased|reduced|eased|lessened|resolved|subsided|improved|better|gone|↓|↑)
# The patient's own words for what a treatment did, with "that" or "this" for it: "that feels a lot looser"; a symptom
# eased by it: "said the stretch 'eased the burning'", "heat eased her back pain".
response.that_felt = (that|this|it) [now|really|actually] (feels|felt) (a lot|so much|much|way|a bit|a little) (looser|better|lighter|easier|freer|less stiff|less tight|stronger|steadier)
response.symptom_eased = (eased|relieved|settled|took away|took the edge off) [the|her|his|my|that] [back|neck|knee|shoulder|hip|leg|arm] (burning|pain|ache|aching|tightness|stiffness|tingling|cramp|cramping|spasm|spasms|numbness|throbbing|soreness)
response.tone = (tone|spasticity|clonus|rigidity|tremor|guarding|spasm|spasms|muscle guarding) (increased|decreased|reduced|improved|lessened|normalized|diminished|resolved) (with|after|following|during|w/)
                | (sx|symptoms|radicular sx|radicular symptoms|leg sx|leg pain|pain) (centralized|peripheralized|centralizing|peripheralizing) | (vertigo|nystagmus) [and vertigo|and nystagmus] (resolved|subsided|decreased|reduced|stopped|abated)
                | (w/o|without) (increase|increased|worsening) (in|of) [arm|leg|radicular|neck|back|knee|hand|LBP] (sx|symptoms|pain|tingling|numbness|paresthesias)
                | no (increase|increases) in [knee|ankle|hand|hip|radicular|leg|arm|back|neck|MCP|PIP|wrist|thumb|finger|shoulder|elbow|joint] (effusion|swelling|edema|warmth|redness|sx|symptoms|pain|numbness|tingling|paresthesias) ; ignores=historical
# A symptom or sign that cleared within a stated time: "mild redness distal tibia, resolved after 15 min
# w/ prosthesis off", "dizziness settled within 30 sec".
response.resolved_within = (resolved|subsided|settled|cleared|eased|faded|abated|dissipated|returned to baseline|recovered) (after|within|in|w/in|by) [~|about|approx] <num> (min|mins|minutes|sec|secs|seconds|s|hr|hour)
                          # The time first and its event after (ninety-seventh probe round): "redness at distal tibia resolved 15 min after doffing".
                          | (resolved|subsided|settled|cleared|eased|faded|abated|dissipated|blanched) <num> (min|mins|minutes|sec|secs|seconds|s) (after|following|post)
# A limb measured smaller or larger after the treatment: "girth ... decreased 1.5 cm after today's MLD".
response.girth_changed = (decreased|reduced|↓|increased|↑) <num> (cm|mm|mL|%) (after|post|following) [today's|the] (MLD|session|tx|treatment|wrapping|bandaging|compression|pump|massage|retrograde massage|elevation)
# Narrative responses: "started to tire", "her legs started shaking and she asked to sit down", "felt
# wiped out", "went up to seven during the transfer and went back down", "was less after the nerve
# glides", "ached more after the stair practice", "eased off once we were done", "without any
# reminders", "needed less help than Monday", "by the end she only needed me beside her".
response.narrative = (started|began|begun) (to tire|to fatigue|to shake|shaking|trembling|to tremble|to slow down|to lean|to sweat) | (asked|wanted|needed) to (sit down|sit|rest|stop|take a break|lie down|go back to bed|return to bed|go to bed|go back to her room|go back to his room|repeat|do it again|go again|keep going)
                   | (felt|feeling) [\'|\"|‘|“] (wiped out|exhausted|drained|worn out|spent|tired|better|stronger) | (less|more|decreased|increased|reduced) (pulling|pressure|tension|tightness|stiffness) (in|at|across|along)
                   # Better or worse within the session: "heel strike better in 2nd half of gait trng after cueing".
                   | (better|improved|worse|smoother|faster|slower) (in|by|during) [the] (2nd|second|last|final|later) (half|part|trials|set|sets|lap|laps|bout|bouts) | (better|improved|corrected) (after|with|w/) (cueing|cues|cue|VC|VCs|feedback|demo|demonstration|instruction|education|mirror)
                   | (felt|feeling|looked|was) (wiped out|exhausted|drained|worn out|spent) | (went|came) (up|down|back down|back up) to (<num>|<score>|her baseline|his baseline|baseline)
                   | (was|were|felt|got|became|seemed) (less|better|worse|milder|easier|looser|tighter) (after|following|by the end of) | (ached|hurt|throbbed|stiffened) (more|less) (after|during|with|by)
                   | (eased|eased off|eased up|settled|settled down|went away|calmed down) (once|after|when|by|with|within) | (without|w/o) any (reminders|prompting|prompts|cues|cueing|help)
                   | (needed|required|needing|requiring) (less|more) (help|assistance|assist|cues|cueing|reminders|prompting) | by the end (she|he|pt|child) (only|just|no longer|was|could|needed) | by the end (got|managed|reached|completed|held|walked|stood|needed|was able|could|only needed|no longer needed) ; ignores=historical
# What the patient did once shown or once the work was done, against what came before: "After two demos she
# loaded the sock aid herself", "Afterwards she got in and out of her car at the curb without me touching her",
# "Was needing the rail for every stair last wk, now only on the way down", "held midline on her own for the
# last 4 reps". Not "after 2 trials of" a task named as dose (no subject follows).
response.after_practice = after (two|2|three|3|four|4|a few|several|a couple of|<int>) (demos|demonstrations|trials|tries|attempts|practice runs|run throughs|repetitions|reps|rounds) [,] (she|he|pt|patient|child)
                        | (afterwards|afterward|after that|following that|after treatment|after tx|post tx) [,] (she|he|pt|patient|child) (got|was|could|did|walked|stood|completed|managed|went|transferred|climbed|reached|lifted|carried|dressed|needed|required|rose|sat|stepped|ambulated)
# A stair or gait pattern that changed within the session: "Stairs: step-to → reciprocal by 3rd flight".
response.pattern_changed = (step to|step-to|nonreciprocal|non reciprocal|step through) [pattern] (→|\>|\-\>|to|progressed to|changed to) (reciprocal|step through|step over step|alternating)
# A child's or a resident's engagement that came by the end: "cried/refused swing first 5 min; by end requesting
# 'more swing'".
response.engaged_by_end = by [the] end [of session|of the session|of tx] (requesting|asking for|asked for|tolerating|tolerated|accepting|accepted|engaging|participating|initiating|initiated)
# What the patient did by the end: "Cried when the scissors came out. By the end he cut 3 straight lines".
response.by_end_did = by [the] end [of session|of the session|of tx] [he|she|pt|patient|child|student|resident] (cut|did|was|walked|completed|finished|could|managed|tolerated|performed|wrote|climbed|got|used|needed|followed|follows|recalled|named)
# A symptom that went away with what was done about it: "resolved with return to neutral", "subsided after seated rest".
response.eased_with = (resolved|subsided|abated|eased|settled|decreased|improved) (with|after|w/|upon|on) (rest|seated rest|return to|returning to|repositioning|position change|change of position|sitting|lying down|unloading|cessation of|stopping)
response.now_against_then = (last wk|last week|last visit|last session|last time|yesterday|at eval|at evaluation|at SOC|at IE) [,|;] (now|today) [only|just|no longer|she|he|pt|is|was|with|w/|at] ; ignores=historical
response.last_reps_alone = (on her own|on his own|by herself|by himself|independently|without cues|w/o cues) (for|on) the (last|final) (<int>|two|three|four) (reps|trials|attempts|laps|transfers|stands|tries)
# Vestibular recheck and a child's regulation in response to a strategy: "Dix-Hallpike negative for
# nystagmus and vertigo on recheck", "transitioned to desk calmly … without protest", "can now roll in
# bed without spinning".
response.recheck = (negative|neg) [for] [nystagmus|vertigo] [and vertigo|and nystagmus] (on|with) (recheck|retest|re test|repeat|repeat testing)
                 # The test repeated after the manoeuvre: "Post-tx R DH neg, no nystagmus", "after CRP Dix-Hallpike negative".
                 | (post|after) (tx|CRP|Epley|Semont|Gufoni|maneuver|manoeuvre|repositioning) [R|L] [:] (DH|Dix Hallpike|roll test) [R|L] (neg|negative)
                 # Repeated by name (hundred-and-thirteenth probe round, twenty-third session): "Repeat Dix-Hallpike R after maneuver:
                 # no nystagmus", "Post Epley R: Dix-Hallpike R negative".
                 | (repeat|repeated|retest|re test|recheck) [R|L] (Dix Hallpike|DH|roll test) [R|L] [negative|neg] (after|post)
                 | (absent|resolved|abolished|gone|cleared|negative|neg|reduced|decreased|improved|unchanged|worse) (on|with|after|upon) (recheck|retest|re test|re check|repeat testing|reassessment|re assessment)
response.regulation = (without|w/o) (protest|crying|tantrum|resistance|meltdown|refusal|fussing) | (transitioned|transitions|transitioning) [to desk|to table|to table work|between activities] (calmly|easily|smoothly|independently|without difficulty)
                    | (can|could) now (roll|walk|stand|sit|climb|get|turn|look|reach|dress|bathe|lift|carry|drive|sleep|bend) ; ignores=historical
response.rating_moved = (pain|HA|headache|sx|symptoms|dizziness|soreness|nausea|discomfort) [rating] <num> (→|\>|\-\>) <score>
                       | <score> (pre|before) (→|\>|\-\>|to) <score> | <num> [cm|mm|°|deg|%|bpm|mmHg] (pre|before) [MLD|tx|treatment|session|ex|exercise] <num> [cm|mm|°|deg|%|bpm|mmHg] (post|after) ; ignores=historical
# The patient showed back what was taught, with how well: "pt demo correctly", "he showed me each
# exercise correctly", "demonstrated all 6 ex w/o cues".
# Attention and regulation that changed with a strategy (school and paediatric notes): "given wiggle
# seat, attention improved".
response.attention = (attention|focus|sitting tolerance|engagement|regulation|on task behavior|on task behaviour|participation|eye contact) (improved|increased|better)
response.showed_back = (demo|demo'd|demonstrated|performed|completed) [all|each|back] [<int>] [exercise|exercises|ex's|ex|HEP] (correctly|w/o cues|without cues|with correct form|w/ correct form|with good form)
                     | (recalled|recalls|recited|recites|remembered|remembers|named|names|listed|lists|verbalized|verbalizes) (<score>|all <int>|all|<int> of <int>) [precautions|steps|items|strategies|exercises]
                     | (showed|demonstrated|show) me (each|all|the|her|his) [hip] (exercise|exercises|steps|precautions|technique|transfer|sock aid technique)
                     # A taught strategy used when it was needed (hundred-and-thirteenth probe round, twenty-third session): "Urge
                     # arose x2 in session; pt used technique successfully both times".
                     | (used|applied|utilized|utilised|implemented) [the|her|his|a|each] (technique|strategy|strategies|urge suppression|urge control|PLB|pursed lip breathing|pacing|knack|breathing technique) (successfully|effectively|correctly|independently)
# Success counted in trials: "completed 2/5 w/ min facilitation", "successful on 4/5 attempts".
response.success_count = (achieved|succeeded|successful|accurate|managed|cleared|caught|hit) [on|in] <score> [trials|attempts|reps|times|tries|throws|opportunities] ; ignores=historical
# More ways a response is written: "no cues needed by 3rd trial", "stopped for PLB x2 min",
# "Amb tolerance ↑ 100' → 250'", "Sit to stand now min A (mod A last visit)".
response.more = (by|on|at|after) [the] <int> (st|nd|rd|th) (trial|trials|set|sets|bout|bouts|attempt|rep|round|lap|time|pass|try|trip)
              | (stopped|paused|rested|sat) [x <int>|once|twice|<int> x] (for|to) (PLB|pursed lip breathing|rest|recovery|breath|breathing) | (↑|↓|increased|decreased|improved|progressed)  <num> [\'|ft|min|sec|s|reps|%] (→|\>|to) <num>
              | now (independent|indep|mod I|modI|SBA|CGA|min A|minA|mod A|modA|max A|supervision|setup|set up|able to|without|w/o)
              | (↑|↓|increased|decreased|improved|progressed) to <num> (min|mins|minutes|sec|secs|seconds|s|ft|feet|\'|reps|laps|m|meters|%) ; ignores=historical

# A symptom brought in on arrival is a baseline, not a response (context.lex `hist.arrival`); where
# the symptom word and `on` already make a response hit ("pain on" of "hip pain on arrival") the
# trigger cannot reach it, so the phrase masks it.
# An earlier visit's smaller figure beside today's: "Cruising along couch 5 steps each direction. Last week only
# 1-2 steps before sitting down".
response.only_then = (last week|last wk|last visit|last session|last time|yesterday|at eval|at IE) [pt|he|she|child] [was|managed|did|could do|tolerated|took] only <num> (steps|ft|feet|\'|reps|sec|seconds|min|minutes|laps|m|meters|yards) ; ignores=historical
# How a muscle or a joint felt after the work, in the patient's words: "reports R hamstring 'tight but not painful' after".
response.site_felt = (reports|states) [L|R] (hamstring|hamstrings|quad|quads|calf|groin|glute|glutes|hip flexors|IT band|shoulder|knee|back|neck|hip|ankle) (\'|\"|“|‘|feels|felt) (tight|sore|stiff|tighter|stiffer) ; excluded_by=reported
# A young child's behaviour changing during the work: "cried on first 2 balance-beam trials, then completed 3
# more ... and smiled at the end", "fussed and arched after ~2 min prone".
response.child_behaviour = (cried|crying|fussed|fussing|refused|resisted|protested) (on|during|for) [the] (first|1st|initial) <int> | (smiled|smiling|laughed|laughing|giggled|giggling|happy|calm|content) (at|by) the end
                         | (fussed|fussing|arched|arching|protested|protesting) (after|during|when|with) | (calmed|settled) (in|on|once|during|within) | (re engaged|re-engaged|reengaged) (in|with|w/|after|and)
# A difference stated as such: "L forearm girth 1.2 cm less after MLD and bandaging than at start of session".
response.difference = <num> (cm|mm|in|inches|%|°|deg|degrees|mL|ml) (less|smaller|lower|more|greater|larger|fewer) (after|than|post|following|vs|compared) ; ignores=historical
# Return demonstration counted: "demonstrated the knack before a cough correctly on 3 of 3 trials".
response.correct_count = correctly (on|in|for) (<int> of <int>|<score>|all|each) [trials|reps|attempts|tries]
# A symptom that held through the work: "Headache stayed 2/10 through 15 min stationary bike; no symptom increase afterward".
response.held_through = (stayed|remained|held) [at] <score> (through|throughout|during|for) | no (symptom|sx|pain|HA|headache|dizziness) increase (afterward|afterwards|after|post|following)
# Right after a maneuver: "CRP x1. Post: no nyst, no vertigo".
response.post_maneuver = post [maneuver|CRP|Epley|repositioning|treatment|tx] [:] (no|neg|negative|decreased|resolved|minimal) (nyst|nystagmus|vertigo|sx|symptoms|dizziness|torsional nystagmus)
# A child telling how the body feels: "Child said 'my legs are tired' after 4 laps of stairs".
response.child_said = (said|says|told me) [\'|\"|“|‘] my (legs|arms|back|knee|knees|feet|tummy|body|hands) (are|is|feel|feels) (tired|sore|achy|heavy|wobbly|shaky|hurting)
# A symptom that went with the stretch or the position: "Pulling in R calf during wall stretch, gone as soon as she
# came out of the stretch".
response.gone_when = (gone|resolved|eased|went away|subsided|stopped|disappeared) (as soon as|once|when|after) (she|he|pt|patient|child) (came out|stopped|sat|rested|released|lay down|sat down|changed position|returned)
# A value that moved during the session: "Legible letters rose from 60% to 85% over the session".
response.rose_from = (rose|improved|climbed|jumped|fell|dropped|went up|went down|got better|improving) from <num> [%|sec|s|seconds|ft|°|deg|reps|trials|uV|µV|microvolts|mV] to <num>
                   # A count written short with its unit between (ninety-sixth probe round): "Freezing at doorways dec from 4 episodes to 1".
                   | (dec|decr|decreased|reduced|down|↓|inc|incr|increased|up|↑) from <num> (episodes|episode|times|LOB|errors|cues|falls|leaks|pads|voids|freezes|freezing episodes|spills|misses|rests|rest breaks) to <num>
                   # The values with an arrow, no "from": "Gait speed within session improved 0.42 m/s -> 0.55 m/s".
                   | (rose|improved|increased|decreased|dropped|fell|lowered|reduced) <num> [m/s|%|sec|s|ft|°|reps|bpm] (→|\-\>|\>) <num>
# Help stepped down within the task: "Curb 6" w/ SPC x4, CGA 1st rep then SBA".
response.first_then = (1st|first|initial) (rep|reps|trial|trials|attempt|attempts|set|sets|lap|laps|step|steps) then (SBA|CGA|I|indep|independent|mod I|supervision|no cues|w/o cues|min A|setup|set up|1 VC|one cue)
# A symptom brought on by the work that went away: "pt c/o pounding HA ... BP 5': 128/78 | 10': 108/66. HA resolved".
response.symptom_resolved = (HA|headache|dizziness|nausea|sx|symptoms|vertigo|lightheadedness|light headedness|tingling|flushing|pain|pinch|pinching|cramp|cramping|PVCs|ectopy|clicking|catching) [was|were|had|is|are] (resolved|subsided|abated|cleared|settled|eased|lessened|gone|↓)
                          # A symptom named before it that went at rest: "c/o chest tightness; exercise stopped, resolved at rest in 1 min".
                          | (resolved|subsided|abated|cleared) (at|with|w/|after|following|on) [seated|standing|a] (rest|sitting|rest break|break)
# The first and the last try by their values: "First trial 18 s, final trial 14 s", "1st set 6 reps, last set 10".
response.first_last_values = (1st|first) (trial|set|attempt) <num> [s|sec|ft|reps] [,|;] (final|last) (trial|set|attempt) <num>
# A first achievement: "First time doing so without caregiver hands-on support", "first time she has stood at the sink".
# An input tolerated for a time once something was changed (ninety-sixth probe round): "initially refused swing ... tolerated
# linear swinging 3 min after deep-pressure input".
# The patient saying a tool or a change made the task easier (ninety-seventh probe round): "the sock aid made it so much
# easier"; a count set against the one before ("I only got up twice last night instead of four times").
response.made_easier = (made|makes|making) (it|this|that|dressing|bathing|transfers|getting up|standing|walking|floor pickup|pickup|reaching|stairs|toileting|cooking|writing|buttoning|eating|grooming|showering|the task|the transfer|the stairs|getting dressed) [so much|much|a lot|way|so|lots] (easier|less painful|safer|quicker|faster)
                     | instead of (<int>|two|three|four|five|six|seven|eight) (times|x|nights|episodes|pads|trips)
                     # Said as the patient found it (hundred-and-fifth probe round): "that's much easier".
                     | (that's|thats|that is|it's|its|it is|this is) (much|a lot|way|so much|so) easier
                     # After the technique (hundred-and-nineteenth probe round, twenty-third session): "Hand opened more easily after stretch".
                     | (opened|extended|relaxed|released|moved|straightened|flexed|rolled|stood|transferred) more (easily|readily|freely) (after|following|post|with)
                     # A function the change made easier, or a feeling it eased (hundred-and-eighteenth probe round, twenty-third
                     # session): "Pt states breathing 'much easier' and she felt less wobbly w/ walker".
                     | (breathing|walking|standing|moving|getting up|turning|the stairs|stairs) [was|is|felt|feels] (much|a lot|way|so much|a little|slightly) easier
                     | (felt|feels|feeling) (less|much less) (wobbly|unsteady|shaky|off balance|dizzy|lightheaded|winded|tired|sore|stiff)
# Performance told as it changed over the trials, in prose (hundredth probe round of the twenty-second session): a later
# trial named with how it went ("2nd flight quicker at 1:10", "second lap done w/o stopping", "4th sentence neater"),
# the trial by which it changed ("by try 5 climbed up w/o hesitating", "by lift 18 pt was rounding his back"), a miss
# then success ("Missed the sock twice, then got it every try after"), a set-up changed and what followed ("after table
# lowered 2\" pt grasped it cleanly"), a symptom that came on with the task ("Nausea came on during toothbrushing"), and
# today's performance against another condition ("faster ... in the pool than on land").
response.later_trial_went = (second|2nd|third|3rd|4th|last|final|next) (lap|trial|flight|set|attempt|try|round|rep|sentence|walk) [done|completed|was] (w/o|without|quicker|faster|easier|smoother|neater|better|steadier|slower)
response.by_trial = by (try|trial|attempt|rep|lap|set|round|flight|step|lift|trip|pass) <int> [pt|she|he|the child|child] (was|could|did|climbed|walked|completed|no longer|w/o|without|needed|required|able|stepped|reached|needing)
                  # The trial by which no help was needed (hundred-and-third probe round): "completed full sequence w/o cues on trial
                  # 5", "after needing a prompt on the 1st". (`response.later_trial` holds the same change in other words; it cannot hold
                  # these beside them within 4,096 sequences.)
                  | (w/o|without|no) (cues|cueing|prompts|assist|help) on (trial|try|attempt|rep) <int>
                  | after needing [a|one|1] (prompt|cue|reminder|VC) (on|for|with) the (1st|first|previous)
response.then_every = then (got|did|made|managed|completed|caught) (it|them|each|every one) (every|each) (try|time|trial|attempt|rep)
response.after_setup_change = after [the] (table|chair|seat|surface|step|shelf|bed|mat|handle|walker|RW|crutches|cane|cushion|target) [was|were] (lowered|raised|adjusted|moved|changed|widened|tilted)
response.came_on = (nausea|dizziness|pain|SOB|fatigue|symptoms|sx|HA|headache|vertigo|cramping|cramp|spasm|tremor) (came on|started|began|set in|developed|increased) (during|with|after|while|by)
response.than_condition = than (on land|out of the water|on the treadmill|overground|w/o the|without the|w/o|without) [AD|walker|RW|cane|brace|orthosis|AFO|tape|splint|cue|cues|rail|handrail]
                        | than (on arrival|at arrival|at start|at the start|at the beginning|at start of session|before tx|before treatment|before the session|pre tx)
# Responses of the hundred-and-fifth probe round (twenty-second session): an urge that eased, a rating that rose with the
# task ("LBP up to 5/10"), an activity resumed after a break.
response.urge_eased = (urge|urgency) (decreased|subsided|resolved|reduced|eased|passed) | delayed (voiding|void) [<num>] [more] (min|mins|minutes)
response.rating_up_to = (pain|LBP|symptoms|sx|HA|headache|dizziness|fatigue|RPE) (up to|down to|rose to|fell to|climbed to) (<score>|<num>)
response.resumed_after = resumed (after|within|in) <num> (min|mins|minutes|sec|secs|seconds|s)
                       # The help that let the patient go on (hundred-and-third probe round): "resumed after OT redirection".
                       | resumed after [OT|PT|therapist|a|one] (redirection|cue|cueing|break|rest|reminder|prompt|seated rest)
# Responses of the hundred-and-sixth probe round (twenty-second session): settling after a fuss ("fussed first 5 min, then
# settled"), no leakage with today's task, the skin checked after a device came off.
response.then_settled = then (settled|calmed|relaxed|quieted|regulated)
response.no_leakage_with = (no|w/o|without) (leakage|leaking|leaks|urine loss|incontinence|accidents) (during|with|w/|on) [the|all] (lifts|lifting|lift|jumps|jumping|coughing|cough|running|hops|squats|exercise|ex|task|tasks|activity|activities|session)
response.skin_check_clear = (no|w/o) (redness|red marks|marks|pressure areas|breakdown) (on|at) skin check [after|post|following]
# Neurological and paediatric responses of the hundred-and-fourth probe round (twenty-second session): tone that eased after
# handling, freezing that stopped, a change by the end of a protocol or a meal, a pass done without cues at the end, a
# child who stayed seated after a break, an angle that moved ("popliteal angle R 60 > 45 deg").
response.tone_eased = (tone|extensor tone|flexor tone|spasticity|tightness|guarding) (reduced|decreased|relaxed|improved|diminished|eased|lessened) (afterward|afterwards|after|following|post|w/|with)
response.no_freezing = (w/o|without|no) (freezing|FOG) [episodes] [<score>|on <int> of <int>]
response.by_end_of = by (the end|end) of [the|Wilbarger|brushing] (protocol|meal|activity|task|game|song|story|circle time|visit|lap|walk)
response.unaided_last_pass = (w/o|without) (cues|TCs|VCs|assist|help|reminders) (on|for|during) [the] (final|last) [<num> \'|<num> ft] (pass|lap|trial|set|attempt|walk|bout|round)
response.stayed_seated = (stayed|remained|sat) (seated|in seat|at table|at the table|on task) (for|x) <num> (min|mins|minutes)
response.angle_moved = <num> (→|\>|\-\>) <num> (°|deg|degrees)
# Today's value with the last one after it (the third cycle's dev half): "Template 40° today (from 30)".
response.today_from = <num> (°|deg|degrees|%|lb|lbs|\#|s|sec|cm|mm) (today|now) (from|was|vs|prev|previously) <num>
# A value against a named day, and the time it took to recover (hundred-and-ninth and hundred-and-tenth probe rounds):
# "Tolerance incresed to 12 min today (was 5 min on Monday)", "required 3 min supine to recover to 92%".
response.compared_day = (was|from) <num> (min|mins|minutes|s|sec|ft|reps) (on|last) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Wed|Thurs|Fri|yesterday)
response.time_to_recover = (required|needed|took|requiring) <num> (min|mins|minutes|sec|s|seconds) [supine|seated|sitting|standing|of rest|rest|PLB] to (recover|return|come back)
# A symptom eased by a change the therapist made (hundred-and-seventh probe round): "tingling by 6 min that resolved
# after wrist repositioned to neutral".
response.resolved_after_change = (resolved|subsided|eased|cleared|improved) after [the] [wrist|hand|arm|neck|head|trunk] (repositioned|repositioning|position change|positioning|rest|a rest|break|stretch|stretching|PLB|cue|cues|adjustment)
# A target held (hundred-and-eighth probe round): "reached Rx'd THR 105-115 ... and stayed in range x 20 min".
response.stayed_in_range = (stayed|remained|kept|maintained|held) (in|within) [the|target|THR|Rx'd|prescribed] (range|zone|target|THR|target range|HR range) [x|for] <num> (min|mins|minutes)
response.tolerated_after = tolerated [linear|rotary] (swing|swinging|movement|input|brushing|touch|textures|messy play|tummy time|prone|handling|stretch|stretching|standing|upright|sitting|bath|bathing|tooth brushing|toothbrushing|haircut|nail trimming|splint|orthosis|brace) [for] <num> (s|sec|min|mins|minutes) (after|following|once|with)
response.first_time = for first time | for 1st time | for the 1st time | (first|1st) time (doing so|doing this|doing that|without|w/o|she has|he has|pt has|able|achieved|performing|completing|walking|standing|that)
                   # The first stretch of days since the event (ninety-fifth probe round): "the first week since surgery she's been able to put on her own socks".
                   | (first|1st) (day|days|week|weekend|night|month) since [her|his|the|pt's] (surgery|injury|fall|stroke|CVA|admission|d/c|discharge|delivery|accident|diagnosis|dx|op|operation|replacement|TKA|THA|TKR|THR|fracture|fx|accident|chemo|radiation|baby|birth)
# A position or a device borne for a stated time: "w/ singing and toy presentation tolerated 3 min prone on elbows".
# The eighty-seventh and eighty-ninth probe rounds (twenty-first session): change within today's trials told in
# plain words. Done right on a count ("did it correctly 3/3 cough trials"), the last tries with less help ("did last 2
# with verbal prompt only"), better as the work went on ("fewer erasures as he went"), a change that shows ("Step
# length visibly larger ... afterward").
response.plain_change = (did|done|performed|completed) [it|them|all] correctly <score> | (did|completed|performed|managed) (last|final|the last|the final) (<int>|two|three|four|five) (with|w/|w/o|without|independently|indep|unassisted|on own)
                      | as (he|she|they|pt|the child|the student|the session|session|tx|treatment) (went|went on|went along|progressed|continued)
                      | (visibly|noticeably|markedly|clearly|observably) (larger|longer|bigger|improved|better|faster|smoother|straighter|more upright|wider|steadier|more even|more fluid|more symmetrical|less guarded)
# A sign or a symptom changed after a dose of the work, and the patient telling what a cue changed (ninety-first probe
# round): "Tone in R UE increased; decreased after 2 min WB", "Pt stated the cue made standing 'way easier'".
# The dev half's rounds 84-100 (twenty-first session): errors counted down by an arrow ("cone contacts 2 -> 0"), a
# rating at the session's end ("Pain was 4 out of 10 at the end"), soreness afterwards ("knees were sore afterward"),
# a saturation with the activity ("SpO2 92 percent on 2 L with activity").
# The ninety-third probe round (symbols and shorthand): a limp less after a treatment ("↓ antalgic pattern on land amb p̄ pool
# session"), a blood-pressure response named ("Appropriate rise & recovery"), a rest after a minute mark ("Needed ~2' standing rest").
response.told_shorthand = (↓|↑|decreased|reduced|less) (antalgic|antalgic pattern|antalgic gait|limp|limping|guarding|compensation|trendelenburg|circumduction|hip hike) (after|following|post|on land|with|w/)
                        | (appropriate|normal|expected|blunted|exaggerated|hypertensive|hypotensive) (rise|BP response|HR response|hemodynamic response|vitals response|chronotropic response) [and|\&|+] [recovery]
                        | (needed|required|took) [~|approx|about] <num> ' (standing|seated|sitting) (rest|break)
response.counted_down = (errors|error|contacts|cone contacts|LOB|LOBs|misses|drops|touches|hits|stumbles|trips|collisions|rests|rest breaks|prompts|cues|VCs) <int> (→|\>|\-\>|to) <int>
response.end_value = (pain|HR|SpO2|RPE|fatigue|dyspnea|dizziness) [was|rating|rated] (<num>|<score>) [out of 10|/10] (at the end|by the end|at end|at end of session|at the end of session|end of session|after session|after tx|post session)
                   | (were|was|felt|got) (sore|tired|stiff|achy|fatigued|winded|shaky) (afterward|afterwards|after the session|after tx|after treatment|after the walk|after the stairs)
response.vitals_activity = (SpO2|sats|O2 sat) <num> [%|percent] [on <num> L|on RA] (with|w/|during) (activity|exertion|amb|ambulation|gait|ADLs|transfers|stairs|exercise|dressing|showering)
response.after_dose = (decreased|reduced|lessened|diminished|eased|subsided|resolved|improved|normalized|relaxed) after <num> (min|mins|minutes|sec|secs|seconds|reps|trials|sets|bouts|laps)
                    | made (it|standing|walking|the transfer|transfers|reaching|dressing|rising|stairs|the stairs|getting up|turning) [way|much|a lot|so|a little|a bit] (easier|harder|smoother|less painful|more painful)
                    # What the patient could do once the treatment was given: "After tx pt made full composite fist; pre-tx lacked 1.5 cm".
                    | after (tx|treatment|paraffin|heat|warm up|mobs|mobilization|manual|stretch|stretching|massage|MLD|modalities) (pt|she|he|the patient) (made|achieved|reached|was able|could|demonstrated|showed|reported|reports|noted|stated|felt)
                    # A girth or a volume after the treatment that reduces it: "6.1 cm after retrograde massage".
                    | <num> (cm|mm|mL) after (retrograde massage|massage|MLD|manual lymph drainage|elevation|compression|bandaging|wrapping|Coban|edema massage|pumping)
response.tolerated_for = (tolerated|tol'd) <num> (min|minutes|sec|seconds|hr|hours) [of|in] (prone|supine|sitting|standing|tummy time|upright|OOB|wearing|splint|orthosis|brace|stander)
# Symptom-free after the manoeuvre: "After Epley pt sat up w/ no spinning and no nystagmus".
response.after_maneuver = (after|following|post) (Epley|CRP|maneuver|Semont) [pt] [sat up|was] (w/|with|no) [no] (spinning|vertigo|nystagmus|dizziness) ; ignores=historical
# A rest with its length after the work: "Pt amb 400' w/ SPC, SBA, ~3 min seated rest after".
response.rest_length = <num> (min|minute|mins|sec|seconds) (seated|standing|sitting) (rest|break) (after|following|needed|required|between)
# The patient's own words on the change: "he said he felt less scrambled when the steps were written out",
# "she said her fingers felt like they were waking up", "his legs felt less shaky at the top this time".
response.felt_change = (said|says|told me) (he|she|her|his) [legs|arm|back|knee|fingers] (felt|feels) (less|more|better|calmer|steadier|looser|stronger|lighter|easier|like)
                     | (legs|leg|knee|knees|arm|hand|fingers|back) (felt|feel|feels) (less|more) (shaky|wobbly|tired|stiff|sore|tight|heavy|weak)
                     # The patient felt less or more of a symptom with what was done: "Pt felt less pressure w/ new bra".
                     | (pt|patient|he|she) (felt|feels) (less|more|no) (pressure|pain|tightness|heaviness|stiffness|discomfort|burning|tingling|numbness|swelling|pulling|strain)
# Done without help by a later trial, rechecked at the end, "a real change", "by the fifth one": the change within
# the session or since the last visit, told in words.
response.later_trial = (w/o|without|no) (cues|cueing|VCs|help|assist|assistance|prompts) by (trial|rep|set|attempt|the) [<int>|third|fourth|fifth|last|final|end] | by the (second|third|fourth|fifth|sixth|last|final) (one|trial|rep|attempt|set|time|try|button|lap|round)
                     # The same with a figure and the thing counted: "by 4th washcloth pt followed the pattern", "by 2nd load".
                     | by [the] (2nd|3rd|4th|5th|6th|7th|8th) (washcloth|towel|load|item|sheet|page|shirt|sock|plate|dish|card|block|bead|cup|one|trial|rep|attempt|set|time|try|lap|round|run)
                     | (rechecked|retested|re tested|re checked|reassessed|re assessed) (at the end|at end|after|afterwards|post tx|post treatment|before she left|before he left) | (a real change|a big change|a real improvement|a big improvement|a nice change)
                     | (running out of gas|ran out of gas|out of gas)
                     | (had|has) (settled|eased|calmed) (down|off) | without the (limp|pain|antalgic gait|guarding) (she|he) (had|came in with) | (was able to|able to) (settle|calm down|refocus|re engage|reengage|reset)
# Errors fewer over the trials, confidence told, attention that drifted: "errors fell from 4 on the first check to 1 on the
# third", "pt stated he felt 'more confident' turning left-handed", "Attention to card-sorting task drifted after ~15 min".
response.ot_change = (errors|mistakes|cues|prompts|misses|spills) (fell|dropped|decreased|went down|reduced) from <num> | (stated|reported|states|reports) (he|she) (felt|feels) [\'|\"|“|‘] (more|less) (confident|steady|secure|comfortable|relaxed|anxious|safe|independent)
                   | (attention|focus|engagement) (drifted|waned|faded|decreased|wandered) (after|by|at|around)
# The classes of the fifty-third and fifty-fourth probe rounds (seventeenth session): a change against an
# earlier time told with "than" after what changed ("less pull on bed rail than yesterday"), a task done alone right after it was
# shown ("Pt then performed it independently x3"), the patient's word on how it went ("stated it was so much
# easier"), rests told by need or interval ("had to sit twice", "standing rest every 20'"), time kept on a task
# ("Stayed w/ the cooking task 15 min"), a symptom gone ("doesn't catch anymore"), behaviour in the session
# ("got upset at the 3rd step"), airway clearance ("cleared mod amt thick sputum"), a later try done alone ("2nd
# try he pushed my hand away"), speed or ease gained over the session ("got quicker over the session") and
# events counted down since the work began ("urgency episodes down to 2/day").
response.than_earlier = than (yesterday|last visit|last session|last time|last tx|last week|last wk|prior visit|previous visit|previous session|the last visit|the last session|at eval|at evaluation|on eval|at IE|at SOC|on admission|at admission|at the start|at start|this morning|last Mon|last Tues|last Wed|last Thurs|last Fri)
response.then_alone = (then|afterward|afterwards|after that|subsequently) (performed|did|completed|demonstrated|showed|repeated|managed) (it|this|them|same|the same|both|all|each) (independently|indep|I|correctly|w/o cues|without cues|on his own|on her own|by himself|by herself|w/o help|without help)
response.said_easier = (stated|said|reports|states|says) [it|this|that] (was|is|felt|feels) [much|so much|a lot|way] (easier|harder|better|worse|less painful|more comfortable|less scary|lighter|smoother)
response.said_easier_quoted = (stated|said|states|says) [it|this] (was|felt) (\'|\"|“|‘) [much|so much|a lot] (easier|better|less painful|more comfortable|lighter|smoother|harder|worse)
response.rest_needed = (had to|needed to|has to|needs to) (sit|stop|rest|sit down|lie down|lay down|take a break|pause|lean) (twice|x2|x 2|x3|x 3|once|three times|<int> times|several times|multiple times|repeatedly|again|halfway|midway|partway)
                     | (standing|seated|sitting) (rest|rests|break|breaks) (every|q|each) <num>
response.stayed_on_task = (stayed|remained) (w/|with|on|at) the [cooking|writing|craft|cutting|sorting|folding|laundry|kitchen|card|puzzle|assembly] (task|activity|game|project) [for] <num> (min|minutes|mins)
response.gone_anymore = (doesn't|does not|didn't|did not|don't|isn't|wasn't) (catch|click|hurt|pinch|lock|give way|buckle|burn|ache|tingle|spin|grind|pop|slip) (anymore|any more)
response.upset = (got|became|becomes|was|getting|grew) (upset|agitated|frustrated|tearful|anxious|scared|fearful|combative|overwhelmed|distressed|restless|teary) (at|during|with|when|on|by|after) ; excluded_by=reported
response.sputum_cleared = (cleared|expectorated|produced|coughed up) [sm|small|scant|mod|moderate|lg|large] [amt|amount of|amt of] [thick|thin|yellow|white|clear] (sputum|secretions|mucus)
                       | (crackles|rhonchi|wheezes|breath sounds) [R base|L base|bases|at bases|B bases] (less|decreased|improved|clearer|cleared) (on re listen|on relisten|on reauscultation|on re auscultation|after|post)
response.later_try = (2nd|second|3rd|third|next|last|final|4th|fourth) (try|attempt|trial|time|rep|go) (he|she|pt|patient|student|child|resident) (did|started|completed|managed|got|performed|pushed|finished|initiated|was able)
response.quicker_over = (got|became|getting|was) (quicker|faster|smoother|steadier|more confident|more fluid|more efficient|better|stronger|more consistent) (over|during|through|across|as|by the end of) (the|each) (session|visit|tx|treatment|trials|reps|laps|flights)
response.count_down = (episodes|leaks|leakage|falls|wakings|awakenings|voids|headaches|HAs|flares|spasms|near falls|LOB|errors|accidents|incidents|migraines) (down|decreased|reduced|dropped|fell|up|increased) (to|from) <num>
# The classes of the seventeenth session's writers' rounds (dev half): a principle told back and shown
# ("pt verbalized and demo'd JP principles during kitchen task"), a gain that slips when the cue goes
# ("Improved standing posture w/ mirror feedback but reverts w/o cue"), pride in what was done ("Pt very
# proud, 'I made lunch!'"), a change reached with ease after a change was made ("res reached it easily
# 3/3 trials"), a later trial done alone ("3 trials, 3rd w/o cue") and a device given up for a lighter
# one ("Transitioned to SPC for household distances today").
response.told_and_shown = (verbalized|verbalizes|stated|states|explained|explains) and (demo'd|demonstrated|demonstrates|return demo'd|return demonstrated|showed|shows|applied)
response.reverts = (reverts|reverted|reverting|slips back|slipped back|returns|returned) (w/o|without|when|once|after|to old|to prior|to previous) [the] [cue|cues|cueing|VC|VCs|feedback|mirror|reminders|prompting]
response.proud = (very|so|quite|visibly|clearly|obviously) proud | proud (of|about|that) (herself|himself|themselves|her|his|it|this)
response.with_ease = (reached|managed|used|operated|opened|did|completed|performed|got|pushed|released) (it|them|this|both|each) (easily|with ease|w/ ease|without difficulty|w/o difficulty|w/o effort|without effort)
response.later_alone = (2nd|second|3rd|third|4th|fourth|5th|fifth|last|final) [trial|try|attempt|rep|time] (w/o|without|no) (cue|cues|VC|VCs|help|assist|assistance|prompt|prompts|prompting|reminders)
response.device_progressed = (transitioned|progressed|weaned|advanced|graduated|switched) (to|off|from) [a|the] (SPC|cane|QC|quad cane|RW|FWW|walker|rollator|crutches|no AD|no device|no assistive device|boot|regular shoe|shoe|brace|room air|RA)
# More of the dev half's responses in few words (seventeenth session): a rating after the work ("Pt reports
# 4/10 after"), a repeated trial free of the symptom ("2nd trial no nystagmus"), the state at the end ("Fussy at
# end"), a rest needed after a time ("Rest needed after 5 min"), the work stopped after a time or count ("cried
# and stopped after 2 min"), a liking told ("said she liked the checklist") and no change in the vital
# signs (clarification 5: the absence counts).
response.rated_after = (reports|reported|rated|rates|rating|c/o) [pain|sx|symptoms|soreness|fatigue|dizziness] <score> (after|post|afterward|afterwards|following|at end)
                     | (reports|reported|rated|rates|c/o) [R|L|B] (knee|hip|back|LBP|shoulder|ankle|neck|foot|wrist|hand|elbow|leg|legs) [pain] <score> (after|post|afterward|afterwards|following|at end)
response.repeat_clear = (2nd|second|3rd|third|last|final|repeat|repeated) (trial|attempt|rep|time|maneuver|test) (no|w/o|without|neg|negative|decreased|less|minimal) (nystagmus|nyst|vertigo|dizziness|sx|symptoms|pain|LOB)
response.state_at_end = (fussy|cranky|crying|tearful|sleepy|irritable|agitated|restless|distracted|disengaged|drowsy) (at end|by end|at the end|toward end|towards end|near end|by the end|second half|the second half|last half|latter half|last part)
response.rest_after = (rest|break|rest break|seated rest|standing rest) (needed|required|taken|requested) (after|at|every|q) <num>
response.stopped_after = (stopped|quit|pulled away|cried|refused to continue|asked to stop) after <num> (min|minutes|mins|sec|seconds|reps|bites|steps|trials|laps)
response.liked = (said|says|stated|states|reports|reported) (she|he|pt|patient|they|child) (liked|enjoyed|loved|preferred|disliked|hated)
response.vitals_unchanged = (without|w/o|no) (change|changes|significant change) in (VS|vitals|vital signs|HR|BP|SpO2|sats|O2 sats|symptoms|sx)
# The classes of the fifty-fifth and fifty-sixth probe rounds (seventeenth session): a symptom less than it
# was ("my leg doesn't drag as much as last week") and help stepped down after a count ("Needed HOH for first 4
# cuts, then 3/3 last cuts w/ verbal cue only").
response.not_as_much = (doesn't|does not|don't|didn't|did not|isn't|wasn't) (drag|hurt|ache|swell|burn|catch|shake|buckle|spin|tingle|pull|click) as much ; ignores=historical
response.first_count_then = (first|1st|initial) <int> (cuts|reps|trials|attempts|steps|laps|tries|bites|buttons|transfers|stairs|letters|words|flights) [,|;] then
                          | (first|1st|initial) <int> (flights|trials|reps|laps|attempts|cuts|transfers) but (completed|did|managed|performed|finished) (the last|last|final|the final|the 3rd|3rd|the rest)
# The classes of the seventy-second and seventy-third writers' rounds (dev half, seventeenth session): an
# infant's or a patient's protest during the work ("Infant cried during lateral flexion stretch"), tiring
# soon ("tired quickly"), no further signs ("no further s/s of aspiration"), more done at home told as the
# change ("Pt states he's walking more at home") and a new ability told with "now" ("now pushing up on
# extended arms").
response.protest_during = (cried|fussed|grimaced|pulled away|resisted|protested) (during|with) [the] [lateral flexion|rotation|neck|hamstring|calf|cervical|heel cord|SCM] (stretch|stretches|stretching|exercise|exercises|PROM|ROM|positioning|handling|tummy time)
response.tired_soon = (tired|fatigued|fatigues|tires|fatiguing) (quickly|easily|fast|early|rapidly|sooner) ; excluded_by=reported
response.no_further_signs = no (further|more|additional|other) (s/s|signs|symptoms|sx|episodes|coughing|desats|desaturations) [of]
response.more_at_home = (walking|moving|getting around|getting out|using it|using her arm|using his arm|using the arm|using her hand|using his hand|going out|standing) more (at home|now|lately|this week|since|than before|than last week|around the house)
response.now_able = now (pushing up|rolling|sitting up|cruising|crawling|pulling to stand|standing alone|walking alone|bearing weight|reaching|holding|lifting|climbing|walking|able to)
# A symptom told in the passive after what brought it on (fifty-seventh probe round): "Nausea was reported
# after sitting EOB ~5 min".
response.passive_symptom = (nausea|dizziness|lightheadedness|pain|SOB|dyspnea|fatigue|blurry vision|blurred vision|cramping|numbness|tingling) (was|were) (reported|noted|observed|experienced) (after|during|with|at|on)
# The classes of the seventy-fourth and seventy-fifth writers' rounds (dev half, seventeenth session): no signs
# of a reaction (clarification 5: "no s/s distress"), help or cueing down from an earlier level ("down from
# moderate cueing on Monday"), a task kept up until the patient asked to stop ("standing x4 min before requesting
# to sit") and symptoms less frequent ("pt reporting HA less frequent").
response.no_signs = no (s/s|signs|signs or symptoms|signs/symptoms) [of] (distress|intolerance|fatigue|SOB|dyspnea|orthostasis|orthostatic hypotension|hypotension|hypoglycemia|agitation|anxiety|aspiration|discomfort|pain|overexertion|respiratory distress)
response.down_from = (down|decreased|reduced|improved|up) from (max|maximal|mod|moderate|min|minimal|frequent|constant|occasional|<int>) [A|assist|assistance|cueing|cues|VCs|prompts|prompting|verbal cues]
response.until_asked = (before|until) (requesting|asking|needing|needed|requested|asked) (to sit|to rest|to stop|to lie down|a rest|a break|to sit down)
response.less_frequent = (HA|HAs|headaches|headache|pain|sx|symptoms|dizziness|spasms|cramps|leaks|episodes|falls|flares|migraines) (less|more) (frequent|frequently|often|intense|severe)
# The classes of the eighty-first probe round (twentieth session), changes told in plain words: "by the end was
# talking with peers", "put her weak arm in first without being reminded", "did it back correctly after one demo",
# "caught her own mistake", "standing straighter than when she went in", "had to sit down after 4 min", "Swelling
# down after 10 min elevated".
response.by_the_end = by the end [of (the|this|today's) (session|visit|tx|treatment|group|hour|class|walk)] (was|were|she was|he was|pt was|they were|had|she had|he had|pt had)
response.unprompted = (without|w/o) being (reminded|told|asked|cued|prompted|shown) | without (a reminder|reminders|reminding)
response.after_one_demo = (correctly|back correctly|independently|on her own|on his own|on their own|accurately) after (one|1|a single|two|2|one more) (demo|demos|demonstration|demonstrations|model|trial|try|attempt|cue|VC|reminder)
response.own_mistake = caught (her|his|their) own (mistake|mistakes|error|errors|slip|slips)
response.than_when = than (when|before) (she|he|pt|they|the child) (went in|started|arrived|came in|began|got in|walked in)
response.had_to_stop = had to (sit|sit down|rest|stop|lie down|take a break|take a seat) after <num> (min|mins|minutes|sec|secs|seconds|laps|steps|reps|ft|feet)
response.swelling_after = (swelling|edema|puffiness) (down|decreased|reduced|less|improved|resolved|better) after | (fingers|hand|ankle|foot|knee|leg|arm) (puffier|more swollen|less swollen) after
# The classes of the ninety-fourth and ninety-fifth writers' rounds (dev half, twentieth session): mood and affect
# changed ("mood improved", "brighter affect", "Pt calmer after"), a correction taken up within the set ("better by
# last 3 reps") and less resistance than an earlier session ("Less resistance than 1/12 session").
response.mood_changed = (mood|affect) (improved|brighter|better|lifted|elevated) | (brighter|improved|more animated|more reactive|less flat) affect
                      | (calmer|more relaxed|less anxious|less agitated|more settled|less restless|less tearful) (after|afterward|afterwards|by end|by the end|at end|post|following|at the end)
response.better_by_last = better by [the] (last|end|final|third|3rd|2nd|second) [<int>] (reps|rep|trials|trial|set|sets|attempts|attempt|lap|laps|bout|bouts)
response.less_than_before = (less|more|decreased|increased) (resistance|resistive|agitation|agitated|anxiety|anxious|guarding|guarded|fearful|hesitant|hesitation) than (last|prior|previous|before|<date>|<score>)
# A symptom or sign changed after a treatment, by an arrow (eighty-third probe round): "UE heaviness ↓ after MLD".
response.arrow_after = (heaviness|tightness|stiffness|swelling|edema|pain|HA|dizziness|numbness|tingling|spasm|spasms|guarding|tone|fatigue|SOB) (↓|↑|decreased|eased|reduced) after (MLD|tx|treatment|session|manual|MT|STM|stretching|stretch|mobs|mobilization|ex|exercise|TE|ice|heat|massage|taping|walk|amb|gait|rest|positioning|compression|bandaging)
# Right after a correction (eighty-fifth and eighty-sixth probe rounds): "1 correction for hand placement, then
# correct x2", "w/ correct form after 1 correction on chin tuck".
response.after_correction = (correct|correctly|correct form|good form|proper form) [on camera|on video] after (1|one|2|two|a|a single) (correction|corrections|cue|VC|reminder|demo) | then (correct|correctly) x <int>
@category not_element
@set targets=patient_response
# "Balance ex for improved SL balance": what the work is for, not what it did.
# A problem list names the impairment, not a change: "Problem #2 decreased balance: balance activities".
noresponse.problem_label = (problem|problems|prob|impairment|impairments|deficit|deficits) [\#] [<int>] [:] (decreased|impaired|reduced|poor|increased|limited|diminished)
noresponse.purpose = for (improved|better|increased)
# What the therapist watched for is no event: "monitored for freezing during turns", "watched for LOB".
noresponse.watched_for = (monitored|monitoring|watched|watching|observed|observing|assessed|screened|guarded|guarding) for [signs of|any|episodes of] (freezing|FOG|LOB|loss of balance|falls|fall|dizziness|fatigue|SOB|pain)
# Why the patient is homebound is no response to today's work: "remains homebound d/t unsteady gait".
noresponse.homebound = homebound (d/t|due to|2/2|secondary to) (unsteady|unsteadiness|SOB|dyspnea|fatigue|pain|dizziness)
# Where the patient was left: "Pt up in chair at end of session, call light in reach".
noresponse.left_at_end = (chair|w/c|bed|recliner) at [the] end of [the] (session|tx|treatment|visit)
# The therapist's or a trainee's guarding is no behaviour of the patient: "CGA w/ close guarding", "RNA demo'd correct guarding".
noresponse.guarding = (correct|proper|safe|close|contact|standby|min|minimal|appropriate) guarding
noresponse.arrival = (pain|ache|aching|discomfort|soreness|stiffness|tightness|dizziness|symptoms|sx|LBP|HA|headache|fatigue) [<score>|<num>|<num> out of <num>] (on|upon|at) (arrival|arriving)
# Fatigue as the topic taught is no fatigue shown: "Ed on chemo-related fatigue mgmt", "education on fatigue management".
noresponse.fatigue_topic = [chemo related|cancer related|CRF] fatigue (management|mgmt|self management|strategies|education|ed)
# A device or a method tried for the first time is no trial of the task: "1st trial of RW", "first trial of
# the tub bench".
noresponse.trial_of = (1st|first|initial|2nd|second) (trial|trials) of
# "mod I w/ increased time" qualifies the assist level: the extra time is not a response to today's work
# nor the therapist grading it.
@set targets=patient_response,skilled_intervention
noresponse.increased_time = (w/|with|requiring|requires|required|needs|needed) (increased|extra|additional|more) time
# Sleep told with its cause is the night before, not today's response: "slept poorly due to pain".
notresponse.sleep = (slept|sleeping|sleep) (poorly|badly|bad|little|well|ok|fine|restlessly) [last night|overnight] (due to|d/t|2/2|because of|secondary to|from) ; targets=patient_response
