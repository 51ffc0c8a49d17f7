// Release lines of widely used base images and the day each stopped getting security fixes from
// its publisher: the data base-image-eol reads, shipped with docklint so no lint ever needs the
// network. How to update it: docs/end-of-life.md. test/images/end-of-life.test.ts keeps it sorted
// and consistent.

/** When this table was last compiled from its sources; lines published later are unknown. */
export const COMPILED = "2026-12-06";

export interface ReleaseLine {
  /** The line as its publisher names it: "3.6", "14", "10", "18.04". */
  line: string;
  /** The last day of security support (YYYY-MM-DD), or null while no end date is published. */
  eol: string | null;
  /** Other names tags give the line: Debian's, Ubuntu's and Node.js's code names, `python:2` for 2.7. */
  names?: string[];
}

export interface Product {
  /** How messages name it: "Python", "Debian". */
  title: string;
  /** Where the dates come from. */
  source: string;
  /** Oldest line first. */
  lines: ReleaseLine[];
}

const l = (line: string, eol: string | null, ...names: string[]): ReleaseLine => (names.length ? { line, eol, names } : { line, eol });

/**
 * The products, by the key image tags map to. Dates are the end of the publisher's free security
 * support: Debian's LTS end (the debian images get LTS updates from the same archive), Ubuntu's end
 * of standard support (ESM needs an Ubuntu Pro subscription the image does not have), upstream's
 * end of life for the rest. Where a publisher names only a month, its last day is used.
 */
