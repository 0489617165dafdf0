/// Help texts: every option with an example.
enum Help {
  static let commands = [
    "check", "audit", "lexicon", "units", "history", "config", "lsp", "native-host", "shard",
    "help",
  ]

  static let overview = """
    OVERVIEW: Audit physical and occupational therapy notes the way a Medicare reviewer would.

    USAGE: noteaudit <command> [options]

    COMMANDS:
      check [FILE...|-]      Pre-sign check of one or more notes (stdin when no file).
      audit PATH...          Batch audit of folders, .jsonl, .csv or FHIR exports, with clones.
      units CODE=MIN ...     Units the minutes support (CMS total-time or AMA per-code).
      lexicon check [DIR]    Validate lexicon files; each problem as file:line: message.
      lexicon compile [DIR]  Save the compiled lexicons beside them, for faster starts.
      config check [FILE]    Validate .noteaudit.json (or FILE).
      history stats FILE     What a history store holds (notes, patients, dates, runs, size).
      history prune --before DATE FILE
                             Drop fingerprints of notes dated before DATE (YYYY-MM-DD).
      lsp                    Language server (LSP over stdio) for editors: live diagnostics.
      native-host [install]  The browser extension's host (stdio); 'install' registers it.
      shard analyze|batch    The map and batch steps of a Spark job (JSON Lines on stdio).

    OPTIONS:
      -h, --help             Show help (also: noteaudit <command> --help).
      --version              Show the version.

    """

  static let sharedOptions = """
      -f, --format FORMAT     text (default), json, jsonl, csv, markdown or html. Notes are
                              written as they are checked; what only the whole batch can tell
                              (clones, visit sequences) follows them, naming each note.
      -o, --output FILE       Write the report to FILE (created 0600, atomically: a killed run
                              leaves no half report). Default: standard output.
      --fail-under MARK       Pass mark: strong, adequate (default) or weak, or a score 0-100.
                              A note below it makes the exit status 1.
      -l, --lexicons DIR      Add a site lexicon folder (repeatable; overrides entries by id).
      -c, --config FILE       Configuration (default: .noteaudit.json in this folder, if any).
      --input-format FORMAT   text, jsonl, csv or fhir (default: from the file extension, and for
                              FHIR from the content: a folder of .ndjson FHIR resources, a
                              .ndjson file of them, or a Bundle .json).
      --max-note-bytes N      Analyse at most N bytes of a note (default 1048576); longer notes
                              get a 'note.truncated' finding.
      --evidence-context      Trace each piece of evidence in json and jsonl: its line, column,
                              lexicon entry and 40 bytes of the note around it, and the evidence
                              behind each code's fit score (default: the matched words and their
                              byte offsets; the html report always shows context).
      --evidence-limit N      Write at most N pieces of evidence per element (and per code) in
                              json and jsonl, with a count of the rest (default 1; 0: every piece).
      --suggestions           Write each finding's suggestion in json and jsonl (default: rule,
                              severity, message and place; text and html always show it).
      --include-text          Put each note's full text in the report (default: never).
      --redact                Replace evidence text with its element kind; never write note text.
      --color WHEN            auto (default: on a terminal, unless NO_COLOR is set), always, never.
      --units-method M        cms (Medicare total-time, default) or ama (per-code) for minutes vs
                              units; .noteaudit.json can set it per payer.
      -j, --workers N         Threads (default: every core).
      -h, --help              Show this help.

    EXIT STATUS:
      0 every note passes, 1 some note is under the pass mark, 2 usage error,
      3 some input could not be read or parsed (3 wins over 1).
    """

  static let check = """
    USAGE: noteaudit check [options] [FILE...|-]

    Checks notes before you sign them: each element a reviewer looks for (functional task, minutes,
    assist level, cueing, goal link, objective measure, patient response, skilled intervention),
    vague phrases, code fit and minutes vs units, as compiler-style diagnostics with suggestions.
    Reads each FILE as one note, or standard input when there is none (or '-').

    OPTIONS:
    \(sharedOptions)
      --clones                Also compare the notes given with one another.
      --explain               List every lexicon hit on stderr (line:column, category, entry id,
                              text, and the context that stops it counting: negated,
                              hypothetical, historical, other_person, reported, home_program;
                              a section word that is not a header where it stands says so).

    EXAMPLES:
      noteaudit check note.txt
      pbpaste | noteaudit check
      noteaudit check --format json --fail-under 80 note.txt

    """

