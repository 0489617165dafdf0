# Section headers: matched only at the start of a line (or after a bullet) and followed by `:` or
# alone on their line. `context` sets the default for everything until the next header:
#   performed    done today (Objective, Vitals, Gait, Transfers)
#   treatment    the treatment given (Treatment, Interventions, code-name and billing headers): in a
#                daily note the same as `performed`; in a report the one part that is treatment
#   subjective   patient report (counts for objective measures and responses only)
#   assessment   the therapist's assessment of today (counts)
#   plan / hypothetical   future and goals (not done today)
#   historical   history and prior level of function
#   instruction  home program (instructed, not necessarily performed today)
# One-line headers (`Dx:`, `Precautions:`, `Meds:`) are not listed: a header's context lasts until
# the next header, so a `Dx:` line would make a whole unlabelled treatment block "historical".
# One-letter SOAP headers (`S:`, `O:`, `A:`, `P:`) are safe here because they need the line start and `:`.
# `report=N` marks a header that evaluations, discharge summaries and physicians' reports use and
# daily notes hardly do; a note whose headers weigh 3 or more is a report, and what it says outside
# its `treatment` sections is the patient's status examined or recounted, not treatment given today
# (ContextAnalyzer). Full names weigh 2 ("Past medical history"); the words a daily note's header
# block may also use weigh 1 ("History", "Medications", "Allergies"); abbreviations ("PMH", "HPI")
# are not marked: a home-health template writes them.