export const PRODUCTS = {
  python: {
    title: "Python",
    source: "devguide.python.org/versions (status of Python versions), PEP 373 for 2.7",
    lines: [
      l("2.6", "2013-10-29"),
      l("2.7", "2020-01-01", "2"),
      l("3.3", "2017-09-29"),
      l("3.4", "2019-03-18"),
      l("3.5", "2020-09-30"),
      l("3.6", "2021-12-23"),
      l("3.7", "2023-06-27"),
      l("3.8", "2024-10-07"),
      l("3.9", "2025-10-31"),
      l("3.10", "2026-10-31"),
      l("3.11", "2027-10-31"),
      l("3.12", "2028-10-31"),
      l("3.13", "2029-10-31"),
      l("3.14", "2030-10-31"),
      l("3.15", "2031-10-31"),
    ],
  },
  node: {
    title: "Node.js",
    source: "github.com/nodejs/Release (release schedule), endoflife.date/nodejs",
    lines: [
      l("0.10", "2016-10-31"),
      l("0.12", "2016-12-31"),
      l("4", "2018-04-30", "argon"),
      l("5", "2016-06-30"),
      l("6", "2019-04-30", "boron"),
      l("7", "2017-06-30"),
      l("8", "2019-12-31", "carbon"),
      l("9", "2018-06-30"),
      l("10", "2021-04-30", "dubnium"),
      l("11", "2019-06-01"),
      l("12", "2022-04-30", "erbium"),
      l("13", "2020-06-01"),
      l("14", "2023-04-30", "fermium"),
      l("15", "2021-06-01"),
      l("16", "2023-09-11", "gallium"),
      l("17", "2022-06-01"),
      l("18", "2025-04-30", "hydrogen"),
      l("19", "2023-06-01"),
      l("20", "2026-04-30", "iron"),
      l("21", "2024-06-01"),
      l("22", "2027-04-30", "jod"),
      l("23", "2025-06-01"),
      l("24", "2028-04-30", "krypton"),
      l("25", "2026-06-01"),
      l("26", "2029-04-30"),
    ],
  },
  debian: {
    title: "Debian",
    source: "debian.org/releases and wiki.debian.org/LTS (end of LTS)",
    lines: [
      l("6", "2016-02-29", "squeeze"),
      l("7", "2018-05-31", "wheezy"),
      l("8", "2020-06-30", "jessie"),
      l("9", "2022-06-30", "stretch"),
      l("10", "2024-06-30", "buster"),
      l("11", "2026-08-31", "bullseye"),
      l("12", "2028-06-30", "bookworm"),
      l("13", "2030-06-30", "trixie"),
    ],
  },
  ubuntu: {
    title: "Ubuntu",
    source:
      "ubuntu.com/about/release-cycle and wiki.ubuntu.com/Releases (end of standard support); the exact days Ubuntu's distro-info-data (ubuntu.csv, eol column) records",
    lines: [
      l("12.04", "2017-04-28", "precise"),
      l("14.04", "2019-04-30", "trusty"),
      l("16.04", "2021-04-30", "xenial"),
      l("16.10", "2017-07-20", "yakkety"),
      l("17.04", "2018-01-13", "zesty"),
      l("17.10", "2018-07-19", "artful"),
      l("18.04", "2023-05-31", "bionic"),
      l("18.10", "2019-07-18", "cosmic"),
      l("19.04", "2020-01-23", "disco"),
      l("19.10", "2020-07-17", "eoan"),
      l("20.04", "2025-05-31", "focal"),
      l("20.10", "2021-07-22", "groovy"),
      l("21.04", "2022-01-20", "hirsute"),
      l("21.10", "2022-07-14", "impish"),
      l("22.04", "2027-06-30", "jammy"),
      l("22.10", "2023-07-20", "kinetic"),
      l("23.04", "2024-01-25", "lunar"),
      l("23.10", "2024-07-11", "mantic"),
      l("24.04", "2029-05-31", "noble"),
      l("24.10", "2025-07-10", "oracular"),
      l("25.04", "2026-01-15", "plucky"),
      l("25.10", "2026-07-09", "questing"),
      l("26.04", "2031-05-29", "resolute"),
    ],
  },
  alpine: {
    title: "Alpine Linux",
    source: "alpinelinux.org/releases (end of support)",
    lines: [
      l("3.1", "2016-11-01"),
      l("3.2", "2017-05-01"),
      l("3.3", "2017-11-01"),
      l("3.4", "2018-05-01"),
      l("3.5", "2018-11-01"),
      l("3.6", "2019-05-01"),
      l("3.7", "2019-11-01"),
      l("3.8", "2020-05-01"),
      l("3.9", "2020-11-01"),
      l("3.10", "2021-05-01"),
      l("3.11", "2021-11-01"),
      l("3.12", "2022-05-01"),
      l("3.13", "2022-11-01"),
      l("3.14", "2023-05-01"),
      l("3.15", "2023-11-01"),
      l("3.16", "2024-05-23"),
      l("3.17", "2024-11-22"),
      l("3.18", "2025-05-09"),
      l("3.19", "2025-11-01"),
      l("3.20", "2026-04-01"),
      l("3.21", "2026-11-01"),
      l("3.22", "2027-05-01"),
      l("3.23", "2027-11-01"),
      l("3.24", "2028-06-01"),
    ],
  },
  centos: {
    title: "CentOS",
    source: "centos.org (CentOS Linux end dates), endoflife.date/centos",
    lines: [l("6", "2020-11-30"), l("7", "2024-06-30"), l("8", "2021-12-31")],
  },
  rockylinux: {
    title: "Rocky Linux",
    source: "wiki.rockylinux.org (release and version guide)",
    lines: [l("8", "2029-05-31"), l("9", "2032-05-31"), l("10", "2035-05-31")],
  },
  fedora: {
    title: "Fedora",
    source: "docs.fedoraproject.org (end of life releases), endoflife.date/fedora",
    lines: [
      l("26", "2018-05-29"),
      l("27", "2018-11-30"),
      l("28", "2019-05-28"),
      l("29", "2019-11-26"),
      l("30", "2020-05-26"),
      l("31", "2020-11-24"),
      l("32", "2021-05-25"),
      l("33", "2021-11-30"),
      l("34", "2022-06-07"),
      l("35", "2022-12-13"),
      l("36", "2023-05-16"),
      l("37", "2023-12-05"),
      l("38", "2024-05-21"),
      l("39", "2024-11-26"),
      l("40", "2025-05-13"),
      l("41", "2025-12-15"),
    ],
  },
  golang: {
    title: "Go",
    source: "go.dev/doc/devel/release (a release is supported until two newer major releases exist)",
    lines: [
      l("1.8", "2018-02-16"),
      l("1.9", "2018-08-24"),
      l("1.10", "2019-02-25"),
      l("1.11", "2019-09-03"),
      l("1.12", "2020-02-25"),
      l("1.13", "2020-08-11"),
      l("1.14", "2021-02-16"),
      l("1.15", "2021-08-16"),
      l("1.16", "2022-03-15"),
      l("1.17", "2022-08-02"),
      l("1.18", "2023-02-01"),
      l("1.19", "2023-08-08"),
      l("1.20", "2024-02-06"),
      l("1.21", "2024-08-13"),
      l("1.22", "2025-02-11"),
      l("1.23", "2025-08-12"),
      l("1.24", "2026-02-10"),
      l("1.25", "2026-08-19"),
      l("1.26", null),
      l("1.27", null),
    ],
  },
  ruby: {
    title: "Ruby",
    source: "ruby-lang.org/en/downloads/branches",
    lines: [
      l("2.2", "2018-03-31"),
      l("2.3", "2019-03-31"),
      l("2.4", "2020-03-31"),
      l("2.5", "2021-04-05"),
      l("2.6", "2022-04-12"),
      l("2.7", "2023-03-31"),
      l("3.0", "2024-04-23"),
      l("3.1", "2025-03-26"),
      l("3.2", "2026-04-01"),
      l("3.3", "2027-03-31"),
      l("3.4", null),
      l("4.0", null),
    ],
  },
  php: {
    title: "PHP",
    source: "php.net/eol.php and php.net/supported-versions.php",
    lines: [
      l("5.5", "2016-07-21"),
      l("5.6", "2018-12-31"),
      l("7.0", "2019-01-10"),
      l("7.1", "2019-12-01"),
      l("7.2", "2020-11-30"),
      l("7.3", "2021-12-06"),
      l("7.4", "2022-11-28"),
      l("8.0", "2023-11-26"),
      l("8.1", "2025-12-31"),
      l("8.2", "2026-12-31"),
      l("8.3", "2027-12-31"),
      l("8.4", "2028-12-31"),
      l("8.5", "2029-12-31"),
    ],
  },
  java: {
    title: "Java",
    source:
      "openjdk.org (JDK project pages: a feature release is updated until the next one ships; long-term lines are left open, their end differs by vendor)",
    lines: [
      l("8", null),
      l("9", "2018-03-20"),
      l("10", "2018-09-25"),
      l("11", null),
      l("12", "2019-09-17"),
      l("13", "2020-03-17"),
      l("14", "2020-09-15"),
      l("15", "2021-03-16"),
      l("16", "2021-09-14"),
      l("17", null),
      l("18", "2022-09-20"),
      l("19", "2023-03-21"),
      l("20", "2023-09-19"),
      l("21", null),
      l("22", "2024-09-17"),
      l("23", "2025-03-18"),
      l("24", "2025-09-16"),
      l("25", null),
    ],
  },
  postgres: {
    title: "PostgreSQL",
    source: "postgresql.org/support/versioning",
    lines: [
      l("9.0", "2015-10-08"),
      l("9.1", "2016-10-27"),
      l("9.2", "2017-11-09"),
      l("9.3", "2018-11-08"),
      l("9.4", "2020-02-13"),
      l("9.5", "2021-02-11"),
      l("9.6", "2021-11-11"),
      l("10", "2022-11-10"),
      l("11", "2023-11-09"),
      l("12", "2024-11-21"),
      l("13", "2025-11-13"),
      l("14", "2026-11-12"),
      l("15", "2027-11-11"),
      l("16", "2028-11-09"),
      l("17", "2029-11-08"),
      l("18", "2030-11-14"),
    ],
  },
  redis: {
    title: "Redis",
    source:
      "redis.io release notes and its support policy (fixes go to the two newest major lines): a line ended when the second major after it shipped",
    lines: [l("3.2", "2018-10-17", "3"), l("4.0", "2020-04-30", "4"), l("5.0", "2022-04-27", "5")],
  },
  cuda: {
    title: "CUDA",
    source:
      "NVIDIA's CUDA container support policy (gitlab.com/nvidia/container-images/cuda, doc/support-policy.md, 2022): an image set ends with the driver branch it shipped with; the only date it states is CUDA 11.7 (R515, May 2023)",
    lines: [l("11.7", "2023-05-31")],
  },
} satisfies Record<string, Product>;

export type ProductKey = keyof typeof PRODUCTS;

/** A release line a tag names, with its product. */
export interface LineOf {
  product: ProductKey;
  release: ReleaseLine;
}

/** The line `version` belongs to in `product`: "3.6.5" is 3.6, "10.13" is 10, "bionic" is 18.04. */
export function lineOf(product: ProductKey, version: string): LineOf | null {
  const lines: ReleaseLine[] = PRODUCTS[product].lines;
  const byName = lines.find((r) => r.names?.includes(version));
  if (byName) return { product, release: byName };
  // the longest line the version starts with: "3.10.2" is 3.10, not 3.1
  let best: ReleaseLine | null = null;
  for (const r of lines) {
    if ((version === r.line || version.startsWith(r.line + ".")) && (!best || r.line.length > best.line.length)) best = r;
  }
  return best ? { product, release: best } : null;
}
