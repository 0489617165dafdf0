# assist levels
@category assist_level
@set level=CGA
assist.cga = contact guard assist | contact guard assistance | contact-guard | CGA
           | steadying assist | hands on guarding
assist.min = (minimal|minimum|min) (assist|assistance|asst|A) | minA ; level=MIN_ASSIST
