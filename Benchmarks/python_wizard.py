"""The reference wizard for start-up time: the same prep script, run with PyYAML + prompt_toolkit.

Shows the title, the first step and the first question, then waits at a prompt_toolkit prompt,
as `advance prep LEAD` does. Used by StartupBench; not part of advance.
"""
import sys

import yaml
from prompt_toolkit import PromptSession


def main() -> None:
    path, lead = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as handle:
        script = yaml.safe_load(handle)
    print(script["title"].replace("{lead}", lead))
    print(script.get("intro", ""))
    for step in script["steps"]:
        questions = [q for q in step["questions"] if q["id"] != "lead"]
        if not questions:
            continue
        print(step["title"])
        print(step.get("why", ""))
        question = questions[0]
        print(question["ask"])
        for number, choice in enumerate(question.get("choices", []), start=1):
            print(f"  {number}. {choice['key']}  {choice['label']}")
        PromptSession().prompt("> ")
        return


if __name__ == "__main__":
    main()
