import { testRule } from "../rule-tester.js";

testRule("compose-privileged", {
  valid: ["services:\n  app:\n    image: app:1.0\n", "services:\n  app:\n    image: app:1.0\n    privileged: false\n"],
  invalid: [
    { code: "services:\n  app:\n    image: app:1.0\n    privileged: true\n", errors: [{ messageId: "privileged", line: 4, column: 17, endLine: 4, endColumn: 21 }], output: null },
    {
      name: "pragma for another rule does not hide it",
      code: "services:\n  app:\n    image: app:1.0\n    # docklint-disable-next-line compose-cap-add\n    privileged: true\n",
      errors: [{ messageId: "privileged", line: 5, column: 17, endLine: 5, endColumn: 21 }],
      output: null,
    },
  ],
});
