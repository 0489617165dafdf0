# Content that fits a CPT code (billing-rules.md §3.4), the names therapists give the codes in text,
# the minute/time labels the billing check reads, and progress-report markers.
#
# Code fit adds up `weight` per hit: functional_task hits already count for their `code` (weight 1),
# so the 97530 signals here are only the multi-parameter wording that is not itself a task.
# weight 1 = typical of the code; 0.5 = points to it but is shared with others.

@category code_signal

# --- 97110 therapeutic exercise: one parameter (strength, ROM, flexibility, endurance) ------------
@set code=97110 weight=1
sig.ex.dosage = <int> (x|X|×|\*) <int> [reps|rep|repetitions|each|ea|bilat|bilaterally|B|each side|each leg|per side] | <int> (sets|set) (of|x) <int> | <int> (reps|rep|repetitions) | x <int> (reps|each|ea|bilat|bilaterally|each side|each leg)
              | (sets|reps) [:|=] <int> | <int> (sec|second|seconds|s) (hold|holds) | (hold|holds|held) (x|for) <int> (sec|second|seconds|s)
sig.ex.lower = (heel slides|heel slide|SLR|SLRs|straight leg raise|straight leg raises|SAQ|SAQs|short arc quad|short arc quads|LAQ|LAQs|long arc quad|long arc quads|quad sets|quad set|glute sets|glute set|ankle pumps|ankle pump|clamshells|clamshell|clams|bridges|bridging x|hip abd|hip abduction|hip add|hip adduction|hip ext|hip extension|hip flexion|marching|seated marching|standing marches|heel raises|heel raise|toe raises|calf raises|calf raise|mini squats|wall squats|wall sits|squats|squat x|step ups|step up x|lateral step ups|TKE|TKEs|terminal knee extension|hamstring curls|HS curls|leg press|knee extension machine|hip hikes|monster walks|lateral band walks)
sig.ex.upper = (shoulder flexion|shoulder abduction|shoulder ER|shoulder IR|rows|row|seated rows|bicep curls|biceps curls|tricep extensions|triceps extensions|chest press|wall push ups|wall pushups|scapular retraction|scap squeezes|scapular squeezes|wall slides|pendulums|pendulum|wand exercises|wand|pulleys|UBE|arm bike|putty|theraputty|digiflex|wrist curls|gripper)
# `HEP` is not here: a home program reviewed or issued says nothing about what the session was.
# Not a bare `PRE`: matching ignores case, and "Pre-tx pain 5/10" is no exercise.
sig.ex.general = (strengthening|strength training|stretching|stretch|stretches|flexibility|ROM exercises|AROM exercises|PROM exercises|AAROM exercises|AROM|AAROM|theraband|TB|resistance band|red band|yellow band|green band|blue band|cuff weight|cuff weights|ankle weights|dumbbell|dumbbells|free weights|NuStep|Nu Step|recumbent bike|stationary bike|bike|SciFit|elliptical|recumbent stepper|stepper|NuStep|UBE|arm bike|ergometer|UE ergometer|endurance training|aerobic|conditioning|core strengthening|core stabilization|isometrics|isometric|eccentric strengthening|progressive resistance|PREs|therapeutic exercise|therapeutic exercises|ther ex|therex)
sig.ex.treadmill = treadmill ; weight=0.5

# A billing line "97530 x 23 min" / "97110 x 2 units" is not exercise dosage: these weight-0 entries
# are longer than the `<int> x <int>` dosage pattern, so it is dropped inside them.
sig.billing.97530 = 97530 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97530 weight=0
sig.billing.97110 = 97110 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97110 weight=0
sig.billing.97112 = 97112 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97112 weight=0
sig.billing.97116 = 97116 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97116 weight=0
sig.billing.97140 = 97140 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97140 weight=0
sig.billing.97535 = 97535 [x|:|=] <int> (min|mins|minutes|units|unit|U) ; code=97535 weight=0

