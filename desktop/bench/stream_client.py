"""A streaming client in a process of its own, for the server benchmark: as a real client would be.

`python -m desktop.bench.stream_client URL SEED MAX_TOKENS PROMPT [MODEL [EXTRA_JSON]]` imports the openai client, says
"ready", waits for a line on stdin (so that several start together), streams one chat completion
and prints one JSON line: when the request began, when each chunk arrived (time.monotonic), and
how many tokens the reply had (a chunk may carry several).
"""

from __future__ import annotations

import json
import sys
import time

SYSTEM = "You are a helpful assistant."


def main(argv: list[str]) -> int:
    url, seed, max_tokens, prompt = argv[0], int(argv[1]), int(argv[2]), argv[3]
    model = argv[4] if len(argv) > 4 else ""
    extra = json.loads(argv[5]) if len(argv) > 5 else {}  # sampling settings beyond OpenAI's
    from openai import OpenAI

    client = OpenAI(base_url=url, api_key="none", max_retries=0, timeout=300)
    # The client imports much of itself on its first request: one of a token first, so that what is
    # timed below is the server, not the client's start.
    warm = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=1, stream=True
    )
    for _chunk in warm:
        pass
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.monotonic()
    arrivals: list[float] = []
    tokens = 0
    error = ""
    try:
        stream = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            seed=seed,
            temperature=0.7,
            stream=True,
            stream_options={"include_usage": True},
            extra_body=extra,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                arrivals.append(time.monotonic())
            if chunk.usage is not None:
                tokens = chunk.usage.completion_tokens
    except Exception as failure:  # reported, not raised: the benchmark says how many failed
        error = f"{type(failure).__name__}: {failure}"
    print(json.dumps({"started": started, "arrivals": arrivals, "tokens": tokens, "error": error}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
