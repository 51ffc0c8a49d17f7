import { testRule } from "../rule-tester.js";

testRule("compose-restart-policy", {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n",
    { name: 'restart: "no" says it is meant to stay down', code: 'services:\n  seed:\n    image: app:1.0\n    restart: "no"\n' },
    "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n",
    {
      name: "a job another service waits to finish",
      code: "services:\n  migrate:\n    image: app:1.0\n    command: ./migrate\n  web:\n    image: app:1.0\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n",
    },
    {
      name: "the policy set in the override file",
      filename: "/project/compose.yaml",
      code: "services:\n  web:\n    image: nginx:1.27\n",
      files: { "/project/compose.override.yaml": "services:\n  web:\n    restart: always\n" },
    },
  ],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16.4\n    restart: always\n",
      errors: [
        {
          messageId: "none",
          message: '`web` has no restart policy: after a crash or a reboot of the host it stays down. Set `restart: unless-stopped`, or `restart: "no"` for a container meant to run once.',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 6,
        },
      ],
      output: null,
    },
    {
      name: "a deploy section without a restart policy",
      code: "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 2\n",
      errors: [{ messageId: "none", line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: null,
    },
  ],
});
