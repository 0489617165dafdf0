# Direct treatment minutes. The FIRST slot of the match is the minute value, so every pattern puts
# the minutes in the first `<num>` (code numbers such as 97530 are written as literals, not slots).
# The tokenizer splits digits from letters, so `<num> min` also matches `23min`, and `(23 min)`
# matches because parentheses are skipped. Values outside 1-600 are ignored by the extractor.
#
# `'` is feet as often as minutes: see `minutes.prime`. The code name stays outside the minutes entry
# so the billing check can pair it with the minutes (code_signals.lex).
# Minutes that are not treatment time (6-minute walk test, rest, standing tolerance, hot pack) are
# in the not_treatment_time section below: a minute match they overlap is dropped.

@category timed_minutes
minutes.plain = <num> (min|mins|minutes|minute|mns|mn|minuets|mintues|minites)
              | (x|for|X|×|\*) <num> (min|mins|minutes|minute|mns|mn)
              | <num> (min|mins|minutes) (of|in|performing|spent on|spent in) 
# A minute mark: minutes beside a code name or in a billing line (`TherAct 16':`, `TE 35'`,
# `Minutes: 23'`), feet where a distance reading holds it (`amb 150' x2`), and more than 90 is feet
# (the minutes parser decides; `noteaudit check --explain` says which). `’` and `′` read as `'`.
minutes.prime = <num> \'
# A minute mark after the machine or putty it times is minutes wherever it stands ("UBE 5'", "Grip putty 3'"):
# no one walks a bike. The minutes parser reads a mark whose entry starts with a word as that word's.
minutes.device_prime = (UBE|bike|NuStep|Nu Step|treadmill|TM|SciFit|recumbent bike|stationary bike|arm bike|elliptical|rower|Airdyne|ergometer|arm ergometer|Omnicycle|MOTOmed|Motomed|putty|theraputty|warm up|warmup|W/U) [x|for|:] <num> \'
# A minute mark after the session's discipline is the session's minutes: "OT 30' pull-out", "PT 45' in home".
minutes.session_prime = (PT|OT|PTA|COTA|tx|session|visit) <num> \'
# Hours: minutes only beside a code name or label, or in a billing line ("97545 (2 hr)", "Session: 4 hrs").
minutes.hours = <num> (hr|hrs|hour|hours|h) ; scale=60
# "Minutes: 50 individual": one-on-one minutes named after their value (group minutes are a code).
minutes.individual = <num> [\'] (individual|indiv|one on one|1:1|direct) [min|mins|minutes|tx|treatment|therapy|time] | <num> (min|mins|minutes) (individual|indiv|one on one|1:1|direct)
# A template's minutes field without a unit: "Treatment Type: Therapeutic Activities (97530)\nMinutes: 25".
minutes.field = (minutes|mins|min|treatment minutes|tx minutes|direct minutes|minutes treated|time spent) (:|=) <num>
# A SNF grid's individual minutes after the label: "Minutes: Ind 30".
minutes.field_individual = (minutes|mins|min) (:|=) (ind|indiv|individual) <num>
# `x 2 units (25 min)`: units and minutes together; the minutes are the first number after `units`.
minutes.units_then_minutes = units <num> (min|mins|minutes)
# The session's length told with the visit: "Child participated in 45 min PT session", "seen in a 30
# minute session" (longer than, and so read before, the measured "in 45 min" of not_treatment_time).
minutes.session = (participated|engaged|seen|treated) in [a|an] <num> (min|mins|minutes|minute) [PT|OT|ST|therapy|tx|treatment] (session|visit)
                # "Treatment was 35 minute": the session's length, not a comparison.
                | (treatment|tx|session|visit|therapy) [time|length|duration] (was|lasted|lasting) [approx|approximately|about] <num> (min|mins|minutes|minute)

@category not_treatment_time
# How long an orthosis or a seating system was worn before a skin check is no treatment time: "Removed after 2 hrs:
# no redness", "after 40 min in new seating".
ntt.wear_time = (removed|doffed|checked|off) after <num> (hr|hrs|hours|min|mins|minutes) | after <num> (hr|hrs|hours|min|mins|minutes) (in|of) [new|the] (seating|orthosis|splint|brace|boots|chair|w/c|wheelchair|wear)
# An attention span is the patient's, not the billed time: "Attention: ~15 min on task", "attention (~10 min)".
ntt.attention_span = (attention|attention span|sustained attention) [:|span|to task|x|for] [~|approx|about] <num> (min|mins|minutes) | <num> (min|mins|minutes) on task
# Walk tests are measured distance, not minutes of treatment.
# How long a task took is its measure, not treatment time: "9 min to don shirt, pants and socks seated EOB".
ntt.time_to = <num> (min|mins|minutes|sec|secs|seconds) to (don|doff|dress|complete|finish|put on|get dressed|eat|feed|transfer|toilet|bathe|shower|groom)
ntt.walk_test = (6|six|2|two|3|three|12|twelve|1|one) (min|minute|minutes|mins) (walk|walking) [test|distance]
              | (6|2|12) MWT | (6|2) MW
# Tolerances and durations inside an activity describe the patient, not the billed time.
ntt.tolerance = (standing|sitting|activity|walking|ambulation|upright|seated|sit|stand|OOB|out of bed|work|exercise|task) tolerance [of|:|=|x|for|to|\>|\<|was|is|increased to|improved to|up to|approx|about|~] <num> (min|mins|minutes|minute)
ntt.tolerated_unbroken = (tol|tolerated|tolerates|tolerating) <num> (min|mins|minutes) (w/o|without|before|no) [a|any|seated|standing|rest] (rest|rests|break|breaks|rest break|rest breaks|needing)
ntt.tolerance_first = <num> (min|mins|minutes) (stand|standing|sitting|sit|upright) (tolerance|tol) (before|until|then)
ntt.tolerance_short = (standing|sitting|upright) tol [at|for|of|:] [sink|counter|table|EOB] [for grooming|for ADLs] <num> (min|mins|minutes)
ntt.tolerance_place = (standing|sitting|activity|upright) tolerance (at|in|on|during) [the] (counter|sink|stove|table|kitchen|task|ADLs) [:|=|for] <num> (min|mins|minutes)
ntt.tolerance_for = (standing|sitting|upright) tolerance at [the] (counter|sink|table|kitchen) for (grooming|ADLs|meal prep|dishes|cooking) <num> (min|mins|minutes)
ntt.tolerated_duration = (tolerated|tolerates|tolerating|tolerate) (standing|sitting|upright|seated|OOB|activity) [at counter|at sink|at kitchen counter] (for|x) [approx|about|~] <num> (min|mins|minutes|minute)
              | (stood|standing|stand|sat|sitting|sit) (for|x) [approx|about|~] <num> (min|mins|minutes|minute) (before|until|without|w/o|with)
# "Stood at sink x 6 minutes" is how long the patient stayed up (objective_measures.lex measure.stood).
ntt.stood = (stood|sat|knelt) [at|on] [the] [counter|sink|table|stove|EOB|edge of bed|edge of the bed|desk|mat|couch] [for|x] <num> (min|mins|minutes)
          | (stood|sat|knelt) [for|x] (\~|approx|approximately|about) <num> (min|mins|minutes)
          | (stood|sat|knelt) [at|on] (EOB|edge of bed|counter|sink|mat) [for|x] (\~|approx|approximately|about) <num> (min|mins|minutes)
          | standing at [the] (counter|sink|table|stove|desk|couch) [for|x] <num> (min|mins|minutes)
          | (stayed|remained) at [the] (table|desk|counter|sink|task|activity) [for|x] [~] <num> (min|mins|minutes)
ntt.stood_room = (stood|sat) at [the] (kitchen|bathroom) (counter|sink|table) [for|x] <num> (min|mins|minutes)
# Held without support, and the time a task took (not "Session took 45 min"): "Sat EOB unsupported 5 min", "took 6 min to don socks".
ntt.held_unsupported = (stood|sat) [EOB|edge of bed|at counter|at sink|at table|on mat] (unsupported|w/o UE support|without UE support|w/o support|static) [for|x] [~|approx|about] <num> (min|mins|minutes)
ntt.time_taken = took [~|approx|approximately|about|around] <num> (min|mins|minutes) to (complete|don|doff|button|fasten|dress|finish|put on|take off|tie|write|copy|sort|fill|eat|open|prepare|make|set up)
# Rests and breaks.
# Group time is not one-on-one, and lateness is not treatment: "30 min pull-out, small group (2)",
# "arrived 5 min late".
ntt.group = <num> (min|mins|minutes) [pull out|push in|session] [small|large] group | (group|small group|group session|group tx) [x|for|:] <num> (min|mins|minutes) | <time> <time> (small group|group|large group|group session)
          | <num> (min|mins|minutes) (late|early)
          # A group's minutes and its members: "Group therapy 97150 x 45 min: 4 residents"; a group's
          # minutes by their label: "Group minutes 30", "30 min in standing group".
          | <num> (min|mins|minutes) [:|,] <int> (residents|pts|patients|participants|members|clients|students|children|kids)
          | group (minutes|mins|min|time) [:|=] <num> | <num> (min|mins|minutes) in [a|the] [standing|seated|balance|exercise|ADL|UE|tabletop] group
# A session's or visit's number is no length: "visit #4", "Session 12 of 24", "visit 7/10",
# "(session 1: 15)", a programme's session "LSVT BIG session 11". A bare "session 3" stays a length: "WC
# session, 3 hrs" is one, and the matcher skips the comma.
ntt.ordinal = (session|visit|appointment|appt|tx|treatment) (#|no|number) <int> | (LSVT|BIG|LOUD|program|programme|protocol|phase|week|wk) (session|visit|day) <int> | (session|visit) <int> : | (session|visit|appointment|appt|tx) <int> of <int> | (session|visit|appointment|appt) <score>
# Minutes scheduled or missed are not given: "Scheduled 60 min; pt participated 35 min individual", "missed AM
# session 45 min", "Missed 25 min - pt refusal".
ntt.missed = (scheduled|planned|missed|missing) [AM|PM|the|am|pm] [session|tx|treatment|therapy|visit] [for|of] <num> (min|mins|minutes) | <num> (min|mins|minutes) (missed|scheduled|not completed|not provided)
# The patient away from the unit is no session: "Pt off unit for MRI 0900-1030".
ntt.off_unit = (off unit|off the unit|off floor|off the floor) [for] [MRI|CT|dialysis|HD|procedure|a procedure|x ray|imaging|testing|tests] <num>
# An authorisation is a ceiling, not the session: "Auth rec'd: 12 visits, up to 60 min/visit".
# A CPT modifier is no figure of minutes (hundred-and-third writers' round): "97140-GP-59 x1 (12 min)", "| 97140 | GP-59 |".
ntt.modifier = (GP|GO|GN|KX|CQ|CO|XU|XS|XE|XP) 59 | 59 (GP|GO|GN|KX|CQ|CO|XU|XS|XE|XP) | (mod|modifier|modifiers) [:] 59
ntt.authorised = up to <num> (min|mins|minutes) [\/|per|a|each] (visit|session|day|tx)
ntt.rest = (rest|rested|resting|rests|rest break|rest breaks|seated rest|standing rest|break|breaks|RB|recovery) [of|for|x|:|=|\<|\>|approx|about|~|seated|standing] <num> (min|mins|minutes|minute|sec|secs|seconds)
         | <num> (min|mins|minutes|minute) (rest|rests|rest break|rest breaks|seated rest|standing rest|break|breaks|recovery|sitting rest)
         | (recovered|recovery|returned to baseline|returned to resting|back to baseline) (in|within|after|over) <num> (min|mins|minutes|sec|seconds)
# Rests of about a stated length (twenty-third session's dev half): "2 rests of ~2 min during task".
ntt.rest_about = (rest|rests|rest break|rest breaks|seated rest|seated rests|standing rest|standing rests|break|breaks) (of|for|x|lasting) (~|about|approx|approximately|around) <num> (min|mins|minutes|minute|sec|secs|seconds)
# Frequencies and intervals.
ntt.interval = (every|q|Q|each|per) <num> (min|mins|minutes|minute) | <num> (min|mins|minutes) (intervals|interval|apart)
             | <num> (min|mins|minutes|minute) (ago|earlier|later|prior|before|after|delay|delayed recall|wait) | within <num> (min|mins|minutes) (of|after|post)
# Home program and plan dosages: not done in the session.
ntt.home = <num> [\+] (min|mins|minutes) (daily|a day|per day|each day|day|qd|BID|TID|x day|times a day|\/ day|every day|most days|at home|3x week|per week|a week)
         | (walk|walking|walks|bike|biking|HEP|home program) [for|x] <num> (min|mins|minutes) (daily|a day|per day|each day|at home|BID|TID)
# Untimed or unattended services (97010 hot/cold packs, G0283 unattended e-stim, 97018 paraffin,
# vasopneumatic): their minutes do not count toward timed-code units.
ntt.untimed_modality = (hot pack|hot packs|HP|MH|MHP|moist heat|heat|cold pack|cold packs|CP|ice|ice pack|ice massage|cryo|cryotherapy|game ready|gameready|vaso|vasopneumatic|e stim|estim|ES|IFC|IFT|interferential|TENS|unattended e stim|unattended estim|NMES|paraffin|traction|mechanical traction|whirlpool|fluido|fluidotherapy|97010|G0283|97014|97016|97018|97012|97022) [x|:|=|for|\*] <num> (min|mins|minutes|minute|\')
ntt.untimed_modality_site = (hot pack|HP|MH|MHP|moist heat|heat|cold pack|CP|ice|cryo|e stim|estim|IFC|TENS) (to|on|over) (lumbar|cervical|knee|shoulder|LB|low back|neck|hip|ankle|back|spine|L|R|B) [x] <num> (min|mins|minutes)
# Stimulation left on a muscle: "Unattended NMES to L ant tib 7 min".
ntt.stim_site = [unattended] (NMES|e stim|estim|IFC|TENS) (to|on|over) [L|R|B] (quad|quads|VMO|ant tib|anterior tibialis|glute|glutes|hamstrings|calf|lumbar|cervical|knee|shoulder|neck) <num> (min|minutes)
# An untimed total beside the timed one: "Timed: 38 min   Untimed: 15 min (CP)".
ntt.untimed_label = (untimed|untimed minutes|untimed codes|untimed services|non timed|nontimed) [:|=] <num> (min|mins|minutes)
         | <num> (min|mins|minutes) (of|with) (hot pack|hot packs|moist heat|heat|ice|cold pack|cold packs|IFC|e stim|estim|TENS|paraffin|whirlpool|traction|vaso)
# Duration of a test or a hold; a time with seconds (`11 min 40 sec`) is a measured time.
ntt.measured_time = <num> (min|mins|minutes|minute) <num> (sec|secs|seconds|s) | (took|completed in|complete in|completion time|time to complete|time to perform) [:] <num> (min|mins|minutes)
# The time an everyday task took is its measure ("Time to dress 18 min"), not treatment time.
ntt.task_time = time to (dress|get dressed|don|doff|bathe|shower|groom|eat|toilet|complete dressing|complete toileting|complete ADLs|complete task|complete the task) [UB|LB|socks|shoes|shirt|pants] [:|=|was] <num> (min|mins|minutes)
# How long a test ran or had left: "stopped the test at approximately 5 minutes", "2 minutes
# remaining in the 6MWT" are the test's result, not treatment time.
ntt.test_duration = (stop|stopped|ended|terminated|discontinued) [the|this] [test] at [approx|approximately|about|~] <num> (min|mins|minutes|minute)
                  | <num> (min|mins|minutes|minute) (remaining|left)
# "in 2 min", "within 1 min": a measured duration; billed minutes are written "x 23 min" or "23 min".
ntt.in_duration = (in|within|over|after|under) [approx|about|~|\<] <num> (min|mins|minutes|minute)
# A point in the session told by when a thing held until: "no c/o pain until 8 min", "stayed seated till the 6 min mark".
ntt.until = (until|till|til) [the] [approx|about|~] <num> (min|mins|minutes|minute) [mark]
# The old value in a comparison ("last visit 4 min", "was 5 min at eval").
# An earlier visit's figure quoted by its date: "(03/09: 17 min)", "3/4 was 12 min"; not a title line's own date
# before the session's minutes ("School PT Note 11/21/24 30 min direct", "OT session 12/6/24 - 30 min").
ntt.earlier_visit = <date> (:|=) [was|took] <num> (min|mins|minutes|minute) | <date> (was|took) <num> (min|mins|minutes|minute)
# Dosage repeated in bouts ("for one minute, three times", "2 min x 3"), intervals ("every twenty to
# thirty minutes"), and durations that time the patient rather than the session.
ntt.bouts = [for] <num> (min|mins|minutes|minute) [each] (x|times|reps|sets|bouts|trials) [<int>] | [for] <num> (min|mins|minutes|minute) [each] <int> (times|reps|sets|bouts|trials)
          | every <num> (to|or|-) <num> (min|mins|minutes) | (after|during|with|w/) (standing|sitting|walking|amb|ambulating|ambulation|activity|exercise|exertion|exertional activity) [for|x] <num> (min|mins|minutes|minute)
          | (sat|sitting|seated|rested|resting) [for|x|about|approx|~] <num> (min|mins|minutes|minute) [before|after|rest|to recover]
ntt.comparison = (up|down|increased by|improved by|decreased by|gained|up by|down by|longer by|shorter by|better by|faster by|slower by|reduced by) <num> (min|mins|minutes|minute)
               | (last visit|last session|last time|previously|prev|was|from|vs|versus|eval|at eval|on eval|IE|baseline) [:|=] <num> (min|mins|minutes|minute)
# "x4, min A": `min` followed by an assist letter is minimal assist, not minutes.
ntt.min_assist = <num> (min|minimal) (A|assist|assistance|asst|x1|guard)
# A home program's length needs its frequency after it: in "97110 x 10 min, HEP/education 5 min" the 10 minutes are 97110's.
ntt.untimed_note = <num> (min|mins|minutes) (pre treatment|post treatment|pre tx|post tx|pre exercise|post exercise|post session|unattended|not billed|untimed|at home|downtime|down time|of downtime|of CPR|of LOC)
                 | <num> (min|mins|minutes) HEP (daily|per day|a day|each day|BID|TID|at home|program|programme)
# A program's daily length, not today's minutes: "Day 8 of 20 (4 hr program)", "(4 hr/day)".
ntt.program_length = <num> (hr|hrs|hour|hours|h) [a day|per day|\/ day|daily|day] (program|programme|protocol|sessions|session) | <num> (hr|hrs|hour|hours|h) (\/ day|per day|a day)
ntt.hold = (hold|holds|held|holding|maintained|sustained) [position|stretch|stance|balance] (for|x) <num> (min|mins|minutes)
         | (timed|test|testing|trial|trials|bout|bouts) [of] <num> (min|mins|minutes) (walk|walking|bike|treadmill|stand|standing|sitting)
         | <num> (min|mins|minutes) [per|each|a] (bout|bouts) [of|x]

# A group or concurrent session named before a time range in the same sentence: the range is the
# group's time, not one-on-one ("Group tx (4 pts) 1330-1400", "Concurrent tx (2 pts, Part A)
# 0900-0930", "OT — Group session 1300-1345"). A co-treatment is not one of these: each
# discipline's time with the patient is one-on-one.
@category shared_session
shared.group = group | groups | group session | group tx | group treatment | group therapy | small group | large group | group class | exercise class | balance class
shared.concurrent = concurrent | concurrently | concurrent session | concurrent tx | concurrent treatment | concurrent therapy | seen concurrently
