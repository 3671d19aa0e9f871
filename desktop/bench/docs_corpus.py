"""The documents benchmark's corpus: generated files of plausible text with facts planted in them, and
the labelled questions that ask for each fact, by its own words and by a paraphrase."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

SEED = 1234
# A vocabulary with a long tail, as real text has: common words often, rare ones seldom.
_COMMON_TEXT = (
    "the of and to in is was for on that with as by at from it this be are an which or have not were but "
    "they had their has been more one all would can there also other its into new after first some time"
)
_COMMON = _COMMON_TEXT.split()
_SYLLABLES = ["ka", "lo", "mi", "ra", "tesh", "vin", "dor", "pel", "sua", "bri", "ton", "gal", "ne", "quo", "zer"]

# (fact, keyword question, paraphrased question) templates; {name} is a made-up proper noun.
FACTS = [
    (
        "The lighthouse at {name} was painted red in {year}.",
        "What colour was the lighthouse at {name} painted?",
        "Which hue did the beacon tower of {name} receive?",
    ),
    (
        "The {name} bakery opens at {hour} every morning.",
        "When does the {name} bakery open?",
        "At what time can I buy bread from {name} each day?",
    ),
    (
        "Members of the {name} club pay a yearly fee of {amount} euros.",
        "What yearly fee do members of the {name} club pay?",
        "How much does belonging to {name} cost per year?",
    ),
    (
        "The {name} bridge is {amount} metres long.",
        "How long is the {name} bridge?",
        "What is the length of the crossing called {name}?",
    ),
    (
        "Doctor {name} works at the clinic on Tuesdays.",
        "On which day does Doctor {name} work at the clinic?",
        "When is physician {name} seeing patients?",
    ),
]


@dataclass(frozen=True)
class Question:
    text: str
    file: str  # the file whose passage answers it
    fact: str
    paraphrased: bool


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _sentence(rng: random.Random, vocabulary: list[str]) -> str:
    words = [rng.choice(_COMMON) if rng.random() < 0.45 else rng.choice(vocabulary) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def write_corpus(folder: Path, files: int = 2000, total_bytes: int = 20_000_000, facts: int = 100) -> list[Question]:
    """`files` files (.txt, .md and .html) of about `total_bytes` in all, `facts` facts planted in
    them; returns two questions for each fact."""
    rng = random.Random(SEED)
    vocabulary = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(20_000)]
    per_file = total_bytes // files
    planted: dict[int, list[tuple[str, str, str]]] = {}
    questions: list[Question] = []
    used_names: set[str] = set()
    for n in range(facts):
        name = _name(rng)
        while name in used_names:
            name = _name(rng)
        used_names.add(name)
        fact, keyword, paraphrase = FACTS[n % len(FACTS)]
        values = {
            "name": name,
            "year": str(rng.randint(1900, 2020)),
            "hour": f"{rng.randint(5, 9)}:{rng.choice(['00', '15', '30', '45'])}",
            "amount": str(rng.randint(20, 900)),
        }
        target = rng.randrange(files)
        planted.setdefault(target, []).append(
            (fact.format(**values), keyword.format(**values), paraphrase.format(**values))
        )
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(files):
        kind = (".txt", ".md", ".html")[index % 3]
        name = f"doc{index:05}{kind}"
        paragraphs: list[str] = []
        size = 0
        while size < per_file:
            paragraph = " ".join(_sentence(rng, vocabulary) for _ in range(rng.randint(3, 7)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        for fact, keyword, paraphrase in planted.get(index, []):
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), fact)
            questions.append(Question(keyword, name, fact, False))
            questions.append(Question(paraphrase, name, fact, True))
        (folder / name).write_text(_as(kind, paragraphs, rng, vocabulary), encoding="utf-8")
    return questions


def _as(kind: str, paragraphs: list[str], rng: random.Random, vocabulary: list[str]) -> str:
    if kind == ".md":
        out = []
        for n, paragraph in enumerate(paragraphs):
            if n % 4 == 0:
                out.append(f"## {' '.join(rng.choice(vocabulary) for _ in range(3)).title()}")
            out.append(paragraph)
        return "\n\n".join(out) + "\n"
    if kind == ".html":
        body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        return f"<html><head><title>Page</title><style>p {{margin: 0}}</style></head><body>\n{body}\n</body></html>\n"
    return "\n\n".join(paragraphs) + "\n"


def synthetic_passages(count: int, seed: int = SEED) -> list[str]:
    """`count` passage texts of about 1,600 characters, for query latency at scale."""
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(50_000)]
    texts = []
    for _ in range(count):
        words: list[str] = []
        length = 0
        while length < 1600:
            word = rng.choice(_COMMON) if rng.random() < 0.45 else rng.choice(vocabulary)
            words.append(word)
            length += len(word) + 1
        texts.append(" ".join(words))
    return texts
