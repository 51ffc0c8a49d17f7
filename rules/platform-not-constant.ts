// Flags `FROM --platform=<constant>` in a stage whose name does not say it is platform-specific.
import type { Rule } from "../src/engine/rule.js";

/** Other spellings of an architecture that stage names use (`build_x86_64` for linux/amd64). */
const ARCH_NAMES: Record<string, string[]> = {
  amd64: ["amd64", "x86_64", "x64"],
  arm64: ["arm64", "aarch64"],
  "386": ["386", "i386", "x86"],
};

/** The words of a platform a stage name may mention: os, architecture (and its aliases), variant. */
function platformWords(platform: string): string[] {
  const [os, arch, variant] = platform.toLowerCase().split("/");
  return [os, ...(arch ? (ARCH_NAMES[arch] ?? [arch]) : []), variant].filter((w): w is string => !!w);
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`FROM --platform=` with a constant value such as `linux/amd64`, in a stage not named for that platform.",
      rationale:
        "A constant platform makes the stage build for that one platform whatever the build was asked for, so " +
        "the Dockerfile cannot produce a multi-platform image, and on another host it builds under emulation. " +
        "Leave --platform out and pass it to the build, or use a variable (`--platform=$BUILDPLATFORM` for " +
        "cross-compiling stages). Stages that exist for one platform on purpose say so in their name " +
        "(`FROM --platform=linux/arm64 alpine AS build_arm64`, picked with `FROM build_${TARGETARCH}`), and are " +
        "not flagged.",
      examples: {
        valid: [
          "FROM alpine:3.20 AS base\n",
          "FROM --platform=${BUILDPLATFORM} alpine:3.20 AS base\n",
          "FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nFROM --platform=linux/arm64 alpine:3.20 AS build_arm64\nFROM build_${TARGETARCH} AS build\n",
        ],
        invalid: ["FROM --platform=linux/amd64 alpine:3.20 AS base\nRUN apk add --no-cache git\n"],
      },
      differences:
        "As in BuildKit, a value with a variable is never flagged and a stage name that contains the platform's " +
        "OS, architecture or variant exempts the stage; docklint also accepts the usual other names of an " +
        "architecture in the stage name (`x86_64`/`x64` for amd64, `aarch64` for arm64, `i386`/`x86` for 386).",
      recommended: true,
    },
    aliases: ["FromPlatformFlagConstDisallowed"],
    defaultLevel: "warning",
    messages: {
      constant:
        "`--platform={{platform}}` pins this stage to one platform: leave it to the build's --platform, use a " +
        "variable, or name the stage for the platform.",
    },
    schema: [],
  },
  create(context) {
    return {
      From(node) {
        const flag = node.platform;
        const platform = flag?.value;
        if (!flag || !platform || /[$]/.test(platform)) return;
        const stageName = node.stageName?.value.toLowerCase() ?? "";
        if (stageName && platformWords(platform).some((w) => stageName.includes(w))) return;
        const valueLoc = flag.valueRange ? context.sourceCode.locOf(flag.valueRange) : flag.loc;
        context.report({ loc: valueLoc, messageId: "constant", data: { platform } });
      },
    };
  },
};

export default rule;
