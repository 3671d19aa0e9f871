"""Errors in OpenAI's wire format: the status code, and an error object that names what was wrong."""

from __future__ import annotations

from starlette.responses import JSONResponse

from desktop.core.text import one_line

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "timeout_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    503: "server_error",
}


class ApiError(Exception):
    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        # A message may quote what the client sent: on one line, escaped, and short.
        self.status, self.message = status, one_line(message)[:500]
        self.param, self.code = param, code

    def body(self) -> dict:
        kind = _TYPES.get(self.status, "server_error")
        return {"error": {"message": self.message, "type": kind, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status)


def bad_field(param: str, message: str) -> ApiError:
    return ApiError(400, f"{param}: {message}", param=param)
