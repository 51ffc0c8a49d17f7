// Flags images pulled from a registry outside the configured list (FROM, COPY --from, RUN --mount from).
import type { Rule } from "../src/engine/rule.js";
import type { Instruction } from "../src/parse/model.js";
import { DEFAULT_DOMAIN, isScratch, parseImageRef } from "../src/parse/image-ref.js";
import type { Range } from "../src/source/source.js";

/** Names people write for Docker Hub; all mean `docker.io`. */
const DOCKER_HUB_NAMES = new Set(["docker.io", "hub.docker.com", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

function normalize(registry: string): string {
  const r = registry.trim().toLowerCase();
  return DOCKER_HUB_NAMES.has(r) ? DEFAULT_DOMAIN : r;
}

/** `*` trusts all; `*.example.com` trusts every subdomain of example.com; anything else is exact. */
function isTrusted(domain: string, patterns: readonly string[]): boolean {
  const d = normalize(domain);
  return patterns.some((p) => p === "*" || p === d || (p.startsWith("*.") && d.endsWith(p.slice(1))));
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "An image comes from a registry outside the configured list of trusted registries.",
      rationale:
        "Organisations vet where their base images come from: an internal mirror that scans images, or a few " +
        "vendors' registries. An image from anywhere else (a typo-squatted Docker Hub name, a personal " +
        "registry) has not been vetted and can bring anything into the build. The rule checks every image the " +
        "build pulls: FROM, `COPY --from=<image>` and `RUN --mount=from=<image>`. It does nothing until " +
        "registries are configured: `[\"error\", { \"registries\": [\"docker.io\", \"*.corp.example.com\"] }]`, or " +
        "hadolint's `trustedRegistries`.",
      examples: {
        valid: ["FROM python:3.12\n", "FROM ghcr.io/org/app:1.0\n"],
        invalid: [{ code: "FROM random.example.com/debian:12\n", options: [{ registries: ["docker.io"] }] }],
      },
      differences:
        "Like hadolint, an image without a registry is on Docker Hub (`docker.io`, also written `hub.docker.com` or " +
        "`index.docker.io`), `*.example.com` trusts subdomains, scratch and earlier stages are exempt, and with no " +
        "list nothing is reported. docklint also checks `COPY --from=<image>` and `RUN --mount=from=<image>` and " +
        "reads references after ARG substitution; one that cannot be resolved is not flagged.",
      recommended: false,
    },
    aliases: ["DL3026"],
    defaultLevel: "error",
    messages: {
      untrusted: "`{{image}}` comes from `{{registry}}`, which is not a trusted registry ({{trusted}}).",
    },
    schema: [
      {
        type: "object",
        properties: { registries: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { sourceCode } = context;
    const option = (context.options[0] as { registries?: string[] } | undefined)?.registries ?? [];
    const setting = context.settings.trustedRegistries;
    const configured = [...option, ...(Array.isArray(setting) ? setting.filter((r): r is string => typeof r === "string") : [])];
    if (configured.length === 0) return {};
    const patterns = configured.map(normalize);
    const stages = sourceCode.ast.stages;

    const check = (text: string, at: Instruction, range: Range, stageIndex: number) => {
      const resolved = sourceCode.resolve(text, at);
      if (resolved.unresolved.length > 0 || isScratch(resolved.value)) return;
      const name = resolved.value.toLowerCase();
      if (stages.some((s) => s.index < stageIndex && s.name === name)) return;
      const ref = parseImageRef(resolved.value);
      if (!ref || isTrusted(ref.domain, patterns)) return;
      context.report({
        loc: sourceCode.locOf(range),
        messageId: "untrusted",
        data: { image: resolved.value, registry: ref.domain, trusted: configured.join(", ") },
      });
    };

    return {
      From(node) {
        if (node.image) check(node.image.text, node, node.image.range, node.stageIndex);
      },
      Copy(node) {
        const from = node.from;
        if (!from?.value || !from.valueRange || /^\d+$/.test(from.value)) return;
        check(from.value, node, from.valueRange, node.stageIndex + 1);
      },
      Run(node) {
        for (const mount of node.mounts) {
          const image = mount.options.from;
          if (!image || !mount.flag.valueRange) continue;
          const flagText = sourceCode.text.slice(mount.flag.valueRange[0], mount.flag.valueRange[1]);
          const at = /(?:^|,)from=/.exec(flagText);
          const start = mount.flag.valueRange[0] + (at ? at.index + at[0].length : 0);
          check(image, node, [start, start + (at ? image.length : flagText.length)], node.stageIndex + 1);
        }
      },
    };
  },
};

export default rule;
