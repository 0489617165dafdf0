@category objective_measure
measure.tug = TUG <number> (sec|s|seconds) ; note="timed up and go"
measure.mmt = <grade> | MMT <grade>
measure.score = <score>
minutes.timed = <number> (min|mins|minutes) | <number> '
time.clock = <time> - <time>
gait.ambulat = ambulat* <distance>
@remove old.entry
@category vague_phrase
vague.tolerated = tolerated (well|tx well|treatment well) ; suggestion="Describe the response"
