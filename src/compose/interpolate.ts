// Compose's variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
// `${VAR:?error}`, `${VAR:+alt}`, `$$`) over the values docklint knows: those of the `.env` file
// beside the Compose file. The shell environment `docker compose` runs in is not known when
// linting, so a variable `.env` does not set is unknown, and so is any value it is part of:
// never guessed, not even from its default. One pass over the text, no regular expression.

/** Variables whose values are known (from `.env`), by name. */
export type KnownVariables = ReadonlyMap<string, string>;

export interface Interpolated {
  /** The text with every reference replaced; null when a variable it needs is unknown. */
  value: string | null;
  /** The unknown variables it needs. */
  unknown: string[];
}

export function interpolate(text: string, known: KnownVariables): Interpolated {
  if (!text.includes("$")) return { value: text, unknown: [] };
  const unknown: string[] = [];
  const value = expand(text, known, unknown, 0);
  return { value: unknown.length ? null : value, unknown };
}

const isNameStart = (c: string) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || c === "_";
const isNameChar = (c: string) => isNameStart(c) || (c >= "0" && c <= "9");

function expand(text: string, known: KnownVariables, unknown: string[], depth: number): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
    } else if (next === "{") {
      const close = matchingBrace(text, i + 2);
      if (close < 0) {
        // Compose refuses it; read as text here, and the schema or a rule can say why
        out += text.slice(i);
        break;
      }
      out += braced(text.slice(i + 2, close), known, unknown, depth);
      i = close + 1;
    } else if (next !== undefined && isNameStart(next)) {
      let end = i + 1;
      while (end < text.length && isNameChar(text[end])) end++;
      const name = text.slice(i + 1, end);
      const value = known.get(name);
      if (value === undefined) unknown.push(name);
      out += value ?? "";
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The `}` closing a `${` whose body starts at `from`, counting nested `${`; -1 when none. */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `NAME`, `NAME:-default`, `NAME-default`, `NAME:?error`, `NAME?error`, `NAME:+alt`, `NAME+alt`. */
function braced(body: string, known: KnownVariables, unknown: string[], depth: number): string {
  let end = 0;
  while (end < body.length && isNameChar(body[end])) end++;
  const name = body.slice(0, end);
  const rest = body.slice(end);
  const value = known.get(name);
  const colon = rest.startsWith(":");
  const operator = rest[colon ? 1 : 0];
  const word = () => (depth > 20 ? "" : expand(rest.slice(colon ? 2 : 1), known, unknown, depth + 1));
  if (value === undefined) {
    // unset in .env, and maybe set where Compose runs: unknown whatever the default says
    unknown.push(name);
    return "";
  }
  const empty = value === "";
  if (operator === "-" && colon && empty) return word();
  if (operator === "+") return colon && empty ? "" : word();
  if (operator === "?" && colon && empty) {
    unknown.push(name); // Compose stops with the error
    return "";
  }
  return value;
}

/**
 * A `.env` file's variables as Compose reads them: `NAME=value` lines (`export ` allowed),
 * values in single quotes taken as written, in double quotes with `\n` and `\"` escapes,
 * unquoted ones up to a ` #` comment and trimmed; other lines skipped. Values are not
 * interpolated (a `$` in them is kept).
 */
export function readDotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    let line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    if (line.startsWith("export ")) line = line.slice(7).trimStart();
    const equals = line.indexOf("=");
    if (equals <= 0) continue;
    const name = line.slice(0, equals).trim();
    if (!isNameStart(name[0]) || ![...name].every(isNameChar)) continue;
    const rawValue = line.slice(equals + 1).trim();
    const quote = rawValue[0];
    let value: string;
    if ((quote === "'" || quote === '"') && rawValue.indexOf(quote, 1) > 0) {
      const inner = rawValue.slice(1, rawValue.indexOf(quote, 1));
      value = quote === '"' ? inner.replaceAll("\\n", "\n") : inner;
    } else {
      const comment = rawValue.indexOf(" #");
      value = (comment < 0 ? rawValue : rawValue.slice(0, comment)).trim();
    }
    out.set(name, value);
  }
  return out;
}
