# Context triggers (vocabulary.md §4.4): what stops a hit from counting as treatment done today.
#   negation      not performed today ("declined stairs", "unable to", "w/o")
#   pseudo        looks like a trigger but is not ("no LOB" is a response, "without AD" a device);
#                 a pseudo hit masks every trigger it overlaps
#   hypothetical  goal / future / conditional ("LTG:", "pt will", "plan to", "if", "PRN")
#   historical    history / prior level of function ("PLOF", "previously", "at baseline")
#   other_person  someone else is the actor ("caregiver assisted", "wife performs")
#   terminator    ends every scope ("but", "however", ";")
# Scope: single-word triggers reach a few words (`scope=`, NegEx uses 5, cTAKES 7-10); multi-word
# triggers reach to the end of the sentence (no `scope`). Same-class triggers cut each other, except that a
# history reaching its sentence's end ("Hx:", "PLOF") holds the `prior`s inside it.
# A trigger never modifies a hit it overlaps, so "no assist" (assist_level INDEPENDENT) and
# "no LOB" (patient_response) stay credited.
# Hypothetical triggers do not target goal_linkage (the extractor keeps goal language anyway).

@category negation
@set direction=forward scope=5
neg.no = no | not | never | neither | nor ; ends=until,till,with,w
# "Without" names what did not happen in the clause it opens; the cue after it was given: "8/10 w/o
# trunk lateral lean after VC", "turned w/o pivoting on L after cue", "w/o spill 5/10, HOH min A".
neg.without = without | w/o ; ends=comma,after,needed,required,needing,requiring,w,with
# What the patient could not do ends at a comma: "unable to reach feet, introduced reacher/sock aid"
# (the reacher was introduced).
neg.cannot = cannot | can not | can't | could not | couldn't | unable | unable to | not able to | did not | didn't | does not | doesn't | was not | wasn't | were not | is not | isn't ; scope=8 ends=comma,until,till
# An impairment list names what is limited, not what was trained: "Examination indicates deficits in
# pain, muscle endurance, and functional mobility".
neg.deficits = (deficits|deficit|impairments|impairment|limitations|limitation|decline|declines) (in|of|with) ; scope=10 targets=functional_task,code_signal
# Single words such as `deferred` reach both ways: "Gait training deferred", "deferred gait".
@set direction=both
# What the patient declined was not done, but why ("refused gait, c/o fatigue") is a response.
neg.declined = (declined|declines|refused|refuses|refusing|deferred|defer|deferring|omitted|skipped|cancelled|canceled|on hold|not performed|not provided|not given|not tested|not assessed|not attempted|not completed|not tolerated|did not tolerate|unable to tolerate|not appropriate for|contraindicated|not indicated|unsafe to attempt|unsafe for) ; scope=8 targets=functional_task,timed_minutes,assist_level,cueing,objective_measure,skilled_intervention,code_signal,code_name
               | (pt|patient) (declined|refused|deferred)
               # Offered and declined: "Energy conservation education offered; pt declined".
               | offered [\;|but|and] (pt|patient) (declined|refused)
               | (denies|denied|deny|denying) ; scope=6
               | (without|w/o) (completing|attempting|performing|trying)
               | no (gait|stairs|stair training|transfers|ambulation|exercise|exercises|ther ex|ther act|treatment|tx|therapy|PT|OT|session|NMR|manual) (today|this session|this date|performed|completed|secondary|due|d/t)
@set direction=backward scope=6
neg.post = (was|were|is|are|to be|will be) (deferred|held|omitted|skipped|cancelled|canceled|declined|refused) | not done | NT | N/T | not tested today | held today
         | (not|un) (needed|required|necessary) | unnecessary | (was|were) not (needed|required|necessary|performed|completed|attempted|tolerated|done) ; scope=5
# The engine cannot say "n/a" applies only to the value beside it, so these reach 3 words back: a
# template's "Cueing: None", "Cues: N/A".
neg.na = N/A | n/a | NA | none | None ; scope=3