# --- 97112 neuromuscular re-education: balance, coordination, proprioception, posture -----------
@set code=97112 weight=1
sig.nmr = (balance training|balance activities|balance exercises|balance tasks|static balance|dynamic balance|standing balance|sitting balance|balance reactions|reactive balance|perturbation|perturbations|perturbation training|proprioception|proprioceptive|proprioceptive training|kinesthetic|kinesthesia|coordination|coordination training|postural control|postural stability|postural reactions|righting reactions|equilibrium reactions|protective reactions|weight shifting|weight shifts|vestibular|vestibular rehab|gaze stabilization|VOR|VOR x1|habituation|Brandt Daroff|Epley|Romberg|tandem stance|single leg stance|SLS|SLB|rocker board|wobble board|BOSU|balance board|foam|airex|Airex|dyna disc|narrow BOS|eyes closed|EC|head turns|stepping strategy|stepping strategies|ankle strategy|hip strategy|trunk control|neuromuscular re education|neuromuscular reeducation|neuro re ed|NMR|NMRE|motor control|motor planning|PNF|D1|D2|rhythmic stabilization|NDT|mirror therapy|graded motor imagery|constraint induced|CIMT|fine motor coordination|gross motor coordination|midline orientation|body awareness|spatial awareness|desensitization)
sig.nmr.weak = (balance|posture|postural|stability) ; weight=0.5

# --- 97116 gait training (includes stairs) ---------------------------------------------------------
@set code=97116 weight=1
sig.gait = (gait pattern|gait mechanics|gait quality|gait deviations|gait deviation|step length|stride length|step width|heel strike|heel toe|heel to toe|toe off|foot clearance|toe clearance|foot drop|foot slap|cadence|swing phase|stance phase|weight acceptance|antalgic|Trendelenburg|circumduction|hip hiking|hip hike|shuffling|festinating|festination|freezing|FOG|step to pattern|step through pattern|reciprocal pattern|reciprocal gait|arm swing|trunk rotation during gait|gait speed|gait belt|GB)
sig.gait.device = (RW|FWW|2WW|4WW|rollator|standard walker|std walker|pick up walker|PUW|hemi walker|platform walker|SPC|straight cane|QC|quad cane|SBQC|LBQC|hemi cane|axillary crutches|forearm crutches|Lofstrand crutches|crutches|crutch|walker|cane|AD|assistive device|handrail|rail|rails|WBAT|FWB|PWB|TTWB|TDWB|NWB) ; weight=0.25

# --- 97535 self-care / home management --------------------------------------------------------------
@set code=97535 weight=1
sig.selfcare = (adaptive equipment|AE|reacher|sock aid|long handled sponge|long handled shoe horn|long handled shoehorn|LH sponge|LH shoehorn|dressing stick|button hook|elastic laces|leg lifter|tub transfer bench|TTB|shower chair|shower bench|raised toilet seat|RTS|3 in 1 commode|BSC|bedside commode|grab bar|grab bars|hand held shower|compensatory strategies|compensatory techniques|one handed techniques|hemi dressing|home management|home safety|home safety assessment|home modifications|kitchen safety|energy conservation|work simplification|joint protection|self care training|ADL training|ADL retraining|IADL training|safety procedures|medication management|assistive technology)

# --- 97140 manual therapy ------------------------------------------------------------------------------
@set code=97140 weight=1
sig.manual = (joint mobilization|joint mobilizations|joint mobs|mobilization|mobilizations|mobs|grade I|grade II|grade III|grade IV|grade V|gr I|gr II|gr III|gr IV|manipulation|HVLA|thrust|STM|soft tissue mobilization|soft tissue massage|soft tissue work|myofascial release|MFR|IASTM|instrument assisted|Graston|trigger point release|trigger point|TPR|ischemic compression|cross friction|cross friction massage|transverse friction|DTM|deep tissue massage|manual traction|MLD|manual lymph drainage|manual lymphatic drainage|scar mobilization|scar massage|patellar mobs|patellar mobilization|PA glides|AP glides|PA mobs|lateral glides|distraction|muscle energy technique|MET|strain counterstrain|counterstrain|craniosacral|manual stretching|contract relax|PNF stretching|suboccipital release|mobilization with movement|MWM|Mulligan|Maitland|Kaltenborn)
sig.manual.weak = (PROM|passive ROM|passive stretching) ; weight=0.5

