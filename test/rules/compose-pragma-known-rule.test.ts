import { testRule } from "../rule-tester.js";

testRule("compose-pragma-known-rule", {
  valid: [
    "services:\n  db:\n    # docklint-disable-next-line compose-image-tag -- pinned by the registry mirror\n    image: postgres\n",
    { name: "ids and aliases", code: "# docklint-disable compose-image-tag, service-image-require-explicit-tag\nservices:\n  db:\n    image: postgres\n" },
    { name: "docklint-disable without names: every rule", code: "# docklint-disable\nservices:\n  db:\n    image: postgres\n" },
    { name: "not a pragma", code: "services:\n  db:\n    # docklint runs in CI, see no-such-rule\n    image: postgres:16.4\n" },
    { name: "the rule switched off by a pragma", code: "# docklint-disable compose-pragma-known-rule\n# docklint-disable nope\nservices: {}\n" },
  ],
  invalid: [
    {
      name: "a misspelt id in docklint-disable-next-line",
      code: "services:\n  db:\n    # docklint-disable-next-line compose-image-tags\n    image: postgres\n",
      errors: [{ messageId: "unknown", line: 3, column: 34, endLine: 3, endColumn: 52, message: /^`compose-image-tags` is no docklint rule or alias/ }],
      output: null,
    },
    {
      name: "every unknown name of a file-wide pragma, with a reason",
      code: "# docklint-disable nope, compose-privileged also-nope -- legacy\nservices:\n  app:\n    image: app:1.0\n",
      errors: [
        { messageId: "unknown", line: 1, column: 20, endLine: 1, endColumn: 24 },
        { messageId: "unknown", line: 1, column: 45, endLine: 1, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: "a misspelt id in a docklint-disable-line after a value",
      code: "services:\n  db:\n    image: postgres  # docklint-disable-line compose-image-tags\n",
      errors: [{ messageId: "unknown", line: 3, column: 46, endLine: 3, endColumn: 64 }],
      output: null,
    },
    {
      name: "a pragma indented in a sequence, with CRLF line endings",
      code: "services:\r\n  db:\r\n    image: postgres:16.4\r\n    cap_add:\r\n      #   docklint-disable-next-line compose-cap-added\r\n      - SYS_ADMIN\r\n",
      errors: [{ messageId: "unknown", line: 5, column: 38, endLine: 5, endColumn: 55 }],
      output: null,
    },
  ],
});
