"""`run_vision_bench()`: what reading one 512 x 512 image costs a vision model, step by step.

The tiny vision pair (tiny_vision.py: a 2-layer text model and a CLIP projector that makes 16 tokens
of any image) is written into a temporary folder, so the figures are the pipeline's own cost around
the models, not a real model's compute: Pillow's decode of the PNG (what taking an image in costs),
libmtmd's bitmap and tokenize (the stored copy read, decoded and resized: done per prompt that holds
a new image), the projector's encode, the decode of its embeddings into the context, and the first
token of a reply whose prompt holds the image, against the same prompt without it. Then the real
window, offscreen: a 512 x 512 picture attached through the composer (checked on a worker thread),
sent, encoded and answered, while a heartbeat on the window's thread records its longest stall.
Needs the `gguf` package (to write the models) and Pillow.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RUNS = 15
SIDE = 512
VISION_TARGETS = {"vision_ui_max_stall_ms": ("<=", 30)}


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def run_vision_bench(runs: int = RUNS, threads: int = 0) -> dict[str, Any]:
    """Median milliseconds of each step over `runs` images (noise, a new one each run)."""
    previous = os.environ.get("HEARTH_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="hearth-vision-bench-") as folder:
        os.environ["HEARTH_DATA_DIR"] = str(Path(folder) / "data")  # the images' copies: never the user's
        try:
            return _measure(Path(folder), runs, threads)
        finally:
            if previous is None:
                os.environ.pop("HEARTH_DATA_DIR", None)
            else:
                os.environ["HEARTH_DATA_DIR"] = previous


def _measure(folder: Path, runs: int, threads: int) -> dict[str, Any]:
    import numpy as np
    from PIL import Image

    from desktop.bench.tiny_vision import write_tiny_vision_pair
    from desktop.core.backends.llama.backend import LlamaBackend, default_threads
    from desktop.core.backends.llama.vision import ImageChunk
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.images.files import image_file, images_dir
    from desktop.core.messages import ChatMessage, ImagePart, TextPart
    from desktop.core.runtime.types import LoadOptions, ReplyRequest, TextDelta

    model, _projector = write_tiny_vision_pair(folder / "models")
    images_dir().mkdir(parents=True, exist_ok=True)
    parts = []
    for i in range(runs + 1):  # one more: the warm-up
        pixels = np.random.default_rng(i).integers(0, 256, (SIDE, SIDE, 3), dtype=np.uint8)
        Image.fromarray(pixels, "RGB").save(images_dir() / f"noise-{i}.png", format="PNG")
        parts.append(ImagePart(f"noise-{i}.png", "image/png", SIDE, SIDE))

    threads = threads or default_threads()
    backend = LlamaBackend(kv_budget_bytes=0, validate=False, check_memory=False)
    started = time.perf_counter()
    info = backend.load(model, LoadOptions(context_length=2048, threads=threads))
    load_s = time.perf_counter() - started
    projector = backend._projector
    llm = backend._llm
    assert projector is not None and llm is not None, "the tiny projector did not open"
    steps: dict[str, list[float]] = {"pillow_decode": [], "bitmap_tokenize": [], "encode": [], "evaluate": []}
    position = 0

    def timed(name: str, work: Callable[[], Any]) -> Any:
        begun = time.perf_counter()
        value = work()
        steps[name].append(time.perf_counter() - begun)
        return value

    for part in parts:
        path = image_file(part)
        timed("pillow_decode", lambda path=path: Image.open(path).convert("RGB").load())
        image = timed("bitmap_tokenize", lambda part=part: projector.read(part))
        chunk = next(entry for entry in image.entries if isinstance(entry, ImageChunk))
        assert timed("encode", lambda chunk=chunk: projector.encode(chunk))
        # Sequence 0 from where the last one ended: positions go on, so nothing needs clearing.
        code = timed("evaluate", lambda chunk=chunk, at=position: projector.decode(chunk, llm._ctx.ctx, 0, at, 512))
        assert code == 0, f"decoding the image failed ({code})"
        position += chunk.n_tokens
        image.close()
    backend.load(model, LoadOptions(context_length=2048, threads=threads))  # an empty context again

    settings = ChatSettings(max_tokens=1, temperature=0.0, top_k=1, seed=1, system_prompt="")

    def first_token(key: str, message: ChatMessage) -> float:
        begun = time.perf_counter()
        for delta in backend.stream(ReplyRequest(key, [message], settings)):
            if isinstance(delta, TextDelta):
                break
        return time.perf_counter() - begun

    with_image, without = [], []
    for i, part in enumerate(parts):
        with_image.append(first_token(f"image-{i}", ChatMessage.of("user", [TextPart("what is this"), part])))
        without.append(first_token(f"text-{i}", ChatMessage("user", "what is this")))
    backend.unload()
    results: dict[str, Any] = {
        "vision_image_side": SIDE,
        "vision_image_tokens": info.image_tokens,
        "vision_load_ms": round(load_s * 1000, 1),
        "vision_threads": threads,
    }
    for name, samples in steps.items():
        results[f"vision_{name}_ms"] = _median_ms(samples[1:])  # the first run warms up
    results["vision_ttft_ms"] = _median_ms(with_image[1:])
    results["vision_ttft_text_only_ms"] = _median_ms(without[1:])
    results.update(_window_stalls(model, [image_file(part) for part in parts[:5]]))
    return results


def _window_stalls(model: Path, pictures: list[Path]) -> dict[str, Any]:
    """The window's longest stall while a picture is attached (checked on a worker thread) and from
    the message sent to the reply's first token (the image read, encoded and evaluated on the model's
    thread).
    The reply's own streaming is the main benchmark's `ui_max_stall_ms` (the tiny model writes
    nonsense faster than any real one): it is cut to a few tokens here, and not timed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from desktop.bench.harness import WindowHarness, spin, wait_for

    harness = WindowHarness()
    try:
        harness.load(model)
        window = harness.window
        chat = window.chat
        stalls: list[float] = []
        beat = harness.heartbeat
        chat.piecesArrived.connect(lambda *_: beat.stop())  # the first token: what follows is not timed
        for picture in pictures:
            chat.set_chat_settings(replace(chat.chat_settings, max_tokens=4))
            beat.start()
            window.composer.offer_images([picture])  # what the paperclip, a paste or a drop does
            deadline = time.monotonic() + 60
            while not window.composer.images() and time.monotonic() < deadline:
                spin(0.005)
            if not window.composer.images():
                raise RuntimeError("the picture was not attached")
            window.composer.set_text("What is in this picture?")
            # Sending builds the message's widgets on the window's thread, as for any message (the main
            # benchmark's figures): not timed here. Timed again once it has: the image read, encoded and
            # evaluated while the window goes on.
            beat.stop()
            window.send(window.composer.text())
            beat.start()
            wait_for(chat.replyEnded, 60)
            beat.stop()
            stalls.extend(beat.gaps_ms)
            beat.reset()
    finally:
        harness.close()
    ordered = sorted(stalls) or [0.0]
    return {
        "vision_ui_max_stall_ms": round(ordered[-1], 1),
        "vision_ui_p99_stall_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
    }
