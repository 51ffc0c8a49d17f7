// What a rule is: ESLint's rule model (typed with @eslint/core) over the Dockerfile document.
import type { LanguageOptions, RuleDefinition, RuleContext as CoreRuleContext, RulesMeta, ViolationReport } from "@eslint/core";
import type { SourceLocation } from "../source/source.js";
import type { UnsavedTexts } from "../source/unsaved-texts.js";
import type * as m from "../parse/model.js";
import type { ShellCommand } from "../shell/command.js";
import type { DockerfileSourceCode } from "./source-code.js";
import type { ComposeSourceCode, ComposeFileNode } from "./compose-source-code.js";
import type { ComposeService } from "../compose/model.js";

export { DEFAULT_THRESHOLD, LEVELS, levelRank, reachesThreshold, type Level, type Setting, type Threshold } from "./levels.js";
import type { Level } from "./levels.js";

/**
 * A docs example: a file's text, or one with the rule options it needs (rules that do nothing
 * unconfigured) and the files beside it (the Dockerfile a Compose service builds), by path
 * relative to the example's directory.
 */
export type Example = string | { code: string; options: unknown[]; files?: Record<string, string> };

export interface RuleDocs {
  description: string;
  /** Why it matters: the "Why is this bad?" section. */
  rationale: string;
  /** Dockerfiles the rule accepts and flags; each runs as a test (with the options given, if any). */
  examples: { valid: Example[]; invalid: Example[] };
  /** Why the fix is safe, or why it is only a suggestion. */
  fixSafety?: string;
  /** Where docklint deliberately differs from the tool an alias comes from. */
  differences?: string;
  recommended: boolean;
  /** The recommended preset turns the rule on when `test()` holds (e.g. a binary it needs is installed). */
  recommendedWhen?: { text: string; test(): boolean };
  url?: string;
}

export interface RuleMeta extends RulesMeta<string, unknown[], RuleDocs> {
  docs: RulesMeta<string, unknown[], RuleDocs>["docs"] & RuleDocs;
  messages: Record<string, string>;
  /** The same check's ids in hadolint, BuildKit, Trivy, Checkov. */
  aliases: string[];
  /**
   * Aliases that name one message of the rule rather than all of it (alias -> messageId), so
   * `# hadolint ignore=DL3052` or `SC2086: off` affect that check alone. A key ending in `*`
   * matches every alias with that prefix and a number, and `"*"` as its value means the
   * messageId is the alias itself (ShellCheck's codes).
   */
  messageAliases?: Record<string, string>;
  defaultLevel: Level;
  /** What the rule reads: Dockerfiles (the default) or Compose files (`compose.yaml`, ...). */
  language?: "dockerfile" | "compose";
}

type InstructionVisitors = {
  [K in keyof m.InstructionByType]?: (node: m.InstructionByType[K]) => void;
} & {
  [K in keyof m.InstructionByType as `${K}:exit`]?: (node: m.InstructionByType[K]) => void;
};

export type Visitor = InstructionVisitors & {
  Dockerfile?: (node: m.Dockerfile) => void;
  "Dockerfile:exit"?: (node: m.Dockerfile) => void;
  Stage?: (node: m.Stage) => void;
  "Stage:exit"?: (node: m.Stage) => void;
  ShellCommand?: (node: ShellCommand) => void;
};

export type RuleNode = m.Node | ShellCommand;

export type RuleContext = CoreRuleContext<{
  LangOptions: LanguageOptions;
  Code: DockerfileSourceCode;
  RuleOptions: unknown[];
  Node: RuleNode;
  MessageIds: string;
}> & {
  /** A one-line notice for the user, printed once per run (docklint only; absent under ESLint). */
  notice?(message: string): void;
  /**
   * Names a file the rule's findings depend on besides the Dockerfile (read, or only looked
   * for), so `--cache` re-lints when it appears, changes or goes (docklint only).
   */
  dependsOn?(file: string): void;
  /** An editor's unsaved texts, read before the disk for the files a rule reads (docklint's session only). */
  unsaved?: UnsavedTexts;
  /**
   * Asks for a check whose result arrives after the walk, from a runner the session has for its
   * `kind` (engine/later-checks.ts); `onResult` gets the result and reports as the rule would have
   * during the walk. `offset`: where the file stops, too complex, when the result does not come
   * within the file's time limit. docklint's session only: absent under ESLint and in the
   * engine's synchronous lintText, where a rule does its check at once or not at all.
   */
  checkLater?(check: { kind: string; input: unknown; offset: number }, onResult: (result: unknown) => void): void;
};

/** A Compose rule's visitors: the file (its merged project in `context.sourceCode.project`), then each service. */
export interface ComposeVisitor {
  ComposeFile?: (node: ComposeFileNode) => void;
  ComposeService?: (service: ComposeService) => void;
  "ComposeFile:exit"?: (node: ComposeFileNode) => void;
}

/** What a Compose rule reports on: a YAML node, a service (its key), the file. */
export type ComposeRuleNode = { range: [number, number]; loc: SourceLocation };

export type ComposeRuleContext = Omit<RuleContext, "sourceCode" | "report"> & {
  sourceCode: ComposeSourceCode;
  report(descriptor: ViolationReport<ComposeRuleNode, string>): void;
};

/** A rule over Compose files: the same meta (with `language: "compose"`), its own visitors and source code. */
export interface ComposeRule {
  meta: RuleMeta & { language: "compose" };
  create(context: ComposeRuleContext): ComposeVisitor;
}

/** Any rule of the registry. */
export type AnyRule = Rule | ComposeRule;

export function isComposeRule(rule: AnyRule): rule is ComposeRule {
  return rule.meta.language === "compose";
}

/** Whether the recommended preset turns a rule on. */
export function isRecommended(rule: AnyRule): boolean {
  return rule.meta.docs.recommended || (rule.meta.docs.recommendedWhen?.test() ?? false);
}

export interface Rule
  extends RuleDefinition<{
    LangOptions: LanguageOptions;
    Code: DockerfileSourceCode;
    RuleOptions: unknown[];
    Visitor: Visitor;
    Node: RuleNode;
    MessageIds: string;
    ExtRuleDocs: RuleDocs;
  }> {
  meta: RuleMeta;
  create(context: RuleContext): Visitor;
}

/** A rule module together with its id (the file name). */
export interface NamedRule {
  id: string;
  rule: AnyRule;
}
