#!/usr/bin/env python3
"""Fill workbooks the way a script or another tool does: open each with openpyxl, type every named
iki cell's value again, save to OUT_DIR (same file name). Used by bench/bench.mjs for the "filled by
openpyxl" corpus: openpyxl writes its own shapes (inline or shared strings, no cached formulas).

Usage: python3 bench/refill_openpyxl.py OUT_DIR FILE...
"""
import os
import sys

import openpyxl


def defined_names(wb):
    names = wb.defined_names
    if hasattr(names, "items"):
        return list(names.items())
    return [(dn.name, dn) for dn in names.definedName]


out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for path in sys.argv[2:]:
    wb = openpyxl.load_workbook(path)
    for name, dn in defined_names(wb):
        if not name.startswith("iki_"):
            continue
        for sheet, ref in dn.destinations:
            cell = wb[sheet][ref.replace("$", "")]
            cell.value = cell.value
    wb.save(os.path.join(out, os.path.basename(path)))