# --- 97530 therapeutic activities: multi-parameter functional wording ----------------------------------
@set code=97530 weight=0.5
sig.ta = (dynamic activities|dynamic activity|functional activities|functional activity|functional tasks|functional training|functional mobility|task specific|task-specific|multiple parameters|multi parameter|multi planar|multiplanar|whole body|real world|simulated|simulation|improve functional performance|functional performance|work simulation|work conditioning|work hardening)

@category code_name
# How a note names the code it bills. A code name followed by minutes pairs the minutes with the
# code in the billing check ("TherAct (97530) x 23 min", "TE: 15'"). `TA` is therapeutic activities
# here (not total assist, which assist_levels.lex does not list as `TA`).
name.97530 = ther act | ther acts | therapeutic activities | therapeutic activity | therapeutic act | TherAct | TherActs | TA | T A | 97530 | functional activities (97530) | ther activities | ther activity ; code=97530
name.97110 = ther ex | therex | TherEx | therapeutic exercise | therapeutic exercises | TE | T E | 97110 | ther exercise | ther exs ; code=97110
name.97112 = NMR | NMRE | NMRe | neuro re ed | neuro reed | neuro re education | neuromuscular re education | neuromuscular reeducation | neuromuscular re ed | neuro muscular re education | 97112 | balance training (97112) ; code=97112
name.97116 = gait training | gait trng | gait trg | gait tng | gait train | GT | gait trng 97116 | 97116 ; code=97116
name.97140 = manual therapy | manual tx | manual rx | manual treatment | manual techniques | manual (:|x|=) | MT | MTx | MLD | manual lymphatic drainage | 97140 ; code=97140
name.97535 = self care | self care training | self care home management | self care/home management | home management training | self care home mgmt | self care home mgmt trng | self care home management trng | home mgmt trng | ADL training | ADL trng | ADL retraining | ADLs training | ADL | ADLs | SC | 97535 ; code=97535
# A plain service word is a code's name only with its minutes in the same breath: "Manual therapy 15
# minutes, exercise 20 minutes", "Ther ex 30 min, gait 8 min" (no minute mark: "gait 150'" is feet).
name.97110_minutes = (exercise|exercises|strengthening) <num> (min|mins|minutes) ; code=97110
name.97116_minutes = (gait|ambulation|amb) <num> (min|mins|minutes) ; code=97116
name.97140_minutes = manual <num> (min|mins|minutes) ; code=97140
name.97150 = group therapy | group tx | group session | group exercise | group tx session | group ther ex | group TE | group therex | group class | group | concurrent | concurrent tx | concurrent treatment | concurrent therapy | 97150 ; code=97150
name.97161 = 97161 | PT eval low complexity | PT evaluation low complexity | low complexity PT eval | low complexity evaluation ; code=97161
name.97162 = 97162 | PT eval moderate complexity | PT evaluation moderate complexity | moderate complexity PT eval | moderate complexity evaluation ; code=97162
name.97163 = 97163 | PT eval high complexity | PT evaluation high complexity | high complexity PT eval | high complexity evaluation ; code=97163
name.97164 = 97164 | PT re eval | PT reeval | PT re evaluation | PT reevaluation ; code=97164
name.97165 = 97165 | OT eval low complexity | OT evaluation low complexity | low complexity OT eval ; code=97165
name.97166 = 97166 | OT eval moderate complexity | OT evaluation moderate complexity | moderate complexity OT eval ; code=97166
name.97167 = 97167 | OT eval high complexity | OT evaluation high complexity | high complexity OT eval ; code=97167
name.97168 = 97168 | OT re eval | OT reeval | OT re evaluation | OT reevaluation ; code=97168
name.97010 = 97010 | hot pack | hot packs | cold pack | cold packs | HP | MHP | moist heat | ice pack | cryotherapy | cryo ; code=97010
name.97014 = 97014 | unattended e stim | unattended estim | unattended electrical stimulation | e stim unattended | estim unattended | IFC | TENS ; code=97014
name.g0283 = G0283 | G 0283 ; code=G0283
name.97032 = 97032 | attended e stim | attended estim | attended electrical stimulation | NMES ; code=97032
name.97033 = 97033 | iontophoresis | ionto ; code=97033
name.97035 = 97035 | ultrasound | US (x|:|=|to|at|for|1 MHz|3 MHz) | therapeutic ultrasound | phonophoresis ; code=97035
name.97012 = 97012 | mechanical traction | mech traction | cervical traction | lumbar traction ; code=97012
name.97016 = 97016 | vasopneumatic | vaso | game ready | gameready ; code=97016
name.97018 = 97018 | paraffin | paraffin bath ; code=97018
name.97113 = 97113 | aquatic therapy | aquatic | pool therapy | aquatics ; code=97113
name.97124 = 97124 | massage therapy ; code=97124
name.97542 = 97542 | wheelchair management | w/c management | wheelchair training ; code=97542
# Not `PPT`: in an exercise list it is a posterior pelvic tilt ("PPT x15" is reps, not minutes).
name.97750 = 97750 | physical performance test | FCE | functional capacity evaluation ; code=97750
name.97763 = 97763 | orthotic check | orthosis check | orthotic adjustment | orthosis adjustment ; code=97763
name.97760 = 97760 | orthotic management | orthotic training | orthotic fitting ; code=97760
name.97761 = 97761 | prosthetic training | prosthetic gait training ; code=97761
name.97129 = 97129 | 97130 | cognitive intervention | cognitive function intervention | cognitive retraining ; code=97129
name.97545 = 97545 | work hardening | work conditioning ; code=97545
name.97546 = 97546 ; code=97546
name.97533 = 97533 | sensory integration | sensory integrative techniques ; code=97533
# Timed codes of the catalogue that had no name (twenty-first session): "Community/work reintegration trng (97537) 15 min".
name.97537 = 97537 | community reintegration | work reintegration | community/work reintegration | community work reintegration | community reintegration training | work reintegration training | community/work reintegration training ; code=97537
name.97755 = 97755 | assistive technology assessment | AT assessment ; code=97755

