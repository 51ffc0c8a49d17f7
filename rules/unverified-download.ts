// Flags downloads used with nothing checking them: `ADD https://…` without --checksum, and a file
// fetched by curl or wget that the same RUN runs, unpacks or installs without a checksum or signature check.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";
import { downloadedFiles, isDownloader } from "../src/shell/downloads.js";
import { usedFiles, type FileUse } from "../src/shell/file-uses.js";

const HTTP = /^https?:\/\//i;
/** Git sources: ADD clones them, and a ref or commit pins them (`--checksum` is for HTTP downloads). */
const GIT = /\.git(?:$|[#?])|^git@|^git:\/\//i;
/** Commands that check a file against a checksum or a signature. */
const VERIFIERS = new Set([
  "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "shasum", "md5sum", "b2sum", "cksum",
  "gpgv", "gpgv2", "cosign", "minisign", "signify", "slsa-verifier",
]);
/** Signatures and checksums: files that check a download, not files to check. */
/** GitHub's API answers JSON about a repository: ADD of it is a cache-buster (rebuild when a branch moves), never code. */
const METADATA = /^https?:\/\/api\.github\.com\//i;
const CHECK_FILE = /\.(asc|sig|sign|sigstore|sha1|sha256|sha512|md5|sha256sum|sha512sum|pem|crt|pub|gpg)$/i;
const USE_WORDS: Record<FileUse, string> = { run: "runs", extract: "unpacks", install: "installs" };

function verifies(cmd: ShellCommand): boolean {
  if (VERIFIERS.has(cmd.command)) return true;
  if (cmd.command === "gpg" || cmd.command === "gpg2") return cmd.hasFlag("--verify", "--verify-files");
  if (cmd.command === "openssl") return ["dgst", "sha256", "sha512"].includes(cmd.args[0]?.value ?? "");
  if (cmd.command === "rpm") return cmd.hasFlag("-K", "--checksig");
  return false;
}

/** `/tmp/a.tgz` and `a.tgz` name the same download when one of them has no directory (the RUN may have cd'd). */
function sameFile(used: string, downloaded: string): boolean {
  const a = used.replace(/^\.\//, "");
  const b = downloaded.replace(/^\.\//, "");
  if (a === b) return true;
  const name = (p: string) => p.slice(p.lastIndexOf("/") + 1);
  return (!a.includes("/") || !b.includes("/")) && name(a) === name(b) && name(a) !== "";
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "`ADD https://…` without `--checksum`, and a file downloaded by curl or wget that the same RUN runs, " +
        "unpacks or installs (`sh f`, `./f`, `tar -xf f`, `unzip f`, `dpkg -i f`, `rpm -i f`, `pip install f`) " +
        "without checking its checksum or signature.",
      rationale:
        "A download is whatever the server sends on the day of the build: a compromised mirror, a re-tagged release " +
        "or a truncated transfer ends up installed in the image, and nothing in the build notices. Keep the expected " +
        "checksum in the Dockerfile and check it before using the file (`echo \"<sha256>  app.tgz\" | sha256sum -c -`), " +
        "or verify the publisher's signature (`gpg --verify app.tgz.asc app.tgz`, `cosign verify-blob`). For ADD, " +
        "`ADD --checksum=sha256:<hash> https://…` makes BuildKit check the download (Dockerfile syntax 1.6 and later).",
      examples: {
        valid: [
          "FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /tmp/\n",
          "FROM debian:12\nARG APP_SHA256=24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app.tgz \\\n && echo \"${APP_SHA256}  /tmp/app.tgz\" | sha256sum -c - \\\n && tar -xzf /tmp/app.tgz -C /opt\n",
        ],
        invalid: [
          "FROM debian:12\nADD https://example.com/app.tar.gz /tmp/\n",
          "FROM debian:12\nRUN curl -fsSLo /tmp/app.deb https://example.com/app.deb && dpkg -i /tmp/app.deb\n",
        ],
      },
      fixSafety: "No fix: the checksum has to come from the publisher (or from a download you trust).",
      differences:
        "Only a download the same RUN runs, unpacks or installs is reported, and none in a RUN that runs any " +
        "checksum or signature tool (sha256sum and its kin, gpg --verify, gpgv, cosign, minisign, openssl dgst, " +
        "rpm -K), which keeps the rule quiet where the check is written in a way it cannot follow. A download " +
        "piped straight to a shell is `no-remote-script`'s; one piped to tar is not reported. Git sources of ADD are " +
        "pinned by their ref, not by --checksum, and are not reported; nor is an ADD whose file a later RUN of the stage " +
        "names and checks with one of those tools, or an ADD of a signature or checksum file (`.asc`, `.sig`, " +
        "`.sigstore`, `.sha256`), or of api.github.com (a cache-buster). hadolint's DL3020 asks for COPY instead of ADD " +
        "for local files; it has no check for remote ones.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      add: "`ADD {{url}}` does not check what it downloads: add `--checksum=sha256:<hash>`.",
      used:
        "`{{file}}` is downloaded by `{{downloader}}` and the RUN {{use}} it with `{{consumer}}` without checking " +
        "it: verify its checksum or signature first.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // the text of each stage's RUNs that run a checksum or signature tool, found once per stage
    const checkingRuns = new Map<number, { start: number; text: string }[]>();
    const checkingRunsOf = (stageIndex: number) => {
      let runs = checkingRuns.get(stageIndex);
      if (!runs) {
        runs = (sourceCode.ast.stages[stageIndex]?.instructions ?? [])
          .filter((i): i is m.Run => i.type === "Run" && sourceCode.commandsOf(i).some(verifies))
          .map((run) => ({ start: run.range[0], text: sourceCode.getText(run) }));
        checkingRuns.set(stageIndex, runs);
      }
      return runs;
    };
    /** A later RUN of the stage checks the added file (the official python image adds the tarball, then runs gpg or cosign on it). */
    const verifiedLater = (add: m.Copy, source: m.Word) => {
      const dest = add.destination?.value ?? "";
      const path = dest.endsWith("/") || dest === "." ? source.value : dest;
      const name = path.slice(path.lastIndexOf("/") + 1);
      return name !== "" && checkingRunsOf(add.stageIndex).some((run) => run.start > add.range[1] && run.text.includes(name));
    };
    return {
      Add(add: m.Copy) {
        if (add.flags.some((f) => f.name.toLowerCase() === "checksum")) return;
        for (const source of add.sources) {
          if (!HTTP.test(source.value) || GIT.test(source.value) || CHECK_FILE.test(source.value) || METADATA.test(source.value)) continue;
          if (verifiedLater(add, source)) continue;
          context.report({ node: source, messageId: "add", data: { url: source.value } });
        }
      },
      Run(run) {
        const commands = sourceCode.commandsOf(run);
        if (!commands.some(isDownloader) || commands.some(verifies)) return;
        const uses = commands.flatMap((c) => usedFiles(c).map((u) => ({ ...u, consumer: c })));
        const reported = new Set<number>();
        for (const downloader of commands) {
          if (!isDownloader(downloader) || reported.has(downloader.name.range[0])) continue;
          for (const file of downloadedFiles(downloader)) {
            const use = uses.find((u) => u.consumer.range[0] > downloader.range[1] && sameFile(u.word.value, file.path));
            if (!use) continue;
            reported.add(downloader.name.range[0]);
            context.report({
              node: downloader.name,
              messageId: "used",
              data: { file: file.path, downloader: downloader.command, use: USE_WORDS[use.use], consumer: use.consumer.command },
            });
            break;
          }
        }
      },
    };
  },
};

export default rule;
