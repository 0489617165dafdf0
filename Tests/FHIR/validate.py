"""Validates FHIR R4 resources with fhir.resources (pinned in Tests/FHIR/requirements.txt).

    python validate.py PATH...

Each PATH is a Bulk Data export folder (every *.ndjson in it), an .ndjson file (one resource a
line) or a .json file (one resource, such as a Bundle, whose entries are validated with it).
Every resource is parsed into its R4 model, which checks element names, types, cardinalities and
required elements. Prints each invalid resource as file:line: type id: errors, then
"N passed, M failed"; exits 1 when any failed or when there was nothing to validate.
"""
import json
import os
import sys

import fhir.resources
from fhir.resources import construct_fhir_element
from pydantic import ValidationError


# Required bindings of the elements NoteAudit reads or writes, which the model library does not
# check (it validates element names, types, cardinalities and required elements, not codes).
REQUIRED_CODES = {
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
    ("Claim", "status"): {"active", "cancelled", "draft", "entered-in-error"},
    ("Claim", "use"): {"claim", "preauthorization", "predetermination"},
    ("ExplanationOfBenefit", "status"): {"active", "cancelled", "draft", "entered-in-error"},
    ("ExplanationOfBenefit", "outcome"): {"queued", "complete", "error", "partial"},
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                              "entered-in-error", "unknown"},
}


def code_errors(data):
    """The required-binding violations of a resource and of the resources in its entries."""
    errors = []
    kind = data.get("resourceType")
    for (k, element), codes in REQUIRED_CODES.items():
        if k == kind and element in data and data[element] not in codes:
            errors.append(f"{element} '{data[element]}' is not in its required value set")
    for entry in data.get("entry", []) if kind == "Bundle" else []:
        errors += code_errors(entry.get("resource", {}))
    return errors


def resources(path):
    """Yields (origin, resource dict) for every resource in path."""
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if n.lower().endswith(".ndjson"))
        for name in names:
            yield from resources(os.path.join(path, name))
    elif path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as f:
            yield f"{path}:1", json.load(f)
    else:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield f"{path}:{number}", json.loads(line)


def main(paths):
    assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__
    passed = failed = 0
    kinds = {}
    for path in paths:
        for origin, data in resources(path):
            kind = data.get("resourceType", "?")
            try:
                construct_fhir_element(kind, data)
                codes = code_errors(data)
                if codes:
                    raise ValueError("\n" + "; ".join(codes))
                passed += 1
                kinds[kind] = kinds.get(kind, 0) + 1
            except (ValidationError, LookupError, ValueError, TypeError) as error:
                failed += 1
                detail = "; ".join(str(error).splitlines()[1:])[:500]
                print(f"{origin}: {kind} {data.get('id', '')}: {detail}")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"FHIR R4 {fhir.resources.__fhir_version__} (fhir.resources {fhir.resources.__version__}): {summary}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
