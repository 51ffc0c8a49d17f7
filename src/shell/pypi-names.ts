// PyPI names that no longer install what they say (renamed, replaced or withdrawn projects), and
// PEP 503 name normalization.
import type { PackageWord } from "./package-managers.js";

export interface PypiReplacement {
  use: string;
  why: string;
  /** Exact pins below this version still install an old release. */
  worksBelow?: number[];
}

/**
 * PyPI names that no longer install (or install a stub), by normalized name (PEP 503), with the
 * project to install instead. Each entry was checked against the project's own notice.
 */
const pypiReplacements: Record<string, PypiReplacement> = {
  // https://github.com/scikit-learn/sklearn-pypi-package: every install fails since December 2023
  sklearn: { use: "scikit-learn", why: "the `sklearn` stub on PyPI fails to install" },
  // the `skimage` sdist (0.0) stops with "Please install the scikit-image package (instead of skimage)"
  skimage: { use: "scikit-image", why: "the `skimage` stub on PyPI fails to install" },
  // PIL has no installable release for Python 3; Pillow is its maintained fork (and owns the PyPI name)
  pil: { use: "Pillow", why: "`PIL` has no release that installs on Python 3" },
  // https://pypi.org/project/tensorflow-gpu/: removed in December 2022; 2.12 and later fail on purpose
  "tensorflow-gpu": {
    use: "tensorflow",
    why: "`tensorflow-gpu` was removed (the `tensorflow` package has had GPU support since 2.1)",
    worksBelow: [2, 12],
  },
};

/** The project to install instead of a PyPI name that no longer installs, or null. */
export function pypiReplacement(pkg: PackageWord): PypiReplacement | null {
  const entry = pkg.name ? pypiReplacements[normalizePypiName(pkg.name)] : undefined;
  if (!entry || (entry.worksBelow && pinnedBelow(pkg.spec, entry.worksBelow))) return null;
  return entry;
}

/** PEP 503 normalization: case-insensitive, runs of `-`, `_`, `.` are one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** `==2.4.1` (optionally after extras) pins a release older than `limit`. */
function pinnedBelow(spec: string, limit: number[]): boolean {
  const pin = /^(?:\[[^\]]*\])?\s*===?\s*(\d+(?:\.\d+)*)/.exec(spec);
  if (!pin) return false;
  const version = pin[1].split(".").map(Number);
  for (let i = 0; i < limit.length; i++) {
    if ((version[i] ?? 0) !== limit[i]) return (version[i] ?? 0) < limit[i];
  }
  return false;
}
