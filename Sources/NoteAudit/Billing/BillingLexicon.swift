/// The billing vocabulary the minutes parser needs, in lexicon format (Docs/LexiconFormat.md).
///
/// Used only when the loaded lexicon has no `code_name` or `timed_minutes` entries, so a site can
/// replace every term by shipping these categories in a `.lex` file; this text is meant to move to
/// `Lexicons/billing.lex` once the bundled lexicons carry it.
public enum BillingLexicon {
  public static let text = """
    @category code_name
    billing.97530 = 97530 | ther act | ther acts | therapeutic (activity|activities) | TherAct | TA ; code=97530
    billing.97110 = 97110 | ther ex | therex | therapeutic exercise | therapeutic exercises | TE ; code=97110
    billing.97112 = 97112 | NMR | NMRE | neuromuscular (re education|reeducation|re ed) | neuro re ed ; code=97112
    billing.97116 = 97116 | gait (training|trng|trg|tr) ; code=97116
    billing.97140 = 97140 | manual therapy | MT ; code=97140
    billing.97535 = 97535 | self care | self care training | ADL training | ADL trng ; code=97535
    billing.97150 = 97150 | group therapy ; code=97150
    billing.97035 = 97035 | ultrasound ; code=97035
    billing.97032 = 97032 | attended e stim | e stim attended ; code=97032
    billing.97750 = 97750 | physical performance test ; code=97750

    @category timed_minutes
    minutes.word = <num> (min|mins|minute|minutes|mn)
    minutes.prime = <num> '

    @category total_timed_label
    label.total_timed = total timed [treatment|tx|code] [minutes|min|mins|time] | timed (minutes|mins|min|code minutes|treatment) | TTM

    @category total_time_label
    label.total_time = total (treatment|tx|therapy|session) [time] | total time | TTT

    @category time_in_label
    label.time_in = time in | in | start | start time

    @category time_out_label
    label.time_out = time out | out | end | stop | end time

    @category not_treatment_time
    not_time.rest = (rest|rested|resting|break|seated rest) <num> (min|mins|minute|minutes)
                  | <num> (min|mins|minute|minutes) (rest|break|seated rest)
    """

  /// `text` compiled once.
  public static let lexicon: Lexicon = LexiconLoader.compile(text: text, file: "<billing>").lexicon
}
