"""Validates NoteAudit reports against the published schema (Docs/noteaudit-3.schema.json) with
the jsonschema package (pinned in Tests/Schema/requirements.txt).

    python validate.py SCHEMA REPORT...

A REPORT ending in .jsonl is read line by line as `--format jsonl` writes it: note lines are
validated as `$defs/note`, batch lines (`{"id", "batch"}`) as `$defs/batchNote`, and the last line
as the document's `schema`, `summary` and `errors`; any other REPORT is one `--format json`
document. Dates are checked as dates. Prints each violation as file:line: path: message, then
"N passed, M failed" (counting note, batch and summary objects); exits 1 when any failed or when
there was nothing to validate.
"""
import json
import sys

from importlib.metadata import version
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource


def validators(schema):
    """The whole-document validator and one per definition a JSON Lines line can be."""
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    checker = FormatChecker()

    def make(fragment):
        return Draft202012Validator({"$ref": f"{schema['$id']}{fragment}"}, registry=registry,
                                    format_checker=checker)

    last = {"type": "object", "required": ["schema", "summary", "errors"], "additionalProperties": False,
            "properties": {key: schema["properties"][key] for key in ("schema", "summary", "errors")}}
    return {
        "document": Draft202012Validator(schema, registry=registry, format_checker=checker),
        "note": make("#/$defs/note"),
        "batch": make("#/$defs/batchNote"),
        "last": Draft202012Validator({**last, "$defs": schema["$defs"]}, registry=registry,
                                     format_checker=checker),
    }


def objects(path):
    """Yields (line, kind, object) for each object of a report to validate."""
    if not path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            yield 1, "document", json.load(f)
        return
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, text in enumerate(lines, 1):
        value = json.loads(text)
        if n == len(lines):
            yield n, "last", value
        elif "batch" in value:
            yield n, "batch", {"id": value["id"], **value["batch"]}
        else:
            yield n, "note", value


def main(schema_path, paths):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    checks = validators(schema)
    passed = failed = 0
    for path in paths:
        try:
            found = list(objects(path))
        except (OSError, ValueError) as error:
            print(f"{path}: not a report: {error}")
            failed += 1
            continue
        for line, kind, value in found:
            errors = sorted(checks[kind].iter_errors(value), key=lambda e: list(e.absolute_path))
            for error in errors[:5]:
                where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                print(f"{path}:{line}: {where}: {error.message}")
            if errors:
                failed += 1
            else:
                passed += 1
    print(f"jsonschema {version('jsonschema')}: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
