"""Pictures to a remote engine: the checked copy Hearth keeps goes as an OpenAI `image_url` data part,
over real HTTP to the stand-in server; a copy that is gone is a one-line refusal, before anything is sent."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.images.files import image_file
from desktop.core.images.intake import take_image
from desktop.core.messages import ChatMessage, ImagePart, TextPart
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest, ReplyResult, RequestRejected
from tests.helpers.hostile_openai import HostileOpenAI, Script, reply_events

CHAT = "/v1/chat/completions"


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[tuple[RemoteBackend, HostileOpenAI]]:
    with HostileOpenAI() as server:
        endpoints = EndpointStore(tmp_path / "remotes.json")
        endpoints.add(Endpoint("gpu", server.url))
        remote = RemoteBackend(endpoints, stall_s=3.0)
        info = remote.load(ModelRef("remote", endpoint="gpu", model_id="tiny"), LoadOptions(context_length=2048))
        assert info.vision  # the API does not say; the server answers for itself
        yield remote, server
        remote.unload()


def test_a_picture_goes_as_an_image_url_data_part(backend, tmp_path: Path) -> None:
    remote, server = backend
    source = tmp_path / "cat.png"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(source)
    part = take_image(source)
    server.queue(Script(body=reply_events(["An orange square."])))
    request = ReplyRequest("c", [ChatMessage.of("user", [part, TextPart("What is it?")])], ChatSettings())
    result = ReplyResult()
    list(remote.stream(request, result))
    assert result.text == "An orange square."
    [body] = server.bodies(CHAT)
    content = body["messages"][-1]["content"]
    assert content[0]["type"] == "image_url" and content[1] == {"type": "text", "text": "What is it?"}
    url = content[0]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == image_file(part).read_bytes()  # the checked copy


def test_a_picture_whose_copy_is_gone_is_refused_before_anything_is_sent(backend) -> None:
    remote, server = backend
    gone = ImagePart("0" * 64 + ".png", "image/png", 10, 10)
    request = ReplyRequest("c", [ChatMessage.of("user", [gone, TextPart("And this?")])], ChatSettings())
    with pytest.raises(RequestRejected, match="no longer in Hearth's data folder"):
        list(remote.stream(request, ReplyResult()))
    assert server.bodies(CHAT) == []
