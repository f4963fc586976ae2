"""Cuts one operation out of an OpenAPI document, with everything it refers to, and writes its success answer.

Usage: python3 openapi-subset.py DOC METHOD PATH OUT_DOC OUT_ANSWER [ITEMS]
The answer is the operation's first JSON example of its 2xx response (following `$ref`s); a list answer is repeated
to ITEMS elements (default 30, GitHub's page size), so that the call decodes a page as the API sends it.
"""
import json
import sys


def main():
    source, method, path, out_doc, out_answer = sys.argv[1:6]
    items = int(sys.argv[6]) if len(sys.argv) > 6 else 30
    with open(source) as file:
        document = json.load(file)

    def resolve(pointer):
        node = document
        for step in pointer.lstrip("#/").split("/"):
            node = node[step.replace("~1", "/").replace("~0", "~")]
        return node

    operation = document["paths"][path][method.lower()]
    kept, queue = set(), []

    def collect(node):
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/") and reference not in kept:
                kept.add(reference)
                queue.append(reference)
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    item = {key: value for key, value in document["paths"][path].items() if key in ("parameters",)}
    item[method.lower()] = operation
    collect(item)
    while queue:
        collect(resolve(queue.pop()))
    subset = {key: document[key] for key in ("openapi", "info", "servers") if key in document}
    subset["paths"] = {path: item}
    components = {}
    for reference in sorted(kept):
        steps = reference.lstrip("#/").split("/")
        if steps[0] == "components" and len(steps) == 3:
            components.setdefault(steps[1], {})[steps[2]] = resolve(reference)
    subset["components"] = components
    with open(out_doc, "w") as file:
        json.dump(subset, file, indent=1)

    answer = None
    for status, response in operation["responses"].items():
        if not status.startswith("2"):
            continue
        if "$ref" in response:
            response = resolve(response["$ref"])
        content = response.get("content", {}).get("application/json", {})
        for example in content.get("examples", {}).values():
            if "$ref" in example:
                example = resolve(example["$ref"])
            answer = example.get("value")
            break
        if answer is None and "example" in content:
            answer = content["example"]
        break
    if answer is None:
        sys.exit(f"{method} {path} has no JSON example of its answer")
    if isinstance(answer, list) and answer:
        answer = [answer[index % len(answer)] for index in range(items)]
    with open(out_answer, "w") as file:
        json.dump(answer, file)


main()
