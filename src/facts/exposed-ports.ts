// The ports an image of a stage EXPOSEs, its own and those of the stages it is built FROM, with
// their variables substituted.
import type * as m from "../parse/model.js";
import { readPortSpec, type PortSpecParts } from "../parse/ports.js";
import type { ShellDocument } from "../shell/document.js";
import type { StageGraph } from "./stage-graph.js";

export interface ExposedPort {
  instruction: m.Expose;
  /** The spec as written. */
  spec: m.PortSpec;
  /** The port part (`spec.port`) with its variables substituted; null when one is unknown. */
  port: string | null;
  /** `port` with its protocol read as a port spec (`53/udp`); null when either is unknown. */
  parts: PortSpecParts | null;
}

export function exposedPortsOf(stage: m.Stage, graph: StageGraph, doc: ShellDocument): ExposedPort[] {
  const out: ExposedPort[] = [];
  for (const s of graph.lineage(stage)) {
    for (const i of s.instructions) {
      if (i.type !== "Expose") continue;
      for (const spec of i.ports) {
        const resolved = doc.resolve(spec.port, i);
        const port = resolved.unresolved.length ? null : resolved.value;
        const protocol = spec.protocol === null ? null : doc.resolve(spec.protocol, i);
        const known = port !== null && !protocol?.unresolved.length;
        out.push({ instruction: i, spec, port, parts: known ? readPortSpec(protocol ? `${port}/${protocol.value}` : port) : null });
      }
    }
  }
  return out;
}
