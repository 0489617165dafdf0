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
           | [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|rare|several|multiple|repeated|additional|increased|decreased|fewer|few|some|<num>] (VC|VCs|VC's|vcs|vc's|v/c|v/cs|VCing)
           | verbally cued | cued verbally

@set type=tactile
cue.tactile = [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|light|several|multiple|repeated|additional|increased|decreased|fewer|<num>] (tactile|manual|physical|proprioceptive) (cues|cue|cueing|cuing|prompts|prompting|input|facilitation|feedback)
            | [min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|frequent|freq|constant|<num>] (TC|TCs|TC's|tcs|tc's|t/c)
            | tactilely cued

@set type=visual
cue.visual = [min|minimal|mod|moderate|max|maximal|occasional|intermittent|frequent|constant|<num>] visual (cues|cue|cueing|cuing|prompts|feedback|demonstration|demo|targets|markers|guide|aids)
           | mirror (feedback|for feedback) | (with|using|in front of) [a] mirror
           | (floor|tape|visual) (markers|targets|lines) | laser (cue|cueing|pointer)

@set type=demonstration
cue.demonstration = (demonstration|demo|demos|demonstrated by therapist|therapist demonstration|modeling|modelling)
                  | (PT|OT|therapist|clinician) (demonstrated|modeled|modelled)
                  | (after|with|following|w/) (demonstration|demo|modeling)

@set type=gestural
cue.gestural = [min|mod|max|occasional|intermittent|frequent] (gestural|gesture|nonverbal|non verbal) (cues|cue|cueing|prompts)

@set type=auditory
cue.auditory = [min|mod|max|occasional|intermittent|frequent] (auditory|rhythmic auditory|rhythmic) (cues|cue|cueing|cuing|stimulation|pacing)
             | metronome | RAS | (verbal|rhythmic) counting | counted (cadence|steps|reps) aloud

@set type=written
cue.written = written (cues|cue|instructions|instruction|checklist|reminders|steps|schedule)
            | (picture|pictorial|visual) (schedule|checklist|instructions) | checklist

@set type=hand_over_hand
cue.hand_over_hand = hand over hand [cues|cueing|assist|assistance|guidance|facilitation] | HOH | HOHA

@set type=multimodal
cue.multimodal = (multimodal|multi modal|multisensory|multi sensory) (cues|cueing|prompts)
               | (verbal|VC|VCs) (and|&|\+) (tactile|visual|TC|TCs) (cues|cueing)
               | VC TC | VCs TCs | VC/TC | VC's TC's | TC VC

@set type=general
# Amount + cues with no type named, purpose statements and verbs that say cueing was given.
cue.amount = (min|minimal|mod|moderate|max|maximal|occasional|occ|intermittent|intermit|frequent|freq|constant|continuous|consistent|rare|several|multiple|repeated|additional|increased|decreased|fewer|few|<num>) (cues|cue|cueing|cuing|prompts|prompting|reminders|redirection)
           | (1 2|1-2|2 3|2-3) (cues|reminders|prompts)
           | (cues|cueing|cuing|cued|prompts|prompting|reminders|redirection) (x <int>)
           | (cues|cueing|cuing|prompts|prompting|reminders) (in|on) <num> % (of trials|of the time|of attempts)
cue.with_purpose = (cues|cue|cueing|cuing|cued|prompts|prompting|reminders|redirection) (for|to|re|regarding|on|with)
cue.given = (with|w/|req|reqd|required|requires|requiring|require|needed|needs|needing|need|given|provided|providing|using|utilizing|benefited from|benefits from|responded to|responds to) [min|minimal|mod|moderate|max|frequent|occasional|intermittent|additional|increased|consistent|constant] (cues|cueing|cuing|prompts|prompting|reminders|redirection)
          | cues (given|provided|required|needed) (for|to|throughout|during)
# Any cue named is cueing given (context rules out "no cues needed", goals and history): "needed L
# hand stabilization cue", "pursed lip breathing (cued)", "2 redirections", "prompt to re-read
# label", "needed correction of tension", "pressure biofeedback".
@set type=verbal
cue.mention = cue | cues | cueing | cuing | cued | prompted | prompt | prompts | prompting | redirected | redirection | redirections | reminder | reminders | reminded
            | (needed|required|requiring|with|w/) (correction|corrections) | biofeedback | (mirror|video|visual) feedback
