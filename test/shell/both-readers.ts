// The simple shell reader and tree-sitter-bash, side by side on one instruction or on whole files,
// as comparable data (what rules can read of a parse).
import fs from "node:fs";
import path from "node:path";
import type * as m from "../../src/parse/model.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { parseShell, type ParsedShell } from "../../src/shell/find-commands.js";
import { parseSimpleScript } from "../../src/shell/simple-script.js";
import type { SourceText } from "../../src/source/source.js";

/** What rules can read of a parse, as comparable data. */
function view(parsed: ParsedShell): unknown {
  const view = {
    commands: parsed.commands.map((c) => ({
      name: c.name,
      args: c.args,
      assignments: c.assignments,
      wrappers: c.wrappers,
      range: c.range,
      loc: c.loc,
      redirects: c.redirects,
    })),
    scripts: parsed.scripts.map((s) => ({
      offset: s.offset,
      wrappers: s.wrappers,
      valid: s.valid,
      pipelines: s.pipelines,
      background: s.background,
      childShells: s.childShells,
      constructs: [...s.constructs].sort(),
    })),
  };
  parsed.dispose();
  return view;
}

/** Both readers' views of one instruction, and whether the simple reader took it. */
export function bothReaders(instruction: m.Run | m.Cmd | m.Entrypoint, source: SourceText) {
  return {
    simple: instruction.shellText !== null && !instruction.heredocs.length && parseSimpleScript(instruction.shellText) !== null,
    auto: view(parseShell(instruction, source)),
    treeSitter: view(parseShell(instruction, source, undefined, true)),
  };
}

/** Every RUN, CMD and ENTRYPOINT of `files` where the readers disagree, and how many the simple reader took. */
export function readersOnFiles(files: string[]): { disagreements: unknown[]; simple: number } {
  const disagreements: unknown[] = [];
  let simple = 0;
  for (const file of files) {
    const { source, document } = parseDockerfile(fs.readFileSync(file, "utf8"));
    for (const instruction of document.instructions) {
      if (instruction.type !== "Run" && instruction.type !== "Cmd" && instruction.type !== "Entrypoint") continue;
      const both = bothReaders(instruction, source);
      if (both.simple) simple++;
      if (JSON.stringify(both.auto) !== JSON.stringify(both.treeSitter)) disagreements.push({ file: path.basename(path.dirname(file)) + "/" + path.basename(file), line: instruction.loc.start.line, ...both });
    }
  }
  return { disagreements, simple };
}
