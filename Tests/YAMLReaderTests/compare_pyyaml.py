#!/usr/bin/env python3
"""Compares apigen's YAML reader (the `yaml-to-json` tool) with PyYAML.

    compare_pyyaml.py json FILE...                 PyYAML's reading of each file: one JSON line per document
    compare_pyyaml.py check YAML_TO_JSON [--shared DIR] [--random N] [--seed S]
        reads every YAML document under DIR/openapi and N random documents (made here from seed S) with both
        readers and fails when they differ.

PyYAML reads YAML 1.1; apigen reads YAML 1.2. So that the comparison is about syntax (what the scanner and parser
build) and not about the schemas, PyYAML is given the YAML 1.2 core schema here: its implicit resolvers are replaced
by the core schema's (no `yes`/`on` booleans, `0777` octals, sexagesimals, `1_000` or timestamps) and its int, float
and bool constructors by the core schema's. Mapping keys are compared by their source text, as apigen's JSON writes
them (PyYAML would write an int key 0x10 as "16"). Non-finite floats become ".inf", "-.inf", ".nan" on both sides.
The random documents stay inside what YAML 1.1 and 1.2 read alike (no tabs, no `\\/` escape, no `a:b` in flow).
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

import yaml

BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CoreSchemaLoader(BaseLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema instead of YAML 1.1's."""


