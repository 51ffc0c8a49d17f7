// Flags an image (the final stage) that declares no HEALTHCHECK, so nothing tells whether it works.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "The final stage has no HEALTHCHECK.",
      rationale:
        "Without a HEALTHCHECK, Docker and Swarm only know whether the process is running, not whether it " +
        "serves: a hung server stays `running` and is never restarted or taken out of rotation. A HEALTHCHECK " +
        "(or `HEALTHCHECK NONE`, to say deliberately that the image has none, e.g. because Kubernetes probes " +
        "it) records the decision. Off by default: many images are tools or are probed by an orchestrator.",
      examples: {
        valid: [
          "FROM nginx:1.27\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1\n",
          "FROM alpine:3.20\nHEALTHCHECK NONE\n",
          "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1\nFROM base\nCOPY site /usr/share/nginx/html\n",
        ],
        invalid: ["FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n"],
      },
      differences:
        "Only the final stage (the image that is built: the last stage, or the one `--target` names) is checked; a HEALTHCHECK in a stage it " +
        "builds FROM is inherited and counts. `HEALTHCHECK NONE` counts as a decision. A HEALTHCHECK inside " +
        "ONBUILD is for images built from this one and does not count. A HEALTHCHECK the base image sets " +
        "cannot be seen, so such images need `# docklint-disable healthcheck-required` or a HEALTHCHECK of their own.",
      recommended: false,
    },
    aliases: ["DL3057", "DS026", "CKV_DOCKER_2"],
    defaultLevel: "info",
    messages: {
      missing:
        "The image has no HEALTHCHECK: add one that checks the service works, or `HEALTHCHECK NONE` to say it has none.",
    },
    schema: [],
  },
  create(context) {
    return {
      Dockerfile() {
        const image = context.sourceCode.facts.target;
        if (!image) return;
        const lineage = context.sourceCode.facts.lineage(image);
        if (lineage.some((stage) => stage.instructions.some((i) => i.type === "Healthcheck"))) return;
        context.report({ loc: context.sourceCode.locOf(image.from.keywordRange), messageId: "missing" });
      },
    };
  },
};

export default rule;
