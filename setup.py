"""The wheel's packages: `desktop`, with the checkout's top-level models/ and resources/ mapped under it.

Everything else is in pyproject.toml (which files of each package ship: its package-data). This part
needs code because setuptools' `find` names packages after the folders they lie in, and these two
folders are installed under another name: site-packages gets `desktop/models` and `desktop/resources`,
never a top-level `models` or `resources` that another distribution could claim. An editable install
maps them the same way (setuptools' import finder).
"""

from setuptools import find_packages, setup

MAPPED = {"desktop.models": "models", "desktop.resources": "resources"}
# The folders of resources/ that ship, as data-only packages (setuptools wants each folder of package
# data named as a package). The packaging scripts stay behind; the licence texts go (the About box).
RESOURCE_FOLDERS = ["icons", "translations", "packaging.licenses"]

setup(
    packages=[
        *find_packages(include=["desktop", "desktop.*"]),
        *MAPPED,
        *(f"desktop.resources.{folder}" for folder in RESOURCE_FOLDERS),
    ],
    package_dir=MAPPED,
)