@category pseudo
# Device, symptom and balance statements that only look like negations.
pseudo.device = (without|w/o|no) [use of|an|the|any] (AD|ADs|assistive device|device|walker|cane|RW|FWW|SPC|AFO|brace|orthosis|rail|rails|handrail|handrails|HR|armrests|arm rests|armrest|arms|use of arms|UE support|support|external support|UE assist|UE|UEs|UE use|use of UE|use of UEs|use of hands|hands|hand hold|HHA|hand held assist|assist of UEs|B UE|bilateral UE|UE push off|push off)
pseudo.balance = (no|without|w/o) (LOB|LOBs|loss of balance|losses of balance|falls|fall|near falls|near fall|stumbles|buckling|knee buckling|instability|unsteadiness|sway|hesitation|compensation|compensations|trunk compensation|substitution|deviation|deviations|gait deviations|increased sway)
pseudo.symptom = (no|without|w/o|denies|denied) [any|increase in|increased] (pain|increased pain|pain increase|discomfort|SOB|shortness of breath|dizziness|lightheadedness|nausea|symptoms|sx|fatigue|soreness|adverse|adverse reaction|adverse reactions|adverse effects|distress|s/s|signs of distress|change in symptoms)
                | no increase in (pain|symptoms|sx) | not limited by (pain|fatigue|symptoms|SOB) | no change | no changes | no further | not only | not necessarily | no longer | without difficulty | w/o difficulty | without any difficulty | without problems | without issue | without issues | without incident | without hesitation
