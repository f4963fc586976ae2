"""Checks SARIF logs written by `apigen diff --format sarif` against the
SARIF 2.1.0 JSON Schema with a maintained validator (jsonschema, draft-07),
and that every result names a rule of the log's own catalogue by id and index.

The schema copy beside the checkout keeps the log's shape under
definitions/Root and constrains nothing at its top level, so logs are checked
against that definition. A log with a level SARIF does not know is checked
too and must be rejected: a schema that accepts anything fails here.

Usage: python3 validate_sarif.py SCHEMA.json LOG.sarif...   (exit 1 on the first problem)
"""
import copy
import json
import sys

from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7


def log_validator(schema):
    """A validator of whole logs: the document itself when it constrains its top level, else its Root definition."""
    if "properties" in schema or "$ref" in schema:
        return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)
    if "Root" not in schema.get("definitions", {}):
        raise SystemExit("the schema neither constrains its top level nor defines Root")
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema, default_specification=DRAFT7))
    return Draft7Validator({"$ref": schema["$id"] + "#/definitions/Root"}, registry=registry,
                           format_checker=Draft7Validator.FORMAT_CHECKER)


def rule_problems(log):
    for run in log["runs"]:
        rules = [rule["id"] for rule in run["tool"]["driver"].get("rules", [])]
        for number, result in enumerate(run.get("results", [])):
            if result["ruleId"] not in rules:
                yield f"result {number}: rule '{result['ruleId']}' is not in the log's rules"
            elif rules[result.get("ruleIndex", -1)] != result["ruleId"]:
                yield f"result {number}: ruleIndex does not point at '{result['ruleId']}'"


def main(schema_path, paths):
    with open(schema_path, encoding="utf-8") as file:
        validator = log_validator(json.load(file))
    for path in paths:
        with open(path, encoding="utf-8") as file:
            log = json.load(file)
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
        if errors:
            print(f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}")
            return 1
        problems = list(rule_problems(log))
        if problems:
            print(f"{path}: {problems[0]}")
            return 1
        broken = copy.deepcopy(log)
        broken["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] = "fatal"
        if validator.is_valid(broken):
            print(f"{schema_path}: accepts a log with the level 'fatal': it checks nothing")
            return 1
        results = sum(len(run.get("results", [])) for run in log["runs"])
        print(f"{path}: valid SARIF 2.1.0; {results} result{'' if results == 1 else 's'}, each naming a rule of the log")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
