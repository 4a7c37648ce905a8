#!/usr/bin/env python3
"""Copies the JSON Schemas of docs/schema into the server's OpenAPI document, so the two cannot drift.

Each docs/schema/NAME.schema.json becomes the component schema Name (without $schema, $id and $defs), and each of
its $defs KEY the component NameKey; references between them ("#/$defs/key", "other.schema.json#/$defs/key") become
references to those components. OpenApiSchemasTest checks the document against the same rule; run this after
changing a schema in docs/schema:

    python3 tools/openapi-schemas.py
"""
import json
import pathlib
import re
from collections import OrderedDict

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"
DOCUMENT = ROOT / "frontline-server" / "src" / "main" / "resources" / "web" / "openapi.json"
REF = re.compile(r"^(?:([a-z]+)\.schema\.json)?#/\$defs/([a-z_]+)$")


def camel(word):
    return "".join(part[:1].upper() + part[1:] for part in word.split("_"))


def rewrite(node, stem):
    if isinstance(node, dict):
        out = OrderedDict()
        for key, value in node.items():
            if key == "$ref":
                match = REF.match(value)
                if not match:
                    raise SystemExit(f"{stem}.schema.json: cannot share the reference {value}")
                out[key] = "#/components/schemas/" + camel(match.group(1) or stem) + camel(match.group(2))
            else:
                out[key] = rewrite(value, stem)
        return out
    if isinstance(node, list):
        return [rewrite(item, stem) for item in node]
    return node


def components():
    out = OrderedDict()
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        stem = path.name[: -len(".schema.json")]
        schema = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=OrderedDict)
        defs = schema.pop("$defs", OrderedDict())
        for key in ("$schema", "$id"):
            schema.pop(key, None)
        out[camel(stem)] = rewrite(schema, stem)
        for key, value in defs.items():
            out[camel(stem) + camel(key)] = rewrite(value, stem)
    return out


def main():
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"), object_pairs_hook=OrderedDict)
    schemas = document["components"]["schemas"]
    for name, schema in components().items():
        schemas[name] = schema
    DOCUMENT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
