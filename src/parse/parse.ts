// dockerfile-ast -> the document model. dockerfile-ast finds instructions, flags, heredocs,
// directives and comments; arguments are read here from the text because its argument
// helpers mishandle comment lines inside continuations and spaces inside JSON strings.
import { DockerfileParser } from "dockerfile-ast";
import type * as ast from "dockerfile-ast";
import { createSource, locationOf, offsetAt, type Range, type SourceText } from "../source/source.js";
import { blankContinuations } from "./logical-text.js";
import { parseJsonArray, splitWords, type RawWord } from "./words.js";
import type * as m from "./model.js";
import { findParseProblems } from "./problems.js";

/** dockerfile-ast's 0-based line/character ranges. */
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface ParsedDockerfile {
  source: SourceText;
  document: m.Dockerfile;
}

const typeByKeyword: Record<string, m.InstructionType> = {
  FROM: "From",
  RUN: "Run",
  CMD: "Cmd",
  ENTRYPOINT: "Entrypoint",
  SHELL: "Shell",
  HEALTHCHECK: "Healthcheck",
  COPY: "Copy",
  ADD: "Add",
  ENV: "Env",
  LABEL: "Label",
  ARG: "Arg",
  EXPOSE: "Expose",
  VOLUME: "Volume",
  ONBUILD: "Onbuild",
  USER: "User",
  WORKDIR: "Workdir",
  STOPSIGNAL: "Stopsignal",
  MAINTAINER: "Maintainer",
};

export function parseDockerfile(raw: string): ParsedDockerfile {
  const source = createSource(raw);
  const tree = DockerfileParser.parse(source.text);
  const builder = new Builder(source, tree.getEscapeCharacter());

  const instructions = tree.getInstructions().map((i) => builder.instruction(i, false));
  const preamble: m.Instruction[] = [];
  const stages: m.Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.type === "From") {
      const index = stages.length;
      const image = instruction.image?.text.toLowerCase();
      const parent = image ? stages.findIndex((s) => s.name === image) : -1;
      stages.push({
        type: "Stage",
        index,
        name: instruction.stageName?.value.toLowerCase() ?? null,
        from: instruction,
        instructions: [],
        parent: parent >= 0 ? parent : null,
        range: [instruction.range[0], instruction.range[1]],
        loc: instruction.loc,
      });
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      setStage(instruction, stage.index);
      stage.instructions.push(instruction);
      stage.range[1] = instruction.range[1];
      stage.loc = locationOf(source, stage.range);
    } else preamble.push(instruction);
  }

  const directives: m.Directive[] = tree.getDirectives().map((d) => {
    const range = builder.rangeOf(d.getRange());
    const valueRange = builder.rangeOf(d.getValueRange());
    return {
      name: d.getName().toLowerCase(),
      value: d.getValue(),
      range,
      loc: locationOf(source, range),
      valueRange,
      valueLoc: locationOf(source, valueRange),
    };
  });
  const comments: m.Comment[] = tree.getComments().map((c) => {
    const range = builder.rangeOf(c.getRange());
    return { type: "Comment", value: c.getContent().trim(), range, loc: locationOf(source, range) };
  });

  const range: Range = [0, source.text.length];
  const document: m.Dockerfile = {
    type: "Dockerfile",
    escapeChar: tree.getEscapeCharacter(),
    directives,
    comments,
    preamble,
    stages,
    instructions,
    problems: [],
    range,
    loc: locationOf(source, range),
  };
  document.problems = findParseProblems(document, source);
  return { source, document };
}

function setStage(instruction: m.Instruction, index: number): void {
  instruction.stageIndex = index;
  if (instruction.type === "Onbuild" && instruction.trigger) instruction.trigger.stageIndex = index;
}

class Builder {
  constructor(
    readonly source: SourceText,
    readonly escapeChar: string,
  ) {}

  rangeOf(r: LspRange): Range {
    const s = this.source;
    return [offsetAt(s, r.start.line + 1, r.start.character + 1), offsetAt(s, r.end.line + 1, r.end.character + 1)];
  }

  word(raw: RawWord): m.Word {
    return { type: "Word", text: raw.text, value: raw.value, range: raw.range, loc: locationOf(this.source, raw.range) };
  }