# A hand clinic's "IF" is the index finger, not "if" (ninety-second probe round): "IF lacks 2 cm to DPC, MF 1 cm".
pseudo.index_finger = IF (lacks|lacked|tip|tip to|MCP|PIP|DIP|IP|flex|flexion|ext|extension|AROM|PROM|TAM|composite|pulp)
pseudo.rest = (no|without|w/o) [any|a|need for|the need for] (rest|rests|rest break|rest breaks|seated rest|seated rests|breaks|break)
pseudo.cues_faded = no (cues|cueing|VCs|reminders|prompts) (needed|required) (by|after) [the] <int> (st|nd|rd|th)
pseudo.assist = (no|without|w/o) [physical|hands on] (assist|assistance|asst|help) [needed|required|given] | no one
# A goal status line ("STG 1: met") reports today's result; it must not open a goal scope.
pseudo.goal_status = (goal|goals|STG|LTG) [\#] [<int>] [is|are|was|:] (met|partially met|not met|progressing|ongoing|achieved|in progress)
pseudo.compare = (compared to|compared with|vs|versus|from|than|since) (last|previous|prior) (visit|session|tx|treatment|week|time|note) | (improved|increased|decreased|progressed|up|down) from
pseudo.education = (caregiver|caregivers|CG|family|spouse|wife|husband|daughter|son|mother|father|mom|dad|grandmother|grandma|grandfather|grandpa|guardian|parent|parents|aide) (educated|instructed|trained|training|education|teaching|taught|was educated|was instructed|was trained|verbalized|demonstrated understanding|return demonstrated|present for)
                 | (educated|instructed|trained|taught|education|training|instruction) [pt and|patient and|pt &|pt/|pt and his|pt and her] [pt's|his|her|the] (caregiver|caregivers|CG|family|spouse|wife|husband|daughter|son|aide)
                 | history and physical | social history | history of present illness | (reported|provided|obtained) by (his|her|pt's|the) (wife|husband|daughter|son|caregiver|family)
pseudo.will_today = will be able to today
# "Return" as half of "return demonstrate" is no purpose: "pt able to return demonstrate safe tub bench transfer".
pseudo.return_demo = to return (demonstrate|demo|demonstrated|demo'd|demos|demonstration)
# Nursing as the second of a two-person assist helps the therapist; the patient still does the task:
# "rolling mod A x2 w/ nursing assist, sup to sit max A x2", "transfer +2 with RN".
pseudo.second_helper = (x 2|x2|2 person|two person|2nd person) (w/|with|and|+) (CNA|nursing|RN|LPN|nurse|aide|tech|PCA|staff) [assist|assistance|help]
# A count of refusals among a feeding trial's counts is data, not a refusal of the session: "accepted 2, gagged 3, refused 1".
pseudo.refusal_count = (refused|declined) <int> [bites|tastes|spoons|spoonfuls|x|times|of <int>|trials|presentations]

@category hypothetical
@set direction=forward targets=functional_task,timed_minutes,assist_level,cueing,objective_measure,patient_response,skilled_intervention,code_signal
# Orders and device settings are limits, not the patient's values: "Keep SpO2 >= 90% on RA with activity",
# "hold therapy if SBP >180", "wrist positioned in 25° ext, MCPs 60° flex", "CPM set at 0-90°", "advance
# range by 5° per day".
# What someone wanted done, not what was done: "His teacher wanted us to work on scissor skills ... session was missed".
hyp.wanted = (wanted|wants|asked) (us|me|PT|OT|therapy|therapist) to (work on|address|practice|focus on|try|do) ; scope=10
# Tasks done as a test's items are the test's, not tasks trained: "AMPS administered: pt performed 2 chosen tasks (making
# toast, folding towels) for scoring", "KELS administered, including grocery-shopping items".
hyp.test_items = (AMPS|KELS|PASS|FCE|functional capacity evaluation|Jebsen Taylor|Jebsen) (administered|completed|performed|given|testing|test|tested) | (FCE|functional capacity evaluation) (lift|carry|push|pull|lifting|carrying) (test|tests|testing) ; scope=20 targets=functional_task
hyp.parameter = (keep|maintain) (SpO2|sats|O2 sats|HR|SBP|DBP|BP|MAP|RPE|RR) | (titrate|titrated|titrating) [O2|oxygen|FiO2] to (SpO2|sats|O2 sats|keep|maintain) | (hold|stop|hold tx|hold therapy|hold PT|hold OT|stop tx) if ; scope=8 targets=objective_measure,patient_response
# A range prescribed for exercise is a limit too: "Target HR range for exercise: 100-125 bpm per MD order".
hyp.target_range = (target|THR|prescribed) (HR|heart rate) [range] | (target|prescribed) (RPE|SpO2) [range] ; scope=8 ends=comma targets=objective_measure,patient_response
hyp.device_setting = (fabricated|molded|moulded|made) [:] [wrist|elbow|knee|ankle|MCPs|MCP|thumb|IPs|forearm] (positioned|set|held) (in|at) | (CPM|brace|hinge|hinged brace|ROM brace|knee brace|elbow brace|orthosis|splint) [currently|is|was] (set|locked) (at|to) | (advance|increase|progress|decrease) [range|ROM|flexion|extension|the range] by ; scope=10 targets=objective_measure
hyp.goal = (goal|goals|STG|LTG|STGs|LTGs|short term goal|long term goal|short term goals|long term goals|pt goal|patient goal|pt's goal|patient's goal|IEP goal|IFSP goal|IFSP outcome) [\#] [<int>] :
         | (STG|LTG|goal) [\#] <int> [:|\|] (pt|patient|to|will) | (pt|patient|pt/CG|she|he|family|caregiver) will | (pt|patient|she|he) (is|are) to (report|be|ambulate|demonstrate|increase|perform|tolerate|complete|achieve|return|improve|walk|transfer|climb|lift|carry|recall|state) | will be able to | will be | would like to | wants to | hopes to | wishes to
         | (plan|plans|planning|planned) (to|for|:|is to|will) | plan : | (plan|plans|planned) [for] (tomorrow|next visit|next session|next time|next week|next wk) | (upon|by|at|before|prior to) (discharge|d/c|DC) | (within|in|over the next|x) <int> (weeks|wks|wk|visits|days|months|sessions)
         | in order to | so that | to allow | to enable | with goal of | with the goal of | goal is to | recommend | recommended | recommends | recommendation | consider | will attempt | will trial | will progress | will continue | will add | will assess | will initiate | to be (assessed|performed|tested|initiated|trialed|added)
# "Next visit" plans what stands just before it too: "stairs next session", "ther ex 15 min next visit".
hyp.next = [at] next (session|visit|tx|treatment|time|week|appt|appointment|wk|OT|PT) ; direction=both scope=4
hyp.aim = (aiming|aim|hoping|hope|expect|expected|expecting|anticipate|anticipated|anticipating) (for|to|that) | (likely|unlikely) to ; scope=12
# A passive future is a plan, whatever comes before it: "Epley maneuver will be performed next visit", "Tub
# transfer training will be initiated next session".
hyp.will_be = (will be|is to be|are to be|to be|shall be) (performed|done|completed|initiated|attempted|trialed|trialled|administered|started|begun|addressed|provided|issued|fitted|ordered|practiced|reassessed|progressed) ; direction=backward scope=8
# What a job demands is a requirement, not today's value or task: "Pt's job requires lifting 50 lb per employer".
hyp.requirement = (job|work|role|position|employer|duties|occupation) [description|descriptions|demands analysis] (requires|required|requiring|demands|calls for|involves) | (job|work|physical) (demands|requirements) [:|of|include|includes] ; scope=10 targets=objective_measure,functional_task
# What is usual for the patient is no response to this session: "Staff say resident usually gets tired after lunch".
hyp.habitual = (usually|typically|normally|generally|tends to|tend to) ; scope=5 ends=comma,but targets=patient_response
# An imperative for later: "Monitor for fatigue as ex are progressed" ("monitored for" is done).
hyp.monitor = (monitor|watch|observe) (for|closely for) ; scope=6
# What the patient is told to watch for is not what happened: "Pt to report any SOB or chest pain",
# "Educated on s/s of overexertion (SOB, dizziness, chest pressure)".
hyp.instructed = (pt|patient|she|he|family|caregiver) to (report|notify|call|tell|stop|avoid|watch for) | report any | (s/s|signs and symptoms|signs & symptoms|warning signs) of
               # What the patient is to record at home: "Pt instructed to log dizziness episodes daily".
               | (instructed|educated|asked|advised|told) [pt|patient|him|her|them] to (log|record|track|keep a log of|keep a diary of|monitor|bring) ; scope=8
hyp.if = (if|unless|in case) [pt|patient|needed|necessary|able|tolerated|appropriate] ; scope=8
hyp.will = will | would | should | may | might | could ; scope=6
# Purpose clauses ("to improve safety with transfers") are `goal_purpose` entries (goal_linkage.lex):
# they make their outcome the aim, not work done, and link a goal when the outcome is functional.
# "Continue gait training" plans the gait training.
hyp.continue = continue | cont | continuing with ; scope=12
# "Ice PRN" is an instruction for later; "VC/TC provided PRN" were cues given when the patient needed
# them: conditions do not reach cues and skilled help.
@set direction=both targets=functional_task,timed_minutes,assist_level,objective_measure,patient_response,code_signal
hyp.conditional = as needed | PRN | prn | when needed | as necessary | if needed | if necessary | as indicated ; scope=5

# A session scheduled for another day is a plan (hundred-and-seventh probe round): "Family training scheduled for Thurs 2pm".
hyp.scheduled = (scheduled|planned|booked) (for|on) [Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Wed|Thurs|Thu|Fri|tomorrow|next week|next visit|next session|<date>] ; direction=backward scope=5 targets=skilled_intervention,functional_task,cueing,assist_level,objective_measure,timed_minutes

@category historical
@set direction=forward
hist.plof = PLOF | prior level of function | prior level of functioning | prior functional level | previous level of function | prior to (injury|surgery|admission|hospitalization|onset|fall|illness|this|the|her|his|CVA|stroke|THA|TKA|fracture|DOI) | premorbid | premorbidly | pre morbid | pre morbidly | pre injury | pre op | preop | before (injury|surgery|admission|hospitalization|onset|the fall|her fall|his fall|CVA|stroke|the stroke|his stroke|her stroke|the surgery|his surgery|her surgery|the accident|the injury)
          | (history|hx) of | h/o | PMH | hx | past medical history | (pt|patient) (was|had been) (previously|formerly) | used to | at one time
          | baseline : | (last|previous|prior) (visit|session|tx|treatment|week|note|time) (pt|patient|she|he)
hist.previously = previously | formerly | prior | originally ; scope=6
# Care received elsewhere, and another provider's records (ninety-first and ninety-second probe rounds): "Pt completed 6 wks
# OP PT at another clinic incl. dry needling", "Per outside OT records, grip R 15# on 2/2".
hist.elsewhere = (at|from|in) (another|other|an outside|outside|a previous|previous|prior|a prior|the previous|a different) (clinic|facility|hospital|practice|provider|rehab|SNF|program|OP clinic|outpatient clinic) | per (outside|previous|prior|other|referring|hospital|acute) [OT|PT|therapy|MD|hospital|facility|care] (records|notes|note|report|documentation|eval|evaluation|discharge summary) ; direction=both scope=10
# The patient's baseline dates what stands on either side of it in its clause: "At baseline pt was I",
# "I w/ transfers at baseline".
hist.at_baseline = at baseline ; direction=both scope=6 ends=comma,to,→
# What the chart or another clinician's note says is not today's finding: "Per chart, previous therapist
# did grade III mobs", "Per ortho note, flexion 95 deg at the 6-wk post-op visit".
hist.records = per [the|pt's] (chart|records|medical records|op note|operative note|op report|ortho note|ortho's note|MD note|surgeon's note|surgeon note|PCP note|referral|discharge summary|d/c summary|H&P|outside records|RN flowsheet|nursing flowsheet|nsg flowsheet|RN note|nursing note|nsg note)
             | (previous|prior|former|last|outside|other) (therapist|PT|OT|clinician|PTA|COTA) (did|performed|used|tried|provided|completed|measured|documented|noted|reported) ; scope=10
# "Initially" in a treatment line is this session's first trial ("initially flexed hip >90°,
# corrected after cue", "3/10 landings initially, 1/10 by end"): it reaches a few words, not past a comma.
hist.initially = initially ; scope=3 ends=comma
# A stretch of time before today: "No falls in last 90 days", "in the past 2 weeks".
hist.span = (in|over|during) [the] (last|past|previous|prior) <int> (days|weeks|wks|months|mos|visits|sessions) | <int> (days|weeks|wks|months|mos|yrs|years|yr|year) ago | (last|previous|prior) <int> (visits|sessions|tx|treatments) ; direction=both scope=8
# The evaluation or admission dates what stands on either side of it in its clause: "At eval pt was
# max A", "Max A at eval" (a comma, a `to` or `now` ends it: "max A at eval, now CGA").
# A score block labelled as the admission's: "Admission GG0170: sit to stand 02, chair/bed-to-chair 02".
hist.admission_scores = (admission|admit|initial|SOC|eval) (GG|GG0170|GG0130|section GG|FIM) [scores|score|items] ; scope=20
hist.at_eval = (on|at|during) [the|her|his] (eval|evaluation|initial eval|initial evaluation|IE|admission|admit|adm|SOC|start of care|intake|initial visit|re eval) | per [the] [OT|PT|initial] (eval|evaluation|IE|initial eval|initial evaluation) | (at|on) [time of] (eval|IE|admission) ; direction=both scope=6 ends=comma,to,→
# A time before this visit dates what stands on either side of it in its clause: "Last visit TA 23
# min / TE 10 min", "needed mod VCs last wk", "min A (mod A last visit)"; not past a `to` that
# goes on to today ("from mod A last visit to min A today").
hist.earlier = (yesterday|yesterday's|last week|last week's|last wk|this past week|this past wk|this past month|last night|last night's|over the weekend|this past weekend|last month|last month's|last year|last year's|last visit's|last session's)
             | (last|previous|prior|preceding) (visit|session|tx|treatment|appointment|appt|time|date of service|DOS) [:]
             | (last|this past) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri) ; direction=both scope=6 ends=comma,to,→
# A symptom the patient brings in is a subjective baseline, not a response to today's treatment
# (labelling protocol: patient_response, "Not"): "Pt c/o 5/10 L hip pain on arrival", "On arrival pt
# c/o 7/10 LBP", "reports pain 4/10 at start of session", "pre-tx pain 5/10". It is still a measure,
# so only responses are targeted, and a change written beside it ("6/10 on arrival -> 3/10 after
# tx", "increased to 6/10 during step ups") is immune (`ignores=historical`) or past the comma.
hist.arrival = (on|upon|at) arrival | on arriving | (at|before) [the] (start|beginning|onset) of [the] (session|tx|treatment|visit|therapy)
             | (before|prior to|pre) (tx|treatment|session|therapy|intervention|interventions|ther ex|exercise|exercises)
             | (pt|patient|he|she) (arrived|arrives|arriving|presented|presents|presenting|came in|comes in) (with|w/|reporting|c/o|complaining|stating|noting) ; direction=both scope=8 ends=comma,to,→ targets=patient_response
# A visit named with "at" opens its statement and dates all of it: "At last visit (3/4) pt c/o ↑
# soreness w/ bridges".
hist.at_visit = (at|on|during) (last|previous|prior|preceding) (visit|session|tx|treatment|appointment|appt|date of service|DOS) [:] ; direction=both scope=10 ends=comma,to,→
@set direction=backward
hist.post = (ago|previously|in the past|prior to admission|prior to surgery|prior to injury) ; scope=4
          | (at|on) (last|previous|prior) week ; scope=4

@category reported
# What the patient says happens, outside a Subjective section, is reported, not observed today: "The
# patient reports that she transfers with standby assist at home", "Pt states he walks 2 blocks".
# Only with a clause after the verb: "Pt states understanding of hip precautions" is a response to
# teaching, and "pt reports pain 4/10" a rating. What the patient says of how she feels ("Pt states
# she feels steadier") is a response: only the activity, its assist and cues are reported here.
@set direction=forward
rep.says = (pt|patient|the patient|she|he|mom|parent|parents|caregiver|wife|husband|family) (reports|reported|states|stated|says|said) (that|she|he|child|pt|wife|husband|daughter|son|family|caregiver|mom|dad|spouse)
         # The same in the patient's own words: 'Pt said "I walked to breakfast with the aide this morning."'
         | (pt|patient|she|he) (reports|reported|states|stated|says|said) [:] (\"|“) (I|I've|I'm|we)
         # What the patient says they have been doing (hundredth probe round of the twenty-second session): "Pt reports
         # using PLB at home when walking to mailbox".
         | (pt|patient|she|he) (reports|reported|states|stated) (using|doing|performing|practicing|practising|completing|wearing)
         # A difficulty the patient reports is of home, not today's work: "Pt reports trouble opening jars at home".
         | (pt|patient|she|he|mom|caregiver|wife|husband|family) (reports|reported|states|stated|notes|noted|c/o|complains of) [increased|some|more|continued|ongoing|persistent] (trouble|difficulty|difficulties|problems|inability) ; scope=20 targets=functional_task,timed_minutes,assist_level,cueing,code_signal
# A teacher's, an aide's or a nurse's report of the patient's days: "Teacher reports student using slant board in class daily".
rep.staff_says = (teacher|aide|para|paraprofessional|nursing|RN|nurse|CNA|staff|dtr|daughter|son) (reports|reported|states|stated|says|said|notes|noted) ; scope=20 targets=functional_task,timed_minutes,assist_level,cueing,patient_response,skilled_intervention,code_signal
# What someone else tells is reported too, and how the patient was then is no response to this
# session either: "Per OT, pt became nauseated during the shower at 0800", "Per daughter, pt was
# exhausted after yesterday's visit" (the patient's own word on today still is one: "pt states she
# feels steadier").
rep.per_other = per [the|pt's|her|his] (caregiver|CG|family|wife|husband|daughter|dtr|dau|son|teacher|aide|HHA|mom|mother|dad|father|parent|parents|spouse|nursing|nsg|nrsg|nursing staff|staff|CNA|CNAs|RN|nurse|OT|PT|SLP|ST|RT|speech|the OT|the PT|pt report|patient report|caregiver report|family report) ; scope=20 targets=functional_task,timed_minutes,assist_level,cueing,patient_response,skilled_intervention,code_signal

@category other_person
@set direction=forward
other.actor = (caregiver|caregivers|CG|family|family member|spouse|wife|husband|daughter|dtr|dau|son|mother|father|mom|dad|parent|parents|sister|brother|grandson|granddaughter|niece|nephew|friend|partner|significant other|aide|HHA aide|home health aide|CNA|nurse|nursing|RN|LPN|tech|rehab tech|PCA|attendant|staff|roommate|neighbor|sitter) (cued|cues|cueing|prompted|prompts|reminded|reminds|coached|coaches|checked|took|monitored|measured|assisted|assists|assisting|assist|performed|performs|performing|helped|helps|helping|provided|provides|providing|completed|completes|did|does|transferred|transfers|donned|dons|doffed|doffs|dressed|dresses|bathed|bathes|lifted|lifts|pushed|pushes|propelled|propels|manages|managed|set up|sets up|gave|gives|given|was given|shown|was shown|is doing|was doing|has been doing|does all|reports|reported|states|stated|says|said|notes|noted|taught|teaches|teaching|has been teaching|showed|shows|instructed|instructs|carried|carries|carrying)
            | (pt's|patient's|his|her|the) (caregiver|wife|husband|daughter|son|spouse|family|aide|mother|father) (assisted|assists|performed|performs|helped|helps|provided|provides|completed|reports|reported|states|stated)
# Cues and help given to the caregiver being coached are theirs, not the patient's: "Coached grandmother with
# verbal prompts on holding child's hips; she adjusted her grip after 2 reminders".
other.caregiver_showed = (pt's|patient's|her|his) (son|daughter|wife|husband|caregiver|spouse|mom|dad|mother|father|partner) (verbalized|return demonstrated|return demo'd|demonstrated|demo'd|practiced) ; scope=15
# other.actor's relatives and acts beyond its 4,096 sequences: "Grandmother carried child", "husband applied forearm layers".
other.actor_more = (grandmother|grandfather|grandma|grandpa|babysitter|nanny|aunt|uncle) (cued|prompted|reminded|assisted|helped|performed|completed|did|transferred|carried|lifted|dressed|fed|held|positioned|reports|reported|states|stated|says|said)
                 | (husband|wife|spouse|daughter|son|caregiver|CG|mom|mother|dad|father|aide|family) (applied|applies|wrapped|wraps|bandaged|bandages|donned|dons)
                 # Staff running the exercise and writing it down (ninety-fifth probe round): "Rehab aide set pt up on NuStep
                 # L3 x 12 min and wrote HR q3 min on flowsheet".
                 | (aide|rehab aide|restorative aide|rehab tech|tech|CNA|PCA|volunteer) (set|sets|wrote|writes|recorded|records|logged|logs|charted|charts)
                 # Someone else named, then what they did (ninety-ninth probe round of the twenty-second session): "with his aide, who
                 # held the paper steady and reminded him to use his pencil grip".
                 | (aide|para|paraprofessional|teacher|CNA|nurse|mom|dad|mother|father|wife|husband|caregiver|daughter|son|grandmother) who
                 # Another clinician's teaching: "the surgeon's NP showed her tendon glides at her post-op visit".
                 | (NP|PA|surgeon|surgeon's NP|MD|doctor|physician|nurse practitioner|physician assistant|PCP|orthopedist|chiropractor|trainer|ATC) (showed|taught|instructed|gave|told|demonstrated|reviewed|prescribed|issued) ; scope=20
# A caregiver's return demonstration holds the cues they were given: "Mom return demo w/ correct hand placement
# after 1 cue", "Grandma return demo, needed cue to keep his R ear up", "Mom able to demo containment hold w/ min cues".
other.caregiver_demo = (mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|parent|parents|caregiver|CG|wife|husband|spouse|daughter|son|aide) [able to|was able to|then] (return demo|return demo'd|return demonstrated|returned demo|return demos|demo|demo'd|demonstrated) ; scope=15 targets=cueing
other.coached = (coached|coaching|cued|prompted|instructed|taught|trained|training) (grandmother|grandfather|grandma|grandpa|mother|mom|father|dad|parent|parents|caregiver|CG|wife|husband|daughter|son|aide|teacher|staff|CNA|nanny) ; direction=forward scope=40 targets=cueing,assist_level
# A group's other members: "Another participant needed mod A ... This pt completed circuit stations", "the
# other residents walked laps"; and school staff helping (their setting up: skilled_intervention.lex).
other.group_member = (another|other|the other|one other) (participant|participants|resident|residents|patient|patients|group member|group members|member|members|child|children|student|students|client|clients|peer|peers|classmate|classmates)
other.school_staff = (para|paraprofessional|classroom aide|teacher's aide|1:1 aide|recess aide|teacher) (placed|positioned|cued|prompted|reminded|assisted|helped|completed|did|wrote|read|provided|provides|gave|gives|used|uses) ; scope=20
@set direction=backward scope=8
other.by = (by|from) (the|a|her|his) (previous|prior|former|other|outpatient|inpatient|HH|home health|acute) (therapist|PT|OT|clinician|PTA|COTA)
         | (by|from|per) [pt's|patient's|his|her|the] (caregiver|caregivers|CG|family|family member|spouse|wife|husband|daughter|son|mother|father|aide|CNA|nurse|nursing|staff|tech|PCA|attendant)
         # Taught or done by another discipline ("per MD" is an order, not an actor): "Pt was instructed by RN in wound care".
         | (by|from) [the|pt's|her|his] (RN|LPN|MD|physician|doctor|dietitian|RT|SLP|teacher)
         | (w/|with) (CNA|CNAs|restorative aide|restorative aides|nursing staff|nursing|RN|LPN|nurse)
         | with (caregiver|family|spouse|wife|husband|daughter|son|aide|CNA|nursing|staff) (assist|assistance|help|support)

# --- Statement moods (ContextAnalyzer rule 3) -------------------------------------------------------
# A billing statement states today's visit wherever it stands (a Plan, the goals, after the signature):
# these markers, the minutes labels of code_signals.lex, or a code name with minutes.
@category billing_marker
billing.marker = (timed|untimed) (codes|code|services|procedures) | (charges|charge|billing|billed|CPT|CPT codes|codes|codes billed|units billed|units|minutes|mins|treatment minutes|tx minutes|timed minutes|time|time spent|visit time|treatment time|tx time|session time|min|mins|timed) :
               | (charges|billing|billed codes|codes billed|CPT codes billed|minutes billed|units billed) | billed (as|under|for) | (bill|billed|charge|charged) <int> (units|unit|U)
               # A total of minutes or units is today's, even under the plan: "Plan: cont daily.\nTotal 35 min".
               | total <num> (min|mins|minutes|\'|units|unit|U) | <num> (min|mins|minutes|\') total | total (min|mins|minutes|time|tx time|treatment time|timed min|timed minutes) \| <num>
               # So is the visit's own length, after a plan or a goal list: "Goals: …\nVisit 45 min."
               | (visit|OT visit|PT visit|home visit|session) [time|length|duration] [:|=|was|lasted] [about|approx|approximately|~|around] <num> (min|mins|minutes)

# In a Plan section a statement is a plan unless it reports what was done and names no plan.
@category fact_marker
fact.done = performed | completed | completes | done | was done | were done | held | participated | tolerated | attempted | ambulated | transferred | walked | negotiated | practiced | practised | trained | educated | instructed | issued | reviewed | updated | provided | demonstrated | required | requiring | needed | received | achieved | met | was | were | in session | during session | pt's response | pt response
fact.today = today | this session | this visit | this date ; names=today
@category plan_marker
plan.next = progress | progress to | begin | not addressed | not assessed | not tested | not attempted | not worked on | deferred | initiate | add | trial | start | resume | advance | upgrade | consider | recommend | f/u | follow up | recheck | reassess | schedule | d/c | discharge | defer to | goals | freq | frequency | x/wk | \/ wk | per week | times per week | POC
# A goal's target date: "I by 3/20", "by d/c", "within 4 wks".
plan.target_date = by (<date>|<score>) | by (d/c|DC|discharge|end of POC|end of cert|recert) | within <int> (wks|weeks|visits|days|months)

@category terminator
term.conjunction = but | however | due to | d/t | 2/2 | secondary to | because of | although | though | except | yet | nevertheless | nonetheless | whereas | otherwise | then | after which | apart from | aside from | because | since | \; | instead | still
term.now = today | this session | this visit | this date | currently | now | at this time | this tx | during today's session | in today's session | at present
