#!/bin/sh
# The README's pictures of the laporan (issue 12), from the bundled example with a signature in iki.yaml:
#   docs/laporan-ringkasan.png  the first page of the workbook as LibreOffice prints it (Ringkasan)
#   docs/laporan-pdf.png        the first page of `iki report --pdf` (the cover with the kop)
#   docs/laporan-grafik.png     the workbook's Grafik page (its native charts, drawn by LibreOffice)
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Usage: sh docs/make-pictures.sh
# LibreOffice prints in the Indonesian locale, as on the office computers: 65,22 and 1.234.
set -eu
cd "$(dirname "$0")/.."
npm run build >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r fixtures/workspace "$tmp/ws"
cat > "$tmp/ws/iki.yaml" <<'YAML'
format: iki-config/1
laporan:
  tempat: Gresik
  tanggal: 2018-01-20
  penandatangan:
    jabatan: KEPALA DINAS TENAGA KERJA
    nama: Drs. BUDI SANTOSO, M.Si
    pangkat: Pembina Utama Muda
    nip: 19650101 199003 1 007
YAML
IKI_LANG=id node bin/iki.js report --year 2017 --pdf --workspace "$tmp/ws" >/dev/null 2>&1
LC_ALL=id_ID.UTF-8 LANG=id_ID.UTF-8 soffice "-env:UserInstallation=file://$tmp/profile" --headless --norestore --convert-to pdf --outdir "$tmp/lo" "$tmp/ws/reports/IKI_2017_laporan.xlsx" >/dev/null 2>&1
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/lo/IKI_2017_laporan.pdf" docs/laporan-ringkasan
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/ws/reports/IKI_2017_laporan.pdf" docs/laporan-pdf
# The Grafik sheet's first page: the page whose text starts with its title.
page=$(pdftotext -layout "$tmp/lo/IKI_2017_laporan.pdf" - | awk 'BEGIN{RS="\f"} /Grafik — Tahun 2017/ {print NR; exit}')
pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$tmp/lo/IKI_2017_laporan.pdf" docs/laporan-grafik
echo "wrote docs/laporan-ringkasan.png docs/laporan-pdf.png docs/laporan-grafik.png"
