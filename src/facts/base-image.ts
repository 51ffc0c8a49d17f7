// What each stage is built on: the FROM reference with its variables substituted, read by Docker's
// grammar, or the earlier stage it names, or scratch.
import type * as m from "../parse/model.js";
import { isScratch, parseImageRef, splitImageRef, type ImageRefParts, type ImageReference } from "../parse/image-ref.js";
import type { Variables } from "../parse/variables.js";
import type { StageGraph } from "./stage-graph.js";

export interface BaseImage {
  /** The FROM's image word as written; null when the FROM names none. */
  written: m.ImageRef | null;
  /** The reference with the ARGs visible to FROM substituted; an unknown variable stays as written. */
  resolved: string;
  /** The variables whose value is unknown. */
  unresolved: string[];
  /** The earlier stage it names, when it names one. */
  stage: m.Stage | null;
  scratch: boolean;
  /** What is pulled, split into name, tag and digest; null for scratch, a stage or no image. */
  pulled: ImageRefParts | null;
  /** The pulled reference read by Docker's grammar; null when a variable is unknown or Docker would refuse it. */
  reference: ImageReference | null;
}

/** What a FROM builds on (a stage's, or an ONBUILD trigger's). */
export function baseImageOf(from: m.From, graph: StageGraph, variables: Variables): BaseImage {
  const written = from.image;
  if (!written) return { written: null, resolved: "", unresolved: [], stage: null, scratch: false, pulled: null, reference: null };
  const { value, unresolved } = variables.resolve(written.text, from);
  const parent = graph.earlierStage(value, from.stageIndex);
  const scratch = isScratch(value);
  const pulled = parent || scratch ? null : splitImageRef(value);
  return { written, resolved: value, unresolved, stage: parent, scratch, pulled, reference: pulled ? parseImageRef(value) : null };
}