CoreSchemaLoader.yaml_implicit_resolvers = {}
CORE = "tag:yaml.org,2002:"
for tag, pattern, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("merge", r"^(?:<<)$", ["<"]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
]:
    CoreSchemaLoader.add_implicit_resolver(CORE + tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def construct_float(loader, node):
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered in (".inf", "+.inf"):
        return math.inf
    if lowered == "-.inf":
        return -math.inf
    if lowered == ".nan":
        return math.nan
    return float(text)


def construct_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def construct_mapping(loader, node):
    loader.flatten_mapping(node)
    result = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else loader.construct_object(key_node)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


CoreSchemaLoader.add_constructor(CORE + "int", construct_int)
CoreSchemaLoader.add_constructor(CORE + "float", construct_float)
CoreSchemaLoader.add_constructor(CORE + "bool", construct_bool)
CoreSchemaLoader.add_constructor(CORE + "map", construct_mapping)


def normalised(value):
    """A value as apigen's JSON gives it: floats compared as floats, non-finite ones as strings."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return ".nan"
        if isinstance(value, float) and math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return float(value)
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, dict):
        return {str(key): normalised(item) for key, item in value.items()}
    return str(value)


def pyyaml_documents(path):
    with open(path, encoding="utf-8") as file:
        return [normalised(document) for document in yaml.load_all(file, Loader=CoreSchemaLoader)]


# Random documents ---------------------------------------------------------------------------------------------

WORDS = ["alpha", "beta", "gamma", "delta", "id", "name", "type", "items", "x-tag", "a b", "c.d", "e/f", "$ref",
         "don't", "Ünïcode", "emoji 🙂", "200", "404", "default", "null-ish", "truth", "no", "on", "3.0.1"]
SCALARS = ["plain", "two words", "1", "-7", "0o17", "0x1F", "3.25", "-.5", "1e3", ".inf", "-.Inf", ".NaN", "true",
           "False", "null", "~", "2020-01-01", "12:30", "1_000", "yes", "off", "path/to/{id}", "a#b", "a"]


def random_scalar_text(rng):
    if rng.random() < 0.6:
        return rng.choice(SCALARS)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))


def is_plain_safe(text):
    if not text or text != text.strip() or "\n" in text:
        return False
    if text[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in text or " #" in text or text.endswith(":"):
        return False
    return all(ord(c) >= 0x20 for c in text)


def emit_scalar(rng, text, indent, flow):
    """One of the scalar styles that keeps `text`, or a quoted one when plain would change it."""
    choice = rng.random()
    if choice < 0.35 and is_plain_safe(text) and not (flow and any(c in text for c in ",[]{}")):
        return text
    if choice < 0.6 and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    if choice < 0.85 or flow or text.strip() != text or not text:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return '"' + escaped + '"'
    pad = " " * (indent + 2)
    return "|-\n" + "\n".join(pad + line for line in text.split("\n"))


def random_value(rng, depth):
    roll = rng.random()
    if depth > 4 or roll < 0.45:
        if rng.random() < 0.1:
            return "line one\nline two" if rng.random() < 0.5 else "trailing\n\nblank"
        return random_scalar_text(rng)
    if roll < 0.75:
        keys = rng.sample(WORDS, rng.randint(1, 5))
        return {key: random_value(rng, depth + 1) for key in keys}
    return [random_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]


def emit_flow(rng, value):
    if isinstance(value, dict):
        return "{" + ", ".join(emit_scalar(rng, k, 0, True) + ": " + emit_flow(rng, v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(emit_flow(rng, item) for item in value) + "]"
    return emit_scalar(rng, value, 0, True)


def emit_block(rng, value, indent, lines, prefix):
    """Appends lines for `value`; `prefix` is what starts its first line ("key:" or "-" at its indentation)."""
    pad = " " * indent
    if isinstance(value, str) or not value or rng.random() < 0.12:
        text = emit_flow(rng, value) if not isinstance(value, str) else emit_scalar(rng, value, indent, False)
        comment = "  # note" if rng.random() < 0.1 and not text.startswith("|") else ""
        lines.append(prefix + " " + text + comment)
        return
    if isinstance(value, dict):
        items = list(value.items())
        compact = prefix.endswith("-") and rng.random() < 0.6
        if compact:
            first_key, first_value = items[0]
            emit_block(rng, first_value, indent + 2, lines, prefix + " " + emit_scalar(rng, first_key, 0, True) + ":")
            items = items[1:]
        else:
            lines.append(prefix)
        for key, item in items:
            emit_block(rng, item, indent + 2, lines, pad + "  " + emit_scalar(rng, key, 0, True) + ":")
        return
    indentless = prefix.endswith(":") and rng.random() < 0.5
    lines.append(prefix)
    item_pad = pad if indentless else pad + "  "
    for item in value:
        if rng.random() < 0.1:
            lines.append(item_pad + "# a comment line")
        emit_block(rng, item, len(item_pad), lines, item_pad + "-")


def random_document(rng):
    value = {key: random_value(rng, 1) for key in rng.sample(WORDS, rng.randint(1, 6))}
    lines = ["%YAML 1.1", "---"] if rng.random() < 0.1 else (["---"] if rng.random() < 0.3 else [])
    if rng.random() < 0.2:
        # An anchored mapping, used through aliases and a merge key.
        lines += ["base: &base", "  shared: 1", "  kept: base", "use: *base", "merged:", "  <<: *base", "  kept: own"]
    for key, item in value.items():
        emit_block(rng, item, 0, lines, emit_scalar(rng, key, 0, True) + ":")
    if rng.random() < 0.2:
        lines.append("...")
    return "\n".join(line.rstrip() if not line.endswith(" ") else line for line in lines) + "\n"


# The comparison -----------------------------------------------------------------------------------------------

def ours(tool, paths):
    """apigen's documents for each path, or an error string."""
    output = subprocess.run([tool, "--files-separated", *paths], check=True, capture_output=True, text=True).stdout
    results = []
    for block in output.split("\x1e\n")[:-1]:
        if block.startswith("error: "):
            results.append(block.strip())
        else:
            results.append([normalised(json.loads(line)) for line in block.splitlines() if line])
    return results


def check(arguments):
    tool = arguments[0]
    options = dict(zip(arguments[1::2], arguments[2::2]))
    shared = options.get("--shared", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    count, seed = int(options.get("--random", "300")), int(options.get("--seed", "2026"))
    paths = []
    openapi = os.path.join(shared, "openapi")
    if os.path.isdir(openapi):
        for folder, _, names in sorted(os.walk(openapi)):
            paths += [os.path.join(folder, name) for name in sorted(names) if name.endswith((".yaml", ".yml"))]
    else:
        print(f"skipped the OpenAPI documents: no folder {openapi}")
    corpus = len(paths)
    with tempfile.TemporaryDirectory() as folder:
        rng = random.Random(seed)
        for number in range(count):
            path = os.path.join(folder, f"random-{number:04}.yaml")
            with open(path, "w", encoding="utf-8") as file:
                file.write(random_document(rng))
            paths.append(path)
        failures = 0
        for path, got in zip(paths, ours(tool, paths)):
            expected = pyyaml_documents(path)
            if got != expected:
                failures += 1
                if failures <= 5:
                    print(f"DIFFERS: {path}\n  apigen: {json.dumps(got)[:300]}\n  PyYAML: {json.dumps(expected)[:300]}")
                    if path.startswith(folder):
                        print("  document:\n" + open(path, encoding="utf-8").read())
    loader = "CSafeLoader" if BaseLoader is not yaml.SafeLoader else "SafeLoader"
    print(f"YAML reader vs PyYAML ({loader}, core schema): {len(paths) - failures}/{len(paths)} agree "
          f"({corpus} OpenAPI documents, {count} random ones from seed {seed})")
    return 1 if failures else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "json":
        for path in sys.argv[2:]:
            for document in pyyaml_documents(path):
                print(json.dumps(document, ensure_ascii=False))
        return 0
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        return check(sys.argv[2:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
