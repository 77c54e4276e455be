#!/usr/bin/env python3
# Runs data-to-insight's csc-validator-be-cin (MIT; github.com/data-to-insight/csc-validator-be-cin)
# on a CIN census XML file and prints, as JSON, the children each rule flags and the rules it
# raised for the whole return:  { "rules": { "<code>": ["<LAchildID>", ...] }, "council": ["<code>", ...] }
# Usage: runCin.py VALIDATOR_DIR RULESET FILE.xml   (RULESET e.g. cin2025_26)
import contextlib
import importlib
import json
import logging
import sys
import xml.etree.ElementTree as ET

validator_dir, ruleset, census = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, validator_dir)
logging.disable(logging.CRITICAL)

from cin_validator import cin_validator  # noqa: E402

with contextlib.redirect_stdout(sys.stderr):
    data = cin_validator.process_data(cin_validator.convert_data(ET.parse(census).getroot()))
    registry = getattr(importlib.import_module(f"cin_validator.rules.{ruleset}"), "registry")
    validator = cin_validator.CinValidator(data, registry)

found = {}
for row in validator.full_issue_df.itertuples():
    found.setdefault(str(row.rule_code), set()).add(str(row.child_id))
council = sorted({str(code) for code in validator.multichild_issues["rule_code"]})
print(json.dumps({"rules": {code: sorted(children) for code, children in found.items()}, "council": council}))
