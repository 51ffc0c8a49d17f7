import { testRule } from "../rule-tester.js";

testRule("compose-privileged", {
  valid: [
    "services:\n  app:\n    image: app:1.0\n",
    "services:\n  app:\n    image: app:1.0\n    privileged: false\n",
    { name: "a pragma after the value, for its line", code: "services:\n  app:\n    image: app:1.0\n    privileged: true  # docklint-disable-line compose-privileged -- the device plugin needs it\n" },
    { name: "a pragma after a value, for the next line", code: "services:\n  app:\n    image: app:1.0  # docklint-disable-next-line compose-privileged\n    privileged: true\n" },
  ],
  invalid: [
    { code: "services:\n  app:\n    image: app:1.0\n    privileged: true\n", errors: [{ messageId: "privileged", line: 4, column: 17, endLine: 4, endColumn: 21 }], output: null },
    {
      name: "pragma for another rule does not hide it",
      code: "services:\n  app:\n    image: app:1.0\n    # docklint-disable-next-line compose-cap-add\n    privileged: true\n",
      errors: [{ messageId: "privileged", line: 5, column: 17, endLine: 5, endColumn: 21 }],
      output: null,
    },
    {
      name: "a pragma after a value is for its own line only, and a `#` inside quotes is no comment",
      code: 'services:\n  app:\n    image: app:1.0 # docklint-disable-line compose-privileged\n    privileged: true\n    labels: ["x # docklint-disable-line compose-privileged"]\n',
      errors: [{ messageId: "privileged", line: 4, column: 17, endLine: 4, endColumn: 21 }],
      output: null,
    },
  ],
});
