/// Word lists and sentence pools the generator composes notes from (vocabulary per
/// Docs domain/vocabulary.md §5). Pools are wide so 10,000+ independent notes rarely share a
/// 3-word run by chance outside the template and the provider's stock phrases.
enum Vocabulary {
  /// Assist levels from dependent to independent, each with its spellings.
  static let assistLadder: [[String]] = [
    ["max A", "maxA", "max assist", "Max(A)", "maximal assist"],
    ["mod A", "modA", "mod assist", "moderate assistance", "Mod(A)"],
    ["min A", "minA", "min assist", "Min(A)", "minimal assist", "min asst"],
    ["CGA", "contact guard assist", "CGA x1", "contact guard"],
    ["SBA", "standby assist", "supervision", "supv", "close supervision"],
    ["mod I", "modified independent", "Mod (I)", "mod ind"],
    ["independently", "indep", "(I)", "independent"],
  ]
  static let cues = [
    "VCs", "min VCs", "mod VCs", "max VCs", "occasional VCs", "frequent VCs", "verbal cues",
    "tactile cues",
    "TCs", "min tactile cues", "intermittent verbal cueing", "visual demo", "demonstration and VCs",
    "1-2 VCs", "3 VCs", "consistent VCs", "multimodal cues", "mirror feedback",
  ]
  static let cuePurposes = [
    "for hand placement", "for sequencing", "for safety awareness", "for foot clearance",
    "for step length",
    "for upright posture", "for eccentric control", "for AD positioning", "for brake management",
    "for wt shift onto the involved LE", "for pacing", "for PLB", "for reaching back for armrests",
    "for hip precautions", "for trunk control", "for attention to L side", "for turning technique",
    "for body mechanics", "to maintain BOS", "to keep RW close",
  ]
  static let tasks = [
    "STS", "sit<>stand", "stand pivot transfer to w/c", "SPT bed>w/c", "toilet transfer",
    "supine>sit",
    "sit>supine", "rolling L/R", "scooting EOB", "car transfer simulation", "tub transfer w/ TTB",
    "floor transfer", "bed<>chair transfer", "squat pivot transfer", "SBT to mat",
    "w/c>mat transfer",
    "lateral scoot", "BSC transfer", "recliner transfer", "stand-to-sit",
  ]
  static let exercises = [
    "LAQ", "SLR", "heel raises", "toe raises", "clamshells", "bridges", "mini squats",
    "hip abd in standing",
    "TKE w/ band", "seated marching", "ankle pumps", "quad sets", "glute sets",
    "step-ups on 6\" step",
    "wall slides", "scap retraction", "bicep curls", "shoulder flexion AAROM w/ dowel",
    "hamstring curls",
    "sidelying hip abd", "SAQ", "heel slides", "lateral step-ups", "standing hip ext", "chin tucks",
    "rows w/ theraband", "pendulums", "wall push-ups", "NuStep", "recumbent bike",
  ]
  static let balanceTasks = [
    "tandem stance", "SLS", "foam stance w/ EC", "reaching outside BOS", "wt shifting A/P and M/L",
    "dynamic standing balance w/ ball toss", "stepping strategy training", "semi-tandem stance",
    "narrow BOS stance w/ head turns", "obstacle negotiation", "retro walking", "side-stepping",
    "standing on rocker board", "cone taps", "4-square stepping", "figure-8 walking",
  ]
  static let adls = [
    "LB dressing", "UB dressing", "donning socks w/ sock aid", "grooming at sink",
    "shower transfer to TTB",
    "toileting hygiene", "clothing management for toileting", "meal prep in kitchen",
    "oral hygiene standing",
    "donning/doffing shoes w/ LH shoehorn", "laundry retrieval from low bin", "bed making",
    "simple hot meal prep", "kitchen mobility w/ item transport",
    "medication management using pill organizer",
    "donning/doffing AFO",
  ]
  static let bands = ["yellow TB", "red TB", "green TB", "blue TB", "red band", "green band"]
  static let surfaces = [
    "level surfaces", "uneven surfaces", "grass", "ramp", "carpet", "tile", "outdoor sidewalk",
    "parking lot",
  ]
  static let muscleGrades = ["4-/5", "4/5", "3+/5", "4+/5", "3/5", "3-/5", "5/5", "2+/5"]
  static let frequencies = ["2x/wk", "3x/wk", "2-3x/wk", "1-2x/wk"]