@category total_timed_label
label.total_timed = total timed [code] [treatment|tx|therapy] [minutes|mins|min|time] | timed | (individual|indiv|one on one|1:1) [tx|treatment|therapy|minutes|min|time] | timed (minutes|mins|min) | timed code (minutes|mins|min|treatment minutes|treatment time|time)
                  | timed treatment (minutes|mins|min|time) | timed tx (minutes|mins|min|time) | TTM | TCM | total timed minutes | total timed min | total timed code treatment minutes | TCT

@category total_time_label
label.total_time = total (treatment|tx|session|visit|therapy|PT|OT) (time|minutes|mins|min|duration) | TTT | TTX | TT | total time | total minutes | total mins | total min | total tx time | total | session (time|length|duration|total)
                 | (tx|treatment|therapy|visit|PT|OT|session) time | time (in|of) (session|treatment|tx) | Tx | Treatment | Session
                 | treatment time total | total time (in|of) (session|clinic|treatment) | total treatment minutes | total visit time | total (visit|session|treatment|tx|therapy) | (visit|session) total

@category time_in_label
label.time_in = time in | in : | in | start : | start | start time | time started | session start | arrival time | arrived at | arrived | arrival | begin time | tx start | TI : | T/I
# A bare "out" counts only when a clock time follows it ("Time in 10:02 / out 10:40"); the parser
# reads a label only with a time right after it.
@category time_out_label
label.time_out = time out | out : | out | end : | end | finish | end time | stop : | stop time | time ended | session end | departure time | departed at | departed | left | finish time | tx end | T/O

@category progress_report
progress.report = progress report | progress note | progress summary | progress update | re eval | reeval | re evaluation | reevaluation | re assessment | recert | recertification | re cert
                | (10th|tenth) (visit|treatment day|tx day|session) | visit (10|\# 10|10 of) | 10th visit progress | (PN|PR) (due|completed|today) | discharge summary | DC summary | D/C summary | discharge note | DC note
