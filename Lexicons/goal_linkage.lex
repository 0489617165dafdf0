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
# A plan-of-care goal named as the aim of the work ("(plan of care) functional goal", "pt's goal of").
goal.named = (functional|POC|plan of care) goal | (pt's|patient's|pt|patient) goal (of|to|is)
           | (to|toward|towards) (achieve|meet|reach|attain|accomplish) [pt's|patient's|her|his|the|an|established|stated|functional] (goal|goals|STG|LTG|STGs|LTGs)

# --- Purpose clauses (FunctionalLinks) --------------------------------------------------------------
# A purpose links the work to a goal when a functional outcome follows it within 6 words in its
# statement (a functional task, or a `functional_outcome` below): "to improve safety w/ bathroom
# transfers", "in order to return home", "so pt can get in/out of her car". A purpose that names only
# an impairment ("to improve strength", "to increase ROM", "to improve balance") links nothing.
# The purpose also makes what it names the aim, not work done (a hypothetical trigger reaching 6
# words, stopped by a comma): in "balance tasks to improve safe transfers" the transfers are the goal.
@category goal_purpose
@set direction=forward scope=6 ends=comma targets=functional_task,timed_minutes,assist_level,cueing,objective_measure,patient_response,skilled_intervention,code_signal
purpose.improve = to (improve|increase|decrease|reduce|promote|facilitate|maximize|maximise|restore|normalize|address|enhance|optimize|regain|progress|advance|minimize|prevent|ensure|prepare for|progress toward|progress towards|work toward|work towards)
                | for (improved|increased|decreased|reduced|safe|safer|safety|independence|independent|indep|modified independence|return to|improved safety|a safe|safe and independent) | to (safely|independently)
purpose.achieve = to (achieve|meet|reach|attain|accomplish|return|resume|allow|enable|permit) | in order to | so that [pt|patient|he|she|they|the pt|the patient|child] [can|will|may|is able to|could]
                | so (pt|patient|he|she|they|child) (can|will|may|is able to|could) | allowing | enabling | to let (pt|patient|him|her) | (with|w/) [the] goal (of|to) | goal (of|is to|being)
# Functional outcomes a purpose can name besides the tasks themselves (functional_tasks.lex).
@category functional_outcome
outcome.place = (home|household|community|work|job|school|class|classroom|church|store|grocery store|car|vehicle|bathroom|kitchen|bedroom|apartment|house|stairs at home|home entry|playground|daycare|sports|sport|golf|tennis|running|gardening|driving|hunting|fishing|travel|vacation|duty|full duty|light duty|PLOF|prior level|prior level of function|baseline)
              | (home|community|household|work|school|leisure|recreational|social|play) (activities|tasks|roles|participation|access|mobility|distances|reintegration|re entry|entry|management|environment|demands|duties|skills)
              | (return|returning|RTW|return to work|return to sport|RTS|discharge|d/c|DC) [home|to home|to work|to school|to sport|to PLOF] | living alone | independent living | live alone | live independently | stay at home | remain at home | age in place
outcome.safety = (fall|falls) [risk|prevention] | risk of falls | fall risk | falling | (caregiver|care giver|CG) burden | burden of care | (level|amount) of (assist|assistance|care) | assist level | need for assist* | (safety|safe|safely|independence|independent|independently|indep) (at|in|with|during|for|to) (home|community|work|school|ADLs|IADLs|self care|tasks|mobility|household tasks)
                | ADLs | ADL | IADLs | IADL | self care | function at home | daily activities | daily tasks | activities of daily living | job demands | job tasks | work tasks | work demands | occupational demands | (carry|carrying|lift|lifting|hold|holding) (grandchild|grandchildren|child|baby|infant|groceries|laundry)
