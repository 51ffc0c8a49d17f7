import { testRule } from "../rule-tester.js";

testRule("compose-cap-add", {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_BIND_SERVICE\n", "services:\n  web:\n    image: nginx:1.27\n"],
  invalid: [
    { code: "services:\n  app:\n    image: app:1.0\n    cap_add:\n      - SYS_ADMIN\n", errors: [{ messageId: "dangerous", line: 5, column: 9, endLine: 5, endColumn: 18 }], output: null },
    {
      code: "services:\n  app:\n    image: app:1.0\n    cap_add: [ALL, CHOWN, cap_net_admin]\n",
      errors: [
        { messageId: "dangerous", message: /`cap_add: ALL` gives `app` every capability/, line: 4, column: 15, endLine: 4, endColumn: 18 },
        { messageId: "dangerous", message: /NET_ADMIN/, line: 4, column: 27, endLine: 4, endColumn: 40 },
      ],
      output: null,
    },
  ],
});
