// The stages of a build and how they depend on each other: which stage each one is built FROM
// (its variables resolved with the build's inputs), which stage is the target, which stages'
// layers end up in the built image and which stages the build runs at all.
import type * as m from "../parse/model.js";
import type { Variables } from "../parse/variables.js";

export class StageGraph {
  /** The stage `docker build` builds: `--target`, else the last; undefined when there is none. */
  readonly target: m.Stage | undefined;
  /** True when a target was asked for that no stage is named. */
  readonly targetMissing: boolean;
  private readonly parents: (m.Stage | null)[];
  private readonly lineages = new Map<m.Stage, readonly m.Stage[]>();
  private inImageSet: Set<m.Stage> | null = null;
  private builtSet: Set<m.Stage> | null = null;

  constructor(
    private readonly doc: m.Dockerfile,
    private readonly variables: Variables,
    target: string | undefined,
    /** Build args were given: FROM lines naming a variable are resolved again with them. */
    resolveAgain: boolean,
  ) {
    const stages = doc.stages;
    this.parents = stages.map((s) => {
      // the parse resolved FROM with the global ARGs' defaults; build args may name another stage
      if (!resolveAgain || !s.from.image?.text.includes("$")) return s.parent === null ? null : stages[s.parent];
      return this.earlierStage(variables.resolve(s.from.image.text, s.from).value, s.index);
    });
    const wanted = target?.toLowerCase();
    this.target = wanted === undefined ? stages.at(-1) : stages.find((s) => s.name === wanted);
    this.targetMissing = wanted !== undefined && this.target === undefined;
  }

  /** The stage `FROM <name>` names, when defined before stage `before` (names ignore case). */
  earlierStage(name: string, before: number): m.Stage | null {
    const lower = name.toLowerCase();
    return this.doc.stages.find((s) => s.index < before && s.name === lower) ?? null;
  }

  /** The stage this one is built FROM, or null when it is built on an image. */
  parentOf(stage: m.Stage): m.Stage | null {
    return this.parents[stage.index] ?? null;
  }

  /** The stage and its ancestors through `FROM <stage>`, nearest first. */
  lineage(stage: m.Stage): readonly m.Stage[] {
    let lineage = this.lineages.get(stage);
    if (!lineage) {
      const chain = [stage];
      // parents come earlier in the file: the chain ends
      for (let s = this.parentOf(stage); s; s = this.parentOf(s)) chain.push(s);
      this.lineages.set(stage, (lineage = chain));
    }
    return lineage;
  }

  /** True when the stage's layers are in the built image: the target and the stages it is built FROM. */
  inImage(stage: m.Stage): boolean {
    this.inImageSet ??= new Set(this.target ? this.lineage(this.target) : []);
    return this.inImageSet.has(stage);
  }

  /**
   * True when the build runs the stage: the image's stages and every stage they COPY --from,
   * with the stages those are built on. BuildKit skips the others.
   */
  isBuilt(stage: m.Stage): boolean {
    if (!this.builtSet) {
      const built = new Set<m.Stage>();
      const queue = this.target ? [this.target] : [];
      while (queue.length) {
        const next = queue.pop()!;
        for (const s of this.lineage(next)) {
          if (built.has(s)) continue;
          built.add(s);
          for (const i of s.instructions) {
            const source = (i.type === "Copy" || i.type === "Add") && i.from ? this.copySource(i) : null;
            if (source && !built.has(source)) queue.push(source);
          }
        }
      }
      this.builtSet = built;
    }
    return this.builtSet.has(stage);
  }

  /** The stage a `COPY --from=` names (by name or index), or null for an image or an unknown name. */
  copySource(copy: m.Copy): m.Stage | null {
    if (!copy.from?.value) return null;
    const value = this.variables.resolve(copy.from.value, copy).value;
    if (/^\d+$/.test(value)) return this.doc.stages[Number(value)] ?? null;
    return this.earlierStage(value, copy.stageIndex);
  }
}
