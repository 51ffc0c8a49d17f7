// Flags empty lines inside an instruction continued with `\`, which BuildKit deprecates.
import type { Rule } from "../src/engine/rule.js";
import { isInstructionKeyword } from "../src/parse/parse.js";
import type { Range } from "../src/source/source.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "An empty line inside an instruction continued with `\\`.",
      rationale:
        "Docker skips empty lines inside a continuation, so the instruction goes on after them; a reader sees " +
        "the blank line as its end, and the next line looks like a new instruction. BuildKit deprecates them " +
        "and a future release will reject them. Comment lines inside a continuation are allowed. When the line " +
        "after the empty one starts with an instruction keyword, the author meant a new instruction, but Docker " +
        "joins it into this one: `RUN rm -rf /tmp/x \\`, an empty line, then `RUN swift --version` runs " +
        "`rm -rf /tmp/x RUN swift --version`, and the second RUN never runs. That case is an error.",
      examples: {
        valid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n    # the HTTP client\n    curl\n"],
        invalid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n", "FROM swift:5.10\nRUN rm -rf /tmp/x \\\n\nRUN swift --version\n"],
      },
      fixSafety:
        "Safe: Docker already ignores the empty lines; removing them builds the same instruction. Not fixed when " +
        "the next line is an instruction swallowed into this one: removing the empty line would hide the bug. " +
        "Ending the instruction before the empty line (removing its trailing `\\`) is offered as a suggestion, " +
        "as it changes what is built.",
      differences:
        "Each run of empty lines is reported at its first line, rather than once per instruction. Empty lines " +
        "after a trailing `\\` at the end of the file are not reported: nothing follows them. BuildKit reports " +
        "both cases alike, as a warning; a swallowed instruction is an error here.",
      recommended: true,
    },
    aliases: ["NoEmptyContinuation"],
    defaultLevel: "warning",
    fixable: "code",
    hasSuggestions: true,
    messages: {
      empty: "Empty line inside a continued `{{keyword}}`: Docker skips it and will reject it in a future release.",
      swallowed:
        "The empty line does not end this `{{keyword}}`: Docker joins the next line, `{{next}}`, into it as more " +
        "arguments, so that `{{nextKeyword}}` never runs as an instruction.",
      endInstruction: "End the `{{keyword}}` before the empty line (remove its trailing `{{escape}}`).",
    },
    schema: [],
  },
  create(context) {
    const text = context.sourceCode.text;
    const escape = context.sourceCode.ast.escapeChar;
    return {
      Dockerfile(file) {
        for (const instruction of file.instructions) {
          const heredocs = "heredocs" in instruction ? instruction.heredocs : [];
          // Heredoc bodies keep their empty lines; continuation ends where the first body starts.
          const end = heredocs.length > 0 ? Math.min(...heredocs.map((h) => h.contentRange[0])) : instruction.range[1];
          const data = { keyword: instruction.keyword };
          // each run of empty lines, with where the code line before it ends (its `\` is there) and
          // the next code line after it (comment lines are skipped, as Docker skips them)
          const groups: { range: Range; codeEnd: number; next: string | null }[] = [];
          let group: Range | null = null;
          let codeEnd = text.indexOf("\n", instruction.range[0]);
          let start = text.indexOf("\n", instruction.range[0]) + 1;
          while (start > 0 && start < end) {
            const newline = text.indexOf("\n", start);
            const next = newline < 0 ? text.length : newline + 1;
            const line = text.slice(start, newline < 0 ? text.length : newline);
            if (/^[ \t]*\r?$/.test(line)) {
              group = group ? [group[0], next] : [start, next];
            } else {
              if (group) groups.push({ range: group, codeEnd, next: null });
              group = null;
              if (!/^[ \t]*#/.test(line)) {
                for (let g = groups.length - 1; g >= 0 && groups[g].next === null; g--) groups[g].next = line.trim();
                codeEnd = newline < 0 ? text.length : newline;
              }
            }
            start = next;
          }
          if (group) groups.push({ range: group, codeEnd, next: null });
          for (const g of groups) report(g.range, g.codeEnd, g.next, data);
        }
      },
    };

    /**
     * One run of empty lines: plain (Docker skips it; removing it builds the same), or before a line
     * that starts with an instruction keyword, which Docker joins into this instruction.
     */
    function report(removed: Range, codeEnd: number, next: string | null, data: { keyword: string }): void {
      const loc = context.sourceCode.locOf([removed[0], removed[0]]);
      const nextKeyword = next?.split(/[ \t]/, 1)[0] ?? "";
      if (!next || !isInstructionKeyword(nextKeyword)) {
        context.report({ loc, messageId: "empty", data, fix: (fixer) => fixer.removeRange(removed) });
        return;
      }
      const escapeAt = continuationEscape(codeEnd);
      const swallowed: Parameters<typeof context.report>[0] = {
        loc,
        messageId: "swallowed",
        data: { ...data, next, nextKeyword },
        suggest:
          escapeAt < 0
            ? []
            : [{ messageId: "endInstruction", data: { ...data, escape }, fix: (fixer) => fixer.removeRange([escapeAt, escapeAt + 1]) }],
      };
      // an error whatever the rule's level: docklint's `level` on a report (under ESLint the rule's applies)
      context.report({ ...swallowed, level: "error" } as typeof swallowed);
    }

    /** The offset of the escape that continues the line ending at `lineEnd` (before blanks and `\r`), or -1. */
    function continuationEscape(lineEnd: number): number {
      let i = lineEnd - 1;
      while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i--;
      return i >= 0 && text[i] === escape ? i : -1;
    }
  },
};

export default rule;
