// Text -> the document model. split-instructions finds directives, comments and instructions
// (with their heredoc bodies) by BuildKit's line rules; each instruction's flags, arguments,
// exec-form JSON and typed fields are read here from its text, offsets kept 1:1 with the file.
import { createSource, locationOf, startOfLineAfter, type Range, type SourceText } from "../source/source.js";
import { blankContinuations } from "./logical-text.js";
import { parseJsonArray, splitWords, type RawWord } from "./words.js";
import { findHeredocMarkers, locateHeredocBodies, logicalLineEnd } from "./heredoc-bodies.js";
import type * as m from "./model.js";
import { LIMITS, TooComplex } from "./limits.js";
import { findParseProblems } from "./problems.js";
import { splitInstructions, type RawInstruction } from "./split-instructions.js";
import { substitute } from "./variables.js";
import { splitProtocol } from "./ports.js";

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

/** True when a word is an instruction's keyword (`RUN`, `copy`): Docker reads keywords in any case. */
export function isInstructionKeyword(word: string): boolean {
  return Object.hasOwn(typeByKeyword, word.toUpperCase());
}

export function parseDockerfile(raw: string): ParsedDockerfile {
  // before a line table, comments, continuation lines and instructions are built for each line
  const pastLimit = startOfLineAfter(raw, LIMITS.lines);
  if (pastLimit >= 0) throw new TooComplex(`more than ${LIMITS.lines} lines`, pastLimit);
  const source = createSource(raw);
  const tree = splitInstructions(source.text);
  checkLimits(tree.instructions);
  const builder = new Builder(source, tree.escapeChar);

  // each instruction is built knowing its stage (a FROM starts the next one): one object shape
  let stageIndex = -1;
  const instructions = tree.instructions.map((i) => {
    if (i.keyword.toUpperCase() === "FROM") stageIndex++;
    return builder.instruction(i, false, stageIndex);
  });
  const preamble: m.Instruction[] = [];
  // the global ARGs are all in the preamble, complete by the first FROM: read once
  let globals: Map<string, string | null> | null = null;
  const globalArgsOnce = () => (globals ??= globalArgs(preamble));
  const stages: m.Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.type === "From") {
      const index = stages.length;
      // `FROM ${BASE}` names a stage when a global ARG says so, as in BuildKit
      const written = instruction.image?.text;
      const image = (written?.includes("$") ? substitute(written, globalArgsOnce(), tree.escapeChar).value : written)?.toLowerCase();
      const parent = image ? stages.findIndex((s) => s.name === image) : -1;
      stages.push({
        type: "Stage",
        index,
        // `AS ${NAME}` takes its name from a global ARG, as the image does
        name: stageNameOf(instruction, globalArgsOnce, tree.escapeChar),
        from: instruction,
        instructions: [],
        parent: parent >= 0 ? parent : null,
        range: [instruction.range[0], instruction.range[1]],
        loc: instruction.loc,
      });
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      stage.instructions.push(instruction);
      stage.range[1] = instruction.range[1];
    } else preamble.push(instruction);
  }
  for (const stage of stages) stage.loc = locationOf(source, stage.range);

  const directives: m.Directive[] = tree.directives.map((d) => ({
    name: d.name,
    value: d.value,
    range: d.range,
    loc: locationOf(source, d.range),
    valueRange: d.valueRange,
    valueLoc: locationOf(source, d.valueRange),
  }));
  const comments: m.Comment[] = tree.comments.map((c) => ({
    type: "Comment",
    value: c.content.trim(),
    range: c.range,
    loc: locationOf(source, c.range),
  }));

  const range: Range = [0, source.text.length];
  const document: m.Dockerfile = {
    type: "Dockerfile",
    escapeChar: tree.escapeChar,
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

/** Refuses a file with more instructions or stages than the rules can go through in seconds. */
function checkLimits(instructions: RawInstruction[]): void {
  if (instructions.length > LIMITS.instructions) {
    throw new TooComplex(`more than ${LIMITS.instructions} instructions`, instructions[LIMITS.instructions].keywordRange[0]);
  }
  let stages = 0;
  for (const i of instructions) {
    if (i.keyword.toUpperCase() === "FROM" && ++stages > LIMITS.stages) throw new TooComplex(`more than ${LIMITS.stages} stages`, i.keywordRange[0]);
  }
}

function stageNameOf(from: m.From, globals: () => Map<string, string | null>, escapeChar: string): string | null {
  const written = from.stageName?.value;
  if (!written) return null;
  return (written.includes("$") ? substitute(written, globals(), escapeChar).value : written).toLowerCase();
}

/** Default values of the ARGs declared before the first FROM. */
function globalArgs(preamble: m.Instruction[]): Map<string, string | null> {
  const scope = new Map<string, string | null>();
  for (const i of preamble) {
    if (i.type !== "Arg") continue;
    for (const p of i.pairs) scope.set(p.key.value, p.value ? substitute(p.value.value, scope).known : null);
  }
  return scope;
}

/** Instructions whose leading `--words` are flags (dockerfile-ast's set, plus ARG --required). */
const FLAG_INSTRUCTIONS = new Set(["FROM", "RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "HEALTHCHECK", "VOLUME", "ARG"]);

function leadingFlagCount(words: RawWord[]): number {
  let n = 0;
  while (n < words.length && /^--[A-Za-z]/.test(words[n].text)) n++;
  return n;
}

class Builder {
  /** Words split so far: LIMITS.words holds over the whole file. */
  private words = 0;

  constructor(
    readonly source: SourceText,
    readonly escapeChar: string,
  ) {}

  word(raw: RawWord): m.Word {
    return { type: "Word", text: raw.text, value: raw.value, range: raw.range, loc: locationOf(this.source, raw.range) };
  }

  instruction(i: RawInstruction, isTrigger: boolean, stageIndex: number): m.Instruction {
    const name = i.keyword.toUpperCase();
    const { range, keywordRange } = i;
    // The command line ends at the first line break outside a continuation when heredocs may follow.
    const text = this.source.text;
    const takesHeredocs = name === "RUN" || name === "COPY" || name === "ADD";
    const mayHaveHeredocs = takesHeredocs && text.slice(keywordRange[1], range[1]).includes("<<");
    const lineEnd = mayHaveHeredocs ? logicalLineEnd(text, keywordRange[1], range[1], this.escapeChar) : range[1];
    // One blanking and one split per instruction: flags, heredoc markers and arguments come from it.
    const logical = blankContinuations(text, keywordRange[1], lineEnd, this.escapeChar);
    const words = splitWords(logical, keywordRange[1], this.escapeChar, LIMITS.words - this.words);
    this.words += words.length;
    const flagCount = FLAG_INSTRUCTIONS.has(name) ? leadingFlagCount(words) : 0;
    const flags = words.slice(0, flagCount).map((w) => this.flag(w));
    const rawArgs = words.slice(flagCount);
    const heredocs = mayHaveHeredocs ? this.heredocs(rawArgs, range[1]) : [];
    const argsStart = rawArgs.length ? rawArgs[0].range[0] : flagCount ? flags[flagCount - 1].range[1] : keywordRange[1];
    const argsText = rawArgs.length ? logical.slice(argsStart - keywordRange[1], rawArgs[rawArgs.length - 1].range[1] - keywordRange[1]) : "";
    const argsEnd = heredocs.length ? range[1] : argsStart + argsText.length;
    const args = rawArgs.map((w) => this.word(w));

    const base = {
      name,
      keyword: i.keyword,
      keywordRange,
      flags,
      args,
      argsRange: args.length || heredocs.length ? ([argsStart, argsEnd] as Range) : null,
      stageIndex,
      isTrigger,
      range,
      loc: locationOf(this.source, range),
    };
    const type = typeByKeyword[name] ?? "Unknown";
    switch (type) {
      case "From":
        return this.from(base, flags);
      case "Run":
        return Object.assign(base, {
          type,
          ...this.commandForm(argsText, argsStart, range[1], heredocs),
          mounts: this.mounts(flags),
        });
      case "Cmd":
      case "Entrypoint":
        return Object.assign(base, { type, ...this.commandForm(argsText, argsStart, range[1], heredocs) });
      case "Shell":
        return Object.assign(base, { type, ...this.commandForm(argsText, argsStart, range[1], heredocs) });
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
        return Object.assign(base, { type, mode, ...form });
      }
      case "Copy":
      case "Add": {
        const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
        const words = json ? json.map((w) => this.word(w)) : args;
        const paths = words.filter((w) => !heredocs.some((h) => w.text.includes("<<" + h.name) || w.text.includes("<<-" + h.name) || w.value === "<<" + h.name));
        return Object.assign(base, {
          type,
          sources: paths.slice(0, -1),
          // `COPY <<EOF /file`: the heredoc is the source, so one path is the destination
          destination: paths.length > (heredocs.length ? 0 : 1) ? paths[paths.length - 1] : null,
          heredocs,
          from: flags.find((f) => f.name === "from") ?? null,
        });
      }
      case "Env":
      case "Label":
      case "Arg":
        return Object.assign(base, { type, pairs: this.pairs(type, args, argsText, argsStart) });
      case "Expose":
        return Object.assign(base, { type, ports: args.map((w) => this.port(w)) });
      case "Volume": {
        const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
        return Object.assign(base, { type, json: json !== null, paths: json ? json.map((w) => this.word(w)) : args });
      }
      case "Onbuild": {
        return Object.assign(base, { type, trigger: i.trigger ? this.instruction(i.trigger, true, stageIndex) : null });
      }
      default:
        return Object.assign(base, { type });
    }
  }

  /** `--name=value` or `--name`: a word before the arguments. */
  private flag(w: RawWord): m.Flag {
    const name = /^--([^=]*)/.exec(w.text)![1];
    const nameRange: Range = [w.range[0] + 2, w.range[0] + 2 + name.length];
    const hasValue = w.text.length > name.length + 2;
    return {
      type: "Flag",
      name: name.toLowerCase(),
      value: hasValue ? w.value.slice(name.length + 3) : null,
      nameRange,
      valueRange: hasValue ? [nameRange[1] + 1, w.range[1]] : null,
      range: w.range,
      loc: locationOf(this.source, w.range),
    };
  }

  /** The heredocs whose markers are among the command line's arguments. */
  private heredocs(args: RawWord[], end: number): m.Heredoc[] {
    const text = this.source.text;
    const markers = findHeredocMarkers(args);
    const bodies = locateHeredocBodies(text, markers, end, this.escapeChar);
    return markers.map((marker, index) => {
      const { contentRange, delimiterRange } = bodies[index];
      const range: Range = [marker.range[0], delimiterRange ? delimiterRange[1] : contentRange[1]];
      return {
        type: "Heredoc",
        name: marker.name,
        stripTabs: marker.stripTabs,
        quoted: /^<<-?\s*["']/.test(text.slice(marker.range[0], marker.range[1])),
        content: text.slice(contentRange[0], contentRange[1]),
        contentRange,
        closed: delimiterRange !== null,
        range,
        loc: locationOf(this.source, range),
      };
    });
  }

  private commandForm(argsText: string, argsStart: number, end: number, heredocs: m.Heredoc[]): m.CommandForm {
    const json = argsText.startsWith("[") ? parseJsonArray(argsText, argsStart) : null;
    if (json) return { exec: json.map((w) => this.word(w)), shellRange: null, shellText: null, heredocs };
    if (!argsText && !heredocs.length) return { exec: null, shellRange: null, shellText: null, heredocs };
    // Heredoc bodies go to the shell as written; only the command line has continuations.
    const lineEnd = argsStart + argsText.length;
    const shellEnd = heredocs.length ? end : lineEnd;
    // argsText is already blanked; heredoc bodies follow as written
    const shellText = argsText + this.source.text.slice(lineEnd, shellEnd);
    return { exec: null, shellRange: [argsStart, shellEnd], shellText, heredocs };
  }

  private from(base: Omit<m.From, "type" | "image" | "stageName" | "asKeyword" | "platform">, flags: m.Flag[]): m.From {
    const [image, as, name] = base.args;
    return Object.assign(base, {
      type: "From" as const,
      image: image ? { text: image.value, range: image.range, loc: image.loc } : null,
      asKeyword: as && as.value.toLowerCase() === "as" ? as : null,
      stageName: as && as.value.toLowerCase() === "as" && name ? name : null,
      platform: flags.find((f) => f.name === "platform") ?? null,
    });
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
    return { ...w, ...splitProtocol(w.value) };
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
      const key = this.word({ text: keyText, value: unquote(keyText, this.escapeChar), range: [w.range[0], w.range[0] + eq] });
      const valueText = w.text.slice(eq + 1);
      const value = this.word({
        text: valueText,
        value: unquote(valueText, this.escapeChar),
        range: [w.range[0] + eq + 1, w.range[1]],
      });
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

function unquote(text: string, escapeChar: string): string {
  return splitWords(text, 0, escapeChar)
    .map((w) => w.value)
    .join(" ");
}
