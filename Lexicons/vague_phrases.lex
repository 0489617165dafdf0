# Boilerplate a reviewer discounts (vocabulary.md §5.8). Every entry carries a `suggestion` in the
# therapist's language: what to write instead. Entries are deliberately specific (whole phrases,
# not single words) so they do not fire inside a good sentence: "worked on transfers" alone, "HEP
# reviewed" alone or "making progress" alone are left out because they open many good sentences
# ("worked on transfers: sit to stand x10 CGA ..."); the scorer's missing-element findings cover
# those notes instead.

@category vague_phrase

vague.tolerated_well = (tolerated|tol|tolerates|tolerating) [all|the|today's] [everything|tx|treatment|session|therapy|PT|OT|activities|activity|exercises|interventions|visit|it] (well|fair|fairly|good|ok|okay|fine|without difficulty|without complaint|without complaints|without c/o|without issue|without issues|without incident|with no issues|with no complaints)
# The same with the exercises shortened and the past tense clipped: "Tolerated all ex well.", "pt tol'd 45 min tx w/o c/o".
# The same, mistyped: "Pt tolerted visit well".
vague.tolerated_typo = (tolerted|tolarated|tollerated|toleratd|tolerared|tolorated) [all|the|today's] [tx|treatment|session|therapy|visit|activities|exercises|it] (well|fair|fairly|good|ok|okay|fine) | (pt|patient|she|he) (tolerted|tolarated|tollerated|toleratd|tolerared|tolorated) [the|today's] (session|tx|treatment|therapy|visit) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rests; HR 88 -> 104, recovered in 2 min'."
vague.tolerated_ex = (tolerated|tol|tol'd|told) [all|the] (ex|exs|ther ex|therex|TE|exercise|program) (well|fine|ok|good)
                   | (tol'd|told) [the|a|today's] [<num> (min|mins|minutes)] (tx|treatment|session|visit|therapy) (well|fine|ok|w/o c/o|without c/o|without complaint|without complaints|w/o complaint|w/o difficulty|without difficulty)
# Tolerance told in the passive or of "this", and the rest of a session tolerated: "2nd maneuver well
# tolerated", "Pt tolerated this fairly well", "tolerated remainder of session", "Pt tolerated all ex.",
# "Good response to aquatic exercise" (clarification 6: the literal phrase, whatever surrounds it).
vague.tolerated_passive = (maneuver|maneuvers|tx|treatment|session|activity|activities|exercise|exercises|ex|program|procedure|intervention|interventions|it|all|everything) [was|were] (well|fairly well|very well|poorly) tolerated | (tolerated|tolerates|tol) (this|that|everything|all of it) [fairly|fair|relatively|reasonably|very|pretty] (well|ok|okay|fine|good)
                        | (good|great|excellent|positive|favorable|fair) response to [aquatic|the|skilled|today's] (exercise|exercises|ex|tx|treatment|therapy|intervention|interventions|PT|OT|session|program)
vague.tolerated_rest = (tolerated|tol) [the] (remainder|rest) [of] [the] [session|tx|treatment|visit] | (pt|patient) (tolerated|tol'd) [all|the] (ex|exs|ther ex|program) | (she|he) (tolerated|tol'd) [the|today's] (session|tx|treatment|therapy|visit|program) ; requires=end
# The same followed by the plan, not by how: "She tolerated the session and will continue with OT 5x/wk" (not
# "tolerated the session but fatigued by the end").
vague.tolerated_and = (tolerated|tol) [the|today's] (session|tx|treatment|therapy|visit|program) and (will|was|is|then|returned|agreed|continues|plans)
vague.tolerating_more = (tolerating|tolerated|tol) increased (activity|activities|activity level|exercise|load|demands|time) (well|fine|ok)
vague.tolerance_rating = (good|gd|fair|fair to good|excellent|exc|poor) (tolerance|tol) (to|of|for) [skilled|HH|PT|OT] (tx|treatment|session|therapy|PT|OT|activity|activities|exercise)
                       | (demonstrated|demonstrates|showed|shows) (good|fair|excellent) tolerance (to|of|for) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB'."
vague.tolerated_short = (tolerate|tolerated|tolerates|tol) [tx|treatment|therapy|session|exercise|exercises] (very|really|so) (good|well) | tol tx well | TTW | tol well | tolerated well | (tolerated|tol) (tx|treatment|session|it) (w/o|without) (c/o|complaint|complaints|difficulty) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB; SpO2 stayed >= 92%'."
vague.did_well = (pt|patient|she|he) (did|doing|is doing|was doing|continues to do) [very|really|so|quite] (well|good|great|better|fine|ok) | did good | doing well | doing better | feeling better | feels better
               # Dictated praise: "She did a nice job today", "Session went well".
               | (did|doing) (a nice job|a good job|a great job) | (session|visit|treatment|tx) went (well|fine|smoothly)
               | (good|great|nice|productive) [OT|PT|therapy|tx] (session|visit|day) | (pt|patient) (had|with) [a] (good|great) (session|day|visit) ; excluded_by=reported suggestion="Replace with what changed today, e.g. 'sit to stand from 17-inch chair improved from min A to CGA; 5xSTS 21.4 s (was 29.8 s)'."
# The patient's attitude with nothing after it: "Pt motivated and cooperative throughout." ("Pt remains
# motivated to return to gardening" names what for).
# Praise and assurance that say nothing of what happened: "Pt responded well to treatment", "did
# great!", "will continue to follow", "continues to demonstrate improvement in overall function".
vague.responded_well = (responded|responds|responding) (well|favorably|positively|appropriately|good) to (treatment|tx|therapy|session|intervention|interventions|PT|OT|skilled PT|skilled OT) | did well
                     | (did|doing) (great|awesome|wonderful|fantastic|amazing|terrific)
                     | will continue to follow ; requires=end suggestion="Replace with what changed today, e.g. 'sit to stand from 17-inch chair improved from min A to CGA; 5xSTS 21.4 s (was 29.8 s)'."
vague.improvement_claim = (continues to|cont to) (demonstrate|show) (improvement|progress) in [overall] (function|mobility|functional mobility|strength|ADLs) [and mobility|and strength|and function|and endurance] ; requires=end suggestion="Name the measure that moved, e.g. 'TUG 14.2 s (was 18.0 s)', 'ambulated 150 ft with RW, was 75 ft', 'assist min A -> CGA'."
# More of the protocol's boilerplate: "Pt tolerated tx w/o adverse reaction", "Pt seen for PT tx.",
# "Pt participated in therapy.", "Pt continues to progress.", "Skilled PT provided.", "Pt was
# receptive to treatment." (each only with nothing after it but the first).
vague.tolerated_without = (tolerated|tol|tolerates) [tx|treatment|session|therapy|activities|exercises|it] (w/o|without) (adverse reaction|adverse reactions|adverse rxn|adverse rxns|adverse effects|adverse events|incident|complaint|complaints|c/o|distress) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB'."
vague.seen_for = (pt|patient) seen for (PT|OT|skilled PT|skilled OT|tx|treatment|therapy|PT tx|OT tx|follow up|f/u|visit|session) | (pt|patient) participated in (therapy|tx|treatment|session|PT|OT|all activities)
               | skilled (PT|OT|therapy|HH PT|HH OT) services (provided|rendered|given|delivered) | (pt|patient) [is] in (good|great|high|pleasant) spirits
               | (pt|patient) (continues to|cont to) (progress|improve) | skilled (PT|OT|therapy|services|care) (provided|rendered|given|delivered) | (receptive|responsive) to (treatment|tx|therapy|session|instruction|education|teaching) ; requires=end suggestion="Say what was done and how the patient did, e.g. 'sit<>stand from 17-inch chair x8, CGA, 2 VCs for hand placement'."
vague.attitude = (pt|patient) [was|is|remains] (motivated|cooperative|pleasant|compliant|engaged) [and cooperative|and pleasant|and motivated|and compliant|and engaged|and participatory] [throughout|today|w/ tx|with tx] ; requires=end suggestion="Describe what the patient did, e.g. 'completed 3 sets of 5 STS; required 2 VCs per set for hand placement'."
# "Pt remains appropriate for continued skilled therapy": a claim of need, not a reason.
vague.appropriate = (remains|is|continues to be|cont to be) (appropriate|a good candidate|an appropriate candidate) for [continued|further|ongoing] [skilled] (therapy|PT|OT|services|physical therapy|occupational therapy|rehab)
                  | (good|excellent|fair) (rehab|rehabilitation|therapy|PT|OT) (candidate|potential) | expected to make (further|continued|good|additional) (gains|progress) ; suggestion="Say what still needs a therapist, e.g. 'needs graded surface-height progression and cues for hip hinge to reach I toilet transfer (STG #2)'."
vague.progressing = (progressing|improving|progressing) (well|nicely|as expected|steadily|appropriately|per protocol|as per protocol|per POC|per plan) | progress noted | (good|steady|slow|nice|some) progress (noted|made|being made|observed) | (good|steady|slow|nice|some) progress (toward|towards) [all|the|her|his|pt's] goals (noted|made|observed|seen)
                  | (pt|patient) (continues to|cont to) (progress|improve) (well|nicely|as expected) ; suggestion="Name the measure that moved, e.g. 'TUG 14.2 s (was 18.0 s)', 'ambulated 150 ft with RW, was 75 ft', 'assist min A -> CGA'."
vague.effort = (good|great|excellent|fair|poor|full|max|maximal|active) (effort|participation|motivation|engagement)
             | (working|worked|works) hard | (pt|patient) [was|is] (ok|OK|fine)
             | (participated|played) (fully|well|actively|in all activities|in all tx) | active participant | (motivated|willing) to (participate|work) ; suggestion="Describe what the patient did, e.g. 'completed 3 sets of 5 STS; required 2 VCs per set for hand placement'."
# A future benefit "continued" is the daily note's stock close ("Pt will continue to benefit from
# skilled PT"); the probe writers mark it. A bare claim that skilled care is needed or indicated
# ("Continued skilled PT indicated", an evaluation's "patient would benefit from skilled PT") is not
# boilerplate to the labellers: it states the plan's reason, however thinly.
vague.skilled_claim = (pt|patient) [is] (continues to|cont to|continuing to) (benefit|benefits) from [continued|further|ongoing|additional] [skilled] (PT|OT|therapy|HH PT|services|physical therapy|occupational therapy)
                    | (and|\&) (continues to|cont to|continuing to) (benefit|benefits) from [continued|further|ongoing|additional] [skilled] (PT|OT|therapy|HH PT|services|physical therapy|occupational therapy)
                    | (will|would) (continue to|cont to) benefit from [continued|further|ongoing|additional] [skilled] (PT|OT|therapy|HH PT|services|physical therapy|occupational therapy|skilled services) ; suggestion="Say why a therapist is still needed, e.g. 'requires skilled tactile cues at R knee to prevent buckling during STS; caregiver not yet safe to assist'."
# A bare "Cont." or "Plan: continue." as the whole statement: a continuation that names nothing.
vague.bare_continue = (cont|continue|cont'd|con't|continue tx|cont tx|continue same|cont same) ; requires=alone suggestion="Say what comes next and why, e.g. 'next visit: progress to curb with SPC toward STG #2 (community ambulation)'."
# "Cont IRF program.", "Continue current program": the program continued, with nothing said of it.
vague.continue_program = (continue|cont|cont'd|con't) [with|w/] [the|current|same|IRF|SNF|HH|PT|OT|skilled|therapy|rehab|exercise|ex|home|established] program ; requires=end suggestion="Say what comes next and why, e.g. 'next visit: progress to curb with SPC toward STG #2 (community ambulation)'."
vague.continue_poc = (continue|cont|cont'd|continuing|con't|contineu|contiune|contnue|continu) [with|per|w/] [current|established|the|same] (POC|plan of care|tx plan|treatment plan|PT POC|OT POC|OTR POC|PTA POC|PT's POC|OT's POC|POT|plan of treatment|current program|PT plan|OT plan)
                   | (continue|cont) per (IEP|IFSP) | (continue|cont) [<int> x wk|<int> x week|<int> times a week] (per|as per) (PT|OT|the|pt's) (POC|plan of care)
                   | (continue|cont) [with] [PT|OT|tx|treatment|plan|POC|program] as (outlined|planned|above|established|written|stated|previously outlined) | (continue|cont) [the] plan as (outlined|above|established)
                   | (per|as per) [the|current|established|existing|maintenance] (POC|plan of care|plan|current plan|POT|plan of treatment) ; suggestion="State the plan for the next visit, e.g. 'next visit: progress STS to 17-inch surface without UE; trial car transfer with own vehicle (STG #2)'."
# The same with the discipline, a frequency and whose plan between (ninety-eighth and ninety-ninth writers'
# rounds): "Cont 1x/wk per hospice POC", "Cont OT 2x/wk per transitional care plan".
vague.continue_frequency = (continue|cont) [OT|PT|therapy] [<int> x (wk|week|day)|BID|daily] per (hospice|HH|home health|transitional care|SNF|facility) (POC|plan of care|care plan|plan) ; suggestion="State the plan for the next visit, e.g. 'next visit: progress STS to 17-inch surface without UE; trial car transfer with own vehicle (STG #2)'."
vague.performed = (exercises|exercise|ther ex|therex|TherEx|ther act|TherAct|therapeutic activities|therapeutic exercise|therapeutic exercises|functional activities|balance activities|NMR|activities|tx|treatment|interventions) (performed|completed|done|provided|given) (as tolerated|per flowsheet|per flow sheet|as above|as listed|as prescribed|per protocol|per HEP|per log|see flowsheet|today)
                | exercises (performed|completed|done) | (performed|completed|did) [all|the] (exercises|exercise|ex|ther ex|therex|TherEx|HEP) (as instructed|as directed|as prescribed|as tolerated|per flowsheet|per flow sheet|as above|per protocol|per log|without difficulty|w/o difficulty) | (ther ex|ther act|TherEx|TherAct) (performed|completed|done) (as|per) ; suggestion="List what was done with dosage and assist, e.g. 'STS from 18-inch chair 3x5 with CGA, VCs for nose-over-toes; lifting 10 lb crate floor to counter x8 SBA'."
vague.see_flowsheet = (see|refer to|per|as per|as on|documented on|documented in|as noted on|recorded on) [the] [EMR|attached|exercise] (flowsheet|flow sheet|flowsheets|flow sheets|exercise log|ex log|exercise flowsheet|ex flowsheet|grid|exercise grid|exercise sheet|ex sheet|exercise card|attached|chart|IE|eval|evaluation|initial eval|previous note|prior note|last note)
                    | as above | see above | same as (last visit|last session|last time|previous|previous visit|previous session|prior|prior visit|prior session|before|last tx|last week)
                    | (same|unchanged) (as|from) (last|previous|prior) (visit|session|note|tx) | no change from (last|previous|prior) (visit|session|note) ; suggestion="Write today's activities, dosage, assist and response in the note itself; a reviewer does not credit content kept only in a flowsheet or an earlier note."
vague.no_complaints = no (new|significant|new significant) (complaints|c/o|changes|change|issues|problems|concerns) | no (complaints|c/o) (voiced|noted|offered|reported|verbalized) | no changes (noted|reported|since last visit) | no change (noted|reported|since last visit|in status)
                    | (all|pt's|patient's) questions answered | (pt|patient) (has|had|with|reports|reported|voices) no (questions|complaints|concerns) | (pt|patient) (without|w/o) (complaint|complaints|c/o) ; suggestion="Record what the patient reported and what you observed, e.g. 'pt reports 2 near-falls at home this week getting up from low couch'."
vague.no_adverse = no (adverse|untoward|negative) (reaction|reactions|rxn|rxns|response|responses|effects|events|effect|event) [noted|observed|reported] | without [any] (adverse|untoward) (reaction|reactions|response|responses|effects|events) ; suggestion="Describe the actual response, e.g. 'HR 88 -> 112 bpm, recovered in 2 min; no increase in knee pain (3/10)'."
vague.as_needed = (assist|assistance|cues|cueing|VC|VCs|VC/TC|VC TC|help|support) (as needed|PRN|prn|when needed|as necessary|as required|as indicated) ; suggestion="State the assist level and cues actually given, e.g. 'min A x1 for trunk control on 2 of 5 trials; mod VCs for sequencing'."
vague.as_tolerated = as tolerated | as tol | as tolerable | as pt tolerates | per pt tolerance | (progress|advance|increase|progressed|advanced) (as tolerated|per tolerance) | AT tolerance ; suggestion="Give the dose and the limit reached, e.g. 'increased to 3x10 with 3 lb; stopped at 15 reps due to quad fatigue'."
vague.wnl_no_value = (ROM|AROM|PROM|strength|MMT|sensation|tone|coordination|balance|gait|UE|LE|BLE|BUE|bilateral LE|bilateral UE|LE strength|UE strength|LE ROM|UE ROM) [is|are|:|grossly|B|bilat|bilaterally] (WNL|WFL|within normal limits|within functional limits)
                  | grossly (WNL|WFL|within normal limits|within functional limits) ; suggestion="Give the values, e.g. 'knee flexion AROM 0-118°', 'hip abductors 4-/5 R'."
vague.hep_generic = (HEP|home exercise program|home program) (reviewed|reinforced|issued|given|provided|updated|discussed) (for compliance|and reinforced|with good understanding|as above|per flowsheet|with pt|and pt verbalized understanding|pt verbalized understanding|pt verbalizes understanding|with no changes|no changes)
                  | (reviewed|reinforced) (HEP|home exercise program) (for compliance|with pt|as above) | (pt|patient|caregiver|CG|family|wife|husband|daughter|son|spouse|parent|parents|mother|mom) (instructed|educated) (in|on) HEP [compliance] | HEP compliance (reviewed|discussed|encouraged|reinforced) ; suggestion="Name the exercises and how the patient did, e.g. 'HEP updated: added standing hip abduction 2x10 with yellow band; correct return demonstration'."
# An HEP line whose rest names no exercise: "Updated HEP - printed", "HEP reviewed, pt doing 1x/day",
# "Reviewed HEP, wife present".
# Tolerated, and the only thing said is that nothing went wrong: "Pt tolerated session with no falls".
vague.tolerated_no_event = (tolerated|tol) [the|today's] (session|tx|treatment|therapy|activities|visit) (with no|without|w/o) (falls|incidents|incident|problems|issues) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB'."
# More of the stock lines of EMR templates and rushed notes: "Pt handled session well", "Session
# completed without incident", "Excellent session", "Pt is making gains", "Improvement noted", "Goals:
# progressing", "Ther ex per log",
# "Rehab potential: good", "Pt tried hard today", "Pt tol tx.", "Session was productive.",
# "Progress as able.", "Pt completed all exercises.", "Nothing new to report.", "Education provided."
vague.tolerated_more = (tolerated|tol|handled|managed) [the|a|today's] <num> (min|minute|mins) (session|tx|treatment|visit) (well|fine|ok|without difficulty)
                     | (handled|managed) [the|today's|all] (session|tx|treatment|therapy|activities|exercises) (well|fine|ok)
                     | (session|tx|treatment|visit) completed (without|w/o) (incident|difficulty|complaint|complaints|issue|issues)
                     | (excellent|fantastic|awesome|wonderful) (session|visit) | (tried|trying|tries) (hard|her best|his best|their best)
                     | (rehab|rehabilitation) (potential|prognosis) [is|:] (good|excellent|fair) ; suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB'."
vague.stock_end = (making|made|showing|shows|demonstrating) [good|steady|some|slow|functional] gains | [functional] (gains|improvement|improvements) (noted|made|observed|seen)
                | (goals|all goals|STGs|LTGs) [:] (ongoing|progressing|in progress) | (ther ex|therex|TE|exercises|ex) per (log|exercise log|ex log|grid|sheet)
                | (will|to) (continue|cont) to address (deficits|impairments|limitations|goals)
                | (pt|patient) tol [tx|treatment|session|therapy] | (session|visit|tx) (was|went) (productive|good|great) | (pt|patient) worked (well|hard)
                | (progressing|progress) (toward|towards) [all] goals as expected | [will] (progress|advance) as (able|appropriate|indicated)
                | (pt|patient) completed (all|the) (exercises|ex|program|HEP|activities) [without difficulty|w/o difficulty|as instructed]
                | (treatment|tx) consisted of (therapeutic exercise|ther ex|TE|therapeutic activities|TA|gait training|NMR) [and] [therapeutic exercise|ther ex|TE|therapeutic activities|TA|gait training|NMR|manual therapy]
                | (pt|patient) denies [any] new (complaints|issues|concerns) | nothing new [to report|reported] | (plan|POC) [:] same | same plan
                # A skilled act named by a template with nothing of its own: "Facilitation provided PRN.", "Task grading performed."
                | (facilitation|manual facilitation|task grading|grading|task modification|handling|NMR|neuromuscular re education) (provided|performed|given|utilized|used) [PRN|as needed|throughout|by PT|by OT|by therapist]
                | [safety] education provided | (pt|patient) instructed to continue (HEP|home program|home exercise program) | (pt|patient) was seen for skilled (PT|OT|therapy) [services] ; requires=end suggestion="Name the measure that moved and what comes next, e.g. 'TUG 14.2 s (was 18.0 s); next visit: curb with SPC'."
vague.hep_trailer = (updated|reviewed|issued) (HEP|home program|home exercise program) (printed|handout given|handout issued|copy given)
                  | (HEP|home program|home exercise program) (reviewed|updated) (pt|patient) (doing|performing|compliant|reports doing|states doing)
                  | (reviewed|updated) (HEP|home program|home exercise program) (wife|husband|daughter|son|family|caregiver|CG|mom|dad|parent|parents) present ; suggestion="Name the exercises and what changed, e.g. 'HEP progressed: added step-ups 2x10 on 6-inch step; pt return-demonstrated with correct knee alignment'."
# The HEP reviewed with someone and nothing more: "HEP reviewed w/ mom.", "Reviewed HEP with pt."
vague.hep_with = (HEP|home exercise program|home program) (reviewed|reinforced|updated|discussed) (with|w/) (pt|patient|mom|dad|parent|parents|family|caregiver|CG|wife|husband|daughter|son|spouse|aide)
               | (reviewed|reinforced|updated) (HEP|home exercise program|home program) (with|w/) (pt|patient|mom|dad|parent|parents|family|caregiver|CG|wife|husband|daughter|son|spouse|aide) ; requires=end
# A bare continuation after a plan label with no colon ("Plan cont.", "Plan same"; with a colon the
# label is a header and `vague.bare_continue` reads the rest), and goals with no name ("Goals in progress.").
vague.plan_continue = (plan|P) (cont|continue|cont'd|continue same|same|unchanged) | (goals|all goals) [:] (in progress|ongoing|progressing|progressing well) ; requires=alone
# A rating of tolerance with nothing after it ("Good tolerance.", "a: gd tol.", "- Fair tolerance"):
# how well, with nothing of what was tolerated or what happened.
vague.tolerance_alone = (good|gd|fair|excellent|exc|poor) (tolerance|tol) ; requires=end suggestion="Say how the patient responded, e.g. 'required 2 seated rest breaks; R knee pain 3/10 -> 5/10 after stairs; no LOB'."
# A status that is the whole assessment ("A: Progressing.", "Assessment - improving") or the whole
# statement ("Tolerated program."): nothing named. The status of a named goal ("Outcome 2:
# progressing.", "Goal 1 - transfers: ... Progressing.") says which goal, so only the assessment's
# own label counts.
vague.status_alone = (A|assessment|assess|a) [:|-] (progressing|improving|improving slowly|slowly improving|slowly progressing)
                   | (tolerated|tol) [all|the] (program|tx|treatment|session|therapy|activities|exercises|interventions) ; requires=alone suggestion="Name the measure that moved, e.g. 'TUG 14.2 s (was 18.0 s)', 'ambulated 150 ft with RW, was 75 ft', 'assist min A -> CGA'."
# A performed label with a generic aim: "Functional activities performed to increase independence."
vague.performed_for = (functional activities|functional training|ther act|therapeutic activities|ther ex|therapeutic exercise|exercises|activities) (performed|completed|done|provided) (to|for) (increase|improve|increased|improved|promote|maximize|enhance) (independence|function|safety|mobility|strength|endurance|ADLs)
                    # A service "per protocol" and a plan to go on progressing per the plan, with nothing named.
                    | (provided|performed|completed|done|given) per protocol | (continue|cont) to progress (per|as per) [PT|OT|the] (POC|plan of care|plan)
                    | (HEP|home program) (upd|updt|updated) (pt|patient) (I|indep|independent) (w/|with) (HEP|home program)
                    | (continue|cont) (aquatic|aquatics|pool|skilled|maintenance|therapy) (POC|plan of care|program)
vague.generic_goals = (improve|improving|increase|increasing) (overall|general) (function|strength|mobility|endurance|condition|conditioning|health|wellness)
                    | (improve|increase|maximize) (function|functional mobility|mobility|independence|quality of life|QOL) and (quality of life|QOL|safety|independence|function)
                    | (improve|improving|increase|increasing) (quality of life|QOL) ; suggestion="Tie the work to a measurable goal, e.g. 'toward STG #2: independent toilet transfer with grab bar within 3 weeks'."
# Phrases that are boilerplate when nothing follows them in their sentence: "Pt improving.", "HEP
# updated.", "Cont OT.", "Pt tolerated.", "Good recovery." (with content after them, "HEP updated
# w/ prone hang", "Cont plan: progress tarp to 40#", they say something). "Good progress" is not
# among them: it is vague whatever follows it (vague.progress_generic).
vague.bare = (pt|patient) [is] (improving|progressing|tolerated|tolerating) | [pt|patient] [is] stable [and] (progressing|improving) | (pt|patient) [is] making progress | no complaints | no c/o | no complain | no complains | no complaint | (pt|patient) (educated|instructed) | (HEP|home program|home exercise program|stretches|exercises|home exercises|home stretches) (updated|reviewed|issued|given|provided|reinforced)
           | (pt|patient) [is] (improving|progressing) (overall|slowly|gradually|daily|steadily) | no (changes|change) | (all|pt's|patient's) goals (progressing|ongoing|in progress) | (HEP|home program|home exercise program) (reviewed|updated|issued|reinforced) and (updated|reviewed|reinforced|issued)
           # "Pt tolerated all activities.": a bare "Pt tolerated" with only what was tolerated after it.
           | (pt|patient) (tolerated|tolerates) [all|the] (activities|tx|treatment|session|exercises|interventions|therapy)
           # A graded-activity plan's dose named as tolerated says no more: "Pt tolerated baseline dosage."
           | (pt|patient) (tolerated|tolerates) [the] [baseline|current|prescribed|usual|same] (dosage|dose|program|programme)
           | (reviewed|updated|issued|reinforced) (HEP|home program|home exercise program) | (continue|cont|cont'd) [with|per|w/] [current|the|same|PT|OT] (OT|PT|therapy|tx|treatment|plan|program|current plan)
           | (good|great|excellent|nice|significant|steady|marked) (recovery|gains|results|response)
           # A handout given with it says no more: "HEP updated, handout given."
           | (HEP|home program|home exercise program) (updated|reviewed|issued) [and|\&|+] handout (given|provided|issued)
           # Progress toward goals that names none ("Pt progressing toward goals."); with a goal after it, it says which.
           | (progressing|progress|making progress|continues to progress|cont to progress) (toward|towards) [all|stated|established|POC|PT|OT|IEP|IFSP|her|his|pt's] (goals|STGs|LTGs|STG's|LTG's|STG|LTG|outcomes) ; requires=end suggestion="Say what changed and what comes next, e.g. 'TUG 14.2 s (was 18.0 s); next visit: progress to curb steps with SPC'."
# "Good progress in ROM and strength", "A: Excellent progress toward LTG 2 (...)": the labels count
# the praise as boilerplate at the head of an assessment too; the words after it name no value.
vague.progress_generic = [making|make|makes|made] (good|great|excellent|steady|nice|significant|marked) progress | (making|make|makes|made) some progress | (tolerance to tx|tolerance to treatment|tolerance to therapy|tx tolerance|treatment tolerance) [:] X (good|excellent|well) | (good|great|excellent|fair|poor) tolerance (to|of|for) | tolerating (light|all|the|new|progression|initiation|loading|activity|activities|exercise|exercises|treatment|tx|session|program) ; suggestion="Name the measure that moved, e.g. 'TUG 14.2 s (was 18.0 s)', 'tolerated 3x10 sit to stand before fatigue (was 2x10)'."
vague.performed_bare = (vestibular exercises|vestibular rehab|hand therapy|gait training|balance training|functional mobility training|exercises|exercise|ther ex|therex|ther ex's|ex's|TherEx|ther act|TherAct|therapeutic activities|therapeutic exercise|therapeutic exercises|functional activities|functional training|functional mobility|ADL training|ADL retraining|self care training|mobility training|balance activities|NMR|activities|interventions|treatment|tx) (performed|completed|done|provided|given) [in gym|in the gym|in PT gym|in OT gym|in therapy gym|in room|in pt's room|at bedside|in clinic|in the clinic|in hallway|in the hallway|today|this session|this date|this AM|this PM] ; requires=end suggestion="List what was done with dosage and assist, e.g. 'STS from 18-inch mat x10 with CGA, VCs for hand placement'."
vague.worked_on = (worked on|working on|addressed|focused on|practiced) (transfers|balance|gait|ADLs|strength|strengthening|mobility|endurance|ROM|function|functional mobility|fine motor|fine motor skills|coordination|posture|stairs|bed mobility|safety|exercises|hand exercises|vestibular exercises|gaze exercises|play skills|motor skills|sensory processing|hand function|handwriting|gross motor|gross motor skills|sitting|standing|crawling|rolling|walking|play|self care|toileting|feeding) [this AM|this PM|today|this session|this date]
                # Two task classes and nothing more: "Worked on balance and gait."
                | (worked on|addressed|focused on) (transfers|balance|gait|ADLs|strength|mobility|bed mobility|stairs) (and|\&) (transfers|balance|gait|ADLs|strength|mobility|endurance|safety|bed mobility|stairs|ROM) ; requires=end suggestion="Say what the task was, how much help and cueing it took, and how the patient did, e.g. 'sit<>stand from 17-inch chair x8, CGA, 2 VCs for hand placement'."
# Going on "per protocol" and nothing more: "Comments: Progressed to band ER/IR. Cont per protocol." (not
# "Cont per protocol, progress to AROM wk 6", which says what comes next).
vague.continue_protocol = (continue|cont|cont'd|continuing) [per|with|w/] [the|post op|post-op|surgeon's|MD's] protocol ; requires=end