  static let audit = """
    USAGE: noteaudit audit [options] PATH...

    Audits a batch: folders of .txt notes (recursive; id = relative path), JSON Lines or CSV files
    (fields id, text, patient_id, date, discipline, visit, provider, clinic, payer, cpt), a FHIR R4
    Bulk Data export (a folder of .ndjson files, one DocumentReference a note, claim lines from
    Claim/ExplanationOfBenefit by encounter; or a Bundle .json; Docs/FHIR.md), or '-'.
    Finds cloned notes (copy-forward, cross-patient) without flagging shared clinic templates.
    Malformed records are reported as file:line: message and skipped; the rest of the batch runs.

    OPTIONS:
    \(sharedOptions)
      --no-clones             Skip clone detection (then memory keeps only the notes in flight
                              and a few bytes a dated note for the visit-sequence checks).
      --clone-threshold X     Similarity (0-1) at which two notes are clones (default 0.8).
      --history FILE          Keep fingerprints (never text) and note ids in this SQLite store
                              and check tonight's notes against earlier runs; a clone of an
                              earlier note names it (id, date, "earlier_run": true).
      --history-ids MODE      plain (a new store's default: ids kept as given) or keyed (only a
                              keyed hash of each id; switching erases the ids stored). Default:
                              the store's mode.
      -q, --quiet             No progress line on stderr.
      --explain               List every lexicon hit of every note on stderr (see 'check --help').

    EXAMPLES:
      noteaudit audit SampleNotes/ --format html --output report.html
      noteaudit audit tonight.jsonl --format jsonl --output tonight.report.jsonl --history audit.db
      noteaudit audit export/ --format jsonl --history audit.db --history-ids keyed
      noteaudit audit export.csv --format csv --fail-under weak

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

  static let shard = """
    USAGE: noteaudit shard analyze [options] < envelopes.jsonl > analysed.jsonl
           noteaudit shard batch|plan|templates|verify|links [options] < in.jsonl > out.jsonl
           noteaudit shard weigh --context FILE [options] < facts.jsonl > weighed.jsonl
           noteaudit shard history --history DIR [--history-ids plain|keyed]

