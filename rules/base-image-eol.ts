// Flags a FROM image whose release line (Python 3.6, Debian 10, ...) is past its end of life,
// read offline from docklint's own table (src/images/end-of-life.ts).
import type { Rule } from "../src/engine/rule.js";
import { PRODUCTS, type LineOf } from "../src/images/end-of-life.js";
import { releaseLinesOf } from "../src/images/release-lines.js";
import { today } from "../src/source/clock.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM names a base image whose release line (its language, database or OS version) has reached end of life.",
      rationale:
        "After a release line's end of life its publisher ships no more security fixes: `python:3.6.5-slim` still pulls, " +
        "but every vulnerability found in Python 3.6 or its Debian since then stays in the image, and scanners report " +
        "them in bulk. Packages drop support too, so `pip install` starts resolving old, unfixed versions. The rule " +
        "reads the tag (after ARG substitution): the image's own line (`python:3.6.5` is Python 3.6, `node:14-alpine` " +
        "is Node.js 14, `debian:buster-slim` is Debian 10) and the OS a variant tag names (`-buster`, `-alpine3.12`, " +
        "`nvidia/cuda:...-ubuntu18.04`). The dates come from a table shipped with docklint (docs/end-of-life.md lists " +
        "its sources and when it was compiled); no lint reads the network. Lines the table does not know, and tags " +
        "that move with their publisher (`python:3`, `node:lts`, `debian:stable`), are never flagged. For " +
        "reproducible CI set the day to compare with: `base-image-eol: [warning, { today: \"2025-01-01\" }]`, or the " +
        "environment variable `DOCKLINT_TODAY=2025-01-01`.",
      examples: {
        valid: [
          { code: "FROM python:3.13-slim\n", options: [{ today: "2026-12-05" }] },
          { code: "FROM node:22-alpine\n", options: [{ today: "2026-12-05" }] },
          { code: "ARG PY=3.12\nFROM python:${PY}-slim-bookworm\n", options: [{ today: "2026-12-05" }] },
        ],
        invalid: [
          { code: "FROM python:3.6.5-slim\n", options: [{ today: "2026-12-05" }] },
          { code: "FROM python:3.11-slim-buster\n", options: [{ today: "2026-12-05" }] },
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      ended: "{{product}} {{line}} reached end of life on {{date}}: `{{image}}` gets no security fixes. Move to a supported {{product}} line.",
      endedBase:
        "`{{image}}` is built on {{product}} {{line}}, which reached end of life on {{date}}: pick a variant on a supported {{product}} release.",
    },
    schema: [
      {
        type: "object",
        properties: {
          today: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "The day to compare with (YYYY-MM-DD), for reproducible builds; default: the current date." },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { sourceCode } = context;
    const option = (context.options[0] as { today?: string } | undefined)?.today;
    // asked only of an image on a known line: the environment and the clock cost every file otherwise
    let day: string | undefined;
    const judgedOn = () => (day ??= option && DATE.test(option) ? option : today());
    return {
      From(node) {
        if (!node.image) return;
        const base = sourceCode.facts.fromImage(node);
        const ref = base.unresolved.length ? null : base.reference;
        if (!ref) return;
        releaseLinesOf(ref).forEach((found, index) => {
          const { eol } = found.release;
          if (eol === null || eol > judgedOn()) return;
          context.report({
            loc: node.image!.loc,
            messageId: index === 0 && isOwnLine(found, ref.repository) ? "ended" : "endedBase",
            data: { product: PRODUCTS[found.product].title, line: shownLine(found), date: eol, image: base.resolved },
          });
        });
      },
    };
  },
};

/** True when the line is the image's own (Python for `python:...`), not the OS under it. */
function isOwnLine(found: LineOf, repository: string): boolean {
  const own = repository.slice(repository.lastIndexOf("/") + 1);
  return !(found.product === "debian" || found.product === "ubuntu" || found.product === "alpine" || found.product === "centos" || found.product === "rockylinux") || own === found.product;
}

/** Debian and Ubuntu lines with their code name, as their tags spell them. */
function shownLine(found: LineOf): string {
  const name = found.release.names?.[0];
  return name && (found.product === "debian" || found.product === "ubuntu") ? `${found.release.line} (${name})` : found.release.line;
}

export default rule;
