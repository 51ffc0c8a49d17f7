// Flags a name in a pragma that is no rule, alias or hadolint code, so a misspelt suppression does
// not go unnoticed.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "A pragma (`# docklint-disable…`, `# hadolint ignore=…`, `# check=skip=…`) names what is no docklint rule, alias or hadolint code.",
      rationale:
        "A pragma that names an unknown rule switches nothing off: usually the name is misspelt, and the finding it " +
        "was written for is either still reported (and the pragma looks broken) or was fixed long ago (and the pragma " +
        "is dead). Codes hadolint has or had are known, retired ones too (DL3031): they have nothing to switch off " +
        "in docklint, and Dockerfiles written for hadolint keep them. Compose files' pragmas are checked by " +
        "compose-pragma-known-rule.",
      examples: {
        valid: [
          "FROM alpine:3.20\n# hadolint ignore=DL3018,SC2086\nRUN apk add --no-cache curl\n",
          "FROM centos:7\n# hadolint ignore=DL3031 # hadolint retired this code\nRUN yum update -y && yum clean all\n",
        ],
        invalid: ["FROM alpine:3.20\n# docklint-disable-next-line apk-pin-version\nRUN apk add --no-cache curl\n"],
      },
      differences:
        "hadolint ignores names it does not know in `# hadolint ignore=`; BuildKit ignores them in `# check=skip=`.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      unknown: "`{{name}}` is no docklint rule, alias or hadolint code, so this pragma switches nothing off for it (docklint --list-rules lists the rules).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Dockerfile() {
        for (const { name, range } of sourceCode.pragmas?.unknownNames ?? []) {
          context.report({ loc: sourceCode.locOf(range), messageId: "unknown", data: { name } });
        }
      },
    };
  },
};

export default rule;