@category section
section.subjective = S | Subjective | Subj | SUBJECTIVE | Pt report | Patient report | Pt reports | Patient reports | CC | Patient comments | Pt comments | Pain | Pain assessment | Patient's complaint | Complaints ; context=subjective
section.report_complaint = Chief complaint ; context=subjective report=2
section.treatment = Today | Today's session | Todays session | This session | This visit | Session today | Treatment | Tx | Treatment provided | Tx provided | Treatment performed | Today's treatment | Todays treatment | Today's tx | Interventions | Intervention | Interventions provided | Treatment today | Services provided | Skilled services provided | Session | Session summary | Skilled intervention | Skilled interventions | Minutes | Billing | Charges | Time | Timed codes | Treatment time ; context=treatment
section.objective = O | Objective | Obj | Procedures | Exercises | Exercise | Activities | Functional activities | Functional mobility | Functional status | Functional training | Outcome measures | Outcomes | Tests and measures | Measurements | Objective measures | Vitals | Vital signs | Gait | Transfers | Bed mobility | Balance | Stairs | ADLs | Self care | Modalities ; context=performed
# A code-name line opens the treatment block even without `O:`: "TherAct 97530 x 25 min" alone on
# its line, "Caregiver training / therapeutic activities (97530):", "Treatment (25 min, one-on-one):".
section.code_training = (caregiver training|family training|functional training|transfer training|skilled) [and|\&] (TherAct|Ther act|Therapeutic activities|Therapeutic activity|TA) [97530] ; context=treatment
section.code_97530 = (TherAct|Ther act|Ther acts|Therapeutic activities|Therapeutic activity|TA) [97530] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_97110 = (TherEx|Ther ex|Therapeutic exercise|Therapeutic exercises|TE) [97110] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_97112 = (NMR|NMRE|Neuromuscular re education|Neuromuscular reeducation|Neuro re ed) [97112] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_97116 = (Gait training|Gait trng|Gait trg|Gait) [97116] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_97140 = (Manual therapy|Manual|MT) [97140] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_97535 = (Self care training|Self care|ADL training|Self care home management|ADL retraining) [97535] [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ] ; context=treatment
section.code_number = (97530|97110|97112|97116|97140|97535) [x|:|=] [<num> (min|mins|minutes|\') ] [<int> (units|unit|U) ]
                    | (Treatment|Tx|Interventions|Today's treatment|Session) [<num> (min|mins|minutes) ] [one on one|1:1|direct|therapeutic activities|therapeutic exercise] [97530|97110|97112|97116|97140|97535] ; context=treatment
# A minutes summary alone on its line closes a Plan section: "38 minutes of direct one-on-one
# therapeutic activities, 97530 x 3 units" (a longer billing-line entry would hide `Total timed:` below).
section.minutes_line = <num> (min|minutes) [of direct one on one|of direct|of one on one|of|direct|one on one] (therapeutic activities|ther act|TherAct|therapeutic exercise|ther ex|TherEx|gait training|neuromuscular re education|manual therapy|self care training) [97530|97110|97112|97116|97140|97535] [x <int> (units|unit) ] ; context=treatment
# Billing lines close a Plan or Goals section: "Total timed: 23 min", "Minutes:", "Billed:".
section.billing = Total timed | Total timed treatment | Total timed minutes | Total timed code treatment minutes | Timed minutes | Timed code minutes | Total treatment time | Total tx time | Total time | Total minutes | TTM | TTT | Billed | Billing | Charges | Units | CPT | Codes billed ; context=treatment
section.assessment = A | Assessment | Assess | Impression | Clinical impression | Summary | Response | Response to treatment | Response to tx | Pt response | Patient response | Patient response to treatment | Analysis | Progress | Progress toward goals | Progress to goals | Clinical reasoning | Skilled need | Justification ; context=assessment
section.plan = P | Plan | Plan of care | POC | Tx plan | Therapy plan | Plan of treatment | Interventions include | Interventions to include | Intervention plan | Planned interventions | Proposed interventions | Recommendations | Recommendation | Next visit | Next session | Next tx | Plan for next visit | Plan for next session | Plan next visit | Plan next session | Plan next tx | Plan for next tx | Plan for tomorrow | Frequency | Frequency duration | Frequency/Duration | Discharge plan | D/C plan | DC plan | Follow up | F/U ; context=plan
section.goals = Goals | Goal | STG | LTG | STGs | LTGs | Short term goals | Long term goals | Short term goal | Long term goal | Short-Term Goals (STG) | Long-Term Goals (LTG) | Patient goals | Pt goals | Patient goal | Pt goal | Patient's goal | Patient's goals | Pt's goal | Functional goals | Rehab goals | PT goals | OT goals | Goals for next visit
              # "SHORT TERM GOALS/ONE WEEK GOALS:", "LONG-TERM GOALS TO BE ACHIEVED IN 8 WEEKS:"
              | (Short term|Long term|STG|LTG) goals (one|two|three|four|six|eight|<int>) (week|weeks|wk|month|months) goals | (one|two|three|four|six|eight|<int>) (week|weeks|wk|month|months) goals
              | (Short term|Long term|STG|LTG) goals to be (achieved|met|completed) (in|within|by) (<int>|one|two|three|four|six|eight) (weeks|wks|visits|months|days) | (short term|long term) goals (to be achieved|to be met) (in|within) <num> (weeks|wks|visits) ; context=hypothetical
section.history = PLOF | Hx/PLOF | PLOF/Hx | History/PLOF | Prior level of function | Prior level of functioning | Prior function | Previous level of function | History | Hx | HPI | Course | Clinical course | Course of treatment | Treatment to date | Prior therapy | Previous therapy | Reason for referral | Reason for admission | ROS | PMH | Relevant medical history | Social hx | SH | Home situation | Living situation | Home environment | Lives | Patient lives | Prior living situation | Prior to admission | Premorbid status | PSH | PMHx | PSHx | PHx | Med hx | Medical hx | Past hx | Past history | Pertinent hx | Pertinent history ; context=historical
section.report_history = History of present illness | History of the present illness | Past medical history | Past surgical history | Surgical history | Medical history | Family history | Review of systems | Hospital course | Brief hospital course | Admission diagnosis | Admitting diagnosis ; context=historical report=2
section.report_history_word = Social history ; context=historical report=1
section.report_findings = Physical examination | Physical exam | Medical imaging | Diagnostic imaging | Diagnostic imagery | Discharge diagnosis | Discharge diagnoses | Condition on discharge | Procedures performed | Discharge summary ; context=assessment report=2
section.report_list = Medications | Allergies ; context=assessment report=1
# `Home:` opens what the patient is to practise at home ("Home: practice with large-button vest").
section.hep = HEP | Home exercise program | Home program | Parent HEP | Caregiver HEP | Family HEP | Parent home program | Home carryover for parent | Home exercises | Home | Home practice | Home activities | Home carryover | HEP updated | HEP issued | Updated HEP | Updated HEP e-mailed | HEP e-mailed | HEP emailed | HEP sent | HEP mailed | New HEP | Updated home program | Education | Pt education | Patient education | Caregiver education | Instructions | Teaching | Teaching tools | Discharge instructions ; context=instruction
