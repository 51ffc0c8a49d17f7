import { testRule } from "../rule-tester.js";

testRule("model-download-in-layer", {
  valid: [
    "FROM python:3.12-slim AS weights\nRUN huggingface-cli download openai/whisper-tiny --local-dir /models\nFROM python:3.12-slim\nCOPY --from=weights /models /models\n",
    { name: "a cache mount", code: "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/huggingface huggingface-cli download gpt2\n" },
    { name: "from_pretrained of a local path", code: "FROM python:3.12-slim\nCOPY models /models\nRUN python -c \"from transformers import AutoModel; AutoModel.from_pretrained('/models/bert')\"\n" },
    { name: "torch.hub.load from disk", code: "FROM python:3.12-slim\nRUN python3 -c \"import torch; torch.hub.load('/repo', 'resnet', source='local')\"\n" },
    { name: "at run time", code: "FROM python:3.12-slim\nCMD huggingface-cli download gpt2 && python serve.py\n" },
    { name: "another hf subcommand", code: "FROM python:3.12-slim\nRUN hf auth whoami || true\nRUN huggingface-cli --help\n" },
    { name: "a script file is not read", code: "FROM python:3.12-slim\nRUN python download.py\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir huggingface_hub==0.24.6\nRUN huggingface-cli download openai/whisper-tiny --local-dir /models\n",
      errors: [
        {
          messageId: "download",
          message:
            "`huggingface-cli download` downloads model weights into the image layer: they bloat the image and are downloaded again on every cache miss. Use a cache mount, a stage of its own whose result is copied, or download at run time into a volume.",
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 20,
        },
      ],
      output: null,
    },
    {
      name: "hf download, in the stage the last is built from",
      code: "FROM python:3.12-slim AS base\nRUN pip install hf && hf download gpt2\nFROM base\n",
      errors: [{ messageId: "download", message: /^`hf download` downloads/, line: 2, column: 23, endLine: 2, endColumn: 25 }],
      output: null,
    },
    {
      name: "snapshot_download, from_pretrained and torch.hub.load in python -c",
      code:
        "FROM python:3.12-slim\n" +
        "RUN python -c \"from huggingface_hub import snapshot_download; snapshot_download(repo_id='openai/whisper-tiny', local_dir='/models')\"\n" +
        "RUN python3 -c 'from transformers import AutoModel; AutoModel.from_pretrained(\"bert-base-uncased\")'\n" +
        "RUN python -c \"import torch; torch.hub.load('pytorch/vision', 'resnet50', weights='DEFAULT')\"\n" +
        "RUN --mount=type=secret,id=hf python -c \"from huggingface_hub import hf_hub_download as d; hf_hub_download('a/b', 'w.bin')\"\n",
      errors: [
        { messageId: "download", message: /^`snapshot_download` downloads/, line: 2, column: 15, endLine: 2, endColumn: 133 },
        { messageId: "download", message: /^`from_pretrained` downloads/, line: 3, column: 16, endLine: 3, endColumn: 100 },
        { messageId: "download", message: /^`torch\.hub\.load` downloads/, line: 4, column: 15, endLine: 4, endColumn: 94 },
        { messageId: "download", message: /^`hf_hub_download` downloads/, line: 5, column: 41, endLine: 5, endColumn: 124 },
      ],
      output: null,
    },
  ],
});
