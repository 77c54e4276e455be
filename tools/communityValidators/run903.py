#!/usr/bin/env python3
# Runs data-to-insight's csc-validator-be-903 (MIT; github.com/data-to-insight/csc-validator-be-903)
# on a folder of SSDA903 CSV files and prints, as JSON, each rule's flagged rows:
#   { "rules": { "<code>": { "<table>": [<1-based data row>, ...] } }, "skipped": [...], "failed": [...] }
# Usage: run903.py VALIDATOR_DIR RULESET YEAR_DIR [PREVIOUS_DIR]   (RULESET e.g. lac2025_26)
# Used by tools/communityValidators/compare.ts; Debian's python3-pandas runs it.
import contextlib
import copy
import importlib
import json
import logging
import os
import sys
from pathlib import Path

validator_dir, ruleset, year_dir = sys.argv[1], sys.argv[2], sys.argv[3]
previous_dir = sys.argv[4] if len(sys.argv) > 4 else None
sys.path.insert(0, str(Path(__file__).parent / "shims"))
sys.path.insert(0, validator_dir)
logging.disable(logging.CRITICAL)

from lac_validator.datastore import create_datastore  # noqa: E402
from lac_validator.ingress import read_from_text  # noqa: E402


def uploads(folder, description):
    return [
        {"name": path.name, "file_content": path.read_bytes(), "description": description}
        for path in sorted(Path(folder).glob("*.csv"))
    ]


files = uploads(year_dir, "This year") + (uploads(previous_dir, "Prev year") if previous_dir else [])
dfs, extras = read_from_text(raw_files=files)
first_year = int(ruleset[3:7])
metadata = {"collectionYear": f"{first_year + 1}", "localAuthority": os.environ.get("HARBOUR_LA_CODE", "E06000051")}
metadata.update(extras)
store = create_datastore(dfs, metadata)


def fresh_copy(store):
    # The validator's own copy_datastore is shallow: a rule that fills in a column in place (365 fills
    # blank DECs with the year's end) changes what every later rule reads. Each rule gets its own copy
    # here, so each is judged on the files as given.
    return {key: value.copy(deep=True) if key != "metadata" else copy.deepcopy(value) for key, value in store.items()}

registry = getattr(importlib.import_module(f"lac_validator.rules.{ruleset}"), "registry")

found, skipped, failed = {}, [], []
for code, rule in registry.items():
    try:
        # Some rules print as they run: only the JSON goes to stdout.
        with contextlib.redirect_stdout(sys.stderr):
            result = rule.func(fresh_copy(store))
    except Exception as error:  # a rule that cannot run on these files
        failed.append({"rule": str(code), "error": f"{type(error).__name__}: {error}"[:200]})
        continue
    if result == {}:
        skipped.append(str(code))
        continue
    found[str(code)] = {
        table: sorted({int(row) + 1 for row in rows if row == row}) for table, rows in result.items() if len(rows)
    }
print(json.dumps({"rules": found, "skipped": skipped, "failed": failed}))
