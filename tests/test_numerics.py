"""pbkg pins NumPy's and OpenBLAS's kernels where the CPU would otherwise pick its own
AVX-512 ones, so that `pbkg train` writes the same bytes on every machine."""

from __future__ import annotations

import os
import subprocess
import sys

from pbkg.numerics import AVX2_KERNELS, cpu_flags, pinned_kernels

AVX512 = frozenset({"avx2", "fma", "avx512f"})


def test_a_cpu_with_avx512_is_pinned_to_the_avx2_kernels() -> None:
    assert pinned_kernels({}, AVX512) == dict(AVX2_KERNELS)


def test_a_cpu_without_avx512_keeps_the_kernels_it_would_choose() -> None:
    assert pinned_kernels({}, frozenset({"avx2", "fma"})) == {}
    assert pinned_kernels({}, frozenset()) == {}


def test_a_choice_the_user_made_is_kept() -> None:
    chosen = {"OPENBLAS_CORETYPE": "SkylakeX"}
    assert pinned_kernels(chosen, AVX512) == {"NPY_DISABLE_CPU_FEATURES": "X86_V4"}


def test_flags_are_read_from_the_cpuinfo_file(tmp_path) -> None:
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2 fma avx512f\n", encoding="ascii")
    assert cpu_flags(str(info)) == frozenset({"fpu", "sse2", "avx2", "fma", "avx512f"})
    assert cpu_flags(str(tmp_path / "absent")) == frozenset()


def test_the_test_process_and_a_pbkg_process_run_the_same_kernels() -> None:
    # conftest pinned this process before numpy loaded; a pbkg command pins its own
    expected = pinned_kernels({}, cpu_flags())
    for name, value in expected.items():
        assert os.environ.get(name) == value
    env = {k: v for k, v in os.environ.items() if k not in AVX2_KERNELS}
    probe = "import os, pbkg.cli; print(os.environ.get('OPENBLAS_CORETYPE'))"
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == str(expected.get("OPENBLAS_CORETYPE"))
