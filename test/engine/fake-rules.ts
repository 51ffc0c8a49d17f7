// Small rules made for engine tests, so the engine is tested without depending on real rules.
import type { NamedRule, Rule } from "../../src/engine/rule.js";
import type { ActiveRule } from "../../src/engine/linter.js";

const meta = (over: Partial<Rule["meta"]> = {}): Rule["meta"] => ({
  type: "problem",
  docs: { description: "A test rule.", rationale: "For tests.", examples: { valid: [], invalid: [] }, recommended: true },
  aliases: [],
  defaultLevel: "warning",
  messages: { found: "Found {{what}}." },
  schema: [],
  ...over,
});

/** Flags every USER instruction; fixes `USER root` to `USER 1000`. */
export const flagUser: Rule = {
  meta: meta({ aliases: ["XX0001", "FlagUser"], fixable: "code" }),
  create: (context) => ({
    User(node) {
      context.report({
        node,
        messageId: "found",
        data: { what: node.args[0]?.value },
        fix: node.args[0]?.value === "root" ? (fixer) => fixer.replaceText(node.args[0], "1000") : null,
      });
    },
  }),
};

/** Flags each command named `curl`; its "fix" breaks the file (used to test fix rejection). */
export const breakingFix: Rule = {
  meta: meta({ aliases: ["XX0002"], fixable: "code" }),
  create: (context) => ({
    ShellCommand(command) {
      if (command.command === "curl") {
        context.report({ node: command.name, messageId: "found", data: { what: "curl" }, fix: (fixer) => fixer.replaceText(command.name, 'curl "') });
      }
    },
  }),
};

/** Its fix adds a USER instruction, which flagUser then reports: more findings, so rejected. */
export const addsFindings: Rule = {
  meta: meta({ fixable: "code" }),
  create: (context) => ({
    From(node) {
      context.report({ node, messageId: "found", data: { what: "FROM" }, fix: (fixer) => fixer.insertTextAfter(node, "\nUSER nobody") });
    },
  }),
};

/** Throws on every Run: its crash must not stop other rules. */
export const crashes: Rule = {
  meta: meta(),
  create: () => ({
    Run() {
      throw new Error("boom");
    },
  }),
};

/** Options are validated against this schema. */
export const withOptions: Rule = {
  meta: meta({ schema: [{ type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false }] }),
  create: (context) => ({
    Dockerfile(node) {
      const max = (context.options[0] as { max?: number } | undefined)?.max ?? 1;
      if (node.stages.length > max) context.report({ node: node.stages[max], messageId: "found", data: { what: "too many stages" } });
    },
  }),
};

/** Looks at a file beside the Dockerfile on every COPY, as rules that read the build context do. */
export const readsFile: Rule = {
  meta: meta(),
  create: (context) => ({
    Copy() {
      context.dependsOn?.("/p/.dockerignore");
    },
  }),
};

/** Reports each USER with a message whose placeholders are spaced, repeated and unknown. */
export const templated: Rule = {
  meta: meta({ messages: { found: "{{ what }} is {{what}}; {{unknown}} and {{ }} stay, {{what}}!" } }),
  create: (context) => ({
    User(node) {
      context.report({ node, messageId: "found", data: { what: node.args[0]?.value } });
    },
  }),
};

/** Turns each `LABEL k=v` into `ENV k=v`, but `LABEL user=x` into `USER x`, which flag-user reports: that one fix adds a finding. */
export const labelToEnv: Rule = {
  meta: meta({ fixable: "code" }),
  create: (context) => ({
    Label(node) {
      const [key, value] = node.args[0]?.value.split("=") ?? [];
      const replacement = key === "user" ? `USER ${value}` : `ENV ${node.args[0]?.value}`;
      context.report({ node, messageId: "found", data: { what: "LABEL" }, fix: (fixer) => fixer.replaceText(node, replacement) });
    },
  }),
};

export const fakeRules: NamedRule[] = [
  { id: "flag-user", rule: flagUser },
  { id: "breaking-fix", rule: breakingFix },
  { id: "adds-findings", rule: addsFindings },
  { id: "crashes", rule: crashes },
  { id: "with-options", rule: withOptions },
  { id: "reads-file", rule: readsFile },
  { id: "templated", rule: templated },
  { id: "label-to-env", rule: labelToEnv },
];

export function active(ids: string[], options: Record<string, unknown[]> = {}): ActiveRule[] {
  return fakeRules.filter((r) => ids.includes(r.id)).map((r) => ({ ...r, level: r.rule.meta.defaultLevel, options: options[r.id] ?? [] }));
}

/** Reports each RUN twice: message `found` (alias XX0100) and a tool code XC1234 with a level of its own. */
export const withCodes: Rule = {
  meta: meta({ aliases: ["XX0100", "XC*"], messageAliases: { XX0100: "found", "XC*": "*" } }),
  create: (context) => ({
    Run(node) {
      context.report({ node, messageId: "found", data: { what: "RUN" } });
      context.report({ node, messageId: "XC1234", message: "Tool says so.", level: "info" } as never);
    },
  }),
};
fakeRules.push({ id: "with-codes", rule: withCodes });
