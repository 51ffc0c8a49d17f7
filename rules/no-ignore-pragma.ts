// Policy: flags comments that switch rules off, so that exceptions live in the config file instead.
import type { Rule } from "../src/engine/rule.js";

/**
 * Comment texts (after `#`) that suppress findings: docklint's and hadolint's forms, and BuildKit's
 * `check=skip=` below the directives (it skips the next instruction; its value ends at the first blank).
 */
const suppressing = [/^docklint-disable(?:-next-line)?(?:\s|$)/, /^hadolint\s+(?:(?:global|stage)\s+)?ignore\s*=/, /^check\s*=\s*(?:[^;\s]*;)*skip=/];

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "Inline pragma that switches rules off (`# hadolint ignore=`, `# docklint-disable...`, `# check=skip=`).",
      rationale:
        "For teams that want every exception in one reviewed place: a comment in a Dockerfile can silence a " +
        "check without anyone noticing in review, while the config file (`ignore`/`rules` settings) keeps " +
        "the list of exceptions visible. This is a policy, not a defect, so it is off by default.",
      examples: {
        valid: ["FROM alpine:3.20\n# install the tools\nRUN apk add --no-cache curl\n"],
        invalid: ["FROM alpine:3.20\n# hadolint ignore=DL3019\nRUN apk add --no-cache curl\n"],
      },
      differences:
        "hadolint (DL1001) flags its own `ignore=` pragmas; we flag every form that suppresses findings: " +
        "hadolint's (also `global`/`stage` ignore), docklint's `docklint-disable` and `docklint-disable-next-line`, " +
        "and BuildKit's `# check=skip=` (the directive at the top, and the comment below it that skips the next instruction). `# hadolint shell=` and other directives are not suppressions.",
      recommended: false,
    },
    aliases: ["DL1001"],
    defaultLevel: "info",
    messages: {
      pragma: "Inline pragma `{{text}}` switches checks off; keep exceptions in the docklint config instead.",
    },
    schema: [],
  },
  create(context) {
    const ast = context.sourceCode.ast;
    return {
      Dockerfile() {
        for (const comment of ast.comments) {
          if (!suppressing.some((p) => p.test(comment.value))) continue;
          context.report({ loc: comment.loc, messageId: "pragma", data: { text: `# ${comment.value}` } });
        }
        for (const directive of ast.directives) {
          if (directive.name.toLowerCase() !== "check" || !/(?:^|;)\s*skip\s*=/.test(directive.value)) continue;
          context.report({ loc: directive.loc, messageId: "pragma", data: { text: `# ${directive.name}=${directive.value}` } });
        }
      },
    };
  },
};

export default rule;
