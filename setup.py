"""Package discovery, which pyproject.toml alone cannot express here.

The generated folder `callfire_async/` and the hand-written folder `custom/` install as one
package tree: `custom/` becomes `callfire_async.custom`. Subpackages are found at build time, so a
tag added to the spec (a new `callfire_async/api/<tag>/`) ships without editing this file.
"""

from setuptools import find_packages, setup

generated = find_packages(include=["callfire_async", "callfire_async.*"])
hand_written = [
    "callfire_async." + name for name in find_packages(include=["custom", "custom.*"])
]

setup(
    packages=generated + hand_written,
    package_dir={"callfire_async": "callfire_async", "callfire_async.custom": "custom"},
)
