#!/usr/bin/env python3
"""The usual alternative to iki: a short openpyxl script that opens every filled workbook,
reads the named input cells (iki_<element_id>) and sums them per element and triwulan.

Usage: python3 bench/baseline_openpyxl.py ARCHIVE_DIR [YEAR]
Prints a JSON object {element_id: {"TW1": total, ...}} and the number of workbooks read.
It does no validation beyond skipping non-numbers: it is the floor a hand-written script sets.
"""
import json
import os
import sys

import openpyxl


def read_meta(wb):
    ws = wb["_iki"]
    return {row[0].value: row[1].value for row in ws.iter_rows(min_col=1, max_col=2) if row[0].value}


def defined_names(wb):
    # openpyxl 3.0 (Debian's) keeps a list; 3.1 a dict.
    names = wb.defined_names
    if hasattr(names, "items"):
        return list(names.items())
    return [(dn.name, dn) for dn in names.definedName]


def main():
    root = sys.argv[1]
    year = sys.argv[2] if len(sys.argv) > 2 else None
    totals = {}
    count = 0
    for dirpath, _dirs, files in os.walk(root):
        if "replaced" in dirpath.split(os.sep):
            continue
        for name in sorted(files):
            if not name.endswith(".xlsx"):
                continue
            wb = openpyxl.load_workbook(os.path.join(dirpath, name), data_only=True)
            meta = read_meta(wb)
            if year and str(meta.get("year")) != year:
                continue
            tw = "TW%s" % meta.get("quarter")
            count += 1
            for dn_name, dn in defined_names(wb):
                if not dn_name.startswith("iki_") or dn_name.startswith("iki_note_"):
                    continue
                for sheet, ref in dn.destinations:
                    value = wb[sheet][ref.replace("$", "")].value
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        per = totals.setdefault(dn_name[4:], {})
                        per[tw] = per.get(tw, 0) + value
    print(json.dumps({"workbooks": count, "totals": totals}, sort_keys=True))


if __name__ == "__main__":
    main()