  static let sides = ["R", "L", "B", "R", "L"]
  static let bodyParts = ["knee", "hip", "shoulder", "ankle", "LE", "UE", "low back", "wrist"]
  static let devices = [
    "RW", "FWW", "SPC", "4WW", "rollator", "QC", "LBQC", "no AD", "hemi-walker",
  ]
  static let conditions = [
    "TKA", "THA", "CVA", "knee OA", "LBP", "hip fx s/p ORIF", "RTC repair", "Parkinson's disease",
    "deconditioning", "fall risk", "ankle fx", "DM neuropathy", "lumbar stenosis",
    "CHF exacerbation",
  ]
  static let payers = [
    "Medicare", "Medicare", "Medicare", "Humana Medicare Advantage", "BCBS", "Aetna",
    "UnitedHealthcare",
    "Medicaid", "Workers Comp", "Cigna",
  ]
  static let firstNames = [
    "Jane", "Mark", "Priya", "Luis", "Karen", "Tom", "Aisha", "Ben", "Maria", "Kevin", "Grace",
    "Omar",
    "Linda", "Chris", "Nina", "Raj", "Ellen", "Sam", "Julia", "Derek",
  ]
  static let lastNames = [
    "Smith", "Nguyen", "Patel", "Garcia", "Okafor", "Brown", "Kowalski", "Chen", "Rossi", "Johnson",
    "Haddad", "Murphy", "Silva", "Kim", "Fischer", "Lopez", "Walsh", "Ito",
  ]
  static let ptCredentials = ["PT, DPT", "PT", "PTA", "DPT", "PT, DPT, OCS"]
  static let otCredentials = ["OTR/L", "OT", "COTA", "OTD, OTR/L", "MS, OTR/L"]
  static let clinicPrefixes = [
    "Riverside", "Summit", "Lakeview", "Pinecrest", "Harbor", "Maple Grove", "Northgate",
    "Cedar Hills",
    "Bayside", "Valley", "Westbrook", "Oak Park", "Sunrise", "Meadowlands",
  ]
  static let clinicSuffixes = [
    "Physical Therapy", "Rehabilitation", "Rehab & Sports Medicine", "Therapy Services",
    "Outpatient Rehab",
    "Physical & Occupational Therapy",
  ]

