// Structural problems Docker would refuse or silently misread, found on the one parse.
// Each becomes a `syntax` finding; none stops the rest of the lint.
import { locationOf, type Range, type SourceText } from "../source/source.js";
import type * as m from "./model.js";

/**
 * Flags each instruction accepts (BuildKit's, labs included), and the values a flag may take
 * (null: any value).
 */
const knownFlags: Record<string, Record<string, string[] | null>> = {
  FROM: { platform: null },
  RUN: { mount: null, network: ["default", "none", "host"], security: ["sandbox", "insecure"], device: null },
  COPY: { from: null, chown: null, chmod: null, link: null, parents: null, exclude: null },
  ADD: { chown: null, chmod: null, link: null, checksum: null, "keep-git-dir": null, exclude: null, unpack: null },
  ARG: { required: null },
  HEALTHCHECK: { interval: null, timeout: null, "start-period": null, "start-interval": null, retries: null },
};
const mountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];
/** Boolean flags: `--link` alone means true; a value must be true or false. */
const switchFlags = new Set(["link", "parents", "keep-git-dir", "unpack", "required"]);
/** Flags BuildKit accepts more than once; any other flag given twice is an error. */
const repeatableFlags = new Set(["mount", "exclude", "device"]);
/** Instructions whose arguments are a shell command line, where `#` starts a comment. */
const shellArguments = new Set(["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "SHELL", "ONBUILD"]);

export function findParseProblems(doc: m.Dockerfile, source: SourceText): m.ParseProblem[] {
  const problems: m.ParseProblem[] = [];
  const add = (range: Range, message: string) => problems.push({ message, range, loc: locationOf(source, range) });

  for (const d of doc.directives) {
    if (d.name === "escape" && d.value !== "\\" && d.value !== "`") {
      add(d.valueRange, `Invalid escape directive '${d.value}': it must be \\ or \`.`);
    }
  }
  const check = (i: m.Instruction): void => {
    if (i.type === "Unknown") {
      add(i.keywordRange, `Unknown instruction '${i.keyword}'.`);
      return;
    }
    if (!i.argsRange) {
      add(i.keywordRange, `${i.name} needs arguments.`);
      return;
    }
    checkFlags(i, add, doc);
    // Docker reads `#` as a comment only at the start of a line; later on it is an argument
    const comment = shellArguments.has(i.name) ? undefined : inlineComment(i);
    if (comment) {
      const range: Range = [comment.range[0], i.args[i.args.length - 1].range[1]];
      add(range, `'#' starts a comment only at the beginning of a line: Docker reads '${comment.text} ...' as more ${i.name} arguments.`);
    }
    const beforeComment = (node: { range: Range }) => !comment || node.range[0] < comment.range[0];
    switch (i.type) {
      case "From":
        if (comment && i.args.indexOf(comment) <= 3) break;
        if (i.args.length > 1 && !i.asKeyword) add(i.args[1].range, `FROM takes an image and 'AS name'; '${i.args[1].text}' is not 'AS'.`);
        else if (i.asKeyword && !i.stageName) add(i.asKeyword.range, "FROM ... AS needs a stage name.");
        else if (i.args.length > 3) add(i.args[3].range, `Unexpected '${i.args[3].text}' after the stage name.`);
        break;
      case "Run":
      case "Cmd":
      case "Entrypoint":
      case "Shell":
      case "Healthcheck":
        checkCommandForm(i, add);
        break;
      case "Copy":
      case "Add":
        if (!i.heredocs.length && i.sources.length === 0) add(i.argsRange ?? i.keywordRange, `${i.name} needs a source and a destination.`);
        break;
      case "Env":
      case "Label":
        for (const p of i.pairs.filter(beforeComment)) {
          if (!p.value) add(p.key.range, `${i.name} '${p.key.value}' has no value.`);
          else if (unbalancedQuote(p.value.text)) add(p.value.range, `Unterminated quote in ${i.name} value.`);
        }
        break;
      case "Arg":
        for (const p of i.pairs.filter(beforeComment)) {
          // a name built from variables (`ARG ${NAME}=x`) is expanded by BuildKit first
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.key.value) && !p.key.value.includes("$")) {
            add(p.key.range, `Invalid ARG name '${p.key.value}'.`);
          }
          if (p.value && unbalancedQuote(p.value.text)) add(p.value.range, "Unterminated quote in ARG default.");
        }
        break;
      case "User": {
        // BuildKit wants exactly one argument: `USER a b` names no user and the build fails
        const args = i.args.filter(beforeComment);
        if (args.length > 1) add([args[1].range[0], args[args.length - 1].range[1]], "USER takes one argument, a user with an optional group (user[:group]).");
        break;
      }
      case "Onbuild":
        if (i.trigger) check(i.trigger);
        break;
    }
    const heredocs = "heredocs" in i ? i.heredocs : [];
    for (const h of heredocs) if (!h.closed) add(h.range, `Heredoc '${h.name}' is never closed: no line '${h.name}' follows.`);
  };
  for (const i of doc.instructions) check(i);
  return problems;
}

