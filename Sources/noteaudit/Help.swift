/// Help texts: every option with an example.
enum Help {
  static let commands = ["check", "audit", "lexicon", "units", "history", "config", "help"]

  static let overview = """
    OVERVIEW: Audit physical and occupational therapy notes the way a Medicare reviewer would.

    USAGE: noteaudit <command> [options]

    COMMANDS:
      check [FILE...|-]      Pre-sign check of one or more notes (stdin when no file).
      lexicon check [DIR]    Validate lexicon files; each problem as file:line: message.

    OPTIONS:
      -h, --help             Show help (also: noteaudit <command> --help).
      --version              Show the version.

    """

  static let lexicon = """
    USAGE: noteaudit lexicon check [DIR...]

    Validates the lexicon files (*.lex) in each DIR (default: the bundled lexicons) and prints every
    problem as 'file:line: error: message'. Exit status 0 when there is none, 1 otherwise.

    EXAMPLE:
      noteaudit lexicon check ./site-lexicons

    """
}
