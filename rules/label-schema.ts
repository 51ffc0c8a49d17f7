// Checks LABELs against a configured schema: required labels present and non-empty, values in their format.
import type { Rule } from "../src/engine/rule.js";
import type { Env, KeyValue, Stage } from "../src/parse/model.js";

type LabelFormat = "text" | "url" | "rfc3339" | "spdx" | "hash" | "semver" | "email";

/** The message id for each format's check, and how a value in that format looks. */
const FORMATS: Record<Exclude<LabelFormat, "text">, { messageId: string; valid(value: string): boolean }> = {
  url: { messageId: "notUrl", valid: isUrl },
  rfc3339: { messageId: "notRfc3339", valid: isRfc3339 },
  spdx: { messageId: "notSpdx", valid: isSpdxExpression },
  hash: { messageId: "notHash", valid: (v) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) },
  semver: {
    messageId: "notSemver",
    valid: (v) =>
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/.test(v),
  },
  email: { messageId: "notEmail", valid: (v) => /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;.]+$/.test(v) },
};

function isUrl(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && !Number.isNaN(Date.parse(value));
}

/** SPDX license expression syntax: ids (`MIT`, `GPL-2.0+`, `LicenseRef-x`) joined by AND/OR/WITH, with parentheses. */
function isSpdxExpression(value: string): boolean {
  const tokens = value.replace(/[()]/g, " $& ").trim().split(/\s+/);
  let expectOperand = true;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(") {
      if (!expectOperand) return false;
      depth++;
    } else if (t === ")") {
      if (expectOperand || --depth < 0) return false;
    } else if (/^(?:AND|OR|and|or)$/.test(t)) {
      if (expectOperand) return false;
      expectOperand = true;
    } else if (/^(?:WITH|with)$/.test(t)) {
      if (expectOperand || !/^[A-Za-z0-9.-]+$/.test(tokens[i + 1] ?? "")) return false;
      i++;
    } else {
      if (!expectOperand || !/^(?:(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.-]*\+?)$/.test(t)) return false;
      expectOperand = false;
    }
  }
  return !expectOperand && depth === 0;
}

interface Options {
  labels?: Record<string, LabelFormat>;
  strict?: boolean;
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "Labels that do not follow the configured label schema (missing, empty, superfluous, wrong format).",
      rationale:
        "Teams agree on the labels every image carries (`org.opencontainers.image.source`, `.revision`, " +
        "`.licenses`, ...) so registries, scanners and people can tell where an image comes from. The schema says " +
        "which labels are required and the format of each value: text, url, rfc3339 (a timestamp), spdx (a " +
        "license expression), hash (a full git commit), semver or email. With `strict`, labels outside the " +
        "schema are flagged too. Configure it: `[\"info\", { \"labels\": { \"org.opencontainers.image.source\": " +
        "\"url\" }, \"strict\": false }]`, or hadolint's `label-schema` and `strict-labels`.",
      examples: {
        valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/org/app"\n'],
        invalid: [
          {
            code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github"\n',
            options: [{ labels: { "org.opencontainers.image.source": "url" } }],
          },
        ],
      },
      differences:
        "Labels are checked per image: the stage built (the last, or `--target`) with the stages it builds FROM (which pass their " +
        "labels on), so a builder stage that never becomes an image does not need the labels. A missing label " +
        "is reported at that stage's FROM. Values are read after ARG/ENV substitution; one that cannot be " +
        "resolved is not judged. `spdx` checks the expression's syntax, not that each id is on the SPDX list; " +
        "`hash` accepts a full SHA-1 or SHA-256 commit id. A label set twice is judged by its last value.",
      recommended: false,
    },
    aliases: ["DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"],
    defaultLevel: "info",
    messages: {
      missing: "Label `{{label}}` is missing: the label schema requires it.",
      superfluous: "Label `{{label}}` is not in the label schema (strict labels).",
      empty: "Label `{{label}}` is empty.",
      notUrl: "Label `{{label}}` is not a URL: `{{value}}`.",
      notRfc3339: "Label `{{label}}` is not an RFC 3339 timestamp (e.g. 2024-05-01T12:00:00Z): `{{value}}`.",
      notSpdx: "Label `{{label}}` is not an SPDX license expression (e.g. `Apache-2.0`, `MIT OR GPL-2.0-only`): `{{value}}`.",
      notHash: "Label `{{label}}` is not a full git commit hash: `{{value}}`.",
      notSemver: "Label `{{label}}` is not a semantic version (e.g. 1.2.3): `{{value}}`.",
      notEmail: "Label `{{label}}` is not an email address: `{{value}}`.",
    },
    schema: [
      {
        type: "object",
        properties: {
          labels: {
            type: "object",
            additionalProperties: { enum: ["text", "url", "rfc3339", "spdx", "hash", "semver", "email"] },
          },
          strict: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { sourceCode } = context;
    const options = (context.options[0] ?? {}) as Options;
    const schema = options.labels ?? {};
    if (Object.keys(schema).length === 0) return {};

    const labelsOf = (stage: Stage): { node: Env; pair: KeyValue; key: string }[] =>
      stage.instructions
        .filter((i): i is Env => i.type === "Label")
        .flatMap((node) => node.pairs.map((pair) => ({ node, pair, key: sourceCode.resolve(pair.key.value, node).value })));

    return {
      "Dockerfile:exit"(doc) {
        const image = sourceCode.facts.target;
        if (!image) return;
        // the value that reaches the image is the last one set: the image's stage is built on its
        // parents (oldest first), and within a stage a later LABEL overrides an earlier one
        const last = new Map<string, { node: Env; pair: KeyValue }>();
        for (const stage of [...sourceCode.stageLineage(image)].reverse()) {
          for (const { node, pair, key } of labelsOf(stage)) {
            last.delete(key); // kept in the order of the last setting
            last.set(key, { node, pair });
          }
        }
        for (const [key, { node, pair }] of last) {
          const format = schema[key];
          if (format === undefined) {
            if (options.strict && !key.includes("$")) context.report({ node: pair.key, messageId: "superfluous", data: { label: key } });
            continue;
          }
          const resolved = sourceCode.resolve(pair.value?.value ?? "", node);
          if (resolved.unresolved.length > 0) continue;
          const value = resolved.value;
          if (value.trim() === "") {
            context.report({ node: pair.value ?? pair.key, messageId: "empty", data: { label: key } });
            continue;
          }
          if (format === "text") continue;
          const check = FORMATS[format];
          if (check && !check.valid(value)) context.report({ node: pair.value!, messageId: check.messageId, data: { label: key, value } });
        }
        for (const label of Object.keys(schema)) {
          if (!last.has(label)) context.report({ loc: image.from.loc, messageId: "missing", data: { label } });
        }
      },
    };
  },
};

export default rule;