function checkFlags(i: m.Instruction, add: (range: Range, message: string) => void, doc: m.Dockerfile): void {
  const allowed = knownFlags[i.name] ?? {};
  const seen = new Set<string>();
  for (const f of i.flags) {
    if (!(f.name in allowed)) {
      add(f.range, `Unknown flag --${f.name} for ${i.name}.`);
      continue;
    }
    if (seen.has(f.name) && !repeatableFlags.has(f.name)) add(f.range, `Flag --${f.name} is given more than once.`);
    seen.add(f.name);
    if (switchFlags.has(f.name)) {
      // `--link` alone is true; `--link=` and `--link=yes` are refused
      if (f.value !== null && !["true", "false"].includes(f.value.toLowerCase())) {
        add(f.valueRange ?? f.range, `Invalid value '${f.value}' for --${f.name}: expected true or false.`);
      }
      continue;
    }
    // BuildKit reads flag values only after `=`: in `--chmod 755` the 755 becomes a source
    if (f.value === null) {
      add(f.range, `Flag --${f.name} needs a value, written --${f.name}=<value>.`);
      continue;
    }
    const values = allowed[f.name];
    if (values && !values.includes(f.value.toLowerCase())) {
      add(f.valueRange ?? f.range, `Invalid value '${f.value}' for --${f.name}: expected ${values.join(", ")}.`);
    }
  }
  if (i.type === "Run") {
    for (const mount of i.mounts) {
      if (!mountTypes.includes(mount.type)) add(mount.flag.valueRange ?? mount.flag.range, `Unknown mount type '${mount.type}'.`);
      else if (["bind", "cache", "tmpfs"].includes(mount.type) && !mount.target && !hasWorkdir(doc, i)) {
        // without a target BuildKit mounts on the working directory, and mounting on / fails
        add(mount.flag.valueRange ?? mount.flag.range, `A ${mount.type} mount needs a target: without one it mounts on the working directory, and no WORKDIR is set.`);
      }
    }
  }
}

/** True when a WORKDIR comes before `at` in its stage or in the stages it is built from. */
function hasWorkdir(doc: m.Dockerfile, at: m.Instruction): boolean {
  let stage: m.Stage | undefined = doc.stages[at.stageIndex];
  for (let depth = 0; stage && depth <= doc.stages.length; depth++) {
    if (stage.instructions.some((i) => i.type === "Workdir" && i.range[0] < at.range[0])) return true;
    stage = stage.parent === null ? undefined : doc.stages[stage.parent];
  }
  return false;
}

/** The first argument that begins with `#`, when it is not the value of a legacy `ENV key value`. */
function inlineComment(i: m.Instruction): m.Word | undefined {
  const legacyPair = (i.type === "Env" || i.type === "Label") && i.pairs[0] && !i.pairs[0].hasEquals;
  return i.args.find((w, index) => w.text.startsWith("#") && !(legacyPair && index === 1));
}

