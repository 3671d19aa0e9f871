"""Embeddings on the llama.cpp backend: tiny generated models (a mean-pooled llama, a BERT), the real
starter model, the validation child in embedding mode, and the runner's embedding slot."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop.core.backends.llama import validation
from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.backends.llama.embedding import NOT_EMBEDDING, embedding_context, embedding_pooling
from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.jobs import ReplyJob
from desktop.core.runtime.runner import ModelRunner
from desktop.core.runtime.types import EngineError, LoadOptions, ModelLoadError, ModelRef, ReplyRequest
from tests.helpers.tiny_gguf import write_tiny_bert, write_tiny_model

EMBEDDING = LoadOptions(context_length=256, embedding=True)
WAIT_S = 60
SENTENCES = ["the sea", "the deep blue sea", "wind on the shore", "the moon at night", "salt"]


def unit(vectors: list[list[float]]) -> np.ndarray:
    array = np.array(vectors, dtype=np.float64)
    assert array.ndim == 2
    return array


@pytest.fixture(scope="module")
def tiny_embedder_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_model(tmp_path_factory.mktemp("embedding") / "tiny-embed.gguf", pooling_type=1)


@pytest.fixture(scope="module")
def tiny_bert_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_bert(tmp_path_factory.mktemp("bert") / "tiny-bert.gguf")


@pytest.fixture
def embedder(tiny_embedder_file: Path) -> Iterator[LlamaBackend]:
    backend = LlamaBackend(validate=False, check_memory=False)
    backend.load(tiny_embedder_file, EMBEDDING)
    yield backend
    backend.unload()


def test_an_embedding_load_reports_its_vectors(embedder: LlamaBackend) -> None:
    info = embedder.model
    assert info is not None
    assert (info.embedding_length, info.pooling, info.context_length) == (32, "mean", 256)
    assert embedder.embedding_dimensions == 32 and embedder.context_size == 256
    capabilities = embedder.capabilities
    assert capabilities.embeddings and not capabilities.kv_reuse and capabilities.parallel == 1


def test_vectors_are_unit_length_one_per_text_and_tell_texts_apart(embedder: LlamaBackend) -> None:
    vectors = unit(embedder.embed([*SENTENCES, SENTENCES[0]]))
    assert vectors.shape == (len(SENTENCES) + 1, 32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    assert np.allclose(vectors[0], vectors[-1], atol=1e-4)  # the same text, the same vector
    assert embedder.embed([SENTENCES[1]]) == embedder.embed([SENTENCES[1]])  # to the bit, call after call
    similarity = vectors @ vectors.T
    off_diagonal = similarity[: len(SENTENCES), : len(SENTENCES)][~np.eye(len(SENTENCES), dtype=bool)]
    assert off_diagonal.max() < 0.999  # different texts, different vectors


def test_a_vector_does_not_depend_on_the_texts_packed_beside_it(embedder: LlamaBackend) -> None:
    # Each text has a sequence of its own in a shared decode: none sees another. (Flash attention
    # rounds a little differently with more cells in the batch: equal to about 1e-4, not to the bit.)
    together = unit(embedder.embed(SENTENCES))
    alone = unit([embedder.embed([text])[0] for text in SENTENCES])
    reversed_order = unit(embedder.embed(SENTENCES[::-1]))[::-1]
    for other in (alone, reversed_order):
        assert np.allclose(together, other, atol=1e-3)
        assert (together * other).sum(axis=1).min() > 0.99999


def test_an_empty_text_gets_a_zero_vector_in_its_place(embedder: LlamaBackend) -> None:
    vectors = unit(embedder.embed(["", "the sea", "  \n\t", "wind"]))
    assert vectors.shape == (4, 32)
    assert not vectors[0].any() and not vectors[2].any()
    assert np.allclose(np.linalg.norm(vectors[[1, 3]], axis=1), 1.0)
    assert embedder.embed([]) == []


def test_a_text_longer_than_the_context_is_cut_to_it(embedder: LlamaBackend) -> None:
    # Both are far longer than 256 tokens and differ only past the cut: the same vector, no error.
    head = " ".join(["the sea"] * 400)
    first, second = unit(embedder.embed([head + " wind shore", head + " moon night sky"]))
    assert np.allclose(first, second, atol=1e-6)
    assert embedder.count_texts([head])[0] > 256  # counted whole, to size passages by
    short = unit(embedder.embed(["the sea wind"]))[0]
    assert not np.allclose(first, short, atol=1e-3)


def test_stop_between_decodes_gives_back_the_texts_done_so_far(embedder: LlamaBackend) -> None:
    class StopsAfter(threading.Event):
        """Unset for the first `checks` looks at it, then set: a Stop pressed mid-way, without timing."""

        def __init__(self, checks: int) -> None:
            super().__init__()
            self.checks = checks

        def is_set(self) -> bool:
            self.checks -= 1
            return self.checks < 0

    texts = [" ".join(["wave"] * 200) + f" {word}" for word in ("sea", "sun", "sky", "moon")]  # one per decode
    assert len(embedder.embed(texts, StopsAfter(1))) == 1
    assert len(embedder.embed(texts, StopsAfter(0))) == 0
    full = embedder.embed(texts, threading.Event())
    assert len(full) == 4
    assert np.allclose(unit(embedder.embed(texts, StopsAfter(2))), unit(full[:2]), atol=1e-6)


def test_a_chat_load_makes_no_embeddings(tiny_model: Path) -> None:
    backend = LlamaBackend(validate=False, check_memory=False)
    try:
        backend.load(tiny_model, LoadOptions(context_length=256))
        with pytest.raises(EngineError, match="makes no embeddings: load it as an embedding model") as caught:
            backend.embed(["the sea"])
        assert str(caught.value) == NOT_EMBEDDING
        assert not backend.capabilities.embeddings and backend.embedding_dimensions == 0
        assert backend.model is not None and backend.model.embedding_length == 0
    finally:
        backend.unload()
    with pytest.raises(EngineError, match="no model is loaded"):
        backend.embed(["the sea"])


def test_an_embedding_load_does_not_chat(embedder: LlamaBackend) -> None:
    request = ReplyRequest("c1", [ChatMessage("user", "the sea")])
    with pytest.raises(EngineError, match="loaded as an embedding model: it does not chat"):
        embedder.reply(request)
    with pytest.raises(EngineError, match="does not chat"):
        embedder.count_tokens([ChatMessage("user", "the sea")])
    assert embedder.step() == []
    assert len(embedder.embed(["still works"])) == 1


def test_a_bert_encoder_embeds_with_its_own_pooling_and_context(tiny_bert_file: Path) -> None:
    backend = LlamaBackend(validate=False, check_memory=False)
    try:
        info = backend.load(tiny_bert_file, LoadOptions(context_length=4096, embedding=True))
        # 4096 asked, 64 trained: BERT's position table ends at 64, so the context does too.
        assert (info.architecture, info.pooling, info.context_length, info.embedding_length) == ("bert", "cls", 64, 32)
        vectors = unit(backend.embed(["the sea", "the moon", "the sea", " ".join(["wave"] * 300)]))
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
        assert np.allclose(vectors[0], vectors[2], atol=1e-6) and not np.allclose(vectors[0], vectors[1], atol=1e-3)
    finally:
        backend.unload()


def test_the_load_shape_is_known_from_the_file_alone(tiny_bert_file: Path, tiny_embedder_file: Path) -> None:
    # What a bare llama-cpp-python comparison needs to load the model as the backend does.
    assert embedding_pooling(tiny_bert_file) == 2 and embedding_pooling(str(tiny_embedder_file)) == 1
    assert embedding_context(tiny_bert_file, LoadOptions(4096, embedding=True)) == 64
    assert embedding_context(tiny_embedder_file, LoadOptions(0, embedding=True)) == 512  # its training length
    assert embedding_context(tiny_embedder_file, LoadOptions(128, embedding=True)) == 128


def test_an_encoder_is_refused_as_a_chat_model(tiny_bert_file: Path) -> None:
    backend = LlamaBackend(validate=False, check_memory=False)
    with pytest.raises(ModelLoadError, match="it is an embedding model, not a chat model"):
        backend.load(tiny_bert_file, LoadOptions(context_length=256))
    assert backend.model is None


def test_a_reranker_is_refused_as_an_embedding_model(tmp_path: Path) -> None:
    reranker = write_tiny_model(tmp_path / "rerank.gguf", pooling_type=4)
    backend = LlamaBackend(validate=False, check_memory=False)
    with pytest.raises(ModelLoadError, match="it is a reranker"):
        backend.load(reranker, EMBEDDING)
    with pytest.raises(ModelLoadError, match="it is a reranker"):
        backend.preflight(ModelRef.gguf(reranker), EMBEDDING, force=False, reclaimable=0, cancel=threading.Event())


def test_a_model_without_a_header_pooling_is_mean_pooled(tiny_model: Path) -> None:
    backend = LlamaBackend(validate=False, check_memory=False)
    try:
        info = backend.load(tiny_model, EMBEDDING)  # a chat model's file: no pooling type, a chat template
        assert info.pooling == "mean" and info.embedding_length == 32
        assert len(backend.embed(["the sea", "the moon"])) == 2
    finally:
        backend.unload()


# -- the validation child, in embedding mode --------------------------------------------


def test_the_validation_child_checks_an_encoder_as_an_embedding_model(tmp_path: Path, tiny_bert_file: Path) -> None:
    bert = tmp_path / "bert.gguf"
    bert.write_bytes(tiny_bert_file.read_bytes())
    backend = LlamaBackend()  # validation and the memory check on
    try:
        backend.preflight(ModelRef.gguf(bert), EMBEDDING, force=False, reclaimable=0, cancel=threading.Event())
        remembered = validation.remembered(bert, embedding=True)
        assert remembered is not None and remembered.ok and remembered.template_refusal == ""
        assert validation.remembered(bert) is None  # the chat verdict is another one
        assert backend.load(bert, EMBEDDING).embedding_length == 32
        assert len(backend.embed(["the sea"])) == 1
    finally:
        backend.unload()
    # Checked as a chat model in the child, it is refused with the reason, not a crash.
    with pytest.raises(ModelLoadError, match="not a chat model"):
        validation.ensure_safe(bert)
    verdict = validation.remembered(bert)
    assert verdict is not None and not verdict.ok


def test_the_validation_child_embeds_so_a_model_that_crashes_there_is_refused(tmp_path: Path) -> None:
    # Without byte tokens llama.cpp aborts the process at the first tokenization (see NOTES.md).
    crasher = write_tiny_model(tmp_path / "crasher.gguf", byte_tokens=False, pooling_type=1)
    with pytest.raises(ModelLoadError) as caught:
        validation.ensure_safe(crasher, embedding=True)
    assert "tokenizing" in str(caught.value) or "embedding" in str(caught.value)
    verdict = validation.remembered(crasher, embedding=True)
    assert verdict is not None and not verdict.ok


# -- the runner's embedding slot ----------------------------------------------------------


def test_the_runner_loads_an_embedding_model_and_embeds_on_its_thread(tiny_embedder_file: Path) -> None:
    backend = LlamaBackend(validate=False, check_memory=False)
    runner = ModelRunner("embedding", BackendRegistry({"gguf": lambda: backend}))
    try:
        runner.load(ModelRef.gguf(tiny_embedder_file), EMBEDDING)
        threads: list[str] = []

        def work(loaded: object) -> list[list[float]]:
            threads.append(threading.current_thread().name)
            assert loaded is backend
            return backend.embed(["the sea", "the moon", "the sea"])

        vectors = unit(runner.call(work).result(timeout=WAIT_S))  # queued after the load: it waits for it
        assert vectors.shape == (3, 32) and np.allclose(vectors[0], vectors[2], atol=1e-6)
        assert threads == ["model-embedding"]
        assert runner.model is not None and runner.model.embedding_length == 32

        # A reply asked of the embedding slot fails at once: it is not left waiting for a free sequence.
        ended = threading.Event()
        failures: list[str] = []

        class Listener:
            def started(self, job: ReplyJob) -> None:
                pass

            def deltas(self, job: ReplyJob, deltas: list) -> None:
                pass

            def finished(self, job: ReplyJob) -> None:
                ended.set()

            def failed(self, job: ReplyJob, message: str) -> None:
                failures.append(message)
                ended.set()

        runner.reply(ReplyRequest("c1", [ChatMessage("user", "hi")]), Listener())
        assert ended.wait(WAIT_S)
        assert failures and "does not chat" in failures[0]
        assert len(runner.call(lambda _b: backend.embed(["after"])).result(timeout=WAIT_S)) == 1
    finally:
        assert runner.shutdown(10)


# -- the real starter model ----------------------------------------------------------------


@pytest.fixture(scope="module")
def starter_embedder(starter_model: Path) -> Iterator[LlamaBackend]:
    backend = LlamaBackend(validate=False, check_memory=False)
    backend.load(starter_model, LoadOptions(context_length=512, embedding=True))
    yield backend
    backend.unload()


@pytest.mark.e2e
def test_the_starter_passes_the_embedding_check_in_the_child_and_loads(tmp_path: Path, starter_model: Path) -> None:
    backend = LlamaBackend()  # the validation child on, in embedding mode
    options = LoadOptions(context_length=512, embedding=True)
    try:
        backend.preflight(ModelRef.gguf(starter_model), options, force=False, reclaimable=0, cancel=threading.Event())
        verdict = validation.remembered(starter_model, embedding=True)
        assert verdict is not None and verdict.ok
        info = backend.load(starter_model, options)
        assert (info.architecture, info.embedding_length, info.pooling, info.context_length) == (
            "llama",
            576,
            "mean",
            512,
        )
    finally:
        backend.unload()


@pytest.mark.e2e
def test_starter_vectors_have_its_width_and_unit_length(starter_embedder: LlamaBackend) -> None:
    texts = ["The cat sat on the mat.", "How do I reset my password?", "The cat sat on the mat."]
    vectors = unit(starter_embedder.embed(texts))
    assert vectors.shape == (3, 576)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    assert np.allclose(vectors[0], vectors[2], atol=1e-6)
    assert float(vectors[0] @ vectors[1]) < 0.99


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "paraphrase", "unrelated"),
    [
        # Measured on the starter (mean pooling): about 0.96 against 0.69, and 0.96 against 0.65.
        ("The cat sat on the mat.", "A cat was sitting on the mat.", "Quarterly tax returns are due in April."),
        ("How do I reset my password?", "How can I change my password?", "The volcano erupted last night."),
    ],
)
def test_on_the_starter_a_paraphrase_is_closer_than_an_unrelated_sentence(
    starter_embedder: LlamaBackend, text: str, paraphrase: str, unrelated: str
) -> None:
    anchor, near, far = unit(starter_embedder.embed([text, paraphrase, unrelated]))
    assert float(anchor @ near) > float(anchor @ far) + 0.1