  instruction(i: ast.Instruction, isTrigger: boolean): m.Instruction {
    const name = i.getKeyword();
    const range = this.rangeOf(i.getRange());
    const keywordRange = this.rangeOf(i.getInstructionRange());
    const flags: m.Flag[] =
      "getFlags" in i && typeof i.getFlags === "function" ? (i.getFlags() as ast.Flag[]).map((f) => this.flag(f)) : [];
    // getHeredocs() is public only on the instructions that take heredocs
    const withHeredocs = i as unknown as { getHeredocs?: () => ast.Heredoc[] };
    const takesHeredocs = name === "RUN" || name === "COPY" || name === "ADD";
    const heredocs: m.Heredoc[] = takesHeredocs && withHeredocs.getHeredocs ? withHeredocs.getHeredocs().map((h) => this.heredoc(h)) : [];

    // Where the arguments start: after the keyword and any flags.
    let argsStart = flags.length ? flags[flags.length - 1].range[1] : keywordRange[1];
    // The command line ends where the first heredoc body begins.
    const lineEnd = heredocs.length ? this.lineEndBefore(heredocs[0].contentRange[0], range[1]) : range[1];
    const logical = blankContinuations(this.source.text, argsStart, lineEnd, this.escapeChar);
    const lead = logical.length - logical.trimStart().length;
    argsStart += lead;
    const argsText = logical.slice(lead).trimEnd();
    const argsEnd = heredocs.length ? range[1] : argsStart + argsText.length;
    const args = splitWords(argsText, argsStart, this.escapeChar).map((w) => this.word(w));

    const base = {
      name,
      keyword: i.getInstruction(),
      keywordRange,
      flags,
      args,
      argsRange: args.length || heredocs.length ? ([argsStart, argsEnd] as Range) : null,
      stageIndex: -1,
      isTrigger,
      range,
      loc: locationOf(this.source, range),
    };
    const type = typeByKeyword[name] ?? "Unknown";
    switch (type) {
      case "From":
        return this.from(base, flags);
      case "Run":
        return {
          ...base,
          type,
          ...this.commandForm(argsText, argsStart, range[1], heredocs),
          mounts: this.mounts(flags),
          commands: [],
        };
      case "Cmd":
      case "Entrypoint":
        return { ...base, type, ...this.commandForm(argsText, argsStart, range[1], heredocs), commands: [] };
      case "Shell":
        return { ...base, type, ...this.commandForm(argsText, argsStart, range[1], heredocs) };
      case "Healthcheck": {
        const mode = args[0]?.value.toUpperCase() ?? null;
        const rest = mode === "CMD" ? args[0].range[1] : argsStart;
        const restText = this.source.text.slice(rest, argsStart + argsText.length);
        const trimmed = restText.trimStart();
        const form =
          mode === "CMD"
            ? this.commandForm(
                blankContinuations(this.source.text, rest, argsStart + argsText.length, this.escapeChar).trimStart(),
                rest + restText.length - trimmed.length,
                range[1],
                [],
              )
            : { exec: null, shellRange: null, shellText: null, heredocs: [] };
        return { ...base, type, mode, ...form };
      }
      case "Copy":
      case "Add": {
        const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
        const words = json ? json.map((w) => this.word(w)) : args;
        const paths = words.filter((w) => !heredocs.some((h) => w.text.includes("<<" + h.name) || w.text.includes("<<-" + h.name) || w.value === "<<" + h.name));
        return {
          ...base,
          type,
          sources: paths.slice(0, -1),
          destination: paths.length > 1 ? paths[paths.length - 1] : null,
          heredocs,
          from: flags.find((f) => f.name === "from") ?? null,
        };
      }
      case "Env":
      case "Label":
      case "Arg":
        return { ...base, type, pairs: this.pairs(type, args, argsText, argsStart) };
      case "Expose":
        return { ...base, type, ports: args.map((w) => this.port(w)) };
      case "Volume": {
        const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
        return { ...base, type, json: json !== null, paths: json ? json.map((w) => this.word(w)) : args };
      }
      case "Onbuild": {
        const trigger = (i as ast.Onbuild).getTriggerInstruction();
        return { ...base, type, trigger: trigger ? this.instruction(trigger, true) : null };
      }
      default:
        return { ...base, type };
    }
  }

  private lineEndBefore(offset: number, fallback: number): number {
    const text = this.source.text;
    let end = Math.min(offset, fallback);
    if (text[end - 1] === "\n") end--;
    if (text[end - 1] === "\r") end--;
    return end;
  }

  private flag(f: ast.Flag): m.Flag {
    const range = this.rangeOf(f.getRange());
    const valueRange = f.getValueRange();
    return {
      type: "Flag",
      name: f.getName().toLowerCase(),
      value: f.getValue(),
      nameRange: this.rangeOf(f.getNameRange()),
      valueRange: valueRange ? this.rangeOf(valueRange) : null,
      range,
      loc: locationOf(this.source, range),
    };
  }

