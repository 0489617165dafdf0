# Cueing given by the therapist (vocabulary.md §5.2): type and amount. `type` is one of verbal,
# tactile, visual, demonstration, gestural, auditory, written, hand_over_hand, multimodal, general.
#
# The amount words are optional inside each entry, so `min VCs`, `frequent verbal cues` and
# `verbal cues` are one match each (the longest wins). A bare `cues` is not an entry: it only counts
# with an amount, a purpose (`cues for`) or a verb (`required cues`), so "no cues" / "without cues" is
# never credited as cueing (the `no`/`without` negation in context.lex covers the rest).
# Trial ratios (`4/5 trials`, `80% accuracy`) are measured performance: objective_measures.lex.

@category cueing

@set type=verbal
cue.verbal = [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|rare|several|multiple|repeated|additional|increased|decreased|fewer|few|some|light|simple|1 step|one step|2 step|<num>] verbal (cues|cue|cueing|cuing|cued|prompts|prompting|prompt|reminders|reminder|redirection|coaching)
           | [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|rare|several|multiple|repeated|additional|increased|decreased|fewer|few|some|<num>] (VC|VCs|VC's|vcs|vc's|v/c|v/cs|v/c's|VCing)
           | verbally cued | cued verbally

@set type=tactile
# "Manual facilitation" alone is handling (skilled intervention), not a cue: BWSTT "manual
# facilitation L knee/ankle"; "tactile facilitation" stays a cue.
cue.tactile = [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|light|several|multiple|repeated|additional|increased|decreased|fewer|<num>] (tactile|manual|physical|proprioceptive) (cues|cue|cueing|cuing|prompts|prompting|input|feedback)
            | [min|mod|max|light] tactile facilitation
            | [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|frequent|freq|constant|<num>] (TC|TCs|TC's|tcs|tc's|t/c)
            | tactilely cued

@set type=visual
cue.visual = [min|minimal|mod|moderate|max|maximal|occasional|intermittent|frequent|constant|<num>] visual (cues|cue|cueing|cuing|prompts|feedback|demonstration|demo|targets|markers|guide|aids)
           | mirror (feedback|for feedback) | (with|w/|using|in front of) [a|the] mirror
           | (floor|tape|visual) (markers|targets|lines) | laser (cue|cueing|pointer)

@set type=demonstration
cue.demonstration = (demonstration|demo|demos|demonstrated by therapist|therapist demonstration|modeling|modelling)
                  | I (demonstrated|demo'd|demoed|modeled|modelled)
                  # Done after it was shown: "donned/doffed orthosis I after 2 demonstrations".
                  | after (<int>|one|two|three|a|several|repeated) (demonstrations|demonstration|demos|demo)
                  # Not `PT demonstrated`: matching ignores case and "pt demonstrated proper donning" is the
                  # patient's return demonstration (a response), not a cue.
                  | (OT|therapist|clinician|PTA|COTA|writer|this writer|this therapist|this PT|this OT) (demonstrated|modeled|modelled|demo'd)
                  | demonstrated by (PT|OT|therapist|clinician|PTA|COTA)
                  | (after|with|following|w/) (demonstration|demo|modeling)
                  # Shown, in the therapist's words: "after I showed her", "Showed her how to hold the basket".
                  | (after|once|when) I (showed|demonstrated|demo'd|modeled) | (showed|shown) (her|him|them|pt|patient) (how|the video|where|what)
                  # Passive, the therapist unnamed: "Scar massage was demonstrated", "showed her to stabilize elbow".
                  | (was|were) (demonstrated|modeled|modelled|demo'd) (to|and|prior|before|first|then) | (showed|shown) (her|him|them|pt|patient) to (use|hold|keep|stabilize|place|position|shift|lean|push|grip|turn|brace|tuck)
# Cues that faded during the session were given before they faded: "no cues needed by 3rd trip",
# "no VCs required after the 2nd trial" (`pseudo.cues_faded` in context.lex keeps the `no` from
# negating it).
cue.faded = no (cues|cueing|VCs|reminders|prompts) (needed|required) (by|after) [the] <int> (st|nd|rd|th) (trial|trip|rep|attempt|set|lap|time|round)

@set type=gestural
cue.gestural = [min|mod|max|occasional|intermittent|frequent] (gestural|gesture|nonverbal|non verbal) (cues|cue|cueing|prompts)

@set type=auditory
cue.auditory = [min|mod|max|occasional|intermittent|frequent] (auditory|rhythmic auditory|rhythmic) (cues|cue|cueing|cuing|stimulation|pacing)
             | metronome | RAS | (verbal|rhythmic) counting | counted (cadence|steps|reps) aloud

@set type=written
# Dictated: "I had to remind her to look up" (`reminded` is cue.mention).
cue.remind_spoken = (had to|needed to|needing to) remind (her|him|them) [again|twice] to
cue.written = written (cues|cue|instructions|instruction|checklist|reminders|steps|schedule)
            | (picture|pictorial|visual) (schedule|checklist|instructions) | checklist | [visual] (first then|first-then) (board|card|chart|schedule) (used|to)
            # A count given to start the move: 'Counted "1-2-3" aloud to initiate each stand'.
            | (counted|counting|count) [\"|“|\'] (<num>|one two three|to three|to 3) [\"|”|\'] (aloud|out loud|to initiate|to start)
# A visual support used as the cue: "First/then visual board used to cue transition from swing to table work".
cue.visual_support = (first then board|first then|visual board|visual schedule|picture schedule|visual timer|timer|token board) (used|was used) to cue | to cue (transition|transitions|initiation|her|him|pt|student|child)

@set type=hand_over_hand
cue.hand_over_hand = (hand over hand|hand under hand) [cues|cueing|assist|assistance|guidance|facilitation] | HOH | HOHA | HUH

@set type=multimodal
cue.multimodal = (multimodal|multi modal|multisensory|multi sensory) (cues|cueing|prompts)
               | (verbal|VC|VCs) (and|&|\+) (tactile|visual|TC|TCs) (cues|cueing)
               | VC TC | VCs TCs | VC/TC | VC's TC's | TC VC

@set type=general
# Amount + cues with no type named, purpose statements and verbs that say cueing was given.
cue.amount = (min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|rare|several|multiple|repeated|additional|increased|decreased|fewer|few|<num>) (cues|cue|cueing|cuing|prompts|prompting|reminders|reminder|redirection|redirections)
           | (1 2|1-2|2 3|2-3) (cues|reminders|prompts)
           | (cues|cueing|cuing|cued|prompts|prompting|reminders|redirection) (x <int>)
           | (cues|cueing|cuing|prompts|prompting|reminders) (in|on) <num> % (of trials|of the time|of attempts)
cue.with_purpose = (cues|cue|cueing|cuing|cued|prompts|prompting|reminders|redirection) (for|to|re|regarding|on|with)
cue.given = (with|w/|after|following|req|reqd|required|requires|requiring|require|needed|needs|needing|need|given|provided|providing|using|utilizing|benefited from|benefits from|responded to|responds to) [min|minimal|mod|moderate|max|frequent|occasional|intermittent|additional|increased|consistent|constant] (cues|cueing|cuing|prompts|prompting|reminders|redirection)
          | cues (given|provided|required|needed) (for|to|throughout|during)
          # Cues given as needed, with what they were for: "VC/TC PRN for proper form" (a bare "cues PRN"
          # stays boilerplate, vague_phrases.lex).
          | (cues|cueing|VC|VCs|VC/TC|VC TC|TC|TCs|prompts) (as needed|PRN|prn) (for|re)
# Any cue named is cueing given (context rules out "no cues needed", goals and history), dictation's "queues"
# among them ("verbal queues for log roll"): "needed L
# hand stabilization cue", "pursed lip breathing (cued)", "2 redirections", "prompt to re-read
# label", "needed correction of tension", "pressure biofeedback".
@set type=verbal
cue.mention = cue | cues | cueing | cuing | cued | queue | queues | queued | queuing | queing | prompted | prompt | prompts | prompting | redirected | redirection | redirections | reminder | reminders | reminded
            | reoriented | reorientation to
            | (needed|required|requiring|with|w/|after|following) [<int>|one|two|a few|few|several|min|minimal|occasional|frequent] (correction|corrections|verbal correction|verbal corrections) | biofeedback
            # Cues told as what the therapist did: "I tapped the red tape", "gave a short pull back at the pelvis",
            # "light touch at the nail", "had him say 'cane, bad leg, good leg'", "re-educated to push from bed", "then mirror".
            | (tapped|pointed to|pointed at|gestured to|gestured toward) | (gave|giving) [a] [short|quick|light|gentle|small] (pull|push|tap|touch|nudge|squeeze) [back|forward] (at|on|to)
            | light touch (at|on|to|over) | (had|asked|told) (him|her|them|pt|patient) (say|count|verbalize|repeat|watch|look at|feel|think) | (re educated|reeducated|reinstructed|re instructed) (to|on|in|re) | (then|added|using|used) [a|the] mirror | (mirror|video|visual) feedback

# --- Cue words that are not the patient's cueing --------------------------------------------------
# A return demonstration is what the patient showed back (patient_response.lex), not a demonstration
# given; cues and demonstrations given to a caregiver in caregiver training are not the patient's
# cueing (labelling protocol, clarification 3); "Pt reminded: NO active flexion" and "reminded of hip
# precautions" teach a precaution (skilled education), they are not cues during a task.
@category not_element
@set targets=cueing
# Zero cues is none: "pt locked brakes, 0 cues" (`cue.amount` reads any number before "cues").
nocue.zero = (0|zero) [verbal|tactile|visual] (cues|cue|cueing|VCs|VC|TCs|TC|prompts|reminders|redirections)
nocue.return_demo = (return|returned|returning) (demonstration|demonstrations|demo|demos|demo'd|demonstrated|demonstrates) [of|correct|proper] [verbal|tactile] [cueing|cues|cue]
nocue.caregiver = (caregiver|CG|family|spouse|wife|husband|daughter|son|parent|parents|mother|father|aide) (instructed|educated|trained|taught|shown) (with|w/|via|by) [a] (demonstration|demo|modeling)
# A caregiver showing back what was taught: "Mom able to demo containment hold" (the cues given to them after it:
# context.lex other.caregiver_demo).
nocue.caregiver_demo = (mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|parent|parents|caregiver|CG|wife|husband|spouse|daughter|son|aide) [able to|was able to|then] (demo|demo'd|demonstrated|demos)
# Caregivers taught to cue at home ("Educated spouse on cueing pt to slow down on turns", "Coached mom
# to use verbal prompt 'feet down'") and a prompt hierarchy planned for later are not today's cues.
# A ventilator's mode is no cue: "Vent | AC/VC FiO2 40%", "PRVC", "SIMV/PC".
nocue.vent_mode = (AC|A/C|SIMV|PRVC|CMV|assist control) (VC|PC|PS) | (VC|PC|PS) (FiO2|PEEP|mode) | vent (mode|settings) (VC|PC)
nocue.caregiver_taught = (educated|coached|trained) (spouse|wife|husband|mom|dad|parent|parents|caregiver|family|teacher) (on|to) [use] (cueing|cues|prompts|prompt|verbal prompt|verbal cues)
                       | (instructed|taught|trained|educated) (dtr|daughter|son|aide|CG) (in|on) [verbal|tactile] (cues|cueing|prompts)
# Someone else's cue: "Mother cued child to use handrail".
nocue.other_cued = (mother|mom|father|dad|parent|parents|caregiver|CG|wife|husband|daughter|son|dtr|sibling|sister|brother|spouse|grandmother|grandma) (cued|prompted|reminded|redirected) (child|pt|patient|him|her|them)
                 # "when wife cues", "Mom practiced modeling", "husband trained in cues for L foot clearance".
                 | (mother|mom|father|dad|parent|parents|caregiver|CG|wife|husband|daughter|son|dtr|spouse|grandma|aide|staff|teacher) (cues|prompts|reminds|modeled|modeling|(practiced|practicing|used|using) (modeling|cues|cueing|prompts|prompting))
                 | (mother|mom|dad|parent|parents|caregiver|CG|wife|husband|daughter|son|spouse) (trained|instructed|educated|taught) (in|on) [verbal] (cues|cueing|prompts)
# The patient cueing himself: "Pt self-cued 'hands ready'" ("Taught self-cue" is a cue given).
# A mirror used to see the skin is no visual cue: "inspection w/ mirror".
nocue.self = self (cued|prompted|reminded) | (pt|patient|he|she|child|student) self (cues|prompts)
           | (inspection|inspect|inspects|inspected|skin check|skin checks|check|checks|checked|checking) (w/|with|using) [a|the] [hand held|long handled] mirror
# A symptom or safety form is no checklist cue: "SCAT symptom checklist", "Sx checklist: HA 2",
# "positioning checklist" for staff.
nocue.form = (symptom|symptoms|sx|SCAT|PCSS|positioning|hazard|home safety) checklist
# Cues given to someone else, not the patient: "Gave VCs to wife as she practiced guarding".
nocue.cued_to_other = (gave|giving|provided) (VCs|cues|verbal cues|TCs|feedback|prompts) to (wife|husband|spouse|daughter|son|caregiver|CG|family|mom|mother|dad|father|parent|parents|aide|CNA|staff|teacher)
nocue.cued_other_first = (gave|giving|provided) (wife|husband|spouse|daughter|son|caregiver|CG|family|mom|dad|parent|aide|CNA|staff) (VCs|cues|verbal cues|TCs|feedback|prompts)
                       | (cued|prompted|coached|reminded) (wife|husband|spouse|daughter|dtr|son|caregiver|CG|family|mom|mother|dad|father|parent|parents|aide|CNA|CNAs|staff|teacher)
nocue.planned = (prompt|prompts|prompting|cue|cues|cueing) [hierarchy] to be (faded|continued|introduced|added|trialed|trialled|reduced|increased)
nocue.caregiver_cued = (caregiver|CG|family|spouse|wife|husband|daughter|son|parent|parents|mother|father|aide) (given|required|requiring|needed|req) [<int>|min|mod|max|frequent] (verbal cues|VCs|tactile cues|TCs|cues|cueing|demo|prompts)
                     | (caregiver|CG|family|spouse|wife|husband|daughter|son|mom|dad|mother|father|parent|parents|aide|CNA|staff) (cued|was cued|were cued) (on|in|re|regarding|about|where|how)  # "wife cued on where to stand"
nocue.precaution = (pt|patient|he|she) [was] reminded : | reminded [pt|patient] (:|of|about|re) [hip|sternal|spinal|back|WB|surgical] (precautions|restrictions|WB status|protocol)
# An infant's own cues, read by the therapist, are no cueing given (seventeenth session, NICU notes): "some hunger cues",
# "stress cues during feeds", "Cue-based PO trials ordered".
nocue.infant_cues = (hunger|stress|feeding|engagement|disengagement|state|readiness|satiation|satiety|behavioral|behavioural|infant|subtle|approach|avoidance|stability|self regulation|sucking|oral) (cues|cue) | cue based | (infant|baby) driven ; targets=cueing
