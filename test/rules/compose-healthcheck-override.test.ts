import { testRule } from "../rule-tester.js";

const files = {
  "/project/Dockerfile":
    "FROM python:3.12-slim AS base\nHEALTHCHECK CMD curl -f http://localhost:8000/health \\\n    || exit 1\n" +
    'FROM base AS app\nHEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:8000/health"]\n' +
    "FROM base AS worker\nHEALTHCHECK NONE\n",
};
const target = (name: string) => `    build:\n      context: .\n      target: ${name}\n`;

testRule("compose-healthcheck-override", {
  valid: [
    { name: "a different test is a deliberate change", code: `services:\n  web:\n${target("app")}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/ready"]\n`, files },
    { name: "only the timing changes", code: "services:\n  web:\n    build: .\n    healthcheck:\n      interval: 5s\n", files },
    { name: "disabling is deliberate", code: `services:\n  web:\n${target("app")}    healthcheck:\n      disable: true\n  other:\n${target("app")}    healthcheck:\n      test: ["NONE"]\n`, files },
    { name: "the image disables its health check", code: `services:\n  web:\n${target("worker")}    healthcheck:\n      test: curl -f http://localhost:8000/health || exit 1\n`, files },
    { name: "a shell script is not plain words", code: `services:\n  web:\n${target("app")}    healthcheck:\n      test: curl -f "http://localhost:8000/health"\n`, files },
    { name: "an image's HEALTHCHECK cannot be seen", code: "services:\n  web:\n    image: web:1.0\n    healthcheck:\n      test: curl -f http://localhost:8000/health\n", files },
    { name: "a variable .env does not set", code: `services:\n  web:\n${target("app")}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:\${PORT}/health"]\n`, files },
  ],
  invalid: [
    {
      name: "exec form, the same words",
      code: `services:\n  web:\n${target("app")}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]\n      interval: 10s\n`,
      files,
      errors: [
        {
          messageId: "same",
          message: "This `test:` repeats the image's HEALTHCHECK (Dockerfile line 5): leave it out, Docker takes the image's.",
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 66,
        },
      ],
      output: null,
    },
    {
      name: "a shell string of plain words against exec form",
      code: `services:\n  web:\n${target("app")}    healthcheck:\n      test: curl -f  http://localhost:8000/health\n`,
      files,
      errors: [{ messageId: "same", line: 7, column: 13, endLine: 7, endColumn: 50 }],
      output: null,
    },
    {
      name: "CMD-SHELL against shell form, blanks aside; inherited from the base stage",
      code: 'services:\n  web:\n    build:\n      context: .\n      target: base\n    healthcheck:\n      test:\n        - CMD-SHELL\n        - "curl -f http://localhost:8000/health || exit 1"\n',
      files,
      errors: [{ messageId: "same", message: /HEALTHCHECK \(Dockerfile line 2\)/, line: 8, column: 9, endLine: 9, endColumn: 59 }],
      output: null,
    },
    {
      name: "$$ is a literal $ to Compose",
      code: "services:\n  web:\n    build: .\n    healthcheck:\n      test: curl -f http://localhost:$${PORT}/ || exit 1\n",
      files: { "/project/Dockerfile": "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost:${PORT}/ || exit 1\n" },
      errors: [{ messageId: "same", line: 5, column: 13, endLine: 5, endColumn: 57 }],
      output: null,
    },
  ],
});
