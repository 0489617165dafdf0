# Links between today's activity and a plan-of-care goal (vocabulary.md §5.6): goal ids, progress
# toward goals, goal status, and purpose statements that name a function.
# Goal language is goal language by nature: the extractor drops it only when negated, so a Goals
# section or a `LTG:` trigger does not remove these hits.
# `#` starts a comment after a space, so the literal is written `\#`.

@category goal_linkage
# A goal named by its number: "STG #2", "LTG 1", "per goal 3", "STG 2 met" (numbers up to 20, so
# "IS 1000 mL (goal 1500)" is no goal id).
goal.id = (STG|LTG|STGs|LTGs|short term goal|long term goal|short term goals|long term goals|goal|goals|functional goal|OT goal|PT goal|G|IEP obj|IEP objective|IEP goal|IFSP outcome) [\#|no|number] <int> [and <int>|\& <int>] ; range=1-20
        | (STG|LTG|goal) \# | (goals|STGs|LTGs) <int> ; range=1-20
        # A flowsheet's goal-number field filled in: "Flowsheet goal #: 4".
        | (goal|STG|LTG) \# : <int> ; range=1-20
        # A child's plan numbers its outcomes and objectives: "IFSP outcome #2", "IEP goal 3", "outcome #1".
        | (IFSP outcome|IFSP outcomes|outcome|IEP|IEP goal|IEP objective|IEP benchmark|benchmark) [\#|no|number] <int> ; range=1-20
# A goal written out after its label ("Goal: full ext, normalized gait w/o AD", "Working toward LTG:
# DGI >= 19/24"); an empty template label ("Goals: ____", "Goals: see POC") is none.
# Goals ticked as addressed: "Goals addressed today: ☒ 1  ☐ 2  ☒ 3".
goal.ticked = (goals|goal|STG|LTG|STGs|LTGs) addressed [today|this session] [:] (☒|☑|✓|✔|\[x\]|X|x) <int>
           # Goals named by number after "addressed": "Goals addressed today: #1, #4".
           | (goals|goal|STG|LTG|STGs|LTGs) (addressed|worked on|targeted) [today|this session] [:] \# <int>
           # A list of the goals under the label (hundred-and-eighteenth probe round, twenty-third session): "Goals addressed today:\n1) navigate classroom ...".
           | (goals|STGs|LTGs|STG/LTG|goals/objectives|IEP goals|IEP objectives) (addressed|worked on|targeted) (today|this session|this visit) :
goal.stated = (goal|goals|LTG|STG|LTGs|STGs|long term goal|short term goal|long term goals|short term goals|functional goal|functional goals|IFSP outcome|IFSP outcomes|IEP obj|IEP objective|IEP objectives|IEP benchmark|pt goal|patient goal|pt goals|patient goals|goal status|goals status|status of goals|goal progress|progress on goals|goal review|goal update|goals update) :
            # A goal table's heading with its source and no colon (hundred-and-ninth writers' round): "GOALS (from POC)   STATUS".
            | (goals|goal|LTGs|STGs|functional goals) (from|per) [the] (POC|plan of care|eval|IE|initial eval|evaluation|care plan) ; requires=content
# A goal named by its place in the plan: "which is one of his long-term goals".
goal.one_of = one of (his|her|the|pt's|their) (long term|short term|LTG|STG|functional|OT|PT) goals
goal.all = all [of] [the|pt's|her|his|STG|LTG|short term|long term|WC|work conditioning|PT|OT|rehab|therapy|functional|IEP] (goals|STGs|LTGs) [are|were|have been] (met|achieved)
# A maintenance program's goal: the function it keeps ("Cont OT 1x/wk to maintain ADL independence", "to keep
# household ambulation", "to maintain independence w/ eating"); not a cue's "to maintain NWB during transfers",
# nor "to maintain ROM" (an impairment).
goal.maintained = to (maintain|keep|preserve|sustain) [her|his|their|pt's|current] (ADL independence|independence with ADLs|independence w/ ADLs|independence in ADLs|household ambulation|community ambulation|ambulation|walking|independent transfers|self care|functional mobility|independence w/ eating|independence with eating|independence w/ feeding|independence with feeding|independence w/ toileting|independence with toileting|ability to walk|ability to transfer|ability to feed|ability to dress|home mobility)
# A goal named by the function it is about, with its status: "Freezing goal ongoing", "stair goal met",
# "transfer goal progressing" (not "goals progressing", which names none).
goal.topic_status = (freezing|transfer|transfers|gait|amb|ambulation|walking|stair|stairs|dressing|bathing|toileting|ADL|ADLs|IADL|lifting|reaching|driving|community|household|home|falls|fall|car transfer|tub transfer|bed mobility|w/c|wheelchair|handwriting|feeding|cooking|kitchen|shopping|work|running|return to work|RTW) goal [is|was|has been] (ongoing|progressing|met|partially met|not met|achieved|in progress|on track)
# A return named as what the work is for is the goal itself: "Lifting sim for RTW full duty", "cutting
# drills for return to sport" (not "cleared for RTW" or "ready for RTW", a status, nor a plan's "will
# discuss RTW").
goal.return_for = (for|toward|towards) (RTW|return to work|RTS|return to sport|RTP|return to play|return to duty|return to full duty|full duty)
                # A trade named as the return (hundredth probe round of the twenty-second session): "toward STG of 25# grip for return to carpentry".
                | (for|toward|towards) return to (carpentry|woodworking|construction|farming|landscaping|welding|plumbing|mechanic work|his trade|her trade|his job|her job)
                # The return named as the patient's own: "lift practice is for his return to stocking shelves at work".
                | (for|toward|towards) (his|her|their|pt's|patient's) (return|returning) to

# --- Goals and purposes that name a functional outcome (FunctionalLinks) -----------------------------
# Goal language links today's work to the plan of care when it says which goal: a number (above), or
# the functional outcome the goal is about. These openers link when a functional task or a
# `functional_outcome` stands in their statement: after a purpose within 6 words before a comma
# ("to improve safety w/ bathroom transfers", "in order to return home", "so pt can get in/out of her
# car"), or anywhere in the statement of a goal word (`reach=statement`: "Goal: return to basketball
# practice", "approaching LTG of mod I transfers", "progressing toward overground amb goal"). A
# purpose that names only an impairment ("to improve strength", "to increase ROM", "to improve
# balance") and a goal that names nothing ("progressing toward goals") link nothing.
# A purpose also makes what it names the aim, not work done (a hypothetical trigger reaching 6 words,
# stopped by a comma): in "balance tasks to improve safe transfers" the transfers are the goal.
@category goal_purpose
@set direction=forward scope=6 ends=comma targets=functional_task,timed_minutes,assist_level,cueing,objective_measure,patient_response,skilled_intervention,code_signal
purpose.improve = to (improve|increase|inc|incr|↑|↓|decrease|dec|decr|reduce|lessen|promote|facilitate|maximize|maximise|restore|normalize|address|enhance|optimize|regain|minimize|prevent|ensure|prepare for|progress toward|progress towards|work toward|work towards|build|support|encourage)
                | (focus|aim|purpose) [:|is|was|to] (reduce|reducing|improve|improving|increase|increasing|decrease|decreasing|prevent|preventing|promote|restore)
                # Independence as the aim: "W/c propulsion 150' for I mobility to the dining room for meals".
                | for (I|indep|independent|mod I) (mobility|access|transfers|ambulation|propulsion|w/c mobility|toileting|dressing|self care)
                | for (improved|increased|decreased|reduced|safe|safer|safety|independence|independent|indep|modified independence|return to|improved safety|a safe|safe and independent) | to (safely|independently)
                | in (prep|preparation) for | (preparing|prepping) (pt|patient|her|him) for
                # Risk cut or lowered ("to cut fall risk walking to the mailbox"; not "cued to lower into the chair").
                | to (cut|lower) [her|his|the|pt's] (fall|falls|risk|fall risk)
# Community and home named as what the training is for: "Ramp + curb training for community amb to the grocery store".
purpose.for_place = for (community|household|home|work|school) (amb|ambulation|mobility|access|distances|outings|tasks|management|entry|negotiation)
purpose.achieve = to (achieve|meet|attain|accomplish|return|resume|allow|enable|permit) | to be able to | in order for (pt|patient|him|her|them|the pt|the patient|resident|child|student) to | to keep up | (to|so she can|so he can) (get back to|go back to) | getting back to | in order to | so (she|he|pt|they) (can|could|will be able to) | so [her|his|the|pt's] (daughter|son|wife|husband|family|caregiver|caregivers|CG|parents|mom|dad|staff) (can|could) | so [the] (CNA|CNAs|aide|aides|staff|nursing|nurse|caregiver|caregivers) (can|could|is able to) | (aimed at|geared toward|geared towards|directed at|directed toward) [getting|helping|returning|improving] | so that [pt|patient|he|she|they|the pt|the patient|child] [can|will|may|is able to|could]
                | (work|working|works|worked) (toward|towards) | (toward|towards|->|→) (safe|safer|independent|indep|safely|independence with|independence in) | (on track|on target) (for|to) | (prep|prepping|preparing|preparation|in prep|in preparation) for
                # A progression or training aimed at an outcome: "Lifting progression toward RTW as warehouse picker", "Lift
                # circuit toward RTW".
                | (progression|progressions|training|trng|program|programme|circuit|circuits|drills|practice) (toward|towards)
                # A template's purpose field: "Purpose: safe car transfers for MD appts" ("Purpose: improve strength" names
                # no functional outcome and links nothing).
                | (purpose|functional purpose|rationale) :
                # Said the way a writer new to English says it: "Exercise for patient can walk to the church again".
                | for (pt|patient|her|him|she|he) (can|could|to can|be able)
                | so (pt|patient|he|she|they|child|student|resident|client|the child|the student) (can|will|may|is able to|could) | allowing | enabling | to let (pt|patient|him|her)
                # What the work is needed for: "Energy conservation for cooking. Needed for her to make her own meals".
                | (needed|necessary|required|important) for (her|him|pt|patient|them|the pt) to
# The patient brought back to what they did (eighty-first probe round): "Pool walking to get pt back to walking at the mall".
purpose.get_back = to get (pt|patient|her|him|them|the pt|the child) back (to|on|into|in)
@set direction=forward scope=6 ends=comma reach=statement targets=functional_task,timed_minutes,assist_level,cueing,objective_measure,patient_response,skilled_intervention,code_signal
purpose.goal = (goal|goals|LTG|STG|LTGs|STGs|long term goal|short term goal|long term goals|short term goals|functional goal|functional goals|functional target|functional targets|IFSP outcome|IFSP outcomes|pt goal|patient goal|pt's goal|patient's goal|pt goals|patient goals|POC goal|plan of care goal)
             | (wants|want|wanted|would like|hopes|hoping|wishes|plans|planning) to | (wants|want|wanted|would like) (him|her|them|pt|the child|the pt) [to be] able to | (wants|want|wanted|hopes|hoping) [to get] back (to|on|in|into) | (aim|aiming|aimed) (=|:|for) | (need|needs|needed) to be able to | (her|his|their|pt's) goal | (family's|family|daughter's|son's|caregiver's|parent's|parents'|wife's|husband's) goal
             # The demand the task answers: "lifting a box onto a shelf, which is something he has to do at work".
             | (something|a task|an activity|a skill) (he|she|pt|they|the pt|the patient) (has to|needs to|must|will need to|is required to) (do|perform|manage)
purpose.toward = (toward|towards|approaching|consistent with|consistent w/|in line with|on track for|on trajectory toward|addressing|addresses|working toward|working towards|progressing toward|progressing towards|progress toward|progress towards|progressing to|progressing on|progress on|progress with|related to|linked to|supports|supporting|targets|targeting) [the|her|his|pt's|patient's|established|stated|functional|POC|IFSP] (goal|goals|STG|LTG|STGs|LTGs|outcome|outcomes)
               | (goal|goals|STG|LTG|STGs|LTGs) (met|partially met|not met|not yet met|progressing|ongoing|achieved|in progress|partly met|regressed) ; direction=forward
# Functional outcomes a purpose can name besides the tasks themselves (functional_tasks.lex).
@category functional_outcome
outcome.place = (cabinet|cabinets|cupboard|cupboards|closet|pantry|fridge|refrigerator|grocery items|market|the market|supermarket|mall|pharmacy|drugstore|post office|library|grocery shop|grocery shopping|shop for groceries|go shopping|change floors|change classes|between classes|between periods|keep up with class|keep up with peers|recess|at home|in home|for home|to home|safe home|home safely|home safety|home discharge|home alone|home independently|go home|going home|goes home|get home|gets home|go back home|get back home|in the home|around the home|around home|in her home|in his home|in their home|enter home|enter the home|leave home|leave the home|household|community|work|job|school|class|classroom|church|store|grocery store|car|vehicle|bathroom|kitchen|bedroom|apartment|house|stairs at home|home entry|entry steps|mailbox|mail|entrance|porch|playground|daycare|sports|sport|golf|tennis|run|running|jog|jogging|gardening|driving|hunting|fishing|travel|vacation|duty|duties|full duty|full duties|light duty|appointments|appts|MD appts|errands|PE|recess)
              # The routines of a school day and the peers kept up with: "so student can stay seated thru circle
              # time", "to keep up w/ peers at recess".
              | (circle time|story time|class time|lunch period|specials|PE class|gym class) | (with|w/) (peers|classmates|friends|siblings|her class|his class|the class)
              # Getting into the home: "so she can get in front door (3 STE, no rail)".
              | (get|getting|gets) (in|into|in and out of|in out of|through|up to) [the|her|his|my] [first floor|second floor|upstairs] (front door|back door|house|home|apartment|flat|building|entrance)
              # Entering it named as the act: "to meet LTG of entering home (3 steps, no rail)".
              | (enter|entering|enters|entry into|access|accessing) [the|her|his|my|their] (home|house|apartment|flat|building|front door|back door|church|school|car)
              # The places of a facility's day: "for I mobility to the dining room for meals".
              | (dining room|dining hall|activity room|activities room|day room|dayroom|chapel|beauty shop|salon|lobby|nurses' station|mailbox|front porch|mail room)
              | (go|get|going|getting|drive|driving|walk|walking|ride|riding) to (the doctor|the doctor's|doctor|doctor appointments|doctor's appointments|MD appts|MD appointments|appointments|church|the store|the mailbox|mailbox|the bank|dialysis|chemo|work|school)
              # Getting to the door or the phone in time: "so pt can get up to answer the door safely".
              | (answer|answering|get to) the (door|phone|doorbell)
              | (home|community|household|work|school|leisure|recreational|social|play) (activities|tasks|roles|participation|access|mobility|distances|reintegration|re entry|entry|management|mgmt|environment|demands|duties|skills)
              # Places the patient goes named with getting in: "for safe independent pool access at her gym".
              | (pool|gym|YMCA|fitness center|bus|transit|vehicle|van|church|store|building) (access|entry|exit|entry and exit)
              | (crossing|cross) [the|busy] (street|streets|road|roads|intersection|intersections) | street crossing | crosswalk | crosswalks
              | (return|returning|RTW|return to work|return to sport|RTS) [home|to home|to work|to school|to sport] | (discharge|d/c|DC) (home|to home) | living alone | independent living | live alone | live independently | stay at home | remain at home | age in place
# The everyday acts of the hand a goal names: "so pt can write checks and sign forms", "to meet goal
# of opening medication bottles indep".
outcome.hand_use = (get|getting|gets) (in and out of|in/out of|into and out of|in out of|on and off|on/off)
                 | (get|getting|gets) (into|out of) [my|her|his|the|a] (tub|bathtub|shower|car|bed|truck|van)
                 | (write|writing|sign|signing) (checks|a check|forms|her name|his name|name|signature|cards|letters|notes|grocery list|lists)
                 | (open|opening|opens) [her|his|the|their] [own] [medication|med|meds|pill|prescription] (bottles|bottle|containers|container|jars|jar|packages|cans|doors|door)
                 | (manage|managing|handle|handling) [her|his|own] (medications|meds|pills|pill box|pillbox|finances|money|bills|buttons|fasteners|zippers)
                 | (use|using|type|typing) [on] [a|her|his|the] (phone|cell phone|smartphone|computer|keyboard|tablet|remote)
# The everyday act itself after a purpose: "EC strategies to allow pt to shower w/o stopping", "so pt can
# dress herself", "to enable him to cook standing" (only a purpose reads it: "shower chair" alone is not a goal).
outcome.daily_act = (hair care|oral care|nail care|peri care|pericare|make my own lunch|make her own lunch|make his own lunch|make lunch|make my own meals|make her own meals|make his own meals|make their own meals|eat meals|eating meals|eat with family|eating with family|meals with family|shower|bathe|dress|get dressed|toilet|groom|cook|bake|do laundry|do her laundry|do his laundry|make her bed|make his bed|make the bed|feed herself|feed himself|feed self|feed myself|dress myself|bathe myself|shower myself|cook for myself|shop|vacuum|sweep|mop|garden|drive|get groceries)
                  | (manage|managing) (her|his|their) [own] (medications|meds|pills|finances|money|bills|appointments|household|home) | (set|setting) the table | (wash|dry|brush|comb|do) [and dry] (her|his|their) (hair|face|teeth) | hold (a|her|his|the) (coffee mug|mug|cup|steering wheel|phone|fork|spoon|pen|toothbrush)
                  | join [in] (bath time|bathtime|family meals|mealtime|meals|dinner|circle time|recess|playtime|her sister|his brother|her brother|his sister|siblings|classmates|peers|the family)
                  # Getting to where the day happens: "gait 2x75' w/ RW so pt can get to meals".
                  | get to (meals|the dining room|dining room|mealtimes|the bathroom|bathroom|appointments|MD appointments|the mailbox|mailbox|church|class|school|work|the bus|the bus stop)
                  # A young child named by age: "So pt can pick up her 2 y/o w/o leaking".
                  | (pick up|picking up|lift|lifting|carry|carrying|hold|holding) (her|his|their|my) <int> (y/o|yo|year old|yr old|month old|mo old)
                  # Money, writing and sitting out an event, as a school day or an outing asks: "to allow independent management
                  # of lunch money", "IEP goal of writing first and last name", "so pt can sit through a 2-hr movie".
                  | (management of|managing|manage|handle|handling|count|counting|pay with|paying with) [her|his|their|own] (lunch money|money|cash|coins|change|bills)
                  | (write|writing|print|printing) [her|his|their|own] [first|full] (name|first and last name|first name and last name|signature|grocery list|shopping list|checks)
                  | sit through (a|the|an|Sunday|church|Saturday|her|his) [<num>] [hr|hour] (movie|film|church service|service|mass|concert|play|game|class|lecture|meeting|flight|car ride|ride|dinner|meal)
# The sports, games and working days a patient's goal names: "wants to get back to pickup basketball",
# "wants to return for spring practice", "hoping to be back on his full route", "Neck strengthening for return to contact",
# "wants to mow his own lawn again".
outcome.pursuit = gardening | garden | yard work | golf | golfing | (18|9|nine|eighteen) holes | tennis | jogging | running | knitting | sewing | crafts | woodworking | basketball | soccer | football | baseball | softball | volleyball | hockey | lacrosse | pickleball | swimming | cycling | biking | hiking | skiing | dancing | dance | yoga | bowling | hunting | fishing | marathon | races | race | CrossFit | crossfit | weightlifting | powerlifting | climbing | rock climbing | surfing | rowing | martial arts | boxing
                | (mow|mowing|mowed|cut|cutting) [the|his|her|my|own|his own|her own] (lawn|grass|yard)
                | (ITP|interval throwing program|interval throwing|throwing program|return to throwing|interval running program|return to run|return to running|running program)
                | (hold|holding|grip|gripping|grasp|grasping) [the|a|her|his] (steering wheel|tools|tool|hammer|utensils|fork|spoon|cup|mug|pen|pencil|phone|toothbrush|hairbrush)
                | (spring|fall|summer|winter|team|school|full) (practice|practices|season) | games | tournament | league | (return|returning|back) to (contact|contact drills|practice|competition|scrimmage|scrimmages|the field|the court|the ice|the mat)
                | (stocking|stock|restocking|restock) shelves | (full|delivery|mail|bus|his|her) (route|routes|shift|shifts) | full shifts | (staff|work|team|church) (meetings|meeting|services) | meetings
# Family roles a goal names: "so she can go back to watching her grandson".
outcome.family_role = (watching|babysitting|caring for|care for|picking up|pick up|picks up|playing with|play with|play w/|playing w/|lift|lifting|carry|carrying|hold|holding|rock|rocking) [her|his|their|my] [new] (grandson|granddaughter|grandchildren|grandkids|grandbaby|kids|children|child|baby|infant|toddler|newborn|twins|son|daughter)
# Riding or going along with family (eighty-first probe round): "so she can ride with her son to dialysis 3x/wk".
outcome.with_family = (ride|riding|go|going|drive|driving|travel|traveling|travelling|get out|getting out) with (her|his|their|my) (son|daughter|husband|wife|family|friend|friends|spouse|partner|grandson|granddaughter|grandkids|kids|children|sister|brother)
                    # Where the play happens between: "wants to play on floor w/ grandkids".
                    | (w/|with) [her|his|their] (grandson|granddaughter|grandchildren|grandkids|grandbaby|kids|children|baby|toddler)
# Mealtimes and the activities a resident joins (ninety-ninth writers' round): "supporting goal of participating in
# mealtime w/ dignity".
outcome.mealtime = mealtime | mealtimes | meal time | meal times | (participating|participate|participation) in (meals|activities|groups|outings|family events|church|community events)
# Being there for a family event, and sitting up long enough to: "Pt's goal is to sit up in his w/c for
# grandson's graduation", "so she can attend her daughter's wedding".
outcome.participation = (attend|attending|go to|get to|be at|make it to) [her|his|the|a|their] [daughter's|son's|grandson's|granddaughter's|family|church] (wedding|graduation|funeral|reunion|birthday party|party|service|services|ceremony|holiday dinner|Thanksgiving|Christmas|family gathering|gatherings)
                      | (sit|sit up|sitting up) in [his|her|the|a] (w/c|wheelchair|chair|recliner) (for|to|through|during)
                      # Care the patient must get to: "to allow pt to attend dialysis independently".
                      | (attend|attending|get to|go to|make it to) [her|his|the|their] (dialysis|appointments|MD appointments|doctor's appointments|medical appointments|chemo|infusions|day program|adult day|senior center)
# The work a carer or aide has to do: "I need to be able to lift my clients".
outcome.work_role = (lift|lifting|transfer|transferring|move|moving|reposition|repositioning|bathe|bathing|care for|caring for) (my|her|his|their|the) (clients|patients|residents|students)
# Care a family member gives that the session trains for: "so daughter can safely turn and reposition pt in bed".
outcome.caregiving = (turn|reposition|transfer|lift|bathe|dress|feed|care for|help) [and reposition|and turn|and transfer] (pt|patient|her|him|mom|dad|her mother|his mother|her husband|his wife)
# Staying at home and the day's ordinary moves: "to allow pt to stay home w/ husband", "in order for pt to get OOB to chair for
# meals", "to enable pt to sit up safely for meals".
outcome.home_life = (stay|staying|remain|remaining) [at] home | (get|getting|gets) (OOB|out of bed) | (sit up|sitting up|sit upright|be up) [safely|in chair|in w/c] (for|at|during) (meals|mealtimes|mealtime|dinner|lunch|breakfast) | water (her|his|the|my) (plants|garden|flowers|lawn|yard|tomatoes) | (host|hosting|cook|cooking) [a|the|her|his|family] (Thanksgiving|Christmas|holiday|family|Easter|Sunday) (dinner|meal|lunch)
# A work shift got through: "to finish a 2-hr register shift", "to last a full shift" (not "weight shift").
outcome.work_shift = (finish|finishing|complete|completing|get through|last|tolerate|tolerating|work|working) [a|her|his|the|full|whole] [<num>] [hr|hour] [register|cashier|night|nursing|warehouse|retail] shift
# A home's or a relative's entry steps managed, and a task done without calling for help: "so she can manage
# the 1 step into her daughter's house", "so she can get her own pots out w/o calling her son".
# The bathroom by its abbreviation (hundred-and-fourth writers' round): "Progressing toward LTG of safe BR mobility mod I".
outcome.bathroom_abbrev = (BR|B/R|bathroom) (mobility|transfers|transfer|access|routine|safety|tasks) | (bedside commode|BSC|commode) (use|transfers|transfer|access)
# Continence and a night's sleep as the outcome (ninety-sixth probe round): "toward LTG of <=1 void/night so she can sleep through".
# Meals made as the outcome (ninety-eighth probe round): "energy conservation ed and kitchen task pacing to return to
# preparing family meals".
outcome.meals_made = (prepare|preparing|prep|prepping|cook|cooking|make|making|fix|fixing) [family|her|his|the|own|simple|light|hot] (meals|meal|dinner|dinners|breakfast|lunch|supper|snacks)
# The floor as the place of the outcome (hundred-and-second probe round of the twenty-second session): "so pt can get
# down on the floor to play w/ her granddaughter".
outcome.floor = (get|getting|gets) (down on|down to|onto|on|up off|up from|off|up from the) [the] floor
# The patient's own floor or flat reached (hundredth probe round of the twenty-second session): "so pt can climb to her
# 3rd-floor apt w/o stopping".
outcome.home_reached = (climb|walk|get|go) (to|up to|up) (her|his|their) [<int> floor|<int>rd floor|<int>nd floor|<int>th floor|top floor|upstairs] (apt|apartment|flat|unit|bedroom|home|house|condo)
# School work as the outcome (hundred-and-third probe round of the twenty-second session): "so student can complete written
# classwork w/o hand fatigue".
outcome.school_work = (complete|finish|do|keep up with) [written|his|her|their] (classwork|class work|schoolwork|school work|homework|worksheets|assignments|written work|tests|exams|note taking)
                    # A name written legibly, a day's routine done (hundred-and-twenty-fourth probe round, twenty-third session): "IEP
                    # goal of legible first and last name", "so pt can complete her AM routine independently".
                    | (legible|legibly|write|writing|writes) [his|her|their] (first and last name|first name|last name|name|signature)
                    | (AM|morning|bedtime|evening|PM|school day|daily|self care) routine
outcome.continence = (sleep|sleeping) through [the night] | (stay|stays|staying|remain|remains) (dry|continent) | (dry|continent) (through the night|overnight|at night|all day|during work|during exercise|with lifting|when lifting|with running) | (void|voids) (/ night|per night|a night|at night|/ nt|per nt)
outcome.continence_activity = (leakage|leaking|leaks|incontinence) (during|with|w/|when) [her|his] [<num> mile] [morning|daily] (walks|walking|running|runs|lifting|exercise|workouts|tennis|golf|pickleball|coughing|sneezing)
outcome.entry_steps = (manage|negotiate|get up|get up and down|go up|go up and down|get over|clear|handle) [the|a|her|his|their] [<int>|one|two|three|four] (step|steps|stair|stairs|curb|curbs|STE)
outcome.unaided = (w/o|without|no longer) (calling|asking|needing|waiting for|relying on) [for|on] [her|his|their|the|a] (son|daughter|husband|wife|spouse|family|staff|nurse|aide|caregiver|CG|neighbor|help|assistance)
outcome.own_task = (get|make|fix|pour|cook|pack|wash|fold|carry|fetch|put away|pick out|set up|do) (her|his|their|my) own
outcome.safety = (fall|falls) [risk|prevention] | risk of falls | fall risk | falling | (caregiver|care giver|CG) burden | burden of care | (safety|safe|safely|independence|independent|independently|indep) (at|in|with|w/|during|for|to|@) (home|community|work|school|ADLs|IADLs|self care|tasks|mobility|household tasks)
                | ADLs | ADL | IADLs | IADL | self care | function at home | daily activities | daily tasks | activities of daily living | job demands | job tasks | work tasks | work demands | occupational demands | (carry|carrying|lift|lifting|hold|holding) (grandchild|grandchildren|child|baby|infant|groceries|laundry)

# A goal label with only a status ticked names no goal: "Goals: ☒ Progressing ☐ Met", "Progress to
# goals: [x] Progressing" (labelling protocol, clarification 1: "progressing toward goals" is no link).
@category not_element
@set targets=goal_linkage
# Goals sent elsewhere name none: "Goals: see initial eval."
nogoal.see_elsewhere = (goals|goal|STGs|LTGs|STG|LTG) [:] (see|refer to|per) [the] (initial eval|initial evaluation|IE|eval|evaluation|POC|plan of care|care plan|chart|flowsheet)
# A return someone cleared or is ready for is a status, not what today's work was for: "cleared for RTW by MD", "ready for RTW".
nogoal.cleared_for = (cleared|ready|eligible|released|approved|not ready|not cleared) (for|to) (RTW|return to work|RTS|return to sport|RTP|return to play|return to duty|return to full duty|full duty) ; targets=goal_linkage,goal_purpose
# "Return" as half of "return demonstrate" names no return (context.lex's `pseudo.return_demo` keeps the
# purpose from making the task an aim; this keeps it from linking a goal). Its demonstration is the patient's,
# no cue: this phrase shadows cueing.lex's shorter `nocue.return_demo`, so it masks cues too.
nogoal.return_demo = to return (demonstrate|demo|demonstrated|demo'd|demos|demonstration) ; targets=goal_purpose,cueing
nogoal.status_only = (goals|goal|progress to goals|progress toward goals|goal progress|goal status) : [x|X|☒|☑|✓|✔] (progressing|ongoing|in progress|not progressing|same|unchanged|partially met)
                   # A goal status that says the goals were not touched: "Goal Status: no change this session",
                   # "Goal Status: not addressed today d/t BP".
                   | (goal status|goals status|goal progress|progress toward goals|progress to goals) : (no change|unchanged|not addressed|deferred|not assessed|N/A|NA|not tested)
                   # A progress line that names no goal: "Progress Toward Goals: [X] Progressing", "Goals: progress
                   # toward goals", "Goals: PT goals updated".
                   | (progress toward goals|progress towards goals|progress to goals|progress toward goal|progress towards goal) :
                   | (goals|goal) : (progress|progressing) (toward|towards|to|on) [the|her|his|pt's|all] [ADL|ADLs|PT|OT|mobility|functional|therapy|rehab|current|established] (goals|goal)
                   | (goals|goal) : [ADL|PT|OT|mobility|functional|therapy|rehab] (goals|goal) (updated|reviewed|revised|unchanged|ongoing|continued)
# A goal label that names only an impairment: "Goals: to increase LE strength", "Goal: to increase ROM and strength"
# (labelling protocol, goal_linkage: "to improve strength" is no goal link).
nogoal.impairment = (goal|goals|STG|LTG) : [to] (increase|improve|decrease) [LE|UE|BLE|BUE|B LE|B UE|core|trunk] (strength|ROM|pain|balance|endurance|flexibility|edema|tone|AROM|PROM|activity tolerance|posture|ROM and strength|strength and ROM|strength and endurance|strength and balance|balance and strength) ; requires=end
