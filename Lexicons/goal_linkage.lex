# Links between today's activity and a plan-of-care goal (vocabulary.md §5.6): goal ids, progress
# toward goals, goal status, and purpose statements that name a function.
# Goal language is goal language by nature: the extractor drops it only when negated, so a Goals
# section or a `LTG:` trigger does not remove these hits.
# `#` starts a comment after a space, so the literal is written `\#`.

@category goal_linkage
goal.id = (STG|LTG|STGs|LTGs|short term goal|long term goal|short term goals|long term goals|goal|goals|functional goal|OT goal|PT goal) [\#|no|number] <int> [and <int>|\& <int>]
        | (STG|LTG|goal) \# | (goals|STGs|LTGs) <int>
goal.progress = (toward|towards|to|re|regarding|for|addressing|addresses|address|address'g|targets|targeting|supports|supporting|working on|working toward|working towards|progressing toward|progressing towards|progress toward|progress towards|progress to|progress on|progress with|progressing to|relates to|related to|linked to) [pt's|patient's|pt|the|her|his|established|stated|functional|POC] (goal|goals|STG|LTG|STGs|LTGs|short term goal|long term goal|short term goals|long term goals)
              | (goal|goals|STG|LTG) (progress|progression|status|review|reviewed|update|updated|reassessed)
goal.status = (goal|goals|STG|LTG|STGs|LTGs) [\#] [<int>] [is|are|was|:] (met|partially met|not met|not yet met|progressing|ongoing|revised|discontinued|achieved|deferred|in progress|continued|continue|upgraded|modified|met today|partly met)
            | (met|achieved|partially met) (STG|LTG|goal|goals) | goal met | goals met
goal.purpose = in order to | so that (pt|patient|he|she|they) (can|will|may|is able to) | (to|will) (allow|enable|permit) (pt|patient|him|her|return|safe|independent|safer|for) | to enable
             | (to|for) (return|returning) to (work|home|PLOF|prior level|community|driving|sport|sports|golf|gardening|church|school|full duty|independent living)
             | to (safely|independently) | (for|to improve|to increase|to promote|to facilitate|to maximize|to restore|improve|increase|promote|toward) (safe|safer|safety with|safety during|independence with|independence in|independent|indep) 
             | (for|with|during|in) (household|community|home) (ambulation|mobility|distances|tasks|access|entry|negotiation)
             | (to|in order to) (reduce|decrease|lower|minimize) (fall risk|risk of falls|falls|caregiver burden|burden of care|level of assist|assist level|assistance)
             | (functional|POC|plan of care) goal | (pt's|patient's|pt|patient) goal (of|to|is)
