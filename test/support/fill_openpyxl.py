# Fill a template's named cells with openpyxl, as a script or another tool fills them.
#   python3 fill_openpyxl.py IN.xlsx OUT.xlsx '{"iki_x": 12, "iki_note_y": "  teks  ", "iki_z": "=5+7", "iki_d": "date:2017-03-12"}'
import datetime, json, sys
import openpyxl

src, dst, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
dn = wb.defined_names
names = {d.name: d.attr_text for d in (dn.definedName if hasattr(dn, 'definedName') else dn.values())}
for name, v in values.items():
    sheet, ref = names[name].split('!')
    if isinstance(v, str) and v.startswith('date:'):
        v = datetime.datetime.fromisoformat(v[5:])
    wb[sheet.strip("'")][ref.replace('$', '')] = v
wb.save(dst)
