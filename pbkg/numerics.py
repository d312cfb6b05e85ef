"""The numeric kernels pinned so that ``pbkg train`` gives the same bytes on any machine.

NumPy and OpenBLAS choose their kernels when they load, from the CPU they run on: on a
machine with AVX-512 they take other code paths than on one with AVX2 alone, and the
sums of the pairing model's L-BFGS fit differ in their last bits — enough to change the
model file. Measured on an AVX-512 machine (2026-12-07): the shipped model, trained on an
AVX2 machine, came back with 2,735 of its weights different in the sixth decimal; with
the AVX2 kernels pinned (OpenBLAS's Haswell kernels, NumPy's X86_V4 dispatch disabled)
it came back byte for byte. Both libraries read the choice from the environment once, so
it must be set before numpy is first imported: :mod:`pbkg.cli` and the test suite's
conftest call :func:`pin_numeric_kernels` first thing.

Only a CPU with AVX-512 is pinned (down to AVX2, which every such CPU has); other
machines already run those kernels, and a variable the user set is left as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

AVX2_KERNELS: Mapping[str, str] = {
    "OPENBLAS_CORETYPE": "Haswell",
    "NPY_DISABLE_CPU_FEATURES": "X86_V4",
}


def cpu_flags(cpuinfo: str = "/proc/cpuinfo") -> frozenset[str]:
    """The CPU's feature flags as Linux lists them (none where there is no such file)."""
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return frozenset(line.partition(":")[2].split())
    except OSError:
        pass
    return frozenset()


def pinned_kernels(environ: Mapping[str, str], flags: frozenset[str]) -> dict[str, str]:
    """The variables to add to ``environ`` so that NumPy and OpenBLAS run their AVX2
    kernels: none unless the CPU has AVX-512, and none the user has set already."""
    if "avx512f" not in flags or not {"avx2", "fma"} <= flags:
        return {}
    return {name: value for name, value in AVX2_KERNELS.items() if name not in environ}


def pin_numeric_kernels() -> None:
    """Pin the kernels in this process's environment, if numpy has not loaded yet (after
    that the choice is made: nothing is changed)."""
    if "numpy" in sys.modules:
        return
    os.environ.update(pinned_kernels(os.environ, cpu_flags()))