  private heredoc(h: ast.Heredoc): m.Heredoc {
    const start = this.rangeOf(h.getStartRange());
    const content = h.getContentRange();
    const delimiter = h.getDelimiterRange();
    const text = this.source.text;
    const markerText = text.slice(start[0], start[1]);
    let contentRange: Range;
    if (content) contentRange = this.rangeOf(content);
    else {
      // empty body: it starts on the line after the marker
      let s = start[1];
      while (s < text.length && text[s] !== "\n" && text[s] !== "\r") s++;
      s += text[s] === "\r" && text[s + 1] === "\n" ? 2 : s < text.length ? 1 : 0;
      contentRange = [s, s];
    }
    if (!delimiter) contentRange = [contentRange[0], this.source.text.length];
    const end = delimiter ? this.rangeOf(delimiter)[1] : contentRange[1];
    const range: Range = [start[0], end];
    return {
      type: "Heredoc",
      name: h.getName(),
      stripTabs: markerText.startsWith("<<-"),
      quoted: /^<<-?\s*["']/.test(markerText),
      content: text.slice(contentRange[0], contentRange[1]),
      contentRange,
      closed: delimiter !== null,
      range,
      loc: locationOf(this.source, range),
    };
  }

  private commandForm(argsText: string, argsStart: number, end: number, heredocs: m.Heredoc[]): m.CommandForm {
    const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
    if (json) return { exec: json.map((w) => this.word(w)), shellRange: null, shellText: null, heredocs };
    if (!argsText && !heredocs.length) return { exec: null, shellRange: null, shellText: null, heredocs };
    // Heredoc bodies go to the shell as written; only the command line has continuations.
    const lineEnd = argsStart + argsText.length;
    const shellEnd = heredocs.length ? end : lineEnd;
    const shellText =
      blankContinuations(this.source.text, argsStart, lineEnd, this.escapeChar) + this.source.text.slice(lineEnd, shellEnd);
    return { exec: null, shellRange: [argsStart, shellEnd], shellText, heredocs };
  }

  private from(base: Omit<m.From, "type" | "image" | "stageName" | "asKeyword" | "platform">, flags: m.Flag[]): m.From {
    const [image, as, name] = base.args;
    return {
      ...base,
      type: "From",
      image: image ? { text: image.value, range: image.range, loc: image.loc } : null,
      asKeyword: as && as.value.toLowerCase() === "as" ? as : null,
      stageName: as && as.value.toLowerCase() === "as" && name ? name : null,
      platform: flags.find((f) => f.name === "platform") ?? null,
    };
  }

  private mounts(flags: m.Flag[]): m.Mount[] {
    return flags
      .filter((f) => f.name === "mount" && f.value !== null)
      .map((flag) => {
        const options: Record<string, string> = {};
        for (const part of (flag.value ?? "").split(",")) {
          const eq = part.indexOf("=");
          const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
          if (key) options[key] = eq < 0 ? "true" : part.slice(eq + 1).trim();
        }
        return {
          type: (options.type ?? "bind").toLowerCase(),
          target: options.target ?? options.dst ?? options.destination ?? null,
          options,
          flag,
        };
      });
  }

  private port(w: m.Word): m.PortSpec {
    const slash = w.value.lastIndexOf("/");
    return {
      ...w,
      port: slash < 0 ? w.value : w.value.slice(0, slash),
      protocol: slash < 0 ? null : w.value.slice(slash + 1),
    };
  }

  private pairs(type: "Env" | "Label" | "Arg", args: m.Word[], argsText: string, argsStart: number): m.KeyValue[] {
    if (!args.length) return [];
    const firstEq = equalsIndex(args[0].text);
    if (type !== "Arg" && firstEq < 0) {
      // legacy `ENV key value with spaces`: the rest of the line is the value
      const key = args[0];
      const rest = args.slice(1);
      if (!rest.length) return [{ key, value: null, hasEquals: false, range: key.range, loc: key.loc }];
      const valueRange: Range = [rest[0].range[0], argsStart + argsText.length];
      const valueText = this.source.text.slice(valueRange[0], valueRange[1]);
      const value = this.word({ text: valueText, value: rest.map((r) => r.value).join(" "), range: valueRange });
      const range: Range = [key.range[0], valueRange[1]];
      return [{ key, value, hasEquals: false, range, loc: locationOf(this.source, range) }];
    }
    return args.map((w) => {
      const eq = equalsIndex(w.text);
      if (eq < 0) return { key: w, value: null, hasEquals: false, range: w.range, loc: w.loc };
      const keyText = w.text.slice(0, eq);
      const key = this.word({ text: keyText, value: unquote(keyText), range: [w.range[0], w.range[0] + eq] });
      const valueText = w.text.slice(eq + 1);
      const value = this.word({ text: valueText, value: unquote(valueText), range: [w.range[0] + eq + 1, w.range[1]] });
      return { key, value, hasEquals: true, range: w.range, loc: w.loc };
    });
  }
}

/** Index of the first `=` outside quotes, or -1. */
function equalsIndex(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "=") return i;
  }
  return -1;
}

function unquote(text: string): string {
  return splitWords(text, 0)
    .map((w) => w.value)
    .join(" ");
}
