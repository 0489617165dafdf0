/// Help texts: every option with an example.
enum Help {
  static let commands = ["check", "audit", "lexicon", "units", "history", "config", "help"]

  static let overview = """
    OVERVIEW: Audit physical and occupational therapy notes the way a Medicare reviewer would.

    USAGE: noteaudit <command> [options]

    COMMANDS:
      check [FILE...|-]      Pre-sign check of one or more notes (stdin when no file).
      units CODE=MIN ...     Units the minutes support (CMS total-time or AMA per-code).
      lexicon check [DIR]    Validate lexicon files; each problem as file:line: message.
      config check [FILE]    Validate .noteaudit.json (or FILE).

    OPTIONS:
      -h, --help             Show help (also: noteaudit <command> --help).
      --version              Show the version.

    """

  static let units = """
    USAGE: noteaudit units [--method cms|ama] [--format text|json] CODE=MINUTES ...

    Computes the timed units the minutes support. 'cms' (default) is Medicare's total-time method
    (Pub. 100-04 ch. 5 §20.2): total timed minutes give the units (8-22 = 1, 23-37 = 2, ...), each
    code gets one unit per full 15 minutes, remaining units go to the codes with the most remaining
    minutes, and ties are named as the clinician's choice. 'ama' rounds each code on its own (a unit
    once past 8 minutes). Untimed codes (evaluations 97161-97168, 97150, 97010, 97014) take no timed
    units.

    OPTIONS:
      -m, --method cms|ama   Units method (default cms).
      -f, --format text|json Output format (default text).

    EXAMPLES:
      noteaudit units 97530=23 97110=10
      noteaudit units --method ama --format json 97110=10 97116=10

    """

  static let config = """
    USAGE: noteaudit config check [FILE]

    Validates the configuration (default: .noteaudit.json in the working directory) and prints each
    problem with the key it concerns. Exit status 0 when there is none, 1 otherwise, 3 when the file
    cannot be read. Keys are documented in Docs/Configuration.md.

    """

  static let lexicon = """
    USAGE: noteaudit lexicon check [DIR...]

    Validates the lexicon files (*.lex) in each DIR (default: the bundled lexicons) and prints every
    problem as 'file:line: error: message'. Exit status 0 when there is none, 1 otherwise.

    EXAMPLE:
      noteaudit lexicon check ./site-lexicons

    """
}
