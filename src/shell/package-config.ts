// Settings a package manager takes besides its flags: apt's `-o Name=value` options on the command
// line, and configuration files an earlier RUN writes (apt.conf.d, yum.conf, dnf.conf).
import type * as m from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import type { ShellDocument } from "./document.js";
import { flagValues } from "./flags.js";

/** An `-o Name=value` option (`-oName=value`, `--option Name=value`, `--option=Name=value`) that `matches` accepts. */
export function aptOption(cmd: ShellCommand, matches: (setting: string) => boolean): boolean {
  for (const read of flagValues(cmd.args, ["-o", "--option"])) if (matches(read.value)) return true;
  return false;
}

/**
 * True when an earlier RUN of the stage (or a stage it builds FROM) writes a setting: a RUN before
 * `run`, or `run` itself up to the offset `before`, whose text `writes` accepts.
 */
export function configWrittenBefore(run: m.Run, before: number, writes: (text: string) => boolean, doc: ShellDocument): boolean {
  const stage = doc.stageOf(run);
  if (!stage) return false;
  const writesIt = (i: m.Instruction) => i.type === "Run" && i.range[0] <= run.range[0] && writes(doc.text.slice(i.range[0], Math.min(i.range[1], before)));
  return doc.stageLineage(stage).some((s) => s.instructions.some(writesIt));
}
