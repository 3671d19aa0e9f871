"""A "fits / tight / too big" badge for this computer, with the estimate explained on hover."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.library import gpu_memory
from desktop.core.library.fit import FitEstimate, estimate_fit, free_memory
from desktop.ui.i18n import tr
from desktop.ui.plain import plain

# Each a filled badge with white text (contrast 4.8 to 6.5): it reads the same on any row,
# selected or not, in either theme.
COLORS = {"fits": "#15803d", "tight": "#b45309", "too big": "#b91c1c"}
OTHER = "#6b7280"
# The verdicts as the badge shows them (core's verdict strings are the keys).
VERDICTS = {
    "fits": QT_TRANSLATE_NOOP("", "fits"),
    "tight": QT_TRANSLATE_NOOP("", "tight"),
    "too big": QT_TRANSLATE_NOOP("", "too big"),
}


def fit_for(
    weights_bytes: int, context_length: int, kv_bytes_per_token: int | None, estimated: bool, parameters: int = 0
) -> FitEstimate:
    # Where the last model went tells whether layers go to a GPU (asking llama.cpp here would
    # import it on the GUI thread); before any model has loaded, the estimate counts system memory.
    backend = gpu_memory.last_loaded_backend()
    return estimate_fit(
        weights_bytes,
        context_length,
        kv_bytes_per_token,
        free_memory(),
        gpu_memory.free_gpu_memory(backend),
        bool(backend),
        kv_estimated=estimated,
        parameters=parameters,
    )


class FitBadge(QLabel):
    def __init__(self, estimate: FitEstimate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitBadge")
        self.show_estimate(estimate)

    def show_estimate(self, estimate: FitEstimate) -> None:
        self.estimate = estimate
        verdict = str(estimate.verdict)
        shown = tr(VERDICTS[verdict]) if verdict in VERDICTS else verdict
        self.setText(shown)
        self.setAccessibleName(tr("Fit for this computer: {verdict}").format(verdict=shown))
        self.setToolTip(plain(f"{shown[:1].upper()}{shown[1:]}: {estimate.explanation}"))
        color = COLORS.get(verdict, OTHER)
        self.setStyleSheet(f"color: #ffffff; background: {color}; border-radius: 8px; padding: 1px 6px;")
