import { testRule } from "../rule-tester.js";

testRule("compose-obsolete-version", {
  valid: ["services:\n  web:\n    image: nginx:1.27\n", "services:\n  web:\n    image: nginx:1.27\n    labels:\n      version: '3'\n"],
  invalid: [
    {
      code: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: "obsolete", line: 1, column: 1, endLine: 1, endColumn: 15 }],
      output: "services:\n  web:\n    image: nginx:1.27\n",
    },
    {
      name: "after the services, with a comment and CRLF line endings",
      code: "services:\r\n  web:\r\n    image: nginx:1.27\r\nversion: '2.4' # old\r\n",
      errors: [{ messageId: "obsolete", line: 4, column: 1, endLine: 4, endColumn: 15 }],
      output: "services:\r\n  web:\r\n    image: nginx:1.27\r\n",
    },
    {
      name: "in a flow mapping: not removed",
      code: "{version: '3', services: {web: {image: 'nginx:1.27'}}}\n",
      errors: [{ messageId: "obsolete", line: 1, column: 2, endLine: 1, endColumn: 14 }],
      output: null,
    },
  ],
});
