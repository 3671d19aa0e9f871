"""`python -m desktop.bench [--quick] [--json] [--model PATH]`: the numbers behind "it feels fast"."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time

TARGETS = {
    "tok_s_ratio": (">=", 0.97),
    "ttft_turn10_over_turn1": ("<=", 1.3),
    "ttft_return_over_turn1": ("<=", 1.5),
    "ui_max_stall_ms": ("<=", 30),
    "ui_p99_stall_ms": ("<=", 16),
    "ui_max_stall_loading_ms": ("<=", 30),
    "ui_p99_stall_loading_ms": ("<=", 16),
    "stop_latency_ms": ("<=", 100),
    "shared_ui_max_stall_ms": ("<=", 30),
    "shared_stop_latency_ms": ("<=", 100),
    "startup_to_window_s": ("<=", 0.5),
    "load_over_raw": ("<=", 1.1),
    "switch_rss_growth": ("<=", 0.05),
    "open_1000_ms": ("<=", 300),
    "paste_1mb_max_stall_ms": ("<=", 50),
    "idle_cpu_pct": ("<=", 1.0),
}


def verdict(key: str, value: float) -> str:
    if key not in TARGETS:
        return ""
    op, target = TARGETS[key]
    ok = value >= target if op == ">=" else value <= target
    return f"{'ok ' if ok else 'MISS'} ({op} {target})"


def run(quick: bool, model: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.bench import measures
    from desktop.bench.harness import WindowHarness
    from desktop.core.backends.llama.backend import default_threads

    results: dict = {
        "model": os.path.basename(model),
        "quick": quick,
        "threads": default_threads(),
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
    }
    harness = WindowHarness()
    try:
        harness.heartbeat.start()
        harness.load(model)
        harness.heartbeat.stop()
        harness.heartbeat.reset()
        results["context"] = harness.session.engine.model.context_length
        results.update(measures.throughput(harness, model, rounds=4 if quick else 6, max_tokens=96 if quick else 160))
        results.update(measures.turn_latency(harness, turns=10, with_return=not quick, repeats=2 if quick else 3))
        results.update(measures.stop_latency(harness))
        results.update(measures.shared_runtime(harness))
        if not quick:
            results.update(measures.load_costs(harness, model))
            results.update(measures.switch_memory(harness, model))
            results.update(measures.open_long_chat(harness))
            results.update(measures.big_paste(harness))
            results.update(measures.idle_cpu(harness))
    finally:
        harness.close()
    if not quick:
        results.update(measures.startup_to_window())
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the core figures in under a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--model", help="model file (default: the starter model)")
    parser.add_argument("--server", action="store_true", help="the local server's figures instead")
    parser.add_argument("--remote", action="store_true", help="a remote engine's figures (llama_cpp.server)")
    parser.add_argument("--docs", action="store_true", help="documents: indexing, query latency, recall")
    parser.add_argument(
        "--app",
        action="store_true",
        help="the app as a process: exits when closed mid-reply/download/load/index, hostile files, the Hub",
    )
    parser.add_argument("--frozen", metavar="PATH", help="with --app: a frozen bundle's executable, its start-up")
    parser.add_argument(
        "--embedding-model",
        metavar="PATH",
        help="with --docs: an embedding model, timed and used for hybrid recall (default: the starter, timed)",
    )
    parser.add_argument("--llama-bench", metavar="PATH", help="with --server: native llama-bench, for tg128")
    parser.add_argument("--llama-server", metavar="PATH", help="with --server: llama.cpp's server, for -np 4")
    parser.add_argument(
        "--parse", nargs="?", const=200.0, type=float, metavar="TOK_S", help="reply parsing's cost per token (no model)"
    )
    parser.add_argument(
        "--tools", action="store_true", help="a tool round's cost beyond the tool (real model, real MCP server)"
    )
    parser.add_argument(
        "--tune", action="store_true", help="training on 100 feedback examples, and the adapter's cost (real model)"
    )
    parser.add_argument(
        "--vision", action="store_true", help="an image's way to a vision model, step by step (tiny models)"
    )
    args = parser.parse_args(argv)
    from desktop.bench.measures import model_file_default

    model = args.model or (str(model_file_default() or ""))
    if not model and not args.parse and not args.vision:
        print("hearth bench: no model found; run `python -m desktop.models.starter` or pass --model", file=sys.stderr)
        return 1
    started = time.perf_counter()
    if args.parse:
        from desktop.bench.parse_measures import PARSE_TARGETS, run_parse_bench

        TARGETS.update(PARSE_TARGETS)
        results = run_parse_bench(args.parse)
    elif args.tune:
        from desktop.bench.tune_measures import TUNE_TARGETS, run_tune_bench

        TARGETS.update(TUNE_TARGETS)
        results = run_tune_bench(model)
    elif args.vision:
        from desktop.bench.vision_measures import VISION_TARGETS, run_vision_bench

        TARGETS.update(VISION_TARGETS)
        results = run_vision_bench()
    elif args.tools:
        from desktop.bench.tool_measures import TOOL_TARGETS, run_tool_bench

        TARGETS.update(TOOL_TARGETS)
        results = run_tool_bench(model)
    elif args.app:
        from desktop.bench.app_measures import APP_TARGETS, from_a_checkout, run_app_bench

        if not from_a_checkout():
            print("hearth bench: --app runs from a checkout (it drives the app with tests/helpers)", file=sys.stderr)
            return 1
        TARGETS.update(APP_TARGETS)
        results = run_app_bench(model, args.frozen or "")
    elif args.docs:
        from desktop.bench.docs_measures import DOCS_TARGETS, run_docs_bench

        TARGETS.update(DOCS_TARGETS)
        results = run_docs_bench(args.embedding_model or model, quick=args.quick, hybrid=bool(args.embedding_model))
    elif args.remote:
        from desktop.bench.remote_measures import REMOTE_TARGETS, run_remote_bench

        TARGETS.update(REMOTE_TARGETS)
        results = run_remote_bench(model)
    elif args.server:
        from desktop.bench.server_measures import SERVER_TARGETS, run_server_bench

        TARGETS.update(SERVER_TARGETS)
        results = run_server_bench(model, args.llama_bench or "", args.llama_server or "")
    else:
        results = run(args.quick, model)
    results["bench_s"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(results))
    else:
        width = max(len(k) for k in results)
        for key, value in results.items():
            print(f"{key:<{width}}  {value!s:>12}  {verdict(key, value) if isinstance(value, (int, float)) else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
