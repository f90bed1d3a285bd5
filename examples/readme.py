import sakip
from decimal import Decimal

rencana = sakip.Rupiah.parse("Rp 88.799.000,00")  # Tabel 3.3.9, program 02
realisasi = sakip.Rupiah.parse("85.563.728")
serapan = sakip.percent(realisasi.value, rencana.value)  # exact, half-up
print(rencana, "->", serapan, "%")  # the LKjIP printed 96,35
assert serapan == Decimal("96.36")  # a decimal.Decimal
print(realisasi.terbilang(capitalize=True))
parts = sakip.allocate(sakip.Rupiah(100), [1, 1, 1])  # never loses a sen
print([str(p) for p in parts], sum(p.sen for p in parts))
