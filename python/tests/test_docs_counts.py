"""The Kajuara 2020 finding counts printed in docs/audit.md and docs/cli.md are the golden file's
(SAKIP_UPDATE_GOLDEN=1 rewrites them), so the documentation cannot drift from what the audit finds."""

from __future__ import annotations

import collections
import json
import os
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "kajuara-2020.findings.json"
AUDIT_MD = ROOT / "docs" / "audit.md"
CLI_MD = ROOT / "docs" / "cli.md"
ORDER = {"error": 0, "warning": 1, "info": 2}


def _counts() -> tuple[str, str]:
    findings = json.loads(GOLDEN.read_text(encoding="utf-8"))
    by = collections.Counter((f["severity"], f["rule"]) for f in findings)
    sev = collections.Counter(f["severity"] for f in findings)
    rows = sorted(by.items(), key=lambda kv: (ORDER[kv[0][0]], kv[0][1]))
    table = [f"`sakip audit examples/data/kajuara-2020.json` gives {len(findings)} findings:", ""]
    table += ["| severity | rule | count |", "|---|---|---|"]
    table += [f"| {s} | `{r}` | {n} |" for (s, r), n in rows]
    summary = f"{len(findings)} temuan: {sev['error']} error, {sev['warning']} warning, {sev['info']} info"
    return "\n".join(table) + "\n", summary


def test_docs_give_the_golden_counts():
    table, summary = _counts()
    text = AUDIT_MD.read_text(encoding="utf-8")
    begin, end = "<!-- counts:begin -->\n", "<!-- counts:end -->"
    a, b = text.index(begin) + len(begin), text.index(end)
    cli = CLI_MD.read_text(encoding="utf-8")
    cli_new = re.sub(r"^\d+ temuan: \d+ error, \d+ warning, \d+ info$", summary, cli, count=1, flags=re.MULTILINE)
    if os.environ.get("SAKIP_UPDATE_GOLDEN"):
        AUDIT_MD.write_text(text[:a] + table + text[b:], encoding="utf-8")
        CLI_MD.write_text(cli_new, encoding="utf-8")
        return
    assert text[a:b] == table, "docs/audit.md's Kajuara counts differ from the golden file (SAKIP_UPDATE_GOLDEN=1)"
    assert summary in cli, "docs/cli.md's summary line differs from the golden file (SAKIP_UPDATE_GOLDEN=1)"
