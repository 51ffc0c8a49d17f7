import { testRule } from "../rule-tester.js";

testRule("compose-syntax", {
  valid: ["services:\n  web:\n    image: nginx:1.27\n", "", "# only a comment\n"],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx:1.27\n   ports: [80]\n",
      errors: [{ messageId: "yaml", message: /^Not valid YAML: .+\.$/, line: 4, column: 1 }],
      output: null,
    },
    {
      name: "a key written twice",
      code: "services:\n  web: {image: a, image: b}\n",
      errors: [{ messageId: "yaml", message: /unique/, line: 2, column: 19 }],
      output: null,
    },
    { code: "- just\n- a list\n", errors: [{ messageId: "notMapping", line: 1, column: 1, endLine: 2, endColumn: 9 }], output: null },
  ],
});
