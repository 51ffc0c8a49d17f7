// Flags model weights downloaded by a RUN into a layer of the image (`huggingface-cli download`,
// `snapshot_download(` or `from_pretrained(` in `python -c`) without a cache mount.
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";
import { scriptSource } from "../src/shell/interpreters.js";

/** Python calls that download weights from the Hugging Face Hub or PyTorch Hub. */
const PYTHON_CALLS = ["snapshot_download(", "hf_hub_download(", "from_pretrained(", "torch.hub.load("];

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "A RUN downloads model weights into the image's layer: `huggingface-cli download`, `hf download`, or `snapshot_download(`, `hf_hub_download(`, `from_pretrained(`, `torch.hub.load(` in `python -c`, without a cache mount.",
      rationale:
        "Weights are large (hundreds of megabytes to many gigabytes). Downloaded by a RUN, they become a layer of " +
        "the image: every push and pull moves them, and whenever that RUN's cache is invalidated (a changed line " +
        "above it, a new base image, `--no-cache`) the build downloads them again from the Hub. Keep them out of " +
        "the layer, or download them once: a cache mount (`RUN --mount=type=cache,target=/root/.cache/huggingface`) " +
        "keeps the download between builds; a stage of its own that only downloads, copied with " +
        "`COPY --from=weights`, keeps the download out of the other layers' cache; or download at run time into a " +
        "volume, so the image stays small and the weights can change without a rebuild. Only the calls in " +
        "`python -c` are read (a script file is not); `from_pretrained` of a local path (`'/models/x'`, `'./x'`) " +
        "and `torch.hub.load(..., source='local')` load from disk and are not flagged. A RUN with any cache mount, " +
        "and a stage whose layers reach no image (a build stage only copied from), are not flagged.",
      examples: {
        valid: [
          "FROM python:3.12-slim AS weights\nRUN pip install --no-cache-dir huggingface_hub==0.24.6 && huggingface-cli download openai/whisper-tiny --local-dir /models\nFROM python:3.12-slim\nCOPY --from=weights /models /models\n",
        ],
        invalid: [
          "FROM python:3.12-slim\nRUN pip install --no-cache-dir huggingface_hub==0.24.6\nRUN huggingface-cli download openai/whisper-tiny --local-dir /models\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      download:
        "{{what}} downloads model weights into the image layer: they bloat the image and are downloaded again on every cache miss. Use a cache mount, a stage of its own whose result is copied, or download at run time into a volume.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ShellCommand(command) {
        const run = command.instruction;
        if (run.type !== "Run" || run.mounts.some((mount) => mount.type === "cache") || !sourceCode.facts.layersInImage(run)) return;
        const cli = cliDownload(command);
        if (cli) {
          context.report({ node: command.name, messageId: "download", data: { what: `\`${cli}\`` } });
          return;
        }
        if (!/^python[0-9.]*$/.test(command.command)) return;
        const source = scriptSource(command);
        if (source?.from !== "inline" || !source.word) return;
        const call = downloadCall(source.word.value);
        if (call) context.report({ node: source.word, messageId: "download", data: { what: `\`${call}\`` } });
      },
    };
  },
};

/** `huggingface-cli download`, `hf download`: the command as named in the message, or null. */
function cliDownload(command: ShellCommand): string | null {
  if (command.command !== "huggingface-cli" && command.command !== "hf") return null;
  return command.subcommand()?.value === "download" ? `${command.command} download` : null;
}

/** The first call in the Python code that downloads weights, or null. */
function downloadCall(code: string): string | null {
  for (const call of PYTHON_CALLS) {
    let at = code.indexOf(call);
    while (at >= 0) {
      const args = code.slice(at + call.length);
      if (!loadsFromDisk(call, args)) return call.slice(0, -1);
      at = code.indexOf(call, at + call.length);
    }
  }
  return null;
}

/** `from_pretrained('/models/x')`, `torch.hub.load('/repo', 'm', source='local')`: read from disk, not the network. */
function loadsFromDisk(call: string, args: string): boolean {
  if (call === "torch.hub.load(") {
    const end = args.indexOf(")");
    const inside = (end < 0 ? args : args.slice(0, end)).replace(/\s/g, "");
    return inside.includes("source='local'") || inside.includes('source="local"');
  }
  if (call !== "from_pretrained(") return false;
  const first = args.trimStart();
  const quote = first[0];
  if (quote !== "'" && quote !== '"') return false;
  return first[1] === "/" || first[1] === "." || first[1] === "~";
}

export default rule;
