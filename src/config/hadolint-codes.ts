// Every rule code hadolint has released, current or retired (from its README, its rule sources and
// the commits that removed rules), so that Dockerfiles, configs and command lines written for any
// hadolint version keep working: a code no docklint rule has is accepted wherever a rule name is,
// and stands for nothing.

/** The codes of hadolint's rules today; DL1000 is the code it reports a parse error under. */
const CURRENT = [
  "DL1000", "DL1001",
  "DL3000", "DL3001", "DL3002", "DL3003", "DL3004", "DL3006", "DL3007", "DL3008", "DL3009",
  "DL3010", "DL3011", "DL3012", "DL3013", "DL3014", "DL3015", "DL3016", "DL3018", "DL3019",
  "DL3020", "DL3021", "DL3022", "DL3023", "DL3024", "DL3025", "DL3026", "DL3027", "DL3028", "DL3029",
  "DL3030", "DL3032", "DL3033", "DL3034", "DL3035", "DL3036", "DL3037", "DL3038",
  "DL3040", "DL3041", "DL3042", "DL3043", "DL3044", "DL3045", "DL3046", "DL3047", "DL3048", "DL3049",
  "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3059",
  "DL3060", "DL3061", "DL3062", "DL3063", "DL3064", "DL3065", "DL3066", "DL3067",
  "DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006",
];

/** Codes hadolint had and removed: the release that removed each, and what it flagged. */
export const RETIRED_HADOLINT_CODES: Readonly<Record<string, { removedIn: string; flagged: string }>> = {
  DL3005: { removedIn: "2.13.0", flagged: "`apt-get upgrade` and `apt-get dist-upgrade`" },
  DL3017: { removedIn: "2.7.0", flagged: "`apk upgrade`" },
  DL3031: { removedIn: "2.7.0", flagged: "`yum update`" },
  DL3039: { removedIn: "2.7.0", flagged: "`dnf update`" },
};

export const HADOLINT_CODES: readonly string[] = [...CURRENT, ...Object.keys(RETIRED_HADOLINT_CODES)].sort();