  static let subjective: [Phrase] = [
    "Pt reports {side} {part} pain {pain}/10 this AM.",
    "Pt states she was able to walk to the mailbox w/o LOB over the weekend.",
    "Pt reports {pain}/10 pain at rest, increasing to {pain}/10 w/ stairs.",
    "Pt c/o stiffness in {side} {part} upon waking, resolving after ~{min} min.",
    "Pt reports compliance w/ HEP {sets} of 7 days.",
    "Pt states he had a near fall at home while turning in the kitchen, no injury.",
    "Pt reports fatigue after yesterday's MD appt, slept poorly.",
    "Pt arrives ambulating w/ {dev}, reports pain {pain}/10.",
    "Pt reports increased confidence w/ {task} at home.",
    "Caregiver reports pt needs less help getting in/out of bed.",
    "Pt states goal is to return to grocery shopping independently.",
    "Pt denies new falls since last visit; pain {pain}/10 {side} {part}.",
    "Pt reports difficulty w/ {adl} due to {side} {part} pain.",
    "Pt notes swelling {side} {part} decreased after icing {min} min BID.",
    "Pt reports walking {dist} ft in community before needing to rest.",
    "Pt reports dizziness w/ quick head turns, none today.",
    "Pt arrived {min} min late, reports transportation issues.",
    "Spouse present, reports pt more steady on stairs at home.",
    "Pt reports sleeping on {side} side now w/o pain.",
    "Pt states \"my {part} feels looser today.\"",
    "Pt reports needing {assist} from daughter for {adl}.",
    "Pt rates pain {pain}/10 NPRS, worst {pain}/10 over past week.",
    "Pt reports he has been using {dev} in the home at all times per recommendation.",
    "Pt c/o numbness in {side} foot after prolonged sitting.",
  ]
  static let therapeuticActivity: [Phrase] = [
    "STS x{reps} from 18\" mat {assist}, {cue} {cuefor}.",
    "{task} x{reps} reps {assist} w/ {cue} {cuefor}.",
    "Pt performed {task} {assist}, required {cue} {cuefor}.",
    "Floor-to-waist lift of {wt}# box x{reps}, {cue} {cuefor}.",
    "Reaching across midline for items on counter while standing {assist}, {pct}% accuracy.",
    "Carried {wt}# laundry basket {dist}' w/ {assist}, {cue} {cuefor}.",
    "Item retrieval from floor w/ reacher x{reps}, {assist}.",
    "Stair negotiation {steps} steps w/ B HR step-to pattern {assist}, {cue} {cuefor}.",
    "Curb step 6\" up/down x{reps} w/ {dev} {assist}.",
    "Pushing/pulling weighted cart {dist}' {assist} {cuefor}.",
    "Squat to retrieve object from low shelf x{reps}, {cue} {cuefor}.",
    "Half-kneel to stand x{reps} w/ UE support {assist}.",
    "Functional transfer training: {task} {assist} in {trials}.",
    "Sit<>stand from low chair w/o UE x{reps}, {assist}, {cue} {cuefor}.",
    "Car transfer simulation w/ {dev} {assist}, {cue} {cuefor}.",
    "Bed mobility: supine>sit {assist}, rolling {assist}, {cue} {cuefor}.",
    "Kitchen task w/ {wt}# item transport {dist}' w/ {dev} {assist}.",
    "Toilet transfer w/ grab bar {assist}, {cue} {cuefor}.",
    "Dynamic reaching in standing x{reps} each direction {assist}, {cue} {cuefor}.",
    "Ball toss in standing {sets}x{reps} on {surface} {assist}.",
  ]
  static let gait: [Phrase] = [
    "Pt amb {dist}' w/ {dev} {assist}, {cue} {cuefor}.",
    "Gait training {dist}' x{sets} on {surface} w/ {dev} {assist}.",
    "Amb {dist} ft w/ {dev} {assist}; decreased step length {side}, {cue} {cuefor}.",
    "Gait on {surface} {dist}' w/ {dev}, {assist}, 1 seated rest break.",
    "Pt ambulated {dist} ft x{sets} w/ {dev} and gait belt {assist}, antalgic pattern noted.",
    "Gait w/ head turns {dist}' {assist}, {cue} {cuefor}.",
    "Stairs {steps} steps w/ {side} HR reciprocal pattern {assist}.",
    "Amb {dist}' w/ {dev}, cadence improved, {cue} {cuefor}.",
    "Backward walking {dist}' {assist}, {cue} {cuefor}.",
    "Obstacle course {sets} laps w/ {dev} {assist}, 0 LOB.",
    "Gait speed 10MWT {gait} m/s w/ {dev}.",
    "Pt amb {dist}' w/ {dev} {assist} w/ HR {hr} bpm post, SpO2 {spo2}%.",
  ]
  static let exercise: [Phrase] = [
    "{ex} {sets}x{reps} {side}.",
    "{ex} {sets}x{reps} w/ {wt}# ankle wt.",
    "{ex} {sets}x{reps} w/ {band}.",
    "{ex} x{reps} {side}, {cue} {cuefor}.",
    "{ex} {min} min level {sets}.",
    "{ex} {sets}x{reps}, {ex} {sets}x{reps}.",
    "{ex} {sets}x{reps} {side} w/ {sec} s hold.",
    "Progressed {ex} to {sets}x{reps} w/ {band}.",
    "{ex} and {ex} {sets}x{reps} each.",
    "{ex} {sets}x{reps} B, RPE {rpe}/20.",
    "Seated {ex} {sets}x{reps} {side} w/ {wt}#.",
    "HEP reviewed: {ex}, {ex}, {ex}; pt return demo w/ {cue}.",
  ]
  static let neuromuscular: [Phrase] = [
    "{bal} {sets}x{sec} s {assist}.",
    "{bal} on {surface} x{min} min w/ {cue} {cuefor}.",
    "{bal} {assist}, {cue} {cuefor}.",
    "Pt performed {bal} and {bal}, {assist}, {trials}.",
    "{bal} w/ UE support on {dev}, progressing to no UE support.",
    "Postural control training: {bal} x{reps} reps, {cue} {cuefor}.",
    "Facilitation of wt shift {side} LE during {bal}, {cue}.",
    "{bal} on foam x{sets} trials, max hold {sec} s.",
  ]
  static let selfCare: [Phrase] = [
    "{adl} {assist} w/ {cue} {cuefor}.",
    "Pt completed {adl} seated EOB {assist}, {cue} {cuefor}.",
    "{adl} standing at sink w/ {dev} {assist}.",
    "Trained in {adl} using AE, {assist}, {trials}.",
    "Energy conservation education during {adl}; pt return demo w/ {cue}.",
    "{adl} in {min} min {assist} w/ {cue} {cuefor}.",
    "Pt instructed in hip precautions during {adl}; verbalized {sets}/3 precautions.",
    "{adl} w/ AE (reacher, sock aid), {assist}.",
    "Pt sequenced {adl} w/ written checklist, {assist}.",
  ]
  static let manual: [Phrase] = [
    "STM to {side} {part} musculature x{min} min to decrease tone.",
    "Grade III-IV joint mobs {side} {part} to improve ROM.",
    "PROM {side} {part} within pain-free range, flexion to {deg} deg.",
    "Myofascial release {side} {part}, pt reported decreased tightness.",
    "Retrograde massage {side} hand for edema management.",
  ]
  static let measures: [Phrase] = [
    "TUG {sec} s w/ {dev}.",
    "BBS {bbs}/56.",
    "MMT {side} hip abd {mmt}, knee ext {mmt}.",
    "{side} {part} AROM flex 0-{deg} deg.",
    "5xSTS {sec} s w/o UE.",
    "30s CST {reps} reps.",
    "DGI {dgi}/24.",
    "SLS {side} {sec} s.",
    "MMT shoulder flex {mmt}, grip {wt}0 lbs.",
    "Vitals: HR {hr} bpm, SpO2 {spo2}% RA, RPE {rpe}/20.",
    "Gait speed {gait} m/s.",
    "{side} {part} PROM {deg} deg, end feel firm.",
    "Pain post tx {pain}/10.",
  ]
  static let assessment: [Phrase] = [
    "Pt demonstrates improved eccentric control w/ STS, requiring fewer VCs vs last visit.",
    "Pt remains at fall risk as evidenced by TUG > 13.5 s; skilled PT needed to progress dynamic balance.",
    "Decreased {side} {part} strength limits stair negotiation; pt benefits from graded strengthening.",
    "Pt required skilled cueing {cuefor} during transfers due to impaired safety awareness.",
    "Improved gait endurance, now {dist}' before rest vs {dist}' at eval.",
    "Pt progressing toward STG #{goal}; continues to require {assist} for {task}.",
    "Tone and pain limited tolerance to standing activities today.",
    "Pt able to recall {sets}/3 hip precautions w/o cues, improving carryover.",
    "Good response to progression of resistance, no increase in pain.",
    "Impaired sequencing during {adl} requires skilled OT for task breakdown and cueing.",
    "Pt demonstrates decreased postural sway w/ {bal}, still unable to maintain w/ EC.",
    "Assist level improved from {assist} to {assist} for {task} over past {wk} wks.",
    "Limited by SOB w/ exertion, SpO2 remained >= {spo2}%.",
    "Pt's progress is slower than expected due to {cond} and missed visits.",
    "Pt demonstrates carryover of body mechanics during lifting task.",
    "Pt continues to present w/ impaired balance and gait deficits consistent w/ {cond}.",
    "Skilled intervention required to grade task difficulty and ensure safety during {task}.",
  ]
  static let goals: [Phrase] = [
    "STG #{goal}: pt will amb {dist}' w/ {dev} {assist} in {wk} wks - progressing.",
    "STG #{goal}: pt will perform {task} {assist} to allow safe d/c home - partially met.",
    "LTG #{goal}: pt will negotiate {steps} steps w/ 1 HR mod I to access home - ongoing.",
    "STG #{goal}: pt will complete {adl} {assist} in {wk} wks - progressing.",
    "LTG #{goal}: TUG < 13.5 s to decrease fall risk - not met.",
    "Goal #{goal} (STS w/o UE support) addressed today - progressing.",
    "STG {goal}: BBS >= 45/56 in {wk} wks - progressing.",
    "Addresses LTG #{goal}: return to community amb w/ {dev}.",
    "STG #{goal}: pt will don/doff LB clothing w/ AE {assist} - met.",
    "Working toward LTG {goal}: independent HEP w/ good form.",
  ]
  static let plan: [Phrase] = [
    "Cont POC {freq}; progress gait distance and dynamic balance tasks.",
    "Next visit: progress STS to lower surface, add dual-task gait.",
    "Plan to reassess BBS and TUG at next progress note.",
    "Cont skilled PT {freq} x {wk} wks per POC.",
    "Will progress resistance and add functional lifting next session.",
    "Cont OT {freq} for ADL retraining and UE strengthening.",
    "Update HEP next visit w/ {ex} and {ex}.",
    "Plan: trial {dev} for community distances, caregiver training next visit.",
    "Progress note due in {reps} visits.",
    "Plan to address tub transfer and bathroom safety next visit.",
  ]
  /// Vague boilerplate auditors flag (domain/vocabulary.md §5.8); providers differ in how often they use it.
  static let boilerplate: [Phrase] = [
    "Pt tolerated tx well.", "Tolerated treatment well.", "Cont POC.", "Pt did well today.",
    "Pt is making progress.", "Good session.", "Pt motivated and participated fully.",
    "Continue plan of care.", "No complaints.", "No adverse reaction.",
    "Pt benefits from skilled PT.",
    "See flowsheet for details.", "Same as last visit.", "Ther ex performed per flowsheet.",
    "Worked on balance.", "All questions answered.",
  ]
  /// Stock sentences one provider writes into most of their notes (83 % of templates are personal).
  static let personal: [Phrase] = [
    "Pt educated on importance of HEP compliance to maximize functional outcomes.",
    "Pt verbalized understanding of all education provided today.",
    "Gait belt used throughout session for pt safety.",
    "Pt seen in outpatient gym, session focused on functional mobility per POC.",
    "Vitals monitored throughout session and remained WNL.",
    "Pt was instructed to call clinic w/ any questions or concerns.",
    "Skilled services required to address deficits in strength, balance and functional mobility.",
    "Pt was positioned for comfort and safety at end of session.",
    "Education provided on fall prevention strategies in the home.",
    "Treatment was provided one-on-one with the therapist for the entire session.",
    "Pt's spouse observed session and was instructed in safe guarding technique.",
    "Ice pack applied post session x10 min, skin intact before and after.",
    "Patient consented to treatment after discussion of risks and benefits.",
    "Session modified as needed based on pt response and vitals.",
    "Reviewed precautions at start of session; pt adherent.",
    "Pt encouraged to ambulate daily with family supervision.",
  ]
  /// Whole short notes: too little clinical content to judge a clone by.
  static let shortNotes: [(code: String, phrase: Phrase)] = [
    ("97110", "Ther ex per flowsheet. Pt tolerated well. Cont POC."),
    ("97116", "Pt seen for gait training, amb {dist}' w/ {dev} {assist}. Cont POC."),
    ("97110", "NuStep level {sets}. {ex} {sets}x{reps}. No c/o."),
    ("97110", "Pt cancelled remainder of session due to fatigue after ther ex."),
    ("97110", "HEP reviewed, pt return demo {ex} and {ex} w/ {cue}. Tol well."),
    ("97530", "Ther act: {task} {assist}. Cont per POC."),
    ("97535", "Pt seen for OT, {adl} {assist}. Progressing."),
    ("97110", "Pain {pain}/10. {ex} {sets}x{reps}, {ex} {sets}x{reps}. Tol tx well."),
    ("97112", "Balance training: {bal} {assist}. Cont POC."),
    ("97110", "Pt arrived late; abbreviated session, ther ex only."),
  ]
}
