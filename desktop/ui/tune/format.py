"""How the page says times, sizes, dates and counts, in the window's language."""

from __future__ import annotations

import time

from PySide6.QtCore import QDate, QLocale

from desktop.core.library.display import format_size
from desktop.ui.i18n import ENGLISH, tr, translation


def about_time(seconds: float) -> str:
    """'about 40 s', 'about 2 min', 'about 1 h 20 min': an estimate, said as one."""
    if seconds < 90:
        return tr("about {seconds} s").format(seconds=max(10, round(seconds / 10) * 10))
    minutes = round(seconds / 60)
    if minutes < 60:
        return tr("about {minutes} min").format(minutes=minutes)
    return tr("about {hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)


def time_left(seconds: float) -> str:
    """'1:05 left' for a run's ETA."""
    seconds = max(0, int(seconds))
    return tr("{time} left").format(time=f"{seconds // 60}:{seconds % 60:02d}")


def memory(count: int) -> str:
    return format_size(count)


def day(timestamp: float) -> str:
    """A date with its month's name, in the locale's words ('1 Dec 2026'); '' for none."""
    if timestamp <= 0:
        return ""
    moment = time.localtime(timestamp)
    # The window's language (QLocale() is the system's, which may be another): "2 Dez. 2026" in German.
    locale = QLocale(translation.language) if translation.language != ENGLISH else QLocale(QLocale.Language.English)
    return locale.toString(QDate(moment.tm_year, moment.tm_mon, moment.tm_mday), "d MMM yyyy")


def days(start: float, end: float) -> str:
    """'1 Dec 2026 – 3 Dec 2026', or one date when both are the same day."""
    first, last = day(start), day(end)
    if not first:
        return ""
    return first if first == last or not last else f"{first} – {last}"


def margin(value: float) -> str:
    """A log-probability margin with its sign: '+7.7', '−10.2'."""
    return f"{value:+.1f}".replace("-", "\u2212")


def liked(count: int) -> str:
    return tr("1 liked reply") if count == 1 else tr("{count} liked replies").format(count=count)


def pairs(count: int) -> str:
    return tr("1 preference pair") if count == 1 else tr("{count} preference pairs").format(count=count)
