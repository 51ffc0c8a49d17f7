// Flags a service's `healthcheck.test` that repeats the HEALTHCHECK of the image it builds: a copy that drifts.
import type { ComposeRule } from "../src/engine/rule.js";
import { get, type YamlNode } from "../src/compose/yaml-tree.js";
import type * as m from "../src/parse/model.js";

const DOCKERFILE = 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s CMD ["wget", "-q", "--spider", "http://localhost/"]\n';

/** A health check command: the program's words (exec form), or a shell script. */
type Check = { argv: string[] } | { script: string };

const rule: ComposeRule = {
  meta: {
    type: "suggestion",
    language: "compose",
    docs: {
      description: "A service's `healthcheck.test` that runs the same command as the HEALTHCHECK of the image it builds.",
      rationale:
        "Docker takes each field of a service's healthcheck that the service leaves out from the image: a `test:` " +
        "equal to the Dockerfile's HEALTHCHECK changes nothing today, and becomes the one in effect the day the " +
        "Dockerfile's changes (a new port, a new endpoint), so the container is judged by a stale check and " +
        "reported unhealthy. Leave `test:` out and keep only what the service does differently (`interval:`, " +
        "`retries:`...). Commands are compared as run: exec form and a shell string of the same plain words are " +
        "the same, and so are shell strings that differ only in blanks. A different test is a deliberate change " +
        "and is not flagged, nor is `disable: true`; only services with `build:` are judged, for their `target`. " +
        "Info, as it is a copy rather than a fault, and recommended, since it is always safe to act on.",
      examples: {
        valid: [{ code: "services:\n  web:\n    build: .\n    healthcheck:\n      interval: 10s\n", options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [
          {
            code: "services:\n  web:\n    build: .\n    healthcheck:\n      test: wget -q --spider http://localhost/\n      interval: 10s\n",
            options: [],
            files: { Dockerfile: DOCKERFILE },
          },
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      same: "This `test:` repeats the image's HEALTHCHECK ({{dockerfile}} line {{line}}): leave it out, Docker takes the image's.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const test = get(service.get("healthcheck"), "test");
        if (!test || !sourceCode.isHere(test) || !service.build) return;
        const check = composeCheck(test);
        if (!check) return;
        const build = sourceCode.buildOf(service);
        const target = build?.sourceCode.facts.target;
        if (!build || !target) return;
        const healthcheck = build.sourceCode.facts.healthcheck(target);
        const image = healthcheck && imageCheck(healthcheck);
        if (!image || !sameCheck(check, image)) return;
        const dockerfile = sourceCode.relativeName(build.dockerfile);
        context.report({ node: test, messageId: "same", data: { dockerfile, line: healthcheck.loc.start.line } });
      },
    };
  },
};

/** `test: [CMD, prog, arg]`, `[CMD-SHELL, script]` or `test: script`; null for NONE or a value not known. */
function composeCheck(test: YamlNode): Check | null {
  if (test.type === "YamlScalar") return test.text === null || test.text.trim() === "" ? null : { script: test.text };
  if (test.type !== "YamlSeq") return null;
  const words: string[] = [];
  for (const item of test.items) {
    if (item.type !== "YamlScalar" || item.text === null) return null;
    words.push(item.text);
  }
  if (words[0] === "CMD" && words.length > 1) return { argv: words.slice(1) };
  if (words[0] === "CMD-SHELL" && words.length === 2) return { script: words[1] };
  return null;
}

function imageCheck(healthcheck: m.Healthcheck): Check | null {
  if (healthcheck.mode?.toUpperCase() !== "CMD") return null;
  if (healthcheck.exec) return healthcheck.exec.length ? { argv: healthcheck.exec.map((w) => w.value) } : null;
  return healthcheck.shellText?.trim() ? { script: healthcheck.shellText } : null;
}

/** The same command once run: the same words, or the same script but for blanks, or a script of plain words equal to exec form's. */
function sameCheck(a: Check, b: Check): boolean {
  const argv = (c: Check) => ("argv" in c ? c.argv : plainWords(c.script));
  if ("script" in a && "script" in b) return blanksCollapsed(a.script) === blanksCollapsed(b.script);
  const x = argv(a);
  const y = argv(b);
  return x !== null && y !== null && x.length === y.length && x.every((w, i) => w === y[i]);
}

function blanksCollapsed(script: string): string {
  return script.trim().replace(/\s+/g, " ");
}

/** A script's words when it is only plain words (no quotes, variables, operators or globs); null otherwise. */
function plainWords(script: string): string[] | null {
  if (/["'\\$`;&|<>(){}[\]*?~#!]/.test(script)) return null;
  const words = script.trim().split(/\s+/);
  return words[0].includes("=") ? null : words; // `NAME=value cmd` sets a variable
}

export default rule;
