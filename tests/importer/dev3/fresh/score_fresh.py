"""Score the importer on tests/importer/dev3/fresh (run from the repository root with PYTHONPATH=src)."""
import sys
from pathlib import Path
sys.path[:0]=['tests/importer','tests/importer/holdout']
import tomli
from importer_accuracy import FIELDS, extract_case, field_checks, table
rows=[]; fam=0
for p in sorted(Path('tests/importer/dev3/fresh').glob('f*.txt')):
    exp=tomli.loads(p.with_name(p.stem+'.expected.toml').read_text())
    d=extract_case(p).draft
    rows.append((p.name,field_checks(d,exp)))
    fam += [x['family_name'] for x in exp['participants']] == [x.family_name for x in d.participants]
print(table(rows)); print('family names', fam, '/', len(rows))
