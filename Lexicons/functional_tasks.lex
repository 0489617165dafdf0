# Dynamic functional activities trained (vocabulary.md §5.3). `code` = the CPT code the activity
# signals: 97530 (transfers, bed mobility, lifting/carrying/reaching, work simulation), 97116 (gait and
# stairs: "includes stair climbing", billing-rules.md §3.4), 97535 (ADL/IADL, self-care).
#
# Plain exercises (heel slides, SLR, bridges, squats x10) are NOT functional tasks: they are
# 97110 signals in code_signals.lex. Where one word is both (squat, bridge, step up, lift), only the
# functional form is listed here (`squat to retrieve`, `bridging to scoot`, `lift box from floor`).
# Pure device words (walker, Hoyer lift) are not tasks either.

@category functional_task
@set code=97530

# --- Transfers -----------------------------------------------------------------------------------
task.sit_to_stand = sit (to|from|and|\<\>|↔|→|\>|2|two|-) stand [transfer|transfers|transfers|trf|trfs|xfer|xfers|training|trng|trg|practice|tasks|reps|trials]
                  | sit to from stand | sit stand | sit2stand | sit2std | sit to std | sts | STS transfers | stand up from (chair|bed|toilet|couch|mat|wc|w/c|wheelchair|EOB|low surface|high surface)
                  | (chair|mat|bed|toilet|couch|recliner) rise | chair rises | chair stands | rising from (chair|bed|sitting)
                  | (getting|get|gets|got|rising|rise|rises|stand|standing|stands|stood) up from [the|a|her|his] [low|high|soft|deep] (chair|couch|sofa|bed|toilet|recliner|seat|mat|bench|w/c|wheelchair|car seat)
task.stand_to_sit = stand (to|\>|→|2) sit | stand2sit | sit down (in|on|onto) (chair|bed|toilet|couch|mat|wc|w/c|wheelchair)
                  | controlled (descent|lowering) (to|into) (chair|sitting|seat) | eccentric (control|lowering) (to|into|on|during) (sit|sitting|stand to sit|chair)
