# Fill a template as a person would in Excel: each value into the cell of its defined name.
# argv: template, output, JSON object {name: value}; a JSON string is typed as text ("82,75").
import json, sys, openpyxl
src, dst, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for name, v in values.items():
    sheet, ref = next(wb.defined_names[name].destinations)
    wb[sheet][ref.replace('$', '')].value = v
wb.save(dst)
