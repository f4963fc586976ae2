"""Checks apigen's OpenAPI exports with a maintained validator
(openapi-spec-validator), and every example against its schema with the
JSON Schema engine it uses (jsonschema, draft 2020-12).

Usage: python3 validate.py DOCUMENT.json...   (exit 1 on the first problem)
"""
import json
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


def pointer(*parts):
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def examples(document):
    """(where, JSON pointer of the schema, value) for every example."""
    def media(where, base, content):
        for kind, entry in (content or {}).items():
            for name, example in (entry.get("examples") or {}).items():
                yield f"{where} {kind} example '{name}'", base + pointer("content", kind, "schema"), example["value"]

    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            where, base = f"{method.upper()} {path}", pointer("paths", path, method)
            yield from media(where + " request", base + pointer("requestBody"), (operation.get("requestBody") or {}).get("content"))
            for status, response in operation.get("responses", {}).items():
                yield from media(f"{where} {status}", base + pointer("responses", status), response.get("content"))
    for name, item in (document.get("webhooks") or {}).items():
        for method, operation in item.items():
            yield from media(f"webhook {name}", pointer("webhooks", name, method, "requestBody"),
                             (operation.get("requestBody") or {}).get("content"))


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as file:
            document = json.load(file)
        validate(document)
        registry = Registry().with_resource("urn:export", Resource.from_contents(document, default_specification=DRAFT202012))
        count = 0
        for where, location, value in examples(document):
            validator = Draft202012Validator({"$ref": "urn:export#" + location}, registry=registry)
            errors = sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path))
            if errors:
                print(f"{path}: {where}: {errors[0].message} at {list(errors[0].absolute_path)}")
                return 1
            count += 1
        print(f"{path}: valid OpenAPI 3.1; {count} examples match their schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