task.pivot_transfer = (stand|standing|squat|stand step|step) pivot [transfer|transfers|trf|xfer|xfers|technique] | squat pivot
# The abbreviation alone is also a student physical therapist's credential ("B. Ross, SPT", "PT Treatment
# Note (SPT)"): it is a transfer where its statement doses it ("SPT bed>w/c min A", "SPT toward L, CGA").
task.pivot_abbreviated = SPT | SPTs ; requires=dosage
task.board_transfer = (slide|sliding|transfer) board [transfer|transfers|trf|xfer|xfers] | SBT | SB transfer | SB transfers | (lateral|level) (transfer|transfers|scoot|scoots|xfer|xfers)
task.surface_transfer = (toilet|commode|BSC|tub|shower|tub bench|TTB|car|floor|bed|chair|w/c|wc|wheelchair|mat|mat table|couch|recliner|bench|stretcher|plinth|EOB) (transfer|transfers|trf|trfs|xfer|xfers|tsf|tfr|tfrs|training|t/f|t/fs)
                      | (bed|chair|w/c|wc|wheelchair|mat|couch|recliner|toilet|commode|BSC|car|tub|EOB) (to|\<\>|↔|→|\>|and|2) (chair|bed|w/c|wc|wheelchair|mat|couch|recliner|toilet|commode|BSC|car|tub|shower|tub bench|TTB|EOB|standing|stand)
                      # "In bed" alone is where the patient was ("heel slides in bed"), not a transfer.
                      | (into|out of) [and out of] (car|tub|shower|bed|vehicle|SUV|truck|van|minivan) | in and out of bed
                      | in [and out of] (car|tub|shower|vehicle|SUV|truck|van|minivan)
                      # Over the tub's wall: "Tub: stepped in/out over ledge to tub bench".
                      | (stepped|stepping|steps|step|stepped in|stepped out) [in/out|in and out|in|out] over [the] (ledge|tub ledge|tub wall|tub edge|edge of tub|tub side|side of tub|threshold of tub|shower threshold|shower curb|shower lip|shower ledge)
                      # Pool entry and exit: "In/out of pool via steps w/ rail", "pool entry via ladder".
                      | (in out of|into|out of|in and out of) [the] pool | (entry|exit|entry exit|entries|exits) (of|into|from) [the] pool | pool (entry|exit|entry exit|entry and exit|entries|exits) | (entered|exited|entering|exiting|enter|exit) [the] pool
                      | in out of [his|her|the|a|their] [daughter's|son's|wife's|husband's|family's] (car|tub|shower|bed|vehicle|SUV|truck|van|minivan)
                      # A stand-pivot told by its steps: "stepped/pivoted to recliner w/ mod A".
                      | (stepped|pivoted|stepped pivoted|step pivoted|stand pivoted|stood and pivoted|stepped and pivoted) (to|into|onto) [the] (recliner|chair|w/c|wc|wheelchair|bed|commode|BSC|toilet|mat|EOB|couch|sofa|bedside chair|bedside commode)
# The stand and the steps told in a dictation: "then stood her up to the walker. She took six steps over to the recliner".
# A power chair driven through the places of a day: "drove through 32" doorway, into elevator and up 1:12 ramp".
# In and out of the tub, shower or car, written with "&": "Practiced getting in & out of her tub".
task.in_out = (getting|get|got|gets) (in \& out of|in and out of|in out of|into and out of) [her|his|the|a] (tub|bathtub|shower|car|bed|truck|van|pool)
# A tub or shower entered and left as the task (eighty-second probe round): "Shower entry observed on video: grab bar + tub bench".
task.bath_entry = (shower|tub|bathtub|walk in shower|tub shower|pool) (entry|exit|entry and exit|entry exit|entries)
# Money handled in the community: "Paid for coffee w/ exact change, counted out $3.45".
task.money = (paid|pays|paying|pay) (for|with|w/) | (counted|counting|counts) out (money|change|coins|bills|\$) | (made|making|make) change | exact change
# Hair washed as a grooming or bathing task: "Simulated hair washing standing at sink".
task.hair_washing = hair washing | washing (her|his|their) hair | washed (her|his|their) hair | wash (her|his|their) hair
task.power_chair = (drove|driving|drives) [power w/c|power chair|PWC] (through|into|up|down|around|over) [a|the] [<num> \"] (doorway|doorways|elevator|ramp|hallway|curb cut|threshold|tight turns|obstacle course)
# The chair named plainly, then where: "Pt drove chair through all areas during assessment".
task.chair_driven = (drove|driving|drives) [the|his|her] (chair|w/c|wheelchair|power chair|PWC|scooter) (through|into|around|down|along|in|across)
task.told_transfer = stood (her|him|them|pt|patient) up | (took|taking|takes) <num> steps [over] (to|toward|towards) [the] (recliner|chair|bed|commode|BSC|w/c|wheelchair|bathroom|door|sink|window|toilet|couch|mat)
                   | (got|brought|assisted|helped) (her|him|them|pt|patient) (to|up to) the edge of [the] bed
task.transfer_generic = transfer | transfers | transferring | xfer | xfers | xfr | xfrs | txf | txfs | txfr | txfrs | trf | trfs | tfr | tfrs | t/f | t/fs
                      | transfer (training|trng|trg|practice|tasks|task|technique)
                      | transferred (to|from|onto|into) [the|a|bedside|the bedside|his|her] (bed|chair|w/c|wc|wheelchair|mat|toilet|commode|BSC|tub|car|EOB|edge of bed|couch|recliner|standing|stand|sitting|supine)
                      | transferred (sit|supine|stand|with|w/|using|via|min|mod|max|CGA|SBA|indep|independently|independent|x <int>)
task.floor = floor (transfer|transfers|recovery|recoveries|rise|rises|\>) [stand|standing|chair] | (down|lowered|lowering) to [the] (floor|ground) (and|&|\+) [back] up | floor to (stand|standing|chair|sit|sitting|half kneel|kneel|kneeling|tall kneel) | (getting|get|got|rising|rise|up) (up|off) from [the] (floor|ground)
           | (ground|floor) (to|→|\>|\<\>|↔) (stand|standing|chair|half kneel|kneel*) | fall recovery [training] | getting down to [the] floor

# --- Bed mobility --------------------------------------------------------------------------------
task.bed_mobility = bed mobility | bed mob | bed mobility (training|trng|trg|tasks|skills)
# Bare `rolling` is left out: "rolling walker" is far more common in notes than the bed-mobility task.
task.rolling = rolling (to|towards|L|R|left|right|side to side|supine|prone|in bed|sidelying|side lying|and scooting|scooting) | (for|with|during|cues for|training in|instruction in) rolling | roll (to|towards) (left|right|L|R|side|supine|prone|sidelying|side lying)
             | roll (L|R|left|right|L R|R L|L and R|R and L|bilaterally|B) | rolled | rolls (L|R|left|right|to)
             | log roll | log rolling | log rolled | logroll* | segmental roll*
task.supine_sit = (supine|sup|side lying|sidelying|SL|prone) (to|→|\>|\<\>|↔|2|two) (sit|sitting|seated|EOB|edge of bed|stand|side lying|sidelying|prone|supine|long sitting)
                | (sit|sitting|seated) (to|→|\>|2) (supine|sup|side lying|sidelying)
                | sup2sit | sit2sup | supine2sit | sit2supine | supine sit | sit supine
                | (coming|come|came|moving|moved) (to|into|up to) (sitting|sit) (EOB|at edge of bed|on edge of bed)
task.scooting = scoot | scoots | scooting | scooted | scoot (up|down|forward|back|laterally|EOB|in bed|to EOB)
              | (boost|boosting|boosted) [up] in bed | (reposition|repositioning|repositioned) (in|on) (bed|chair|w/c|wheelchair)
              | (bridging|bridge|bridged) (to|for|and) (scoot|scooting|reposition|repositioning|bedpan|pants|boost)
task.sitting_eob = (sitting|sat|sit|seated) (at|on) (EOB|edge of bed|edge of mat|EOM) | EOB sitting | long sitting | short sitting

# --- Dynamic activities (LCD examples) ------------------------------------------------------------
task.lifting = lifting | lifted | lift (and|\/) (carry|lower|place) | lift (box|crate|basket|bag|object|objects|item|items|weighted|weights|laundry|groceries|grandchild|child)
             | lift (from|to|off|onto) | (floor|knee|waist|shoulder|chest|overhead|table|counter) (to|→|\>|2) (waist|shoulder|chest|overhead|counter|table|knee|floor|shelf|cabinet) [lift|lifts|lifting|height|level|transfer of]
             | (box|crate|basket|bag|object|weight) (lift|lifts|lifting) | lifting (mechanics|technique|tasks|task)
task.carrying = carry | carrying | carried | carries | farmer carry | farmers carry | (carry|carrying|carried) (for|over|x) <num> (ft|feet|'|m|meters|yards)
task.reaching = reaching | reach (to|for|across|outside|beyond|overhead|forward|laterally|lateral|down|up|into|behind|toward|towards|above) | reached (for|to|across|outside|beyond|overhead|forward|down|up|into) | (retrieved|retrieving|retrieves) [<int>] (cans|items|objects|dishes|cups|plates|groceries|clothes|pots|pans|mugs|boxes)
              | (overhead|forward|lateral|floor level|high|low|cross body|across midline) (reaching|reach|reaches) | reaches (for|to|across|outside|overhead|forward)
task.push_pull = push (and|\/) pull | (push|pushed|pull|pulled|pushes|pulls|pushing|pulling) [a|the] (cart|sled|door|doors|drawer|drawers|wheelchair|w/c|object|objects|box|weighted|load|shopping cart|grocery cart|laundry cart|stroller|vacuum|mop|trash can|trash cart|walker basket)
               | (sled|cart) (push|pull|pushes|pulls|pushing|pulling)
# A loaded cart or sled moved, told with its load: "Pushed/pulled loaded cart (150#) 4 x 50 ft".
task.push_pull_loaded = (pushed|pulled|pushing|pulling|push|pull) [pushed|pulled|pushing|pulling|push|pull] (loaded|weighted|heavy|full) (cart|sled|wagon|box|bin|crate|wheelbarrow|trash can|laundry cart|shopping cart|grocery cart)
# Pushing or pulling told alone is often what a hand or a patient does wrong ("pt was co-contracting & pulling
# with extrinsic ext"): a task where its statement doses it ("pushing cart 100' SBA").
task.push_pull_bare = pushing | pulling ; requires=dosage
task.squat_bend = bending | bend (to|down|over) |  squatting (to|for) | squat (to|and) (retrieve|pick|lift|reach|place|grasp) | stoop* (to|and)
                | kneeling | half kneel* | tall kneel* | (half|tall) kneeling | kneel (to|down|on) | knelt | crawl* | cruising | cruised | (cruise|cruises) (along|to|at|around) | climbing | climb (onto|into|over|up|ladder|step stool)
                # A child on playground equipment: "climbed up the playground ladder and went down the slide".
                | (climbed|climbs) (onto|into|over|up|ladder|step stool) | (went|goes|going|go) down [the] slide
                | (lunge|lunging) (to|for) (retrieve|pick|reach)
task.retrieval = (item|object|objects|items) retrieval | retriev* (item|items|object|objects|cones|cone|bean bags|rings|objects from|from floor|from the floor|from cabinet|from shelf|from counter|from fridge|from refrigerator)
               | pick* up (item|items|object|objects|cones|cone|from floor|from the floor|off floor|off the floor) | (floor|ground) [level] (retrieval|pick up|pickup)
               | (picking|picked|pick) (items|objects|cones|coins|coin|keys|pills|cards|utensils|small objects) (up|off)
task.catch_throw = catching | throwing | catch (and|\/|&) throw | ball (toss|tosses|tossing|catch|catches|catching|throw|throws|passes) | tossing (ball|bean bags) | (toss|tossed|throw|threw) (ball|bean bag|bean bags) | (played|play|playing|plays) catch | (toss|tossing|throw|throwing) [and|\&] (catch|catching)
                 | (swinging|swing) (golf club|bat|racket|racquet)
task.dynamic_generic = functional (reaching|transfers|transfer training)
                     | task specific (training|practice|activities) | (activity|task) specific training
                     | (simulated|simulation of) (functional|household|home|work|community) (tasks|activities|task)
                     # A street crossing staged in the clinic (ninety-eighth probe round): "head turns to scan for 'traffic' at simulated crosswalk".
                     # A place's task staged by name (hundred-and-eleventh probe round, twenty-third session): "scanning shelf labels in
                     # grocery-aisle simulation".
                     | (grocery aisle|grocery store|store aisle|checkout|kitchen|laundromat|bank teller|ATM|bus stop|curb) (simulation|sim)
                     | (simulated|simulating|mock|practice) (crosswalk|crosswalks|street crossing|street crossings|road crossing) | (to simulate|simulating|simulated) [a] (grocery store|store|shopping|mall|community) (aisles|aisle|trip|environment|setting) | (crossing|crossed|cross) [the|a] (street|streets|road|crosswalk|intersection)
                     | obstacle course | (stepping|step|stepped) over (obstacles|obstacle|hurdles|cones|objects) | turning (in place|around|180|360) | (180|360) (degree|deg|°) (turn|turns|turning) ; outcome=no
# A class of work named with nothing of what was done ("Functional mobility.", "Dynamic activities requiring
# skilled intervention", "ther ex and functional activities as per POC") names no task (labelling protocol:
# "functional activities performed" is boilerplate); with a dose it is the task ("functional mobility w/ RW CGA").
task.dynamic_named = functional (mobility|activities|activity|tasks|task|training|mobility training|task training|movement|movements|movement patterns)
                   | dynamic (activities|activity|tasks|task|functional activities|functional tasks) ; outcome=no requires=dosage
# Mobility named by where it goes (hundred-and-eighteenth probe round, twenty-third session): "Hallway mobility w/
# posterior walker from classroom to library".
task.place_mobility = (hallway|school|classroom|campus|hall|corridor|in room|bathroom) mobility ; outcome=no

# --- Dynamic activities that are functional only when tied to a functional outcome ----------------
# Balance, stepping, reaching and standing activities are 97530 when their statement names what they
# are for ("Dynamic standing balance tasks to improve safe bathroom transfers", seed 002; a purpose
# clause naming a task or a functional outcome, goal_linkage.lex); without one they are drills, and
# their words count for 97112 (code_signals.lex). `noteaudit check --explain` says which it was.
@set code=97530 requires=outcome
task.balance_activity = [dynamic|static|standing|sitting|reactive|seated|functional|high level|higher level|anticipatory] balance (activities|activity|tasks|task|training|challenges|work|drills|exercises)
                      | (dynamic|standing|seated|sitting) (reaching|reach|weight shifting|weight shifts|weight shift|stepping|perturbation) [activities|tasks|task|drills|exercises|training|work]
                      | (dynamic|static) [standing] balance (with|w/|while|during|incl|including)
                      | (stepping|step|hip|ankle|reactive stepping) (strategy|strategies) (drills|drill|training|trng|practice|work|activities)
                      | (reaching|stepping|weight shifting|weight shift|lateral weight shift|anterior weight shift|perturbation|agility|coordination) (activities|tasks|drills|exercises|training|work|practice)
                      | standing (activities|tasks|tolerance activities|tolerance tasks) | (SLS|single leg stance|single limb stance|tandem|tandem stance|semi tandem|foam|perturbation|compliant surface) (drills|drill|activities|training|tasks|work|practice) | (multidirectional|multi directional) (stepping|reaching) | stepping strategies | step strategy training
                      # The stances and steps themselves, tasks only where the statement names what they are for:
                      # "Lateral stepping and tandem stance at kitchen counter to decrease fall risk at home".
                      | obstacle negotiation | stepping over (cords|cord|rug edges|rugs|rug|thresholds|threshold|obstacles|clutter|hoses|toys)
                      | (lateral|forward|backward|side|retro) stepping | tandem stance | semi tandem stance | single leg stance | single limb stance | tandem (walking|gait|walk)
@set code=97530

# --- Sport and play: dynamic, multi-planar activities (labelling protocol, clarification 4) ----------
# Driving trained on the road with a driver rehabilitation specialist (not "BTW", "by the way", alone).
task.driving = behind the wheel | (BTW|on road|on-road) (lesson|lessons|session|drive|driving|eval|evaluation|training|assessment) | driving (lesson|lessons|practice|training|simulator|simulation|rehab|route) | simulator [suburban|urban|rural|highway|city|residential] (route|drive|driving|scenario|scenarios)
# The car's manoeuvre simulated in the clinic (seventeenth session): "TA 10 min: simulated car backing".
task.driving_sim = (simulated|simulation of|sim) (car backing|backing the car|backing up|driving|shoulder check|head check|blind spot check) | (to simulate|simulating|simulate) (driving|car backing|backing the car|backing up|backing out|a shoulder check|shoulder checks)
# A tool of the trade handled in simulation (twenty-third session's dev half): "in-hand manipulation of ... small instruments
# (simulated scaler handling)".
task.trade_sim = (simulated|simulation of|mock) (scaler|dental instrument|dental instruments|instrument|instruments|tool|tools|hand tool|hand tools|scanner|cash register|register|keyboard|mouse|pipette|scalpel|wrench|screwdriver|hammer|spatula|tamper|espresso tamper) [handling|use|work|tasks|task]
# Work and hobby tasks (hundred-and-sixth probe round of the twenty-second session): "Stocked 5# cans onto top shelf",
# "practiced casting x10 w/ wt shift" (a fishing rod's, not a cast's).
task.stocking = (stocked|stocking|restocked|restocking) [<num> \#|<num> lb] (cans|shelves|shelf|items|groceries|boxes|products|merchandise)
task.fishing = (practiced|practice|practicing) casting | (fishing rod|fishing pole) | (cast|casting|reeling) (a|the) (line|rod)
task.athletic = (climbed|climbing|climbs) [up] [a|the] [<num> rung|<int> rung|<num> step|<int> step] (ladder|slide|playground|playground ladder|jungle gym|rock wall|climbing wall|play structure|climber) | (up|down) the (playground ladder|ladder|slide|climber|play structure|jungle gym) | running | jogging | jog | jogged | sprinting | skipping | galloping | hopping | hops | (single leg|SL|double leg|lateral|forward|broad|box|squat|tuck) (hops|hop|jumps|jump|jumping|hopping) | jumping | jumps | jumping jacks
              | (agility|ladder|cone|cutting|plyometric|plyometrics|reactive) (drills|drill|ladder|training|work) | (lateral|crossover|45 deg|90 deg|45°|90°) (cutting|cuts) | (cutting|decel|deceleration) (and|\&) (cutting|decel|deceleration|agility) (drills|drill|work) | agility | plyometrics | plyo (progression|drills|drill|training|work|jumps|hops|program) | plyos | (lateral|side) shuffles | shuffles | carioca | (bike|bicycle|tricycle|scooter) (riding|ride|training) | (riding|rode|ride|pedaled|pedaling) (a|the|her|his) (bike|bicycle|tricycle|scooter)
              | (throwing|catching|kicking|dribbling|batting) [a|the] [ball] | (layup|layups|lay up|jump shot|free throws|defensive slides|route running|fielding|serving|pitching progression|throwing progression|sport specific drills|sport-specific drills) | (ball|soccer|basketball|volleyball|tennis|golf) (drills|skills|swing|swings|kicks|passes) | hopscotch | obstacle (course|courses)
              # A sport's own footwork and jumps (twenty-third session's dev half): "block approach jump w/ 2-foot landing", "3-step
              # lateral shuffle (blocking footwork)", "split-step reactions to ball feeds".
              | (block|blocking|approach|spike|spiking|rebound|rebounding|layup|lay up) (jump|jumps|footwork|approach|approaches) | (tennis|volleyball|basketball|soccer|defensive|court|blocking) footwork | (split step|split steps|split-step) [reactions|reaction]
# A playground ladder counted in rungs (eighty-second probe round): "Playground: ladder 4 rungs up, slide down x3".
task.ladder_rungs = (ladder|playground ladder|slide ladder|rope ladder) <int> (rungs|rung)
# A performer's or swimmer's own task, trained as the work it is: "plie in parallel, tendu, port de bras",
# "open-string long tones with pt's own cello and bow", "dryland stroke simulation", "freestyle catch 3x10".
task.performance = plie | plies | plié | pliés | tendu | tendus | releve | releves | relevé | relevés | jete | jetes | pirouette | pirouettes | port de bras | grand battement | sissonne | petit allegro | floorwork | floor work | choreography | partnering
                 | (dryland|stroke|swim) (simulation|sim|drills|drill|sets) | (freestyle|butterfly|backstroke|breaststroke|fly) (catch|pull|pull through|kick|stroke|drills|drill|turns) | swimming laps | swam laps
task.instrument = (played|playing|bowing|practiced|practicing) [with|on] [pt's|her|his|own|the] (cello|violin|viola|bass|guitar|piano|keyboard|drums|drum kit|flute|clarinet|oboe|saxophone|trumpet|trombone|horn|harp|instrument|bow)
                # The patient's own instrument in the session: "97530 17 min: with pt's own cello and bow".
                | (with|w/|using|on) (pt's|her|his|their) own (cello|violin|viola|bass|guitar|piano|keyboard|drums|drum kit|flute|clarinet|oboe|saxophone|trumpet|trombone|horn|harp|instrument)
task.fine_motor_function = (cut|cutting|snipping|snips|snipped) (on|along|out|paper|shapes|a line|line|with scissors|circle|square|straight lines|straight line|lines) | (cut|cuts) [a|an] <num> ["|inch|in] (circle|square|triangle|line|shape) | scissor (use|skills|cutting|skill) | (writing|wrote|handwriting|printing|copying) (name|letters|words|sentence|sentences|his name|her name|task|tasks|activity|activities) | handwriting | keyboarding | typing task
# The hand at work on the objects of a day (vocabulary.md §5.3, "hand assembly activities"): keys,
# jar lids, doorknobs, pouring, coins. What the hand does with an object, not the hand alone ("grip
# 3x10 with putty" is exercise).
task.hand_function = (turn|turning|turned|turns|unlock|unlocking|unlocked) [a|the|car|house|door|her|his] (key|keys|doorknob|doorknobs|door knob|door knobs|knob|faucet|faucets|lock)
                   | (key|keys) (turn|turns|turning) | (jar|bottle) (lid|lids|opening|opener) | (door knob|doorknob|lock|key|faucet) (simulator|board)
                   | (unscrew|unscrewing|unscrewed|screwing|twisting|twisted) [on|off] [the|a|jar|bottle] (lid|lids|cap|caps|jar|jars|bottle|bottles)
                   | (pouring|poured|pours|pour) (from|water|juice|milk|coffee|liquid|liquids|cereal) | (picking up|pick up|picked up|picks up|retrieving|retrieved|sorting|sorted|manipulating|manipulated) (coins|coin|keys|pills|small objects|utensils|change|cards|paper clips)
                   | (coin|coins|pill|pills|card|cards) (manipulation|retrieval|pick up|sorting|handling) ; code=97530 weight=0.5
# A child copying written work and cruising to a toy are the tasks of school OT and early
# intervention: "copied 3-sentence spelling list onto wide-ruled paper", "cruised along couch to reach toys".
task.school_writing = (copied|copying|copies) [<num>] [sentence|word|line] (list|words|spelling words|sentences|letters|spelling list|a sentence|his name|her name|name|from the board|from board|notes|the date|math problems|shapes|designs|figures)
task.cruising = (cruised|cruising|cruises) (along|around|to|between|from)
               # A young child's transitions: "pull to stand at couch", "pulled to kneel then to stand x4".
               | (pull|pulls|pulled|pulling) to (stand|kneel|sit|standing|kneeling|sitting) | (took|taking) <int> (independent|indep) steps
# Gait trained as gait: "Gait w/ head turns 100' x4", "Gait 200' RW SBA", "Gait in hallway".
@set code=97116 weight=0.5
task.gait_activity = gait (w/|with|x|on|in|over|across|outdoors|indoors|while|during|around|through) | gait <num> | gait (RW|FWW|2WW|4WW|rollator|SPC|QC|cane|walker|crutches|hemi walker|LBQC|SBQC) <num> | (head turns|head rotations|head movements) (during|while|with|w/) (gait|walking|amb|ambulation) | (gait|walking|amb|ambulation) (w/|with|during|while) (head turns|horizontal head turns|vertical head turns|head rotations|dual task|obstacles|carrying)
                  # Another task done while walking: "cone taps during amb", "ball toss while walking".
                  | (taps|tapping|cone taps|reaching|scanning|dual task|cognitive task|counting|carrying|ball toss|catching|throwing|turns) (during|while) (amb|ambulation|ambulating|walking|gait)
# Gait named as a class of work beside another ("Pt seen for ther ex and gait.", "Gait and balance
# training.", "Worked on gait"): the note names the task, however thinly (the labellers count it, and
# the note's missing detail shows in its other elements); not "gait belt", "antalgic gait", "gait speed".
task.gait_named = (ther ex|therex|TE|exercise|exercises|balance|transfers|bed mobility|stairs|strengthening|endurance|NMR|neuro re ed|neuromuscular re education|manual|MT) [and|\&|\+] gait
                | gait (and|\&|\+) (balance|transfers|ther ex|therex|TE|stairs|strengthening|endurance) | (seen for|worked on|addressed|focused on|working on) gait | (seen for|here for) (balance|TE|ther ex|strengthening|exercise) [and] gait
                # Gait sent to the flowsheet still names it: "Ex per flowsheet, gait per flowsheet".
                | gait (per|see) (flowsheet|flow sheet|log|grid)
# A `Gait:` label heads a dosed line ("Gait: 200' RW SBA") or an observation ("Gait: heel-toe pattern
# observed walking + running", an evaluation's "GAIT: The patient ambulates ..."): training only with a dose.
task.gait_label = gait : ; requires=dosage
@set code=97530

# --- Work simulation ------------------------------------------------------------------------------
task.work_sim = simulated (work|job|workstation|work posture|work task|work tasks|desk work|computer work|work day|tractor|steering|tool|tools|equipment) | (plier|pliers|dryer|blow dryer|tool|tractor|steering|stocking|shelving) (sim|simulation) | work (simulation|sim|tasks|task simulation|specific tasks|related tasks)
              | job (simulation|specific|specific tasks|tasks|task simulation|demands) | material handling | (ladder) (climbing|climb) | climbing ladder
              | (prolonged|sustained) (standing|sitting|overhead) (work|activity|activities|tasks|reaching|tolerance) | (standing|sitting|keyboarding|computer) tolerance
              | tool use | (hammering|shoveling|raking|sweeping|mopping|vacuuming|gardening) | (swept|mopped|vacuumed) <num> (ft|feet|') | (grocery|groceries) (put away|putaway) | (swept|mopped|vacuumed|raked|shoveled) [the] (floor|kitchen|kitchen floor|leaves|snow|carpet|room|rug|porch|walk|sidewalk)
# Leisure and assembly work counted by what was made (seventeenth session): "Pt knitted 4 rows", "threading nuts onto bolts".
task.made_count = (knitted|knit|knitting|crocheted|crocheting|sewed|sewing) <int> (rows|stitches|squares) | (threading|threaded|thread) (nuts|washers|bolts) (onto|on|to)
# The program's name alone ("Work conditioning - see flowsheet. Pt completed program.") names no task done;
# with a dose or what was done it is ("work conditioning: lift 30# floor to waist x10").
task.work_program = work (conditioning|hardening) ; requires=dosage

# --- Gait and wheelchair mobility (97116) -------------------------------------------------------
@set code=97116
# Turning and doorways trained for freezing or falls: "practiced doorway approach w/ visual cues",
# "taught wide arc clock turn in kitchen".
task.turning = doorway (approach|approaches|passes|pass|navigation|negotiation|transitions|clearance) | (clock|pivot|wide arc|3 point|three point|180 degree|180°|360 degree|360°) (turn|turns|turning)
             | (turning|turns) (in|at|around) (the|her|his) (kitchen|bathroom|hallway|bedroom|doorway|home|house)
             | (turning|turns|turned|turn) (in|at|through) [the|a] [tight|narrow|small] (space|spaces|doorway|doorways|corner|corners)
task.gait = gait training | gate training | gate trading | gate trng | gait and balance training | gait and balance trng | gait & balance training | gait/balance training | gait trng | gait trg | gait tng | gt trng | gt training | gt trg | gait train | gait trained | trained (in|on) gait | GT (with|w/|using|x|on|over|at) | gait (activities|tasks|practice|re training|retraining|re education|reeducation|re ed|reed)
          | (level|unlevel|uneven|even|varied|outdoor|indoor|compliant|carpeted|uneven outdoor) (surfaces|surface|terrain|ground|grass|gravel)
          | (on|over|across|up|down|ascending|descending|negotiat*) (grass|gravel|carpet|ramp|ramps|incline|decline|hill|hills|slope|uneven surfaces|uneven terrain|uneven ground)
          | ramp (negotiation|training|ascent|descent) | side (stepping|steps|step) | sidestepping | sidestep* | backward (walking|gait|ambulation|walk) | retro (walking|walk|ambulation)
          | braiding | grapevine | (dual task|dual-task|dual tasking) (gait|walking|ambulation|walk)
          | (community|household|home|functional|limited community|unlimited community) (ambulation|distances|distance|mobility) | treadmill (walking|training|ambulation)
# Plain walking words are shared with 97530 functional mobility, so they weigh half. An entry of
# what was done ("Amb in home w/ RW", "ambulated in hallway") is the task; the words a status is
# written in ("Pt ambulating w/o AD.", "Pt is ambulatory", "independent with ambulation", "walking
# independently") are training only where their statement doses the walk (a distance, an assist
# level, a cue, a time) or names its aim (labelling protocol: functional_task, "Not"). How the
# patient came and went ("walked into clinic") is a `not_element` below.
task.ambulation = amb | ambul | amb'd | ambd | ambulate | ambulated | ambulates | walk | walks | walked | ambulted | amublated | ambualted | ambluated
                 # Walking done somewhere in the building: "did some walking in the hallway".
                 | (walking|ambulating) (in|down|around|along|up and down) [the] (hallway|hallways|hall|halls|corridor|corridors|parallel bars|unit) ; weight=0.5
# Walking as British and Australian therapists write it ("mobilised to dining room with rollator ~35 m"); a
# joint is mobilised without a place, a device or a distance.
task.mobilised = (mobilised|mobilized|mobilising|mobilizing|mobilises|mobilizes) (to|with|w/|around|independently|indep|<num>) ; weight=0.5
task.ambulation_status = ambulat* | walking ; weight=0.5 requires=dosage
task.wheelchair = (w/c|wc|wheelchair|MWC|PWC|manual wheelchair|power wheelchair) (propulsion|mobility|management|skills|training|parts management|navigation|maneuvering) | power mobility (training|trng|skills|driving|practice|session)
                | propel* [w/c|wc|wheelchair|MWC|self] | (pushed|pushes|pushing|wheeled|wheels|wheeling) (own|his|her|their) (w/c|wc|wheelchair|chair|MWC) | (wheeled|wheels|wheeling) (himself|herself|self) (down|up|across|through|around|to|into|out|over|from|back|<num>) | self propel* | propulsion (up|down|on|over|across|through|around|in) | (one arm|hemi|hemi technique|foot) (drive|propulsion|propel*) | wheelie* | (w/c|wheelchair) (brakes|brake) management
                # Weight shifts a wheelchair user does to relieve pressure, trained as a skill.
                | pressure relief (training|leans|lean|leaning|weight shifts|technique|techniques|lifts|push ups|pushups) | (forward|side|lateral) (leans|lean) (for|x) [pressure relief]
# A wheelchair pushed by the patient themself (eighty-first probe round): "Pushed self in w/c 100 ft down hall".
task.wheelchair_self = (pushed|pushes|pushing|propelled|propels|wheeled|wheels) (self|himself|herself|themself|themselves) [in|in her|in his|in the|in their] (w/c|wc|wheelchair|chair|MWC)
@set code=97530 weight=0.5
# Stairs and curbs: vocabulary.md §5.3 lists them with the 97530 dynamic activities (97116 also
# covers stair climbing, billing-rules.md §3.4); they count half toward 97530.
task.stairs = stair* | (steps|step|curb|curbs) (practice|practiced|training|trng) | (bus|porch|entry|front|back|car|van|pool|deck) steps | (bus|porch|entry|front) step | (up|down|ascend*|descend*|negotiat*|climb|climbed|climbing|up and down) [<int>|x <int>|a|one|two|full|half|several|multiple|the|the <int>|all|all <int>] (steps|stairs|flight|flights|flight of stairs|flights of stairs)
            # Steps counted with their rail: "12 steps 1 rail step-to"; a playground climbed: "Up/down playground slide ladder x5".
            | <int> (steps|stairs) [w/|with|using] (1|2|one|two|B|bil|L|R|unilateral|bilateral) (rail|rails|HR|HRs|handrail|handrails)
            | (up and down|up/down) [the|a] [playground] (slide ladder|ladder|climber|play structure|jungle gym) | (climbed|climbing|climb|climbs) [up] [<int>|the|a] (rungs|rung|ladder|slide ladder|climber|play structure)
            | ascend* | descend* | curb | curbs | curb (step|steps|negotiation|training) | (step|steps|stepping) (up|down) (onto|from|off) (curb|step|platform|stair)
            | (step to|step-to|step through|reciprocal|alternating|non reciprocal|nonreciprocal) (pattern|gait pattern|stepping) | flight of stairs | flights of stairs
            | (with|using|w/) (B|bil|bilateral|unilateral|one|1|2|two|L|R|left|right|single|double) (HR|HRs|rail|rails|handrail|handrails|railings) ; weight=0.5

# --- ADL / IADL (97535) ---------------------------------------------------------------------------
@set code=97535
task.toileting = toileting | toilet (hygiene|tasks|management|routine|training) | peri (care|hygiene) | perineal (care|hygiene) | (clothing|clothes|garment) (management|mgmt) | (toilet|toileting) (clothing management|transfer and hygiene)
# Pills sorted into an organizer: "Sorted AM/PM pills into 7-day organizer from 4 bottles".
task.pills_sorted = (sorted|placed|put|loaded|filled) [AM PM|morning|evening] (pills|meds|medications) into [a|the|7 day] (organizer|pill organizer|pillbox|pill box|dosette) ; code=97535
# Clothing managed at the toilet or in dressing: "Pulled pants up over hips after voiding".
task.clothing_managed = (pulled|pull|pulling|pulls) (up|down) (pants|underwear|brief|briefs|pull ups|shorts|trousers|garments|clothing) | (pulled|pull|pulling|pulls) (pants|underwear|brief|briefs|pull ups|shorts|trousers|garments|clothing) (up|down) ; code=97535
# Getting in, out, on or off something practised: "Practiced getting in/out of her Buick".
task.getting_in_out = (practiced|practicing|practised|trained|training|worked on) (getting|get) (in/out of|in and out of|into and out of|in out of|on and off|on/off|up from|down to|up off|off of|onto|into|out of|in and out|in/out)
                    # Got in and out of something, said as done: "Got in/out of her Buick in the driveway x3".
                    | (got|gets|getting) (in/out of|in and out of|into and out of|in out of|on and off|on/off) ; code=97530
# The garment between the verb and its particle (hundred-and-seventh writers' round): "pulled shoe off heel", "took her socks off".
# A threshold or a rug negotiated on the way (hundred-and-second probe round of the twenty-second session): "Pt negotiated throw
# rug and threshold".
task.obstacle_negotiated = (negotiated|negotiating|negotiates|negotiate|managed|cleared) [a|the] (threshold|thresholds|throw rug|throw rugs|rug|rugs|door threshold|doorway|doorways|clutter|raised threshold|carpet edge)
task.garment_off_on = (took|takes|pulled|pushed|put|got) [her|his|the|own] (shoe|shoes|sock|socks|pants|pajamas|PJs|pajama shirt|PJ shirt|shirt|jacket|coat|sweater|pullover|underwear|brief|briefs|diaper|pull up|pull ups) (off|on|down|up)
task.dressing = dressing | (UB|LB|upper body|lower body|upper extremity|lower extremity) (dressing|bathing|ADLs|ADL) | (don|doff|donned|doffed|donning|doffing|don doff|donning doffing|donning/doffing)
              # A garment put on or taken off, told in plain words: "put on her shirt over the head", "took off his socks w/ sock aid".
              | (put on|puts on|putting on|took off|takes off|taking off|pulled on|pulls on|pulling on) [her|his|the|a|own] (shirt|t shirt|blouse|pants|sweatpants|jeans|shorts|slacks|leggings|trousers|socks|sock|shoes|shoe|sneakers|bra|jacket|coat|sweater|sweatshirt|cardigan|underwear|brief|briefs|pull ups|gown|robe|slippers|TEDs|compression stockings|compression garment|AFO|AFOs|brace|sling|prosthesis|liner|splint|orthosis)
              | (put|putting|puts) on (socks|shoes|pants|shirt|brace|AFO|bra|jacket|coat|TEDs|TED hose|compression stockings) | self (bandaging|bandage|wrapping|wrap|donning) | (socks|shoes|pants|shirt|bra|shoe|sock) (donning|doffing|management|on and off)
              | (manage|managing|managed|fasten|fastening|fastened|tie|tying|tied) (buttons|zipper|zippers|fasteners|shoelaces|laces|shoes|velcro)
              # The garment named the way dressing practice names it: "Button-front shirt on using hemi technique".
              | (button front|button down|button up|pullover|pull over|front opening|over the head|overhead|zip up|zip front) (shirt|shirts|blouse|top|sweater|cardigan|jacket|hoodie|sweatshirt)
# Fasteners practised on their own (buttoning board or vest, shoe tying, zipping) are fine-motor
# dexterity work, vocabulary.md §5.3 "hand assembly activities" (97530), counted half: in a dressing
# session the dressing words above carry 97535.
task.fasteners = buttoning | unbuttoning | zipping | unzipping | (coat|jacket|backpack|sweatshirt|hoodie) (zipper|zippers) | zipper (management|trials|starter) | (shoe|shoelace|lace) tying | (buttoned|unbuttoned|zipped|unzipped) [the|a|her|his] (shirt|vest|coat|jacket|pants|buttons|zipper) ; code=97530 weight=0.5
# Fasteners named by the thing and its aid (seventeenth session): "Buttons w/ built-up button hook - I after 2 demos".
# Buttons practised on a board (the third cycle's dev half, twenty-second session): "Fine motor - coins, buttons on board".
task.button_board = (buttons|buttoning|unbuttoning) on [a|the] (board|button board|frame|vest|dressing frame) ; code=97530 weight=0.5
task.fastener_aid = (buttons|button|zipper|zippers|snaps|laces|shoelaces) (w/|with|using) [a|the|her|his] [built up|large handled|long handled] (button hook|buttonhook|zipper pull|elastic laces|lace locks|AE)
task.grooming = grooming | oral (hygiene|care) | toothbrushing | tooth brushing | teeth brushing | (brush|brushing|brushed) [her|his|own|her own|his own] (teeth|hair|dentures) | (put on|applied|applying|putting on) [her|his] (lipstick|makeup|make up|lotion|deodorant) | (comb|combing|combed) (hair) | shaving | (shaved|shave) (w/|with|using|standing|seated|at|face|his face|beard) | (wash|washing|washed) [own|her|his|their] (face|hands|hair) | denture care | applying makeup | make up
# Hygiene alone is often a precaution or a carer's task ("orthosis on at all times except hygiene", "palm
# hygiene"): the task where its statement doses it ("hygiene after toileting w/ min A").
task.hygiene = hygiene ; requires=dosage
# Dressing and washing told by the verb with where the patient sat or stood (eighty-eighth probe round): "Dressed
# seated EOB, set-up", "Showered seated on tub bench w/ handheld shower" (not a bare "dressed", as in "arrived dressed", nor
# "dressed, seated in w/c on arrival").
task.self_care_told = (dressed|showered|bathed|groomed) [seated|standing|sitting] (EOB|edge of bed|at sink|at the sink|at EOB|on tub bench|on the tub bench|on shower chair|on the shower chair|in shower|in the shower|on commode|at bedside|bed level)
task.bathing = bathing | showering | sponge bath* | (seated|standing) shower | shower (seated|standing|on tub bench|on shower chair) | (tub|shower) (bath|bathing|routine|task|tasks) | (wash|washing|washed) [her|his|their] (UB|LB|upper body|lower body|body|legs|feet|back|hair) | (UB|LB|upper body|lower body) (washing|bathing|sponge bath) | (completed|performed|took|showered) [a] (shower|sponge bath|tub bath)
             # Showered, told with how (hundred-and-twenty-first probe round, twenty-third session): "Pt showered seated w/ long-handled sponge".
             | showered (seated|standing|using)
# Everyday tasks named by what was done: "Emptied the dishwasher", "Set up his weekly pillbox from 4
# bottles", "Fed self pudding w/ built-up spoon", "On/off commode x3", "Pulled on his compression
# stockings w/ donner", "Stockroom sim: 10-lb boxes onto 5 ft shelf".
task.everyday = (emptied|emptying|empty|unloaded|unloading|unload|loaded|loading|load) [the] dishwasher
              # A table set, a store's aisle walked, a car practised in a simulator: "Set table for 4 in dining room",
              # "Walking grocery aisle scanning shelves", "Car simulator in/out, R leg first".
              | (set|sets|setting) [the] table | (walking|walked|walk|walks|amb|ambulated|navigating|navigated|navigates) [in|down|up|through|along] [a|the] (grocery|store|supermarket) (aisle|aisles)
              | (car|vehicle|auto|tub|shower) (simulator|sim|mock up|mockup) [transfer|transfers|in/out|in and out|entry|exit|training|practice] | (put|putting) (away|up) [the] (dishes|plates|groceries|laundry|cups) | (putting|put) (plates|dishes|cups|groceries|cans) (away|up|into|in)
              | (put|putting|puts) (her|his|the|my) (dishes|plates|groceries|laundry|cups|clothes) (away|up)
              | (set up|setting up|filled|filling|fill|loaded|loading) [his|her|the|a] [weekly|daily|7 day] (pillbox|pill box|pill organizer|pill organiser|med organizer|medication organizer|med box|pill planner)
              | (fed|feeds) (self|herself|himself) | self fed
              | (on/off|on and off|on & off|onto and off) [the] (commode|toilet|BSC|shower chair|tub bench|toilet seat)
              | (pulled|pulling|pull) on [his|her] (compression stockings|stockings|TED hose|TEDs|socks|pants|shoes|compression sleeve|compression garment)
              | (stockroom|stock room|warehouse|shelf stocking|stocking shelves) (sim|simulation|task|tasks)
task.feeding = (opening|open|opened|opens) [his|her|their|the] [lunch|snack] (milk carton|milk cartons|containers|container|lids|lid|yogurt|yogurt lid|packages|snack|snacks|jar|jars|bottle|thermos) | self feeding | feeding | (self|independent) feeding | eating (tasks|task|skills|routine|with adaptive utensils) | (cut|cutting) (food|meat) | utensil (use|management)
            # A child's spoon to mouth: "scooped yogurt with pre-loaded spoon and brought it to mouth".
            | (scooped|scooping|scoops) [the|her|his] (yogurt|applesauce|pudding|cereal|food|puree|oatmeal|rice) | brought [the] (it|spoon|food|cup|fork) to (mouth|her mouth|his mouth|lips)
            # A child's own feeding and drinking (hundred-and-eighteenth probe round, twenty-third session): "finger-fed Cheerios from
            # high chair tray", "Drank from open cup w/ parent steadying cup".
            | (finger fed|finger feeding|finger feeds|finger fed self) | (drank|drinks|drinking|drink) from (a|an|the|his|her) (open cup|cup|straw|sippy cup|straw cup|cut out cup|cut-out cup|bottle)
            | (drank|drinks|drinking) from (open cup|cup|straw|sippy cup|straw cup|bottle)
# A container opened the way a day needs it (seventeenth session): "Opened a pickle jar w/ the under-cabinet opener".
task.container_opened = (opened|opening|open|opens) [a|the|her|his] [pickle|jam|peanut butter|medicine|pill|prescription|water|soda|food|milk|juice] (jar|jars|bottle|bottles|can|cans|container|containers|carton|cartons|pill bottle|pill bottles) ; weight=0
task.adl_generic = ADL | ADLs | ADL's | personal care | personal cares | BADL | BADLs | IADL | IADLs | IADL's | activities of daily living | instrumental activities of daily living | self care | self-care (tasks|routine|activities|training) | ADL (retraining|re training|training|tasks|routine|performance|practice|simulation) | morning routine | AM care | PM care
# Kitchen, medication and work tasks told by what was made or done: "made PB sandwich standing at counter", "sorted her
# week's meds into AM/PM organizer", "washed and dried 4 dishes", "poured hot water into mug", "mock cashier shift".
task.iadl_done = (made|making|prepared|preparing|fixed) [a|an|her|his|PB|simple|cold|hot] (sandwich|sandwiches|toast|coffee|tea|cup of tea|salad|breakfast|lunch|snack|eggs|oatmeal|soup|pasta|smoothie)
              | (sorted|filled|loaded|organized|set up) [her|his|the|a] [week's|weekly|AM/PM|daily] (meds|medications|pills|pill box|pillbox|pill organizer|med organizer)
              | (washed|dried|washing|drying|rinsed) [and dried|and put away] [<int>] (dishes|plates|cups|pots|pans|utensils|mugs) | (poured|pouring) [hot|cold] (water|coffee|tea|milk|juice)
              | (cashier|checkout|register) (shift|simulation|tasks) | (scanning|bagging) (groceries|items)
task.iadl = meal (prep|preparation|planning) | (simple|light|hot|cold) meals | (folding|fold|folded) [<int>] (towels|washcloths|wash cloths|washcloth|dish towels|dishtowels|napkins|laundry|clothes|clothing|sheets) | (get|getting|got|gets) (on|off|on and off|on/off) [the] (toilet|commode|bed|couch|chair|bus|train) | (kitchen) (mobility|tasks|task|activities|activity|safety|management|navigation) | cooking | (simple|light|hot|cold) meal | (laundry) [tasks|management|folding|transport] | housekeeping | house keeping | (household|home) (tasks|chores|management|activities|maintenance)
          # Everyday household and community acts: "made scrambled eggs at stove from w/c level", "ate lunch using rocker knife",
          # "Grocery outing: located 6 items from her list and paid at self-checkout", "sorted her weekly meds into AM/PM organizer", "made her bed".
          | (made|makes|making|cooked|cooks|cooking) (scrambled eggs|grilled cheese|pancakes|a sandwich|soup|pasta|her bed|his bed|the bed) | (ate|eats|eating) [her|his] (lunch|breakfast|dinner|a meal|supper|snack) (using|with|w/)
          | (grocery|community|shopping) outing | paid (at|the) (self checkout|checkout|cashier|register|the cashier) | (sorted|filled|loaded|set up|sets up) [her|his|the] [weekly|daily] (meds|medications|pills|med box|pill box|pill organizer|organizer)
          # A drink or a simple meal made: "heated a cup of tea using the tactile marks".
          | (heated|heat|made|make|making|prepared|prepare|preparing|brewed|microwaved) (a cup of tea|a cup of coffee|tea|coffee|soup|a sandwich|sandwich|toast|eggs|oatmeal|lunch|breakfast|a snack|snack|a meal|a simple meal|popcorn)
          # Driving: "On-road: drove a 6-mile route", "behind the wheel session".
          | (drove|driving|drive) [a|the] [<num> mile|<num> miles] (route|course|loop) | on road (assessment|evaluation|session|lesson|driving|drive) | behind the wheel (training|assessment|session|lesson)
          | light (housekeeping|house keeping|cleaning|chores) | (bathroom|kitchen|house|tub|toilet|counter|countertop|window|mirror|sink|floor) (cleaning|cleaning simulation|cleaning task) | keyboarded | typed (for|on|a|an|<int>) | bed making | making [the] bed | (grocery|groceries) (shopping|retrieval|carrying|transport|management|items) | shopping | (medication|med|meds) (management|mgmt|organization|set up) | (money|financial) management | yard work | pet care | child care | childcare | (car|vehicle) (loading|unloading) | (load|loading|unload|unloading) (dishwasher|washer|dryer|car|trunk) | (dish|dishes) washing | washing dishes | (wiping|wipe) (counters|counter|table)
          | (phone|telephone) use | community (outing|reintegration|mobility training)
          | (put|putting|puts|placed|placing) (groceries|dishes|laundry|clothes|items|cans|food|towels|clothing) away | (put|putting|puts) away (groceries|dishes|laundry|clothes|items|cans|food|towels|clothing)
          | (made|prepared|cooked|makes|prepares|making|preparing|cooking|make|prepare|cook) [a|the|her|his|own|her own|his own] (sandwich|grilled cheese|eggs|breakfast|lunch|dinner|meal|tea|coffee|toast|soup|snack|salad|oatmeal|pancakes) | (bill paying|bill pay|paying bills|online banking|check writing|checkbook|budgeting) [simulation|task|activity] | (weekly|daily|paper) planner
          # Medication management done: "filled weekly pill organizer from 4 bottles", "pillbox set-up from 5 bottles".
          | (pill organizer|pill box|pillbox|med box|med organizer|medication organizer|medication box|med planner) (set up|setup|fill|filling|loading|task|organization|management|mgmt|sorting)
          | (filled|fill|filling|fills|loaded|loading|set up|sets up|setting up|sorted|sorting) [a|the|her|his|weekly|daily|7 day] (pill organizer|pill box|pillbox|pill boxes|med box|med organizer|medication organizer|medication box|med planner|pill planner)

# --- Walking seen, not trained (labelling protocol: functional_task "Not", clarification 4) -------
# Walking the therapist watched, or how the patient came and went, is not a task trained even when it
# names an assist ("amb to car w/ husband, SBA"): "observed walking and running in hallway", "gait
# assessed post-maneuver", "walked into clinic", "ambulated from waiting room". Walking to the gym or
# the bathroom with a dose is inpatient gait training ("amb to gym 150' RW min A"), so those
# destinations are not here.
# Drying off after a shower, and a sandwich named by its filling (eighty-first and eighty-second probe rounds):
# "Dried off seated", "Pt made a turkey sandwich at her counter".
task.dry_off = (dried|drying|dries|dry) off [seated|standing|sitting|in standing|at the sink|with a towel|w/ towel]
task.meal_named = (made|making|makes|prepared|preparing|prepares|fixed|fixing) [a|an|her|his|the|their] (turkey|ham|cheese|tuna|chicken|egg|peanut butter|PB&J|PBJ|BLT|veggie|grilled) (sandwich|salad|wrap|quesadilla|omelet|omelette)
# A pivot written with an arrow to where it goes (eighty-third probe round): "Stood at RW 2 x 1 min mod A, pivot -> chair".
task.pivot_arrow = (pivot|pivoted|pivots|SPT|stand pivot|squat pivot) (→|\-\>|to) (chair|w/c|wc|wheelchair|bed|commode|BSC|toilet|recliner|mat|EOB)
@category not_element
@set targets=functional_task
# A caregiver walked through a setup is taught, not walking (eighty-fifth probe round): "Walked caregiver through setting up shower chair".
notask.walked_through = walked (caregiver|CG|family|wife|husband|daughter|son|mom|mother|dad|father|parents|pt|patient|her|him|them|staff|aide|the caregiver) through
# A list that runs into a gait measure or device names no gait work: "improvement in balance, gait speed and
# strength" (`task.gait_named` reads "TE/gait", "balance, gait" as gait named beside other work).
notask.gait_measure = (ther ex|therex|TE|exercise|exercises|balance|transfers|bed mobility|stairs|strengthening|endurance|NMR|manual|MT) [and] gait (speed|velocity|belt|deviations|deviation|pattern|analysis|assessment|quality)
notask.observed = (observed|noted|seen|watched) [pt|patient|pt to be|to be] (walking|running|ambulating|amb|gait|jogging)
                | (observed|noted|seen|watched) [pt|patient] (walking|ambulating) (and|\+|&) (running|jogging|hopping|skipping)
                | (gait|walking|ambulation|gait pattern) (observed|assessed|reassessed|re assessed|retested|re tested|re test|retest|rechecked|screened|checked|noted|analyzed)
                | (gait|walking|ambulation) (re test|retest|re check|recheck|screen|screening|observation|check)
# Exercises named after walking: "lateral band walks GTB 3x20'", "monster walks", "wall walks 2x10".
notask.exercise_walks = (lateral|band|lateral band|monster|crab|wall|finger|heel|toe|duck|resisted|banded|hip hike) (walks|walk|walking)
notask.came_went = (walked|walk|walks|ambulated|ambulates|ambulating|amb|walking) (into|to|from|out of|back to|out to) [the|her|his] (clinic|car|vehicle|waiting room|lobby|parking lot|office|building|entrance|exit|cab|taxi)
# Walking somewhere with family, not with the therapist: "Pt walked to the gym with family".
# Someone else walking the patient is their act: "Restorative aide walks pt to dining room for meals".
notask.walked_by = (aide|restorative aide|RNA|CNA|nurse|nursing|RN|staff|tech|rehab tech|family|wife|husband|daughter|son|caregiver) (walks|walked|ambulates|ambulated|walking|ambulating) (pt|patient|him|her|resident)
# Someone else dressing the patient is their act, not a task the patient trained: "CNA donned his TEDs", "wife put on his shoes for him".
notask.dressed_by = (CNA|nurse|nursing|RN|staff|aide|wife|husband|spouse|caregiver|CG|family|mom|dad|mother|father|daughter|son) (donned|doffed|dressed)
                  | (CNA|nurse|nursing|RN|staff|aide|wife|husband|spouse|caregiver|CG|family|mom|dad|mother|father|daughter|son) (put on|took off) (his|her|the|pt's) (TEDs|shoes|socks|brace|sling|AFO|shirt|pants|prosthesis|splint)
# Garments set down somewhere are no dressing: "He put his shoes on the mat".
notask.garment_placed = (put|placed|set) [her|his|the] (shoe|shoes|sock|socks|pants|shirt) on (the|a) (mat|floor|shelf|table|bench|chair|bed|counter|hook)
notask.with_family = (walked|walks|ambulated|amb) (to|into|from) [the] (gym|clinic|room|hallway|lobby) (with|w/) (family|husband|wife|daughter|son|caregiver|spouse|mother|father|parent|parents)
notask.came_in = (walked|walks|ambulated|ambulates|amb) in (w/o|without|with|w/|using|independently|indep|today|from)
               | (arrived|arrives|arriving|entered|enters|presented|presents|came in|comes in|left|leaves) [to clinic|to the clinic|to the gym|to therapy] (ambulating|walking|amb|ambulatory)
# A section header that names a kind of activity is not an activity done: an evaluation's
# "FUNCTIONAL MOBILITY: The patient reports that she transfers …" (the lines under it say what was
# done, if anything).
notask.header = functional (mobility|activities|activity|status|training) :
# Equipment named after the task it serves: "Discussed tub transfer bench", "transfer board".
notask.equipment = (tub transfer bench|transfer tub bench|transfer bench|transfer board|sliding board|slide board|transfer belt|transfer pole|gait belt|stair lift|stairlift|stair glide)
# Walking after a repositioning manoeuvre is a check of the result, not gait trained (labelling protocol,
# clarification 4): "Post-maneuver: amb 100' w/o AD w/ head turns, no LOB", "Post-tx: pt ambulated 200'",
# "(gait/balance assessment post-maneuver, amb 200' SBA)".
notask.post_maneuver = (post maneuver|post maneuvers|post manoeuvre|post CRM|post CRP|post CRT|post Epley|post tx|post treatment|after maneuver|after maneuvers|after CRM|after Epley) [:] [pt|patient] (amb|ambulated|ambulates|walked|walking|gait|ambulation)
                     | (gait|balance|gait balance|gait and balance) (assessment|check|screen) (post maneuver|post CRM|post Epley|post tx) (amb|ambulated|walked)
# A symptom told with the activity that brings it on is the patient's complaint, not a task trained:
# "4/10 pain w/ reaching into overhead cabinets", "still hurts reaching to top cabinet", "occasional ache
# after stairs", "decr pain w/ stairs w/ tape on", "no pain w/ ADLs".
notask.symptom_with = (pain|painful|hurts|hurt|ache|aching|achy|discomfort|soreness|sore|sx|symptoms|stiffness|spinning|dizziness|vertigo) [w/|with|when|while|after] (reaching|reach|stairs|steps|ADLs|ADL|lifting|walking|rolling|bending|carrying|squatting|dressing|bathing|showering|kneeling|climbing|transfers|getting|standing up|prolonged walking|household tasks|housework|yard work|vacuuming|driving|gripping|opening|typing)
# A walking programme is the home program ("Walking program 10 min 2x/day").
notask.walk_program = (walking|walk|home walking|daily walking) (program|programme|schedule|log)
# A timed walk test written out is a test, not walking trained (ninety-first probe round): "Six minute walk test: 1,120 feet".
notask.walk_test = (<int>|two|three|six|twelve) [minute|min|minutes] (walk|walking) (test|tests|testing)
# A positional test or a repositioning manoeuvre is no bed mobility: "Re-test supine roll L", "Lempert (BBQ) roll to R".
notask.roll_test = [re test|retest|repeat] (supine roll|roll test|supine roll test|Lempert|BBQ|barbecue|Lempert BBQ|Gufoni) [roll|rolls|test] [to] [L|R|left|right]
# A body part lifted is no load lifted: "keeps lifting head instead of nodding", "lifting heel off floor".
notask.body_lift = (lift|lifts|lifting|lifted) [his|her|the|R|L|B] (head|leg|legs|arm|arms|foot|feet|heel|heels|hip|hips|shoulder|shoulders|chin|toes|pelvis|buttocks|trunk|chest|LE|UE|LEs|UEs|knee)
# How a parent carries an infant is no task: "car seat positioning, carrying positions".
notask.carry_position = (carry|carrying) (position|positions|hold|holds|positioning)
# A hop test is a test, not hop training: "Completed Y-balance and SL hop test battery".
notask.hop_test = (SL|single leg|single limb|triple|crossover|timed|6 m timed|6m timed) hop (test|tests|testing|battery) | hop test (battery|series) ; targets=functional_task