    The steps of a distributed audit (Docs/ShardProtocol.md has every line's fields), for a
    cluster job, not for people: JSON Lines in on stdin, out on stdout.

    analyze   Each input line an envelope: {"row": N, "source": FILE, "line": L, "record": "<JSON
              text of a record>"} or {..., "fields": {"<CSV header>": "<cell>", ...}}, or
              N<TAB>L<TAB>"FILE"<TAB><the record's JSON Lines line as read>. Each output
              line {"row", "id", "passes", "report", "facts", "patient", "clinic", "provider"}:
              the note's line of 'audit --format jsonl' and what the batch steps need of it; or
              {"row", "error"} for a record that cannot be read, worded as 'audit' words it.
              --answers tabs: N<TAB>{"id", "passes", "patient", "clinic", "provider"}<TAB>FACTS
              <TAB><the report line, raw> instead, or N<TAB>{"error"}<TAB><TAB>.
    batch     Each input line {"row": N, "facts": "..."} from 'analyze', in any order. Output: the
              batch lines of 'audit --format jsonl' ({"id", "batch"}), then one
              {"clone_group": {...}} line per clone group. The whole batch in one process.

    The clone search in steps, for a batch too large for one process:
    plan      No input; one line with the sample sizes, caps and bands the cluster plans by.
    templates The sampled notes' {"row", "facts", "global", "clinic", "provider"} (their
              patients' ranks in each sample); one line {"context": ...}.
    weigh     --context FILE (the 'templates' line). Each {"row", "facts"}; out each note's
              {"row", "judged", "patient", "bands", "content", "meta"}.
    verify    --patients N (the batch's patients). Each candidate {"a", "b", "mode", "first",
              "second"}; out {"a", "b", "pair"} for each clone.
    links     One connected component a line, {"group", "notes", "pairs"}; out each note's
              {"id", "clones", "findings"} and the {"clone_group": ...}.

    A history table (a job's --history DIR):
    history   --history DIR [--history-ids plain|keyed]. Opens or makes the table and its key
              (DIR.key, 0600); one line {"scheme", "ids", "erases_ids", "metadata"}.
    --history-key FILE --history-ids MODE on analyze, batch, templates, weigh: key tonight's notes
              with the table's key; batch and templates also read {"earlier": ROW} and
              {"template": ROW} lines and write tonight's {"history": ROW} and
              {"history_template": ROW}; weigh adds each note's row; verify takes mode history.

    OPTIONS (as for 'audit'):
      -c, --config FILE, -l, --lexicons DIR, --fail-under MARK, --units-method cms|ama,
      --max-note-bytes N, --evidence-limit N, --evidence-context, --suggestions, --include-text,
      --redact, -j, --workers N, --no-clones, --clone-threshold T

    EXIT STATUS: 0 every line handled (a bad record is an "error" line, not a failure); 2 usage;
    3 the input is not the protocol's or the lexicons, configuration or context cannot be read:
    the cluster should fail the task and retry it.

    """

  static let history = """
    USAGE: noteaudit history stats FILE
           noteaudit history prune --before YYYY-MM-DD FILE

    A history store (made by 'noteaudit audit --history FILE') keeps keyed fingerprints of earlier
    runs' notes, never their text, so tonight's clone check sees earlier nights, and each note's id
    unless it was made or switched with '--history-ids keyed' ('stats' shows the mode). Its secret
    key is FILE.key (0600); without it the store cannot be read or matched. A store of an earlier
    version is migrated when opened (its whole-note hashes keyed; a version-1 store keeps its keyed
    mode); older versions of noteaudit cannot open it after that.

    EXAMPLES:
      noteaudit history stats audit.db
      noteaudit history prune --before 2025-01-01 audit.db

    """

  static let config = """
    USAGE: noteaudit config check [FILE]

    Validates the configuration (default: .noteaudit.json in the working directory) and prints each
    problem with the key it concerns. Exit status 0 when there is none, 1 otherwise, 3 when the file
    cannot be read. Keys are documented in Docs/Configuration.md.

    """

  static let lexicon = """
    USAGE: noteaudit lexicon check [DIR...]
           noteaudit lexicon compile [DIR...]

    check validates the lexicon files (*.lex) in each DIR, layered on the bundled lexicons, and
    prints every problem as 'file:line: error: message'. Exit status 0 when there is none, 1
    otherwise.

    compile does the same and saves the compiled lexicon in the last folder as .compiled-lexicon,
    which this noteaudit reads on later starts with the same folders instead of compiling the
    patterns (a one-note check about a third faster). It is used only while neither the lexicon files
    nor the noteaudit binary have changed; after an edit or an upgrade the patterns are compiled
    again (same answers, slower start) until compile is run again. 'lexicon check' says when the
    image is out of date. Exit status as check; 3 when the image cannot be written.

    EXAMPLES:
      noteaudit lexicon check ./site-lexicons
      noteaudit lexicon compile                   # after installing or upgrading noteaudit

    """

  static let lsp = """
    USAGE: noteaudit lsp [--lexicons DIR] [--config FILE] [--max-note-bytes N] [--debounce-ms MS]

    A Language Server Protocol 3.17 server on standard input and output, for any LSP editor
    (VS Code, Neovim, Zed, Sublime, Emacs): every finding of 'noteaudit check' as a diagnostic
    while you type, the verdict (grade, score, missing elements) as a diagnostic on the first
    line, hover on a detected element for its kind and context, and quick fixes that insert a
    minutes, total time, goal or assist line. Nothing leaves the machine and nothing is written;
    the editor starts and stops the server. See README 'Editors'.

    OPTIONS:
      -l, --lexicons DIR      Add a site lexicon folder (repeatable).
      -c, --config FILE       Configuration (default: .noteaudit.json in the working folder).
      --max-note-bytes N      Analyse at most N bytes of a note (default 1048576).
      --debounce-ms MS        Wait MS after the last keystroke before re-checking (default 150).
      --rules-url URL         Where a diagnostic's rule link points (default: Docs/Rules.md).
      --stdio                 Accepted and ignored (editors pass it); stdio is the only transport.

    A message longer than six times the note limit plus 64 KiB (what a note at the limit can take
    once escaped as JSON) is skipped and answered with an error; the server goes on. It ends when
    the editor sends 'exit' or closes its input.

    """

  static let nativeHost = """
    USAGE: noteaudit native-host
           noteaudit native-host install [--browser chromium|chrome] [--user-data-dir DIR]
                                         [--extension-id ID] [--print]

    The host of the NoteAudit browser extension (Extensions/chromium): Chrome's Native Messaging
    over standard input and output, started by the browser. 'install' writes the host manifest
    (the only file it writes) for the extension's fixed id: ~/.config/chromium or
    ~/.config/google-chrome on Linux, ~/Library/Application Support/Chromium or
    .../Google/Chrome on macOS, or DIR/NativeMessagingHosts for a profile started with
    --user-data-dir DIR. --print shows the manifest instead.

    EXAMPLES:
      noteaudit native-host install
      noteaudit native-host install --browser chrome

    """
}
