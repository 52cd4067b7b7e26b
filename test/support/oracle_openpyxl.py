# The oracle of test/oracle-openpyxl.test.ts: every cell openpyxl reads with a value, as JSON.
#   python3 oracle_openpyxl.py FILE...  ->  {file: {sheet: {ref: value}}}
# data_only=True: a formula is its cached value, as iki reads it. openpyxl 3.0 does not decode Excel's
# _xHHHH_ escapes in text (only _x005F_), which the specification defines: decoded here, so the
# comparison is with the text as Excel shows it.
import datetime, json, re, sys
import openpyxl

ESC = re.compile(r'_x([0-9A-Fa-f]{4})_')

def value(cell):
    v = cell.value
    if cell.data_type == 'e':
        return {'error': v}
    if isinstance(v, bool):
        return v
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {'date': v.isoformat()[:10]}
    if isinstance(v, datetime.time):
        return {'time': v.isoformat()}
    if isinstance(v, str):
        return ESC.sub(lambda m: chr(int(m.group(1), 16)), v)
    return v

out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f, data_only=True)
    out[f] = {ws.title: {c.coordinate: value(c) for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}
print(json.dumps(out))
