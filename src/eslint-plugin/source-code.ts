// The source code object ESLint sees for a Dockerfile: docklint's own, plus what ESLint asks of
// a language (the walk with ShellCommand nodes, parents, `# eslint-...` comments).
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";
import type { FileProblem, Position, TraversalStep } from "@eslint/core";
import type * as m from "../parse/model.js";
import type { ParsedDockerfile } from "../parse/parse.js";
import { offsetAt, positionAt } from "../source/source.js";
import { DockerfileSourceCode, step } from "../engine/source-code.js";
import { shellPragma } from "../engine/pragmas.js";
import type { RuleNode } from "../engine/rule.js";
import type { BuildInputs } from "../facts/build-inputs.js";

const commentParser = new ConfigCommentParser();
const DIRECTIVE_TYPES = new Set(["eslint-disable", "eslint-enable", "eslint-disable-line", "eslint-disable-next-line"]);

// ESLint never says when it is done with a file: the shell syntax trees (WebAssembly memory)
// are freed once the source code object is collected.
const disposer = new FinalizationRegistry<Map<unknown, { dispose(): void }>>((shells) => {
  for (const parsed of shells.values()) parsed.dispose();
});

type Parent = m.Dockerfile | m.Stage | m.Instruction;

export class EslintDockerfileSourceCode extends DockerfileSourceCode {
  private readonly parents = new WeakMap<object, Parent>();

  constructor({ source, document }: ParsedDockerfile, build: BuildInputs = {}) {
    super(source, document, build);
    // `# hadolint shell=pwsh`: RUN bodies are not POSIX shell, so no ShellCommand nodes come from them
    for (const comment of document.comments) this.shellOverride = shellPragma(comment.value) ?? this.shellOverride;
    disposer.register(this, this.shellCache);
  }

  /** docklint's walk, with each RUN/CMD/ENTRYPOINT's ShellCommand nodes inside it. */
  override *traverse(): Iterable<TraversalStep> {
    const steps: TraversalStep[] = [];
    let instruction: Parent | undefined;
    this.walk((node, phase) => {
      if (node.type === "ShellCommand") this.parents.set(node, instruction!);
      else if (phase === 1) {
        if (node.type !== "Dockerfile" && node.type !== "Stage") instruction = node;
        for (const child of childrenOf(node)) this.parents.set(child, node);
      }
      steps.push(step(node, phase));
    }, true);
    yield* steps;
  }

  getParent(node: RuleNode | m.Stage | m.Dockerfile): Parent | undefined {
    return this.parents.get(node);
  }

  /** Outermost first, as in ESLint. */
  getAncestors(node: RuleNode | m.Stage | m.Dockerfile): Parent[] {
    const ancestors: Parent[] = [];
    for (let p = this.getParent(node); p; p = this.getParent(p)) ancestors.unshift(p);
    return ancestors;
  }

  getLocFromIndex(index: number): Position {
    return positionAt(this.source, index);
  }

  getIndexFromLoc(loc: Position): number {
    return offsetAt(this.source, loc.line, loc.column);
  }

  /** `# eslint-disable`, `# eslint-enable`, `# eslint-disable-next-line` (and `-line`) comments. */
  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const directives: Directive[] = [];
    for (const comment of this.ast.comments) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed || !DIRECTIVE_TYPES.has(parsed.label)) continue;
      const type = parsed.label.slice("eslint-".length) as Directive["type"];
      directives.push(new Directive({ type, node: comment, value: parsed.value, justification: parsed.justification }));
    }
    return { directives, problems: [] };
  }

  /** `# eslint docklint/apt-yes: off` comments. */
  getInlineConfigNodes(): m.Comment[] {
    return this.ast.comments.filter((comment) => commentParser.parseDirective(comment.value)?.label === "eslint");
  }

  applyInlineConfig(): { configs: { config: { rules: Record<string, never> }; loc: m.Comment["loc"] }[]; problems: FileProblem[] } {
    const configs = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseJSONLikeConfig(commentParser.parseDirective(comment.value)!.value);
      if (parsed.ok) configs.push({ config: { rules: parsed.config as Record<string, never> }, loc: comment.loc });
      else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }
}

function childrenOf(node: Parent): object[] {
  switch (node.type) {
    case "Dockerfile":
      return [...node.preamble, ...node.stages];
    case "Stage":
      return node.instructions;
    case "Onbuild":
      return node.trigger ? [node.trigger] : [];
    default:
      return [];
  }
}
