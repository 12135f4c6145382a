#!/usr/bin/env python3
"""Developer aid: merge a JSON fragment {"ar": {...}, "en": {...}} into messages/ar.json and en.json
(deep merge, keys kept in order), so several people can add namespaces without hand-editing both files."""
import json, sys, pathlib

def merge(dst, src):
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            merge(dst[k], v)
        else:
            dst[k] = v

fragment = json.loads(pathlib.Path(sys.argv[1]).read_text() if len(sys.argv) > 1 else sys.stdin.read())
root = pathlib.Path(__file__).resolve().parent.parent / 'messages'
for locale in ('ar', 'en'):
    path = root / f'{locale}.json'
    data = json.loads(path.read_text())
    merge(data, fragment[locale])
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n')
