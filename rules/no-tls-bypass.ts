// Flags every way a build turns off TLS certificate or package signature checks (see src/shell/tls-bypasses.ts).
import type { Rule } from "../src/engine/rule.js";
import type { Env, Instruction, Word } from "../src/parse/model.js";
import { TLS_BYPASSES, bypassInEnv, bypassesInCommand, bypassesInFileText, mayBypassInEnv } from "../src/shell/tls-bypasses.js";

/** Commands whose `NAME=value` arguments set variables. */
const SETTERS = new Set(["export", "env", "declare", "typeset", "local", "readonly"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "TLS certificate or package signature checks turned off: `curl -k`, `wget --no-check-certificate`, pip " +
        "`--trusted-host`, `apk --allow-untrusted`, `--nogpgcheck`, `strict-ssl false`, `GIT_SSL_NO_VERIFY`, " +
        "`sslverify=0`, ...",
      rationale:
        "Certificate checks are what stop a network attacker (a hostile Wi-Fi, a compromised proxy or mirror) from " +
        "replacing what the build downloads; package signatures stop a compromised mirror. With the check off, the " +
        "build runs whatever it is served, as root, and ships it. A bypass added to get past a corporate proxy stays " +
        "long after: install the proxy's CA certificate instead (ca-certificates, NODE_EXTRA_CA_CERTS, pip --cert, " +
        "git http.sslCAInfo).",
      examples: {
        valid: [
          "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh\n",
          "FROM python:3.12\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates && pip install --no-cache-dir --cert /etc/ssl/certs/ca-certificates.crt requests==2.32.3\n",
        ],
        invalid: [
          "FROM debian:12\nRUN curl -fsSLk https://example.com/install.sh -o /tmp/install.sh\n",
          "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n",
        ],
      },
      differences:
        "Checkov has one check per tool; docklint has one rule with one message id per bypass, so each can be " +
        "told apart in output. Variables are read where they take effect: ENV, ARG defaults, and `NAME=value` " +
        "in a RUN (`export`, `env`, before a command). A value that cannot be resolved is not flagged. Repository " +
        "settings (`sslverify=0`, `gpgcheck=0`, apt `[trusted=yes]`, APT::Get::AllowUnauthenticated) are found in " +
        "the text of RUNs and COPY/ADD heredocs; `[trusted=yes]` on a local `file:`/`copy:` source is not flagged, " +
        "since nothing is fetched over the network.",
      recommended: true,
    },
    aliases: ["CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11", "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16"],
    defaultLevel: "error",
    messages: Object.fromEntries(TLS_BYPASSES.map((b) => [b.id, b.message])),
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;

    const reportFileText = (text: string, start: number) => {
      for (const found of bypassesInFileText(text)) {
        const at = start + found.index;
        context.report({ loc: sourceCode.locOf([at, at + found.length]), messageId: found.id });
      }
    };

    const reportAssignment = (word: Word, at: Instruction) => {
      const eq = word.value.indexOf("=");
      if (eq <= 0 || !mayBypassInEnv(word.value.slice(0, eq))) return;
      const value = sourceCode.resolve(word.value.slice(eq + 1), at);
      if (value.unresolved.length > 0) return;
      const id = bypassInEnv(word.value.slice(0, eq), value.value);
      if (id) context.report({ node: word, messageId: id });
    };

    const checkVariables = (node: Env) => {
      for (const pair of node.pairs) {
        if (!pair.value || !mayBypassInEnv(pair.key.value)) continue;
        const value = sourceCode.resolve(pair.value.value, node);
        if (value.unresolved.length > 0) continue;
        const id = bypassInEnv(pair.key.value, value.value);
        if (id) context.report({ node: pair.key, messageId: id });
      }
    };

    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          for (const found of bypassesInCommand(command)) context.report({ node: found.word, messageId: found.id });
          for (const word of command.assignments) reportAssignment(word, run);
          if (SETTERS.has(command.command)) for (const word of command.args) reportAssignment(word, run);
        }
        reportFileText(sourceCode.getText(run), run.range[0]);
      },
      Copy(copy) {
        for (const heredoc of copy.heredocs) reportFileText(heredoc.content, heredoc.contentRange[0]);
      },
      Add(add) {
        for (const heredoc of add.heredocs) reportFileText(heredoc.content, heredoc.contentRange[0]);
      },
      Env: checkVariables,
      Arg: checkVariables,
    };
  },
};

export default rule;