function checkCommandForm(i: m.Run | m.Cmd | m.Entrypoint | m.Shell | m.Healthcheck, add: (range: Range, message: string) => void): void {
  if (i.type === "Healthcheck") {
    if (i.mode !== "CMD" && i.mode !== "NONE") add(i.args[0]?.range ?? i.keywordRange, "HEALTHCHECK takes CMD or NONE.");
    else if (i.mode === "CMD" && !i.exec && !i.shellText) add(i.args[0].range, "HEALTHCHECK CMD needs a command.");
    // BuildKit refuses the build: `HEALTHCHECK NONE takes no arguments`
    else if (i.mode === "NONE" && i.args.length > 1) {
      add([i.args[1].range[0], i.args[i.args.length - 1].range[1]], "HEALTHCHECK NONE takes no arguments.");
    }
    return;
  }
  if (i.exec) {
    if (i.type === "Shell" && i.exec.length === 0) add(i.argsRange!, "SHELL needs at least one element.");
    return;
  }
  const text = i.shellText ?? "";
  const line = text.split(/\r?\n/, 1)[0].trim();
  if (i.type === "Shell") {
    add(i.argsRange!, "SHELL must be a JSON array of strings, e.g. SHELL [\"/bin/bash\", \"-c\"].");
  } else if (looksLikeExecForm(line)) {
    const reason = /(^|[[,]\s*)'/.test(line)
      ? "strings need double quotes"
      : /\\(?![\\"/bfnrtu])/.test(line)
        ? "a backslash inside a string must be written \\\\"
        : "check its quotes and commas";
    add(i.argsRange!, `${i.name} looks like exec form but is not valid JSON (${reason}); Docker runs it as a shell command.`);
  } else if (!i.heredocs.length) {
    const quoteAt = unbalancedShellQuote(text);
    if (quoteAt >= 0) add([i.argsRange![0] + quoteAt, i.argsRange![0] + quoteAt + 1], `Unterminated ${text[quoteAt] === "'" ? "single" : "double"} quote.`);
  }
}

/**
 * `[` + quoted strings separated by commas + `]`, roughly: what the author meant as exec form.
 * Written without a regular expression's `[^]*...[^]*`, which backtracks quadratically on a long
 * line that does not end in `]`.
 */
function looksLikeExecForm(line: string): boolean {
  if (!line.startsWith("[") || !line.endsWith("]")) return false;
  const first = /^\[\s*["']/.exec(line);
  if (!first) return false;
  // a quote, then a comma, somewhere after the first quote: several strings
  const comma = /["']\s*,/g;
  comma.lastIndex = first[0].length;
  if (comma.exec(line) !== null) return true;
  // or one string: '...' or "..." alone
  return /^\[\s*('[^]*'|"(?:[^"\\]|\\.)*")\s*\]$/.test(line);
}

function unbalancedQuote(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && quote !== "'") i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== null;
}

/** Offset of an opening quote the shell text never closes, or -1. Comments are skipped. */
function unbalancedShellQuote(text: string): number {
  // character codes, not one-character strings: this runs over every RUN of every file
  const SINGLE = 39, DOUBLE = 34, BACKSLASH = 92, HASH = 35, NEWLINE = 10;
  let quote = 0;
  let openedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === SINGLE) {
      if (c === SINGLE) quote = 0;
    } else if (quote === DOUBLE) {
      if (c === BACKSLASH) i++;
      else if (c === DOUBLE) quote = 0;
    } else if (c === BACKSLASH) i++;
    else if (c === SINGLE || c === DOUBLE) {
      quote = c;
      openedAt = i;
    } else if (c === HASH && (i === 0 || isSpaceCode(text.charCodeAt(i - 1)))) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    }
  }
  return quote ? openedAt : -1;
}

/** Space, tab, or a line break. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
