// What a `curl` or `wget` command downloads and where the content goes: to standard output (for a
// pipe or `$(...)`) or to files, named by `-o`/`-O` or, without them, by the URL's last segment.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import { optionValues } from "./flags.js";
import { withoutTrailingSlashes } from "./written-paths.js";

/** Where a download is written: the path as given, or the URL's file name (`-O`, plain `wget url`). */
export interface DownloadedFile {
  /** The path as written (`/tmp/app.tgz`), or the file name taken from the URL (`app.tgz`). */
  path: string;
  /** The word the path comes from: the `-o` value, or the URL. */
  word: Word;
}

const URL = /^(https?|ftp):\/\//i;
/** Options that make curl download nothing to keep: headers only, help, version. */
const CURL_NO_BODY = ["-I", "--head", "-V", "--version", "-h", "--help"];

export function isDownloader(cmd: ShellCommand): boolean {
  return cmd.command === "curl" || cmd.command === "wget";
}

/** The URLs a curl or wget command fetches. */
export function downloadUrls(cmd: ShellCommand): Word[] {
  return cmd.args.filter((a) => URL.test(a.value));
}

/** True when the command writes what it downloads to standard output: `curl url`, `wget -qO- url`. */
export function downloadsToStdout(cmd: ShellCommand): boolean {
  if (cmd.command === "curl") {
    if (cmd.hasFlag(...CURL_NO_BODY)) return false;
    const outputs = optionValues(cmd.args, ["o"], ["--output"]);
    if (outputs.length) return outputs.some((w) => w.value === "-");
    return !cmd.hasFlag("-O", "--remote-name", "--remote-name-all", "--output-dir");
  }
  if (cmd.command === "wget") return optionValues(cmd.args, ["O"], ["--output-document"]).some((w) => w.value === "-");
  return false;
}

/** The files a curl or wget command saves (none when it writes to standard output). */
export function downloadedFiles(cmd: ShellCommand): DownloadedFile[] {
  if (cmd.command === "curl") {
    if (cmd.hasFlag(...CURL_NO_BODY)) return [];
    const outputs = optionValues(cmd.args, ["o"], ["--output"]).filter((w) => w.value !== "-" && w.value !== "/dev/null");
    if (outputs.length) return outputs.map((word) => ({ path: word.value, word }));
    if (!cmd.hasFlag("-O", "--remote-name", "--remote-name-all")) return [];
    return downloadUrls(cmd).flatMap(urlFile);
  }
  if (cmd.command === "wget") {
    const outputs = optionValues(cmd.args, ["O"], ["--output-document"]);
    if (outputs.length) return outputs.filter((w) => w.value !== "-" && w.value !== "/dev/null").map((word) => ({ path: word.value, word }));
    const dir = optionValues(cmd.args, ["P"], ["--directory-prefix"])[0]?.value;
    return downloadUrls(cmd).flatMap((url) => urlFile(url).map((f) => (dir ? { ...f, path: `${withoutTrailingSlashes(dir)}/${f.path}` } : f)));
  }
  return [];
}

/** The file name a URL is saved under: its last path segment, without query or fragment. */
function urlFile(word: Word): DownloadedFile[] {
  const cut = word.value.search(/[?#]/);
  const path = cut < 0 ? word.value : word.value.slice(0, cut);
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name && !/^[a-z]+:$/i.test(name) && path.indexOf("/", path.indexOf("//") + 2) > 0 ? [{ path: name, word }] : [];
}
