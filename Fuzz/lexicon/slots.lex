@category objective_measure
measure.tug = TUG <num> (sec|s|seconds) ; note="timed up and go"
measure.mmt = <grade> | MMT <grade>
measure.score = <score>
minutes.timed = <num> (min|mins|minutes) | <num> '
time.clock = <time> - <time>
measure.weight = <num> \# | \<\> | \(x\)
gait.ambulat = ambulat* <int> (ft|feet|')
@remove old.entry
@category vague_phrase
vague.tolerated = tolerated (well|tx well|treatment well) ; suggestion="Describe the response"
